// Opening and creating competition databases, and reading them: event books and results.
#include "services/competition_session.h"

#include <algorithm>

#include "core/translate.h"
#include "io/competition_file.h"

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

void CompetitionSession::reload_judges() {
    competition_->judges = store_.judges();
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
