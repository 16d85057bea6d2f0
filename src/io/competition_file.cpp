// Reading a competition definition file and the marking schemes it names.
#include "io/competition_file.h"

#include <unordered_map>
#include <unordered_set>

#include "core/identifier.h"
#include "core/translate.h"
#include "io/event_rules.h"
#include "io/file_bytes.h"
#include "io/toml_fields.h"

namespace plumb {

namespace {

void read_header(const TomlTable& file, Competition& c) {
    const auto head = file.optional_table("competition");
    if (!head)
        fail_at(file.file(), 0, "competition", tr("missing: the file needs a [competition] table"));
    c.name = head->name("name");
    c.organiser = head->optional_text("organiser").value_or("");
    c.venue = head->optional_text("venue").value_or("");
    c.starts = head->optional_date("starts").value_or("");
    c.ends = head->optional_date("ends").value_or("");
    if (!c.starts.empty() && !c.ends.empty() && c.ends < c.starts)
        head->fail("ends", format(tr("%s is before starts %s"), {c.ends, c.starts}));
    c.precision = static_cast<int>(head->optional_integer("precision", 0, 4).value_or(2));
}

// The judges' own fields; their events are checked once the events are known.
void read_judges(const std::vector<TomlTable>& tables, Competition& c) {
    std::unordered_set<std::string> codes;  // identifier keys: J01 and ｊ０１ are one judge
    for (const TomlTable& t : tables) {
        Judge j;
        j.code = t.code("code");
        if (!codes.insert(identifier_key(j.code)).second)
            t.fail("code", format(tr("judge '%s' is defined twice"), {j.code}));
        j.name = t.name("name");
        j.employer = t.optional_text("employer").value_or("");
        if (!t.has("events"))
            t.fail("events",
                   format(tr("missing: the events judge %s marks (may be [])"), {j.code}));
        for (const toml::value& event : *t.optional_array("events"))
            j.events.push_back(t.identifier(event, "events"));
        c.judges.push_back(std::move(j));
    }
}

// Each judge's events resolved to the codes the events are defined with.
void check_assignments(const std::vector<TomlTable>& tables, Competition& c) {
    std::unordered_map<std::string, std::string> codes;  // identifier key -> event code
    for (const Event& e : c.events) codes.emplace(identifier_key(e.code), e.code);
    for (std::size_t i = 0; i < tables.size(); ++i) {
        Judge& j = c.judges[i];
        const toml::array& raw = *tables[i].optional_array("events");
        std::unordered_set<std::string> seen;
        for (std::size_t k = 0; k < j.events.size(); ++k) {
            const auto code = codes.find(identifier_key(j.events[k]));
            if (code == codes.end())
                tables[i].fail_at_value(raw[k], "events",
                                        format(tr("judge %s is assigned to unknown event '%s'"),
                                               {j.code, j.events[k]}));
            if (!seen.insert(code->second).second)
                tables[i].fail_at_value(raw[k], "events",
                                        format(tr("'%s' is listed twice"), {j.events[k]}));
            j.events[k] = code->second;
        }
    }
}

// Every event needs judges, and enough of them when its scheme has judgement aspects.
void check_panels(const std::vector<TomlTable>& tables, const Competition& c) {
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const Event& e = c.events[i];
        int judges = 0;
        for (const auto& j : c.judges) judges += j.judges(e.code) ? 1 : 0;
        if (judges == 0)
            tables[i].fail("code", format(tr("no [[judge]] is assigned to event '%s'"), {e.code}));
        bool judged = false;
        for (const Aspect* a : e.scheme.aspects()) judged = judged || a->is_judgement();
        if (judged && judges < e.min_judges)
            tables[i].fail("min_judges",
                           format(judges == 1 ? tr("event '%s' needs %s judgement scores per "
                                                   "aspect but only %s judge is assigned")
                                              : tr("event '%s' needs %s judgement scores per "
                                                   "aspect but only %s judges are assigned"),
                                  {e.code, std::to_string(e.min_judges), std::to_string(judges)}));
    }
}

}  // namespace

CompetitionSources read_competition_sources(const std::filesystem::path& competition_file) {
    CompetitionSources s;
    s.competition_label = competition_file.string();
    try {
        s.competition_text = read_file_bytes(competition_file, kMaxDefinitionBytes);
    } catch (const FileTooLarge& e) {
        fail_at(s.competition_label, 0, tr("file"), e.reason());
    } catch (const std::exception& e) {
        fail_at(s.competition_label, 0, tr("file"), e.what());
    }
    // Only the scheme paths are looked at here; parse_competition reports everything else.
    const TomlDocument doc(s.competition_text, s.competition_label);
    const toml::value& root = doc.value();
    if (!root.contains("event") || !root.at("event").is_array()) return s;
    for (const auto& event : root.at("event").as_array()) {
        if (!event.is_table() || !event.contains("scheme") || !event.at("scheme").is_string())
            continue;
        const toml::value& path = event.at("scheme");
        const std::string written = path.as_string().str;
        if (s.schemes.count(written)) continue;
        try {
            s.schemes[written] =
                read_file_bytes(competition_file.parent_path() / written, kMaxDefinitionBytes);
        } catch (const std::exception& e) {
            fail_at(s.competition_label, doc.line_of(path), "scheme",
                    format(tr("cannot read scheme '%s': %s"), {written, e.what()}));
        }
    }
    return s;
}

Competition parse_competition(const CompetitionSources& sources) {
    const TomlDocument doc(sources.competition_text, sources.competition_label);
    const TomlTable file = doc.root();
    Competition c;
    read_header(file, c);
    const auto judge_tables = file.tables("judge");
    read_judges(judge_tables, c);

    const auto event_tables = file.tables("event");
    if (event_tables.empty())
        fail_at(file.file(), 0, "event", tr("missing: a competition needs at least one [[event]]"));
    std::unordered_set<std::string> codes;  // identifier keys
    for (const TomlTable& t : event_tables) {
        const std::string code = t.code("code");
        if (!codes.insert(identifier_key(code)).second)
            t.fail("code", format(tr("event '%s' is defined twice"), {code}));
        c.events.push_back(read_event(t, sources));
    }
    check_assignments(judge_tables, c);
    check_panels(event_tables, c);
    return c;
}

Competition load_competition_file(const std::filesystem::path& file) {
    return parse_competition(read_competition_sources(file));
}

}  // namespace plumb
