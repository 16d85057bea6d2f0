// Certificates: who gets one, their stable numbers and verification codes, and checking a
// printed certificate against the database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "services/signing.h"

namespace plumb {

struct Certificate {
    std::string number;  // e.g. "2019-BRICKLAYING-ZY045-1A" (see certificate_number)
    std::string code;    // verification code "XXXX-XXXX"
    std::string event;
    std::string trade;  // 砌筑工
    std::string trade_en;
    std::string registration_no;
    std::string name;
    std::string gender;
    std::string employer;
    std::string id_number;
    std::optional<int> rank;
    std::string award;  // first | second | third | merit | ""
    std::vector<std::string> titles;
    EventState state;
};

// YEAR-EVENT-REGISTRATION-AWARD: the competition's first year, the event code in capitals,
// the registration number, the prize (1, 2, 3, M, or 0 for none) followed by one letter per
// title (A for the event's first title rule, B for the second ...). The same contestant with the
// same award always gets the same number. "" when the row earns no certificate.
std::string certificate_number(const Competition& competition, const Event& event,
                               const ResultRow& row);

// The text a certificate's verification code is computed from.
std::string certificate_message(const Certificate& c);

// The event's certificates in rank order (every contestant with a prize or a title), with
// their codes from the key.
std::vector<Certificate> event_certificates(const CompetitionSession& session,
                                            const EventResults& results, const DeviceKey& key);

struct CertificateCheck {
    bool genuine = false;
    bool withdrawn = false;  // issued with this code once, but the results no longer give it
    std::string reason;                      // why not, when not genuine
    std::optional<Certificate> certificate;  // what the number certifies, when issued
};

// Looks the number up in the current results and compares the code.
CertificateCheck verify_certificate(const CompetitionSession& session, const std::string& number,
                                    const std::string& code);

}  // namespace plumb
