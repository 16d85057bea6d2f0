// Roster preview, contestant corrections and the record of draws, on top of the session.
#include "services/roster_admin.h"

#include <algorithm>
#include <unordered_map>

#include "core/id_number.h"
#include "core/identifier.h"
#include "core/translate.h"
#include "io/csv.h"
#include "io/import_errors.h"
#include "io/roster_csv.h"
#include "services/judge_kit.h"
#include "services/signoff.h"

namespace plumb {

namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string upper_x(std::string id) {
    if (!id.empty() && id.back() == 'x') id.back() = 'X';
    return id;
}

std::string normal_gender(const std::string& text) {
    if (text == "男" || text == "M" || text == "m" || text == "male") return "男";
    if (text == "女" || text == "F" || text == "f" || text == "female") return "女";
    return text;
}

bool same_details(const Contestant& a, const Contestant& b) {
    return a.name == b.name && a.id_number == b.id_number && a.gender == b.gender &&
           a.employer == b.employer && a.event == b.event && a.phone == b.phone &&
           a.workstation == b.workstation && a.draw_no == b.draw_no;
}

bool has_marks(const CompetitionSession& session, const std::string& event,
               const std::string& registration_no) {
    bool found = false;
    session.store().scan_marks(event, [&](const MarkEntry& e) {
        if (e.registration_no == registration_no) found = true;
    });
    return found;
}

// Checks the edited details against the rules of a registration; throws ActionError.
void check_details(const CompetitionSession& session, const Contestant& c, const Contestant& stored,
                   const std::vector<Contestant>& all) {
    if (c.name.empty()) throw ActionError(tr("the name must not be empty"));
    if (const std::string problem = text_problem(c.name, true); !problem.empty())
        throw ActionError(format(tr("name: %s"), {problem}));
    if (const std::string problem = text_problem(c.employer, false); !problem.empty())
        throw ActionError(format(tr("employer: %s"), {problem}));
    if (const std::string problem = id_number_problem(c.id_number); !problem.empty())
        throw ActionError(format(tr("ID number %s: %s"), {c.id_number, problem}));
    for (const Contestant& other : all) {
        if (other.registration_no == c.registration_no) continue;
        if (upper_x(other.id_number) == c.id_number)
            throw ActionError(format(tr("ID number %s is already registered to %s (%s)"),
                                     {c.id_number, other.registration_no, other.name}));
        if (!c.workstation.empty() && other.event == c.event &&
            same_workstation(other.workstation, c.workstation))
            throw ActionError(format(tr("workstation %s in %s is already taken by %s (%s)"),
                                     {c.workstation, c.event, other.registration_no, other.name}));
    }
    if (c.gender != "男" && c.gender != "女")
        throw ActionError(format(tr("gender '%s' is not %s or %s"), {c.gender, "男", "女"}));
    if (c.gender != id_gender(c.id_number))
        throw ActionError(format(tr("gender %s does not match the ID number, which says %s"),
                                 {c.gender, id_gender(c.id_number)}));
    session.event(c.event);  // throws for an unknown event
    if (c.event != stored.event && has_marks(session, stored.event, c.registration_no))
        throw ActionError(format(tr("%s already has marks in %s: the event cannot change"),
                                 {c.registration_no, stored.event}));
}

// A workstation is how judges find a contestant: on the laptops its kit named it for, and in
// each judge's sign-off of its sheet. Throws ActionError when `from` (a contestant's workstation
// in `event`, "" for none) cannot become `to` ("" for leaving the event).
void check_workstation_move(Action& action, const std::string& event,
                            const std::string& registration_no, const std::string& from,
                            const std::string& to) {
    if (same_workstation(from, to)) return;
    const std::string words = action.session().competition().event_words(event);
    if (!from.empty() && named_in_a_kit(action.store(), event, registration_no))
        throw ActionError(format(tr("judge kits were made for %s: their laptops find each "
                                    "contestant at the workstation the kit gave, so workstation "
                                    "%s cannot change now"),
                                 {words, from}));
    // (A signed-off sheet always has its contestant, so no other can move onto it.)
    if (from.empty()) return;
    for (const SignOff& s : signed_off(action.store(), event))
        if (same_workstation(s.workstation, from))
            throw ActionError(format(tr("%s has signed off workstation %s: the chief judge must "
                                        "reopen it before a contestant moves"),
                                     {s.judge, s.workstation}));
}

// The registered contestant a typed registration number names (case and width as typed).
const Contestant& registered(const std::vector<Contestant>& all, const std::string& typed) {
    const std::string key = identifier_key(typed);
    for (const Contestant& c : all)
        if (identifier_key(c.registration_no) == key) return c;
    throw ActionError(format(tr("no contestant with registration number %s"), {typed}));
}

// A workstation typed in a correction, normalised as a roster row's; "" clears it.
std::string workstation_of(const std::string& typed) {
    if (trim(typed).empty()) return {};
    IdentifierReading r = read_identifier(typed);
    if (!r.ok()) throw ActionError(format(tr("workstation: %s"), {r.problem}));
    return r.value;
}

}  // namespace

RosterPreview preview_roster(const CompetitionSession& session, const std::filesystem::path& csv) {
    RosterPreview preview;
    preview.file = csv.filename().string();
    try {
        // The same reading and checks as import_roster, so the preview shows what it would
        // refuse; a file that cannot be read or is too large throws.
        const CsvTable table = read_csv_file(csv);
        preview.rows = parse_roster(table, session.competition(), session.contestants());
    } catch (const ImportError& e) {
        preview.rows.clear();
        preview.errors = e.errors();
    }
    return preview;
}

