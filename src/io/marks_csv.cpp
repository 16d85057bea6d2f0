// Marks import: each row resolved to a contestant, judge and aspect, its value checked.
#include "io/marks_csv.h"

#include <unordered_map>

#include "core/identifier.h"
#include "core/mark_value.h"
#include "core/workstation.h"
#include "core/translate.h"
#include "io/roster_csv.h"

namespace plumb {

namespace {

struct Columns {
    CsvColumn event, workstation, judge, aspect, value;
};

const Judge* find_judge(const std::vector<Judge>& judges, const std::string& code) {
    const std::string key = identifier_key(code);
    for (const auto& j : judges)
        if (identifier_key(j.code) == key) return &j;
    return nullptr;
}

// Aspect ids are short codes like "A1"; "a1" or "Ａ１" typed by hand means the same.
const Aspect* find_aspect(const MarkingScheme& scheme, const std::string& id) {
    if (const Aspect* a = scheme.find_aspect(id)) return a;
    const std::string key = identifier_key(id);
    for (const Aspect* a : scheme.aspects())
        if (identifier_key(a->id) == key) return a;
    return nullptr;
}

std::string judge_label(const Judge& j) {
    return j.name.empty() ? j.code : j.code + " (" + j.name + ")";
}

}  // namespace

std::vector<MarkRow> parse_marks(const CsvTable& table, const Competition& competition,
                                 const std::vector<Judge>& judges,
                                 const std::vector<Contestant>& contestants) {
    ErrorList errors(table.file);
    Columns col;
    col.event = find_column(table, {"event", "赛项", "工种"}, true, errors);
    col.workstation = find_column(table, {"workstation", "工位号", "工位"}, true, errors);
    col.judge = find_column(table, {"judge", "裁判", "裁判编号"}, true, errors);
    col.aspect = find_column(table, {"aspect", "检查项目", "评分项"}, true, errors);
    col.value = find_column(table, {"value", "数值", "测量值", "评分"}, true, errors);
    errors.throw_if_any();
    if (table.rows.empty()) errors.add(table.header_line, "", tr("no marks below the header"));

    const WorkstationIndex stations(contestants);
    std::unordered_map<std::string, int> seen;  // event, contestant, judge, aspect -> line
    std::vector<MarkRow> out;
    for (const auto& row : table.rows) {
        if (row_too_wide(table, row, errors)) continue;
        auto bad = [&](const CsvColumn& column, std::string reason) {
            errors.add(row.line, column.label, std::move(reason));
        };
        MarkRow mark;
        mark.line = row.line;

        const std::string event_text = col.event.in(row);
        const Event* event = event_text.empty() ? nullptr : find_trade(competition, event_text);
        if (event_text.empty())
            bad(col.event, tr("must not be empty"));
        else if (!event)
            bad(col.event, format(tr("unknown event '%s' (known: %s)"),
                                  {shown_value(event_text), known_trades(competition)}));
        else
            mark.event = event->code;

        // Each read in column order, so that a row's problems are listed as its cells run.
        mark.workstation = col.workstation.identifier(row, errors);  // "" when refused
        const Contestant* contestant = nullptr;
        if (!mark.workstation.empty() && event) {
            contestant = stations.find(event->code, mark.workstation);
            if (!contestant)
                bad(col.workstation, format(tr("no contestant at workstation %s in %s"),
                                            {mark.workstation, event->code}));
            else if (contestant->status == ContestantStatus::Absent)
                bad(col.workstation,
                    format(tr("%s (%s) at workstation %s is marked absent"),
                           {contestant->registration_no, contestant->name, mark.workstation}));
            else
                mark.registration_no = contestant->registration_no;
        }

        const std::string judge_text = col.judge.identifier(row, errors);
        const Judge* judge = judge_text.empty() ? nullptr : find_judge(judges, judge_text);
        if (judge) mark.judge = judge->code;  // as the competition spells it
        if (!judge_text.empty() && !judge)
            bad(col.judge, format(tr("unknown judge %s"), {judge_text}));
        else if (judge && event && !judge->judges(event->code))
            bad(col.judge, format(tr("%s does not judge %s"), {judge_label(*judge), event->code}));

        const std::string aspect_text = col.aspect.identifier(row, errors);
        const Aspect* aspect =
            (aspect_text.empty() || !event) ? nullptr : find_aspect(event->scheme, aspect_text);
        if (!aspect_text.empty() && event && !aspect)
            bad(col.aspect,
                format(tr("no aspect '%s' in the %s marking scheme"), {aspect_text, event->code}));
        else if (aspect)
            mark.aspect = aspect->id;

        if (aspect) {
            const ParsedMark parsed =
                parse_mark(*aspect, event->scheme.judgement_scale, col.value.in(row));
            if (!parsed.ok())
                bad(col.value, parsed.error());
            else
                mark.value = parsed.value().str(*aspect);
        }

        if (!mark.registration_no.empty() && judge && aspect) {
            const std::string key =
                mark.event + '\n' + mark.registration_no + '\n' + mark.judge + '\n' + mark.aspect;
            if (auto it = seen.find(key); it != seen.end())
                bad(col.aspect, format(tr("%s already marks %s for workstation %s on line %s"),
                                       {mark.judge, mark.aspect, mark.workstation,
                                        std::to_string(it->second)}));
            else
                seen[key] = row.line;
        }
        out.push_back(std::move(mark));
    }
    errors.throw_if_any();
    return out;
}

}  // namespace plumb
