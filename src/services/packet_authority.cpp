// The static checks of a packet's records against its laptop's authority.
#include "services/packet_authority.h"

#include <ctime>
#include <string_view>

#include "core/translate.h"
#include "services/gate.h"
#include "store/payload.h"
#include "store/store.h"

namespace plumb {

namespace {

// What import_kit writes when it makes the laptop's database: the laptop's setup, describing
// its own tables only.
bool kit_setup(const std::string& action) {
    return action == "store.create" || action == "source" || action == "judge" ||
           action == "contestant.add" || action == "setting" || action == "event.state" ||
           action == "kit.import";
}

std::string label(const exchange::PacketRecord& r) {
    return format(tr("its record %s (%s)"), {r.uuid, r.action});
}

// A time as the audit log writes it, "2019-10-18T09:30:00.000Z" (utc_now), and nothing else:
// times are compared as text, so " 2099-..." must not pass for an early one.
bool is_log_time(const std::string& t) {
    static constexpr std::string_view kForm = "dddd-dd-ddTdd:dd:dd.dddZ";
    if (t.size() != kForm.size()) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (kForm[i] == 'd' ? (t[i] < '0' || t[i] > '9') : t[i] != kForm[i]) return false;
    const auto n = [&t](std::size_t at) { return (t[at] - '0') * 10 + (t[at + 1] - '0'); };
    return n(5) >= 1 && n(5) <= 12 && n(8) >= 1 && n(8) <= 31 && n(11) <= 23 && n(14) <= 59 &&
           n(17) <= 60;
}

// Refuses a time that is not the log's form or is later than the master's clock allows.
void check_time(const exchange::PacketRecord& r, const std::string& what, const std::string& t,
                const std::string& now) {
    if (!is_log_time(t))
        throw PacketAuthorityError(
            format(tr("%s gives %s as '%s', which is not a time Plumbline writes"),
                   {label(r), what, t}));
    if (t > now)
        throw PacketAuthorityError(
            format(tr("%s gives %s as %s, later than the master's clock allows (%s): the "
                      "laptop's clock is wrong"),
                   {label(r), what, t, now}));
}

// A record's subject is what the audit log files it under (the contestant of a mark, the
// sheet of a sign-off): it must be what its payload says, or the log would show it elsewhere.
void check_subject(const exchange::PacketRecord& r, const std::string& expected) {
    if (r.subject != expected)
        throw PacketAuthorityError(
            format(tr("%s is filed under '%s', but its content is about '%s'"),
                   {label(r), r.subject, expected}));
}

// A uuid the laptop sends must be one it could have made: a copy of another laptop's record or
// entry would be taken here first and keep that laptop's own from ever arriving.
void check_made_here(const exchange::PacketRecord& r, const std::string& uuid) {
    if (!uuid_made_by(uuid, r.device))
        throw PacketAuthorityError(
            format(tr("%s carries uuid %s, which this laptop did not make (a copy of another "
                      "device's)"),
                   {label(r), uuid}));
}

// Every text a record brings (who did it, what it is filed under, each field of its content)
// is one line of at most kMaxReasonChars characters: the audit log prints them all.
void check_texts(const exchange::PacketRecord& r, const PayloadFields& f) {
    const auto one_line = [&r](const std::string& what, const std::string& text) {
        try {
            check_reason_text(text);
        } catch (const ActionError&) {
            throw PacketAuthorityError(
                format(tr("%s holds text that is not one line of at most %s characters (in %s)"),
                       {label(r), std::to_string(kMaxReasonChars), what}));
        }
    };
    one_line("actor", r.actor);
    one_line("subject", r.subject);
    for (const auto& [key, value] : f) one_line(key, value);
}

// With roles on, a record is done by one of the laptop's judges, logged in with their PIN.
void check_by_a_judge(const LaptopAuthority& a, const exchange::PacketRecord& r) {
    if (!a.judges.count(r.actor))
        throw PacketAuthorityError(
            format(tr("%s was done by '%s', not by one of this laptop's judges logged in with "
                      "their PIN (a kit made before the PINs were set: retire the laptop and make "
                      "a new kit)"),
                   {label(r), r.actor}));
}

}  // namespace

bool laptop_only(const std::string& action) {
    return action == "login.fail" || action == "login.ok";
}

std::string utc_in(std::chrono::minutes ahead) {
    const std::time_t t =
        std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + ahead);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
    return out;
}

