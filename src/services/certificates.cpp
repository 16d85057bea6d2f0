// Certificate numbers derived from the results, verification codes from the signing key.
#include "services/certificates.h"

#include <optional>

#include <map>

#include "core/translate.h"

namespace plumb {

namespace {

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

std::string prize_code(const std::string& award) {
    if (award == "first") return "1";
    if (award == "second") return "2";
    if (award == "third") return "3";
    if (award == "merit") return "M";
    return "0";
}

std::string year_of(const Competition& c) {
    const std::string& date = !c.starts.empty() ? c.starts : c.ends;
    return date.size() >= 4 ? date.substr(0, 4) : "0000";
}

std::string event_prefix(const Competition& competition, const Event& event) {
    return year_of(competition) + "-" + upper(event.code) + "-";
}

}  // namespace

std::string certificate_number(const Competition& competition, const Event& event,
                               const ResultRow& row) {
    if (row.award.empty() && row.titles.empty()) return "";
    std::string award = prize_code(row.award);
    const auto& rules = event.awards.titles;
    for (std::size_t i = 0; i < rules.size(); ++i)
        for (const std::string& t : row.titles)
            if (t == rules[i].name) award += static_cast<char>('A' + i % 26);
    return event_prefix(competition, event) + row.registration_no + "-" + award;
}

std::string certificate_message(const Certificate& c) {
    std::string titles;
    for (const std::string& t : c.titles) titles += (titles.empty() ? "" : ",") + t;
    return "plumbline certificate v1\n" + c.number + "\n" + c.registration_no + "\n" + c.name +
           "\n" + c.id_number + "\n" + c.event + "\n" + c.award + "\n" + titles + "\n";
}

std::vector<Certificate> event_certificates(const CompetitionSession& session,
                                            const EventResults& results, const DeviceKey& key) {
    const Event& event = session.event(results.event);
    std::map<std::string, Contestant> people;
    for (Contestant& c : session.contestants())
        if (c.event == results.event) people.emplace(c.registration_no, std::move(c));
    const EventState state = session.store().event_state(results.event);
    std::vector<Certificate> out;
    for (const ResultRow& row : results.rows) {
        const std::string number = certificate_number(session.competition(), event, row);
        if (number.empty()) continue;
        Certificate c;
        c.number = number;
        c.event = results.event;
        c.trade = results.trade;
        c.trade_en = results.trade_en;
        c.registration_no = row.registration_no;
        c.name = row.name;
        c.employer = row.employer;
        if (auto p = people.find(row.registration_no); p != people.end()) {
            c.gender = p->second.gender;
            c.id_number = p->second.id_number;
        }
        c.rank = row.rank;
        c.award = row.award;
        c.titles = row.titles;
        c.state = state;
        c.code = short_code(key, certificate_message(c));
        out.push_back(std::move(c));
    }
    return out;
}

namespace {

// The certificate `number` stood for when it was printed, read back from the number itself
// (event, registration number, prize, titles) and the contestant as registered, when `code` is
// its code: a genuine certificate that the results no longer give (an upheld appeal moved the
// prize), as opposed to one nobody issued.
std::optional<Certificate> earlier_certificate(const CompetitionSession& session,
                                               const DeviceKey& key, const Event& e,
                                               const std::string& number, const std::string& code) {
    const std::string rest = number.substr(event_prefix(session.competition(), e).size());
    const auto dash = rest.rfind('-');
    if (dash == std::string::npos || dash + 1 >= rest.size()) return std::nullopt;
    const std::string registration = rest.substr(0, dash), tail = rest.substr(dash + 1);
    Certificate c;
    for (const char* award : {"first", "second", "third", "merit", ""})
        if (prize_code(award) == tail.substr(0, 1)) c.award = award;
    if (prize_code(c.award) != tail.substr(0, 1)) return std::nullopt;
    const auto& rules = e.awards.titles;
    for (char letter : tail.substr(1)) {
        const auto i = static_cast<std::size_t>(letter - 'A');
        if (letter < 'A' || i >= rules.size()) return std::nullopt;
        c.titles.push_back(rules[i].name);
    }
    for (const Contestant& who : session.contestants()) {
        if (who.event != e.code || upper(who.registration_no) != registration) continue;
        c.number = number;
        c.event = e.code;
        c.trade = e.scheme.name;
        c.trade_en = e.scheme.name_en;
        c.registration_no = who.registration_no;
        c.name = who.name;
        c.gender = who.gender;
        c.employer = who.employer;
        c.id_number = who.id_number;
        c.state = session.store().event_state(e.code);
        c.code = short_code(key, certificate_message(c));
        if (normalised_code(code) == c.code) return c;
    }
    return std::nullopt;
}

}  // namespace

CertificateCheck verify_certificate(const CompetitionSession& session, const std::string& number,
                                    const std::string& code) {
    CertificateCheck check;
    const auto key = existing_device_key(session.store());
    if (!key) {
        check.reason = tr("this database has never issued certificates (it has no signing key)");
        return check;
    }
    const std::string wanted = upper(number);
    for (const Event& e : session.competition().events) {
        if (wanted.rfind(event_prefix(session.competition(), e), 0) != 0) continue;
        for (Certificate& c : event_certificates(session, session.results(e.code), *key)) {
            if (c.number != wanted) continue;
            check.genuine = normalised_code(code) == c.code;
            if (!check.genuine)
                check.reason = tr("the verification code does not match this certificate");
            check.certificate = std::move(c);
            return check;
        }
    }
    for (const Event& e : session.competition().events) {
        if (wanted.rfind(event_prefix(session.competition(), e), 0) != 0) continue;
        if (auto earlier = earlier_certificate(session, *key, e, wanted, code)) {
            check.withdrawn = true;
            check.reason = format(tr("certificate %s was issued, but the results changed since "
                                     "(an appeal, or a draft's marks): it is void and must be "
                                     "withdrawn"),
                                  {number});
            check.certificate = std::move(earlier);
            return check;
        }
    }
    check.reason =
        format(tr("no certificate %s follows from the current results (never issued, or the award "
                  "changed)"),
               {number});
    return check;
}

}  // namespace plumb