bool update_contestant(CompetitionSession& session, const Login& by, const Contestant& edited,
                       const std::string& reason) {
    Action action(session, by, Act::EditContestant, trim(reason));
    const auto& all = action.contestants();
    const Contestant stored = registered(all, edited.registration_no);
    Contestant c = stored;
    c.name = trim(edited.name);
    c.id_number = upper_x(trim(edited.id_number));
    c.employer = trim(edited.employer);
    c.phone = trim(edited.phone);
    c.event = trim(edited.event);
    c.workstation = workstation_of(edited.workstation);
    const std::string gender = trim(edited.gender);
    c.gender = gender.empty() ? id_gender(c.id_number) : normal_gender(gender);
    // A draw number belongs to the event's draw: moving to another event leaves it undrawn.
    if (c.event != stored.event) c.draw_no.reset();
    session.event(c.event);  // an unknown event is refused by name
    action.allow(c.event == stored.event ? std::vector<std::string>{c.event}
                                         : std::vector<std::string>{stored.event, c.event});
    if (same_details(c, stored)) return false;
    check_details(session, c, stored, all);
    if (c.event == stored.event) {
        check_workstation_move(action, c.event, c.registration_no, stored.workstation,
                               c.workstation);
    } else {
        check_workstation_move(action, stored.event, c.registration_no, stored.workstation, {});
    }
    if (trim(reason).empty())
        throw ActionError(
            format(tr("a correction of %s's details needs a reason"), {c.registration_no}));
    action.change().update_contestant(c);
    action.commit();
    return true;
}

void add_contestant(CompetitionSession& session, const Login& by, const Contestant& c) {
    Action action(session, by, Act::AddContestant, "added by hand");
    // Checked exactly as a roster row: a table of one row, labelled for the messages.
    CsvTable table;
    table.file = tr("the new contestant");
    table.header = {"registration_no", "name", "id_number", "trade", "gender",
                    "employer",        "phone", "workstation"};
    table.rows.push_back(CsvRow{2, {trim(c.registration_no), trim(c.name), trim(c.id_number),
                                    trim(c.event), trim(c.gender), trim(c.employer),
                                    trim(c.phone), trim(c.workstation)}});
    std::vector<Contestant> rows;
    try {
        rows = parse_roster(table, session.competition(), action.contestants());
    } catch (const ImportError& e) {
        std::string reasons;
        for (const RowError& r : e.errors())
            reasons += (reasons.empty() ? "" : "; ") + (r.field.empty() ? "" : r.field + ": ") +
                       r.reason;
        throw ActionError(reasons);
    }
    action.allow({rows.front().event});
    action.change().add_contestant(rows.front());
    action.commit();
}

void set_status(CompetitionSession& session, const Login& by, const std::string& registration_no,
                ContestantStatus status, const std::string& reason) {
    Action action(session, by, Act::SetStatus, reason);
    const Contestant& c = registered(action.contestants(), registration_no);
    action.allow({c.event});
    if (trim(reason).empty()) throw ActionError(tr("a change of status needs a reason"));
    StatusEntry entry;
    entry.registration_no = c.registration_no;
    entry.status = status;
    entry.reason = reason;
    action.change().add_status(entry);
    action.commit();
}

std::vector<DrawResult> draw(CompetitionSession& session, const Login& by,
                             const std::string& event, std::uint64_t seed) {
    Action action(session, by, Act::Draw, "draw with seed " + std::to_string(seed));
    action.allow({event});
    if (!action.store().marks(event).empty())
        throw ActionError(
            format(tr("marks have been entered for %s: the draw cannot be repeated"),
                   {session.competition().event_words(event)}));
    // A sign-off (even of a sheet with no marks yet) belongs to its workstation's contestant.
    if (const auto standing = signed_off(action.store(), event); !standing.empty())
        throw ActionError(format(tr("%s has signed off workstation %s: the chief judge must "
                                    "reopen it before a new draw"),
                                 {standing.front().judge, standing.front().workstation}));
    if (kits_made_for(action.store(), event))
        throw ActionError(format(tr("judge kits were made for %s with the workstations of this "
                                    "draw: a new draw would put their laptops' marks on the wrong "
                                    "contestants"),
                                 {session.competition().event_words(event)}));
    std::vector<Contestant> all = action.contestants();
    const auto results = draw_lots(session.event(event), all, seed);
    // By registration number: a walk of every contestant per result took 66 s at 40,000.
    std::unordered_map<std::string, Contestant*> by_registration;
    for (Contestant& c : all) by_registration.emplace(c.registration_no, &c);
    for (const DrawResult& r : results) {
        Contestant& c = *by_registration.at(r.registration_no);
        c.draw_no = r.draw_no;
        c.workstation = r.workstation;
        action.change().update_contestant(c);
    }
    action.change().audit(
        "draw", event,
        "seed=" + std::to_string(seed) + "\ncontestants=" + std::to_string(results.size()) + "\n");
    action.commit();
    return results;
}

std::optional<DrawRecord> last_draw(const CompetitionSession& session, const std::string& event) {
    // Only the draw records (the audit_action index): the whole log is large at scale.
    const auto log = session.store().audit_records({"draw"});
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        if (it->action != "draw" || it->subject != event) continue;
        const auto at = it->payload.find("seed=");
        if (at != 0 && (at == std::string::npos || it->payload[at - 1] != '\n')) continue;
        DrawRecord r;
        try {
            r.seed = std::stoull(it->payload.substr(at + 5));
        } catch (const std::exception&) {
            continue;  // not written by draw(); look further back
        }
        r.at = it->at;
        r.actor = it->actor;
        return r;
    }
    return std::nullopt;
}

}  // namespace plumb
