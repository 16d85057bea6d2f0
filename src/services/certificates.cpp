// Certificate numbers derived from the results, verification codes from the signing key.
#include "services/certificates.h"

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
    check.reason =
        format(tr("no certificate %s follows from the current results (never issued, or the award "
                  "changed)"),
               {number});
    return check;
}

}  // namespace plumb
