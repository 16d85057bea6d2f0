// Exports through the services on the demo competition: signing key, certificate numbers and
// codes, lock, HR file and its signed manifest, blinded score sheets.
#include <doctest/doctest.h>

#include "acting.h"

#include <cstdlib>
#include <fstream>
#include <set>

#include "export_tools.h"
#include "services/certificates.h"
#include "services/demo.h"
#include "services/export_certificates.h"
#include "services/export_hr.h"
#include "services/export_manifest.h"
#include "services/hr_file_state.h"
#include "services/export_sheets.h"
#include "services/importing.h"
#include "services/result_state.h"
#include "services/seal.h"

using namespace plumb;
using namespace plumb::test;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path dir;
    TempDir() {
        char tmpl[] = "/tmp/plumb-exp-XXXXXX";
        dir = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(dir); }
    fs::path operator/(const std::string& name) const { return dir / name; }
};

CompetitionSession demo(const TempDir& t) {
    DemoOptions o;
    o.contestants = 60;
    return create_demo(t / "demo.plumb", o);
}

// Without roles, whoever acts is recorded, unchecked; the organiser may see names early.
const Login kChief = unchecked_login("chief");

const std::string kWhy = "all sheets signed";

std::vector<Certificate> all_certificates(CompetitionSession& s) {
    const DeviceKey key = device_key(s);
    std::vector<Certificate> out;
    for (const Event& e : s.competition().events)
        for (Certificate& c : event_certificates(s, s.results(e.code), key))
            out.push_back(std::move(c));
    return out;
}

}  // namespace

TEST_CASE("the signing key is created once and kept; its secret half is never logged") {
    TempDir t;
    CompetitionSession s = demo(t);
    CHECK_FALSE(existing_device_key(s.store()).has_value());
    const DeviceKey k = device_key(s);
    CHECK(k.public_hex.size() == 64);
    CHECK(k.secret_hex.size() == 128);
    CHECK(device_key(s).secret_hex == k.secret_hex);
    const auto reopened = existing_device_key(CompetitionSession::open(t / "demo.plumb").store());
    REQUIRE(reopened.has_value());
    CHECK(reopened->public_hex == k.public_hex);
    bool public_logged = false;
    for (const AuditRecord& r : s.store().audit_log()) {
        CHECK(r.payload.find(k.secret_hex) == std::string::npos);
        public_logged = public_logged || r.payload.find(k.public_hex) != std::string::npos;
    }
    CHECK(public_logged);
    CHECK(s.store().verify_audit().empty());
    const std::string sig = sign_detached(k, "message");
    CHECK(verify_detached(k.public_hex, "message", sig));
    CHECK_FALSE(verify_detached(k.public_hex, "messagE", sig));
}

TEST_CASE("certificate numbers are unique and the same on every export") {
    TempDir t;
    CompetitionSession s = demo(t);
    const auto first = all_certificates(s);
    REQUIRE(first.size() > 10);
    std::set<std::string> numbers;
    for (const Certificate& c : first) numbers.insert(c.number);
    CHECK(numbers.size() == first.size());
    const auto again = all_certificates(s);
    REQUIRE(again.size() == first.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(again[i].number == first[i].number);
        CHECK(again[i].code == first[i].code);
    }
    const Certificate& top = first.front();
    CHECK(top.number ==
          "2019-BRICKLAYING-" + top.registration_no + "-1A");  // first prize, 技术能手
    CHECK(top.code.size() == 9);
}

