// Writes event results as JSON, CSV and aligned text.
#include "io/results_export.h"

#include "core/translate.h"

#include <nlohmann/json.hpp>

#include "io/csv.h"
#include "io/text_table.h"

namespace plumb {

namespace {

using nlohmann::ordered_json;

ordered_json number(const std::optional<Decimal>& d) {
    if (!d) return nullptr;
    // Rounded to the precision already; a double prints it back as the shortest exact text.
    return d->to_double();
}

std::string fixed(const std::optional<Decimal>& d, int places) {
    return d ? d->str(places) : "";
}

std::string joined(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

ordered_json to_json(const EventResults& r, const ResultsHeading* heading = nullptr,
                     const PublishedEvent* published = nullptr) {
    ordered_json rows = ordered_json::array();
    for (const ResultRow& row : r.rows) {
        ordered_json j;
        j["rank"] = row.rank ? ordered_json(*row.rank) : ordered_json(nullptr);
        j["registration_no"] = row.registration_no;
        j["name"] = row.name;
        j["employer"] = row.employer;
        j["workstation"] = row.workstation;
        j["theory"] = number(row.theory);
        j["practical"] = number(row.practical);
        j["total"] = number(row.total);
        j["time_minutes"] = number(row.time_minutes);
        j["status"] = row.status;
        j["award"] = row.award.empty() ? ordered_json(nullptr) : ordered_json(row.award);
        j["titles"] = row.titles;
        j["tie"] = row.tie;
        if (!row.status_reason.empty()) j["status_reason"] = row.status_reason;
        if (!row.missing.empty()) j["missing"] = row.missing;
        if (!row.flags.empty()) j["flags"] = row.flags;
        rows.push_back(std::move(j));
    }
    ordered_json out;
    if (heading) out["competition"] = heading->competition;
    out["event"] = r.event;
    out["trade"] = r.trade;
    if (published) {
        out["revision"] = published->revision;
        out["locked"] = published->locked;
    }
    if (heading) out["generated"] = heading->generated;
    if (heading && !heading->seal.empty()) out["seal"] = heading->seal;
    out["precision"] = r.precision;
    out["ranked"] = r.ranked;
    out["rows"] = std::move(rows);
    return out;
}

}  // namespace

std::string results_json(const EventResults& results) {
    return to_json(results).dump(2) + "\n";
}

std::string results_json(const std::vector<EventResults>& events) {
    ordered_json all = ordered_json::array();
    for (const auto& e : events) all.push_back(to_json(e));
    return all.dump(2) + "\n";
}

std::string results_csv(const std::vector<EventResults>& events) {
    std::vector<PublishedEvent> unpublished;
    for (const EventResults& e : events) unpublished.push_back({e, 0, false});
    return published_csv(unpublished);
}

namespace {

// An award or status code in the translator's language ("first", "absent" ... in English).
std::string word(const std::string& code) {
    if (code == "first") return tr("first");
    if (code == "second") return tr("second");
    if (code == "third") return tr("third");
    if (code == "merit") return tr("merit");
    if (code == "complete") return tr("complete");
    if (code == "incomplete") return tr("incomplete");
    if (code == "absent") return tr("absent");
    if (code == "withdrawn") return tr("withdrawn");
    if (code == "disqualified") return tr("disqualified");
    return code;
}

}  // namespace

std::string results_table(const EventResults& r) {
    std::vector<std::vector<std::string>> rows{
        {tr("rank"), tr("ws"), tr("reg"), tr("name"), tr("employer"), tr("theory"), tr("practical"),
         tr("total"), tr("time"), tr("award"), tr("titles"), tr("status")}};
    for (const ResultRow& row : r.rows) {
        std::string rank = row.rank ? std::to_string(*row.rank) + (row.tie ? "=" : "") : "-";
        std::string status = word(row.status);
        if (!row.missing.empty())
            status += ": " + joined(row.missing, "; ");
        else if (!row.status_reason.empty())
            status += ": " + row.status_reason;
        rows.push_back({rank, row.workstation, row.registration_no, row.name, row.employer,
                        fixed(row.theory, r.precision), fixed(row.practical, r.precision),
                        fixed(row.total, r.precision), fixed(row.time_minutes, 1), word(row.award),
                        joined(row.titles, ","), status});
    }
    return r.event + " " + r.trade + "  " + format(tr("(%s ranked)"), {std::to_string(r.ranked)}) +
           "\n" + format_table(rows, {0, 5, 6, 7, 8});
}

std::string published_json(const ResultsHeading& heading, const std::vector<PublishedEvent>& events,
                           bool as_array) {
    ordered_json all = ordered_json::array();
    for (const PublishedEvent& e : events) all.push_back(to_json(e.results, &heading, &e));
    if (!as_array && all.size() == 1) return all[0].dump(2) + "\n";
    return all.dump(2) + "\n";
}

// revision 0: results not published (plumb rank), so no revision and locked columns.
std::string published_csv(const std::vector<PublishedEvent>& events) {
    const bool published = !events.empty() && events.front().revision > 0;
    std::vector<std::string> head{"event", "rank", "registration_no", "name", "employer",
                                  "workstation", "theory", "practical", "total", "time_minutes",
                                  "status", "award", "titles", "tie", "note"};
    if (published) head.insert(head.end(), {"revision", "locked"});
    std::string out = "\xEF\xBB\xBF" + csv_line(head);
    for (const PublishedEvent& p : events) {
        const EventResults& e = p.results;
        for (const ResultRow& row : e.rows) {
            const std::string note =
                !row.missing.empty() ? joined(row.missing, "; ") : row.status_reason;
            std::vector<std::string> cells{
                e.event, row.rank ? std::to_string(*row.rank) : "", row.registration_no,
                row.name, row.employer, row.workstation, fixed(row.theory, e.precision),
                fixed(row.practical, e.precision), fixed(row.total, e.precision),
                fixed(row.time_minutes, 2), row.status, row.award, joined(row.titles, ";"),
                row.tie ? "true" : "false", note};
            if (published)
                cells.insert(cells.end(), {std::to_string(p.revision), p.locked ? "true" : "false"});
            out += csv_line(cells);
        }
    }
    return out;
}

}  // namespace plumb
