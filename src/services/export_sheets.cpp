// Score sheets: the scheme and the workstations of an event handed to the PDF writer.
#include "services/export_sheets.h"

#include <algorithm>

#include "core/translate.h"
#include "core/workstation.h"
#include "io/score_sheet_pdf.h"
#include "services/seal.h"

namespace plumb {

std::vector<std::string> sheet_workstations(const CompetitionSession& session,
                                            const std::string& event) {
    const Event& e = session.event(event);
    std::vector<std::string> out;
    for (const Contestant& c : session.contestants())
        if (c.event == e.code && !c.workstation.empty()) out.push_back(c.workstation);
    if (out.empty()) out = e.workstations;
    if (out.empty())
        throw ActionError(format(tr("%s has no workstations yet: draw lots first"), {session.competition().event_words(e.code)}));
    sort_workstations(out);
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
    spec.seal = audit_seal(session.store());
    return write_score_sheets_pdf(pdf, spec);
}

}  // namespace plumb