TEST_CASE("certificate verify accepts the real code and rejects a changed one") {
    TempDir t;
    CompetitionSession s = demo(t);
    const auto certs = all_certificates(s);
    REQUIRE_FALSE(certs.empty());
    const Certificate& c = certs.back();
    const CertificateCheck ok = verify_certificate(s, c.number, c.code);
    CHECK(ok.genuine);
    REQUIRE(ok.certificate.has_value());
    CHECK(ok.certificate->name == c.name);
    std::string typed = c.code.substr(0, 4) + " " + c.code.substr(5);  // "abcd efgh" typed
    for (char& ch : typed) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    CHECK(verify_certificate(s, c.number, typed).genuine);

    std::string forged = c.code;
    forged[0] = forged[0] == 'A' ? 'B' : 'A';
    const CertificateCheck bad = verify_certificate(s, c.number, forged);
    CHECK_FALSE(bad.genuine);
    CHECK(contains(bad.reason, "does not match"));
    const CertificateCheck unknown = verify_certificate(s, "2019-BRICKLAYING-XX999-1A", c.code);
    CHECK_FALSE(unknown.genuine);
    CHECK_FALSE(unknown.certificate.has_value());
    CHECK(contains(unknown.reason, "no certificate"));
}

TEST_CASE("a certificate's code needs this database's key") {
    TempDir a, b;
    CompetitionSession one = demo(a);
    CompetitionSession two = demo(b);  // same contestants, another key
    const Certificate c = all_certificates(one).front();
    CHECK_FALSE(verify_certificate(two, c.number, c.code).genuine);  // no key yet
    all_certificates(two);                                           // now it has one
    const CertificateCheck other = verify_certificate(two, c.number, c.code);
    REQUIRE(other.certificate.has_value());  // the same number exists there ...
    CHECK_FALSE(other.genuine);              // ... but the code is this key's
}

TEST_CASE("lock: refused while a contestant is incomplete or without a reason, then shown") {
    TempDir t;
    const Actor organiser{{}, "organiser", {}};
    auto bare = CompetitionSession::init(
        t / "bare.plumb", fs::path(PLUMB_DATA_DIR) / "demo/zhengyun-cup.toml", organiser);
    import_roster(bare, kOrganiserLogin, fs::path(TEST_DATA_DIR) / "cli/roster.csv");
    CHECK_THROWS_WITH_AS(lock_results(bare, kChief, "bricklaying", kWhy),
                         doctest::Contains("incomplete"), ActionError);
    CHECK_FALSE(bare.store().event_state("bricklaying").locked);

    CompetitionSession s = demo(t);
    CHECK_THROWS_WITH_AS(lock_results(s, kChief, "bricklaying", {}),
                         "locking results needs a reason", ActionError);
    CHECK_FALSE(s.store().event_state("bricklaying").locked);
    lock_results(s, kChief, "bricklaying", kWhy);
    CHECK(s.store().event_state("bricklaying").locked);
    CHECK_FALSE(s.store().event_state("rebar").locked);
    CHECK_THROWS_WITH_AS(lock_results(s, kChief, "bricklaying", kWhy),
                         "bricklaying is already locked", ActionError);
    CHECK(s.store().event_state("bricklaying").revision == 1);
    CHECK(s.store().verify_audit().empty());
}

TEST_CASE("certificates PDF: a page per prize or title; drafts watermarked until locked") {
    TempDir t;
    CompetitionSession s = demo(t);
    std::vector<std::string> events;
    for (const Event& e : s.competition().events) events.push_back(e.code);
    const std::size_t expected = all_certificates(s).size();
    const CertificateExport before = export_certificates(s, kOrganiserLogin, events, t / "c.pdf");
    CHECK(before.pages == static_cast<int>(expected));
    CHECK(before.drafts == before.pages);
    CHECK(pdf_pages(t / "c.pdf") == before.pages);
    const std::string text = pdf_text(t / "c.pdf");
    for (const Certificate& c : all_certificates(s)) {
        CHECK_MESSAGE(contains(text, c.number), c.number);
        CHECK_MESSAGE(contains(text, c.name), c.name);
    }
    // Each page carries the seal of the audit trail it was printed from.
    CHECK(contains(text, "数据封签：" + audit_seal(s.store())));
    lock_results(s, kChief, "carpentry", kWhy);
    const CertificateExport after = export_certificates(s, kOrganiserLogin, events, t / "c.pdf");
    const auto carpentry = event_certificates(s, s.results("carpentry"), device_key(s));
    CHECK(after.pages == before.pages);
    CHECK(after.drafts == before.pages - static_cast<int>(carpentry.size()));
}