std::size_t check_authority(const LaptopAuthority& a,
                            const std::vector<exchange::PacketRecord>& records,
                            const std::string& now) {
    std::size_t first_entry = 0;
    bool kit_imported = false;
    std::size_t merged = 0;  // records [0, merged) are on the master already
    if (!a.merged_head.empty())
        for (std::size_t i = 0; i < records.size(); ++i)
            if (records[i].hash == a.merged_head) merged = i + 1;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const exchange::PacketRecord& r = records[i];
        if (kit_imported && i < merged) continue;
        check_time(r, tr("its time"), r.at, now);
        const PayloadFields f = parse_payload(r.payload);
        if (!kit_imported) {
            if (!kit_setup(r.action))
                throw PacketAuthorityError(
                    format(tr("%s comes before the laptop's kit was imported"), {label(r)}));
            if (r.action == "kit.import") {
                if (field(f, "master") != a.master || field(f, "event") != a.event)
                    throw PacketAuthorityError(
                        format(tr("%s imports a kit of another master or event"), {label(r)}));
                check_made_here(r, r.uuid);
                check_subject(r, a.device_name);  // "kit imported on <laptop>" in the log
                check_texts(r, f);
                kit_imported = true;
                first_entry = i + 1;
            }
            continue;
        }
        check_made_here(r, r.uuid);
        check_texts(r, f);
        if (a.logins && a.kit_without_pins)
            throw PacketAuthorityError(
                format(tr("%s was made on a laptop whose kit was made before the PINs were set, "
                          "where nobody logs in: retire the laptop and make a new kit"),
                       {label(r)}));
        if (laptop_only(r.action)) {
            check_subject(r, field(f, "who"));  // "wrong PIN for <subject>" in the audit log
            continue;
        }
        if (r.action == "mark") {
            check_made_here(r, field(f, "uuid"));
            if (field(f, "event") != a.event)
                throw PacketAuthorityError(format(tr("%s is for event '%s', not the kit's %s"),
                                                  {label(r), field(f, "event"), a.event}));
            if (!a.judges.count(field(f, "judge")))
                throw PacketAuthorityError(
                    format(tr("%s is by %s, who is not one of this laptop's judges"),
                           {label(r), field(f, "judge")}));
            check_time(r, tr("the time the mark was entered"), field(f, "entered_at"), now);
            check_subject(r, field(f, "registration_no"));
            const std::string& judge = field(f, "judge");
            if (a.logins && r.actor != judge) {
                check_by_a_judge(a, r);
                if (r.actor != a.chief && a.judged.count(field(f, "aspect")))
                    throw PacketAuthorityError(
                        format(tr("%s gives %s's score, but %s entered it: a judgement score is "
                                  "its judge's or the chief judge's"),
                               {label(r), judge, r.actor}));
            }
            continue;
        }
        if (r.action == "signoff" || r.action == "reopen") {
            if (field(f, "event") != a.event || !a.judges.count(field(f, "judge")))
                throw PacketAuthorityError(
                    format(tr("%s concerns %s in %s, beyond this laptop's event and judges"),
                           {label(r), field(f, "judge"), field(f, "event")}));
            // Reopening is the chief judge's: only a laptop entrusted with them may bring one.
            if (r.action == "reopen" && (a.chief.empty() || !a.judges.count(a.chief)))
                throw PacketAuthorityError(
                    format(tr("%s reopens a sheet, but the chief judge of %s is not one of this "
                              "laptop's judges"),
                           {label(r), a.event}));
            check_subject(r, field(f, "event") + "/" + field(f, "workstation"));
            if (!a.logins) continue;
            check_by_a_judge(a, r);
            if (r.action == "signoff" && r.actor != field(f, "judge"))
                throw PacketAuthorityError(format(tr("%s signs off %s's sheet, but %s did it"),
                                                  {label(r), field(f, "judge"), r.actor}));
            if (r.action == "reopen" && r.actor != a.chief)
                throw PacketAuthorityError(
                    format(tr("%s reopens a sheet, but %s did it, not the chief judge (%s)"),
                           {label(r), r.actor, a.chief}));
            continue;
        }
        throw PacketAuthorityError(
            format(tr("%s is not something a judge's laptop may do (only marks, sign-offs and "
                      "reopenings)"),
                   {label(r)}));
    }
    if (!kit_imported && !records.empty())
        throw PacketAuthorityError(tr("it holds no record of its kit being imported"));
    return first_entry;
}

}  // namespace plumb
