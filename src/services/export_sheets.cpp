// Score sheets: the scheme and the workstations of an event handed to the PDF writer.
#include "services/export_sheets.h"

#include <algorithm>
#include <cctype>

#include "core/translate.h"
#include "io/score_sheet_pdf.h"

namespace plumb {

namespace {

// "A2" < "A10": digit runs compare by value.
bool natural_less(const std::string& a, const std::string& b) {
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const bool da = std::isdigit(static_cast<unsigned char>(a[i]));
        const bool db = std::isdigit(static_cast<unsigned char>(b[j]));
        if (da && db) {
            std::size_t ie = i, je = j;
            while (ie < a.size() && std::isdigit(static_cast<unsigned char>(a[ie]))) ++ie;
            while (je < b.size() && std::isdigit(static_cast<unsigned char>(b[je]))) ++je;
            const std::string na = a.substr(i, ie - i), nb = b.substr(j, je - j);
            const auto ta = na.substr(std::min(na.find_first_not_of('0'), na.size()));
            const auto tb = nb.substr(std::min(nb.find_first_not_of('0'), nb.size()));
            if (ta.size() != tb.size()) return ta.size() < tb.size();
            if (ta != tb) return ta < tb;
            i = ie;
            j = je;
        } else {
            if (a[i] != b[j]) return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

}  // namespace

std::vector<std::string> sheet_workstations(const CompetitionSession& session,
                                            const std::string& event) {
    const Event& e = session.event(event);
    std::vector<std::string> out;
    for (const Contestant& c : session.contestants())
        if (c.event == e.code && !c.workstation.empty()) out.push_back(c.workstation);
    if (out.empty()) out = e.workstations;
    if (out.empty())
        throw ActionError(
            format(tr("%s has no workstations yet: draw lots first (plumb draw)"), {e.code}));
    std::sort(out.begin(), out.end(), natural_less);
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

int export_score_sheets(const CompetitionSession& session, const std::string& event,
                        const std::filesystem::path& pdf) {
    const Event& e = session.event(event);
    ScoreSheetSpec spec;
    spec.competition = session.competition().name;
    spec.event = e.code;
    spec.time_limit_minutes = e.time_limit_minutes;
    spec.scheme = &e.scheme;
    spec.workstations = sheet_workstations(session, event);
    return write_score_sheets_pdf(pdf, spec);
}

}  // namespace plumb