TEST_CASE(
    "HR export: final results only unless drafts are asked for; the manifest finds tampering") {
    TempDir t;
    CompetitionSession s = demo(t);
    const fs::path file = t / "hr.csv";
    CHECK_THROWS_WITH_AS(export_hr(s, kOrganiserLogin, file, {}),
                         doctest::Contains("is not locked"), ActionError);
    CHECK_FALSE(fs::exists(file));
    HrOptions draft;
    draft.allow_draft = true;
    const HrExport r = export_hr(s, kOrganiserLogin, file, draft);
    CHECK(r.rows == static_cast<int>(s.contestants().size()));
    CHECK(r.manifest == manifest_path(file));
    const TrustedSigner organiser{device_key(s).public_hex, {}};
    const ManifestCheck ok = verify_manifest(file, organiser);
    CHECK_MESSAGE(ok.ok, ok.reason);
    CHECK(ok.fingerprint == key_fingerprint(device_key(s).public_hex));
    CHECK(verify_manifest(file, TrustedSigner{{}, ok.fingerprint}).ok);
    // What the console and plumb say to announce: the signer's fingerprint, from the export.
    CHECK(r.fingerprint == ok.fingerprint);

    flip_byte(file, 200);
    const ManifestCheck changed = verify_manifest(file, organiser);
    CHECK_FALSE(changed.ok);
    CHECK(contains(changed.reason, "was changed after it was signed"));
    CHECK_FALSE(verify_manifest(file, {}).intact);
    flip_byte(file, 200);
    CHECK(verify_manifest(file, organiser).ok);

    flip_byte(manifest_path(file), 60);  // inside the recorded hash
    const ManifestCheck forged = verify_manifest(file, organiser);
    CHECK_FALSE(forged.ok);
    CHECK(contains(forged.reason, "was altered"));
    flip_byte(manifest_path(file), 60);
    CHECK_FALSE(verify_manifest(file, TrustedSigner{std::string(64, 'a'), {}}).ok);
    fs::remove(manifest_path(file));
    CHECK(contains(verify_manifest(file, organiser).reason, "is missing"));
    std::ofstream(manifest_path(file)) << std::string(100'000, 'x');
    CHECK(verify_manifest(file, organiser).reason ==
          manifest_path(file).string() + ": too large (97.7 KB; at most 64.0 KB)");
}

TEST_CASE("a manifest proves nothing without a trusted signer: a file re-signed by anyone fails") {
    TempDir t;
    CompetitionSession s = demo(t);
    const fs::path file = t / "hr.csv";
    HrOptions draft;
    draft.allow_draft = true;
    export_hr(s, kOrganiserLogin, file, draft);
    const ManifestCheck unknown = verify_manifest(file, {});
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.intact);
    CHECK(contains(unknown.reason, "the signer is unknown"));
    CHECK(contains(unknown.reason, key_fingerprint(device_key(s).public_hex)));

    // Someone edits the file and signs it with a key of their own.
    std::ofstream(file, std::ios::app) << "forged,row\r\n";
    Store other = Store::create((t / "other.plumb").string());
    Change change = other.begin(Actor{{}, "forger", "key"});
    const DeviceKey forger = device_key(change, other);
    change.commit();
    write_manifest(file, forger, s.competition().name, {});
    const ManifestCheck resigned = verify_manifest(file, {});
    CHECK_FALSE(resigned.ok);
    CHECK(contains(resigned.reason, key_fingerprint(forger.public_hex)));
    const ManifestCheck against_organiser =
        verify_manifest(file, TrustedSigner{device_key(s).public_hex, {}});
    CHECK_FALSE(against_organiser.ok);
    CHECK(contains(against_organiser.reason, "not by the expected key"));
    CHECK_FALSE(
        verify_manifest(file, TrustedSigner{{}, key_fingerprint(device_key(s).public_hex)}).ok);
}

