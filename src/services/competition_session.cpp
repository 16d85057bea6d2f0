// Opening and creating competition databases; marks, statuses, draws and results.
#include "services/competition_session.h"

#include <algorithm>

#include "core/mark_value.h"
#include "core/translate.h"
#include "io/competition_file.h"
#include "io/roster_csv.h"
#include "services/judge_kit.h"
#include "services/result_state.h"
#include "services/signoff.h"

namespace plumb {

namespace {

constexpr const char* kCompetitionSource = "competition.toml";
constexpr const char* kSchemePrefix = "scheme:";

std::unique_ptr<Competition> parse_stored(const Store& store) {
    const auto texts = store.sources();
    CompetitionSources sources;
    const auto it = texts.find(kCompetitionSource);
    if (it == texts.end())
        throw ActionError(format(tr("%s: holds no competition definition"), {store.path()}));
    sources.competition_label = store.path() + "#" + kCompetitionSource;
    sources.competition_text = it->second;
    for (const auto& [name, text] : texts)
        if (name.rfind(kSchemePrefix, 0) == 0)
            sources.schemes[name.substr(std::string(kSchemePrefix).size())] = text;
    auto competition = std::make_unique<Competition>(parse_competition(sources));
    competition->judges = store.judges();
    return competition;
}

// After lock a mark changes only through an appeal; after sign-off only once reopened.
void refuse_when_final(const Store& store, const std::string& event, const std::string& workstation,
                       const std::string& judge) {
    if (result_state(store, event).locked)
        throw ActionError(
            format(tr("%s is locked: a change is an appeal (plumb appeal lodge)"), {event}));
    if (is_signed_off(store, event, workstation, judge))
        throw ActionError(format(tr("%s has signed off workstation %s: the chief judge must "
                                    "reopen it first (plumb reopen)"),
                                 {judge, workstation}));
}

}  // namespace

CompetitionSession::CompetitionSession(Store store, std::unique_ptr<Competition> competition)
    : store_(std::move(store)), competition_(std::move(competition)) {}

CompetitionSession CompetitionSession::init(const std::filesystem::path& db,
                                            const std::filesystem::path& competition_file,
                                            const Actor& actor) {
    // Parse before creating anything, so a broken file leaves no database behind.
    const CompetitionSources sources = read_competition_sources(competition_file);
    const Competition parsed = parse_competition(sources);
    Store store = Store::create(db.string());
    try {
        std::map<std::string, std::string> texts{{kCompetitionSource, sources.competition_text}};
        for (const auto& [path, text] : sources.schemes) texts[kSchemePrefix + path] = text;
        store.save_sources(texts, actor);
        Change change = store.begin(actor);
        for (const Judge& j : parsed.judges) change.add_judge(j);
        change.audit("init", parsed.name,
                     "competition=" + competition_file.filename().string() + "\n");
        change.commit();
    } catch (...) {
        std::error_code ec;
        std::filesystem::remove(db, ec);
        throw;
    }
    return open(db);
}

CompetitionSession CompetitionSession::open(const std::filesystem::path& db) {
    Store store = Store::open(db.string());
    auto competition = parse_stored(store);
    return CompetitionSession(std::move(store), std::move(competition));
}

const Event& CompetitionSession::event(const std::string& code) const {
    if (const Event* e = competition_->find_event(code)) return *e;
    std::string known;
    for (const auto& e : competition_->events) known += (known.empty() ? "" : ", ") + e.code;
    throw ActionError(format(tr("unknown event '%s' (events: %s)"), {code, known}));
}

const Contestant& CompetitionSession::contestant_at(const std::string& event_code,
                                                    const std::string& workstation,
                                                    const std::vector<Contestant>& all) const {
    const Contestant* c = find_at_workstation(all, event_code, workstation);
    if (!c)
        throw ActionError(
            format(tr("no contestant at workstation %s in %s"), {workstation, event_code}));
    return *c;
}

std::optional<MarkEntry> CompetitionSession::enter_mark(
    const std::string& event_code, const std::string& workstation, const std::string& judge,
    const std::string& aspect_id, const std::string& value, const Actor& actor) {
    const Event& ev = event(event_code);
    // The exact label is one indexed lookup; "5" for "05" needs the whole roster.
    std::optional<Contestant> exact = store_.contestant_at(event_code, workstation);
    const auto all = exact ? std::vector<Contestant>{} : store_.contestants();
    const Contestant& c = exact ? *exact : contestant_at(event_code, workstation, all);
    const Judge* j = competition_->find_judge(judge);
    if (!j) throw ActionError(format(tr("unknown judge '%s'"), {judge}));
    if (!j->judges(event_code))
        throw ActionError(format(tr("judge %s is not assigned to %s"), {judge, event_code}));
    const Aspect* a = ev.scheme.find_aspect(aspect_id);
    if (!a) throw ActionError(format(tr("event %s has no aspect '%s'"), {event_code, aspect_id}));
    if (c.status != ContestantStatus::Active)
        throw ActionError(format(tr("workstation %s is %s: no marks are taken"),
                                 {workstation, tr(to_string(c.status))}));
    refuse_when_final(store_, event_code, c.workstation, judge);
    const ParsedMark parsed = parse_mark(*a, ev.scheme.judgement_scale, value);
    if (!parsed.ok()) throw ActionError(aspect_id + ": " + parsed.error());
    const std::string canonical = parsed.value().str(*a);

    const std::optional<std::string> current =
        store_.current_mark(judge, c.registration_no, aspect_id);
    if (current && *current == canonical) return std::nullopt;
    if (current && actor.reason.empty())
        throw ActionError(
            format(tr("%s at workstation %s already has %s from %s: a correction needs a reason"),
                   {aspect_id, workstation, *current, judge}));

    MarkEntry entry;
    entry.uuid = new_uuid();
    entry.device = actor.device.empty() ? store_.device_id() : actor.device;
    entry.entered_at = utc_now();
    entry.judge = judge;
    entry.registration_no = c.registration_no;
    entry.event = event_code;
    entry.aspect = aspect_id;
    entry.value = canonical;
    entry.reason = actor.reason;
    Change change = store_.begin(actor);
    change.add_mark(entry);
    change.commit();
    return entry;
}

void CompetitionSession::set_status(const std::string& registration_no, ContestantStatus status,
                                    const Actor& actor) {
    if (actor.reason.empty()) throw ActionError(tr("a change of status needs a reason"));
    const auto all = store_.contestants();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Contestant& c) {
        return c.registration_no == registration_no;
    });
    if (it == all.end())
        throw ActionError(
            format(tr("no contestant with registration number %s"), {registration_no}));
    StatusEntry entry;
    entry.registration_no = registration_no;
    entry.status = status;
    entry.reason = actor.reason;
    Change change = store_.begin(actor);
    change.add_status(entry);
    change.commit();
}

