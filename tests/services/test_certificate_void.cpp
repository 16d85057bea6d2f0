// A certificate printed before an upheld appeal moved its holder's prize is void, and said to
// be: not "not genuine" like a forgery, which a chief judge could not tell from it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "services/appeals.h"
#include "services/certificates.h"
#include "services/demo.h"
#include "services/result_state.h"
#include "services/roles.h"
#include "services/signing.h"

using namespace plumb;
namespace fs = std::filesystem;

namespace {

std::optional<Certificate> certificate_of(CompetitionSession& s, const std::string& registration) {
    for (Certificate& c : event_certificates(s, s.results("bricklaying"), device_key(s)))
        if (c.registration_no == registration) return c;
    return std::nullopt;
}

}  // namespace

TEST_CASE("a certificate voided by an upheld appeal is said to be void, a forged one not genuine") {
    char tmpl[] = "/tmp/plumb-void-XXXXXX";
    const fs::path dir = mkdtemp(tmpl);
    DemoOptions o;
    o.contestants = 60;
    CompetitionSession s = create_demo(dir / "demo.plumb", o);
    lock_results(s, unchecked_login("chief judge"), "bricklaying", "all sheets signed");
    const ResultRow winner = s.results("bricklaying").rows.front();
    REQUIRE(winner.award == "first");
    const Certificate printed = *certificate_of(s, winner.registration_no);

    // Appeals against the winner's measurements, upheld, until the first prize is lost.
    const Event& ev = s.event("bricklaying");
    const Contestant who = [&] {
        for (const Contestant& c : s.contestants())
            if (c.registration_no == winner.registration_no) return c;
        FAIL("no winner");
        return Contestant{};
    }();
    for (const Aspect* a : ev.scheme.aspects()) {
        if (a->type != AspectType::Difference) continue;
        const auto now = certificate_of(s, winner.registration_no);
        if (now && now->number != printed.number) break;
        // The least plausible value: far outside the band, the aspect's mark is lost.
        const std::string bad = a->value_min ? a->value_min->str() : "0";
        AppealRequest request{"bricklaying", who.workstation, a->id, "", bad, "team leader"};
        const std::string id =
            lodge_appeal(s, unchecked_login("organiser"), request, "re-measured");
        decide_appeal(s, unchecked_login("chief judge"), id, true, "seen again");
    }
    const auto now = certificate_of(s, winner.registration_no);
    REQUIRE((!now || now->number != printed.number));

    const CertificateCheck old = verify_certificate(s, printed.number, printed.code);
    CHECK_FALSE(old.genuine);
    CHECK(old.withdrawn);
    CHECK(old.reason.find("void") != std::string::npos);
    REQUIRE(old.certificate);
    CHECK(old.certificate->name == printed.name);
    CHECK(old.certificate->award == "first");
    // The same number with a code nobody issued: not genuine, not "void".
    const CertificateCheck forged = verify_certificate(s, printed.number, "AAAA-BBBB");
    CHECK_FALSE(forged.genuine);
    CHECK_FALSE(forged.withdrawn);
    if (now) CHECK(verify_certificate(s, now->number, now->code).genuine);
    fs::remove_all(dir);
}