TEST_CASE("an export that cannot be written makes no signing key: certificates, the HR file") {
    TempDir t;
    CompetitionSession s = demo(t);
    std::vector<std::string> events;
    for (const Event& e : s.competition().events) events.push_back(e.code);
    const std::size_t records = s.store().audit_log().size();
    const fs::path pdf = t / "no such folder" / "c.pdf";
    CHECK_THROWS_WITH_AS(export_certificates(s, kOrganiserLogin, events, pdf),
                         doctest::Contains((pdf.string() + ": ").c_str()), std::runtime_error);
    HrOptions draft;
    draft.allow_draft = true;
    for (const char* name : {"hr.xlsx", "hr.csv"}) {
        const fs::path hr = t / "no such folder" / name;
        CHECK_THROWS_WITH_AS(export_hr(s, kOrganiserLogin, hr, draft),
                             doctest::Contains((hr.string() + ": ").c_str()), std::runtime_error);
    }
    CHECK_FALSE(existing_device_key(s.store()).has_value());
    CHECK(s.store().audit_log().size() == records);
    // Written, the key is kept with the files, and no temporary file is left beside them.
    export_certificates(s, kOrganiserLogin, events, t / "c.pdf");
    const auto key = existing_device_key(s.store());
    REQUIRE(key.has_value());
    const Certificate first = all_certificates(s).front();
    CHECK(contains(pdf_text(t / "c.pdf"), first.code));
    export_hr(s, kOrganiserLogin, t / "hr.xlsx", draft);
    CHECK(verify_manifest(t / "hr.xlsx", TrustedSigner{key->public_hex, {}}).ok);
    for (const auto& f : fs::directory_iterator(t.dir))
        CHECK_MESSAGE(!contains(f.path().string(), ".tmp-"), f.path().string());
}

TEST_CASE("fingerprints are read as people type them") {
    CHECK(fingerprint_from_text("9721 326e 3adb 21bd") == "9721 326e 3adb 21bd");
    CHECK(fingerprint_from_text("9721326E3ADB21BD") == "9721 326e 3adb 21bd");
    CHECK(fingerprint_from_text("9721-326e-3adb-21bd") == "9721 326e 3adb 21bd");
    CHECK_FALSE(fingerprint_from_text("9721 326e 3adb"));
    CHECK_FALSE(fingerprint_from_text("9721 326e 3adb 21bg"));
    CHECK_FALSE(fingerprint_from_text(""));
    // A Chinese keyboard in full-width mode: digits, letters and the ideographic space.
    CHECK(fingerprint_from_text("９７２１\u3000３２６Ｅ　３ａｄｂ　２１ｂｄ") ==
          "9721 326e 3adb 21bd");
}

TEST_CASE("an HR file's manifest says which results it holds; a lock or an appeal makes it old") {
    TempDir t;
    CompetitionSession s = demo(t);
    HrOptions draft;
    draft.allow_draft = true;
    draft.events = {"bricklaying", "rebar"};
    export_hr(s, kOrganiserLogin, t / "hr.csv", draft);
    const ManifestCheck r =
        verify_manifest(t / "hr.csv", TrustedSigner{device_key(s).public_hex, {}});
    REQUIRE(r.ok);
    CHECK(r.results == "bricklaying=1/draft rebar=1/draft");  // signed with the rest
    CHECK(hr_results_moved(s, r.results).empty());
    lock_results(s, unchecked_login("chief judge"), "rebar", "all signed");
    const auto moved = hr_results_moved(s, r.results);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].event == "rebar");
    CHECK(moved[0].file_revision == 1);
    CHECK_FALSE(moved[0].file_final);
    CHECK(moved[0].final);
    CHECK(hr_results_moved(s, "").empty());  // a manifest from before the line: nothing said
}