void CompetitionSession::reload_judges() {
    competition_->judges = store_.judges();
}

std::vector<DrawResult> CompetitionSession::draw(const std::string& event_code, std::uint64_t seed,
                                                 const Actor& actor) {
    const Event& ev = event(event_code);
    if (master_of(store_))
        throw ActionError(tr("this is a laptop's database: lots are drawn on the master"));
    if (!store_.marks(event_code).empty())
        throw ActionError(format(tr("marks have been entered for %s: the draw cannot be repeated"),
                                 {event_code}));
    auto all = store_.contestants();
    const auto results = draw_lots(ev, all, seed);
    Change change = store_.begin(actor);
    for (const DrawResult& r : results) {
        for (Contestant& c : all) {
            if (c.registration_no != r.registration_no) continue;
            c.draw_no = r.draw_no;
            c.workstation = r.workstation;
            change.update_contestant(c);
        }
    }
    change.audit(
        "draw", event_code,
        "seed=" + std::to_string(seed) + "\ncontestants=" + std::to_string(results.size()) + "\n");
    change.commit();
    return results;
}

EventBook CompetitionSession::book(const std::string& event_code) const {
    EventBook book(event(event_code), competition_->precision, store_.contestants());
    store_.scan_mark_cells(event_code, [&book](const MarkCell& m) { book.apply(m); });
    for (const TheoryEntry& e : store_.theory()) book.apply(e);
    for (const TimingEntry& e : store_.timings()) book.apply(e);
    return book;
}

EventResults CompetitionSession::results(const std::string& event_code) const {
    EventBook b = book(event_code);
    return build_results(b);
}

}  // namespace plumb