TEST_CASE("a receiver's mistakes with the file are named, never thrown") {
    TempDir t;
    CompetitionSession s = demo(t);
    HrOptions draft;
    draft.allow_draft = true;
    export_hr(s, kOrganiserLogin, t / "hr.xlsx", draft);
    const TrustedSigner organiser{{}, key_fingerprint(device_key(s).public_hex)};
    const auto reason = [&](const fs::path& file) {
        const ManifestCheck r = verify_manifest(file, organiser);
        CHECK_FALSE(r.ok);
        return r.reason;
    };
    // The signature given instead of the file.
    CHECK(contains(reason(t / "hr.xlsx.sig"), "is the signature: choose the file it signs"));
    // The file moved away, its signature left behind (this threw, and closed the console).
    fs::rename(t / "hr.xlsx", t / "moved.xlsx");
    CHECK(contains(reason(t / "hr.xlsx"), "does not exist"));
    fs::rename(t / "moved.xlsx", t / "hr.xlsx");
    CHECK(verify_manifest(t / "hr.xlsx", organiser).ok);
    // A folder for the file, or for its signature.
    fs::create_directories(t / "folder.xlsx");
    CHECK(contains(reason(t / "folder.xlsx"), "is a folder, not a file"));
    std::ofstream(t / "lone.xlsx") << "x";
    fs::create_directories(t / "lone.xlsx.sig");
    CHECK(contains(reason(t / "lone.xlsx"), "is not a file"));
    // Another key than the one announced: said as such, so a console can word it alone.
    const ManifestCheck other =
        verify_manifest(t / "hr.xlsx", TrustedSigner{{}, "0000 1111 2222 3333"});
    CHECK(other.other_signer);
    CHECK_FALSE(other.ok);
}

TEST_CASE("HR rows: title holders get the event's grade action, certificate numbers match") {
    TempDir t;
    CompetitionSession s = demo(t);
    for (const Event& e : s.competition().events) lock_results(s, kChief, e.code, kWhy);
    const auto rows = hr_rows(s, kOrganiserLogin, {});
    REQUIRE(rows.size() == s.contestants().size());
    int titled = 0;
    for (const HrRow& r : rows) {
        CHECK(r.result_state == "已锁定");
        CHECK(r.id_number.size() == 18);
        if (r.titles.empty()) {
            CHECK(r.grade_action.empty());
            continue;
        }
        ++titled;
        CHECK(contains(r.grade_action, "晋升"));
        CHECK_FALSE(r.certificate_no.empty());
    }
    CHECK(titled >= 4);
    const Certificate c = all_certificates(s).front();
    bool found = false;
    for (const HrRow& r : rows) found = found || r.certificate_no == c.number;
    CHECK(found);
}

TEST_CASE("score sheets are blinded: workstations, never names") {
    TempDir t;
    CompetitionSession s = demo(t);
    const auto ws = sheet_workstations(s, "rebar");
    REQUIRE(ws.size() >= 10);
    CHECK(std::is_sorted(ws.begin(), ws.end(), [](const std::string& a, const std::string& b) {
        return std::stoi(a) < std::stoi(b);
    }));
    const int pages = export_score_sheets(s, "rebar", t / "s.pdf");
    CHECK(pages % static_cast<int>(ws.size()) == 0);
    const std::string text = pdf_text(t / "s.pdf");
    for (const std::string& w : ws) CHECK(contains(text, "工位 " + w + " "));
    CHECK(contains(text, "Seal when printed " + audit_seal(s.store())));
    for (const Contestant& c : s.contestants()) {
        if (c.event != "rebar") continue;
        CHECK_FALSE_MESSAGE(contains(text, c.name), c.name);
        CHECK_FALSE(contains(text, c.registration_no));
    }
}
