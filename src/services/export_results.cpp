// Results exports in the four formats.
#include "services/export_results.h"

#include "core/translate.h"
#include "io/export_words.h"
#include "io/file_bytes.h"
#include "io/results_export.h"
#include "io/results_pdf.h"
#include "io/results_xlsx.h"
#include "services/seal.h"
#include "services/viewing.h"

namespace plumb {

std::vector<PublishedEvent> published_events(const CompetitionSession& session, const Login& by,
                                             const std::vector<std::string>& events) {
    if (events.empty()) throw ActionError(tr("no event to export"));
    std::vector<PublishedEvent> out;
    for (const std::string& code : events) {
        const EventState state = session.store().event_state(code);
        out.push_back({results_for(session, by, code), state.revision, state.locked});
    }
    return out;
}

ResultsHeading results_heading(const CompetitionSession& session) {
    return {session.competition().name, session.competition().organiser, local_time_now(),
            audit_seal(session.store())};
}

std::string results_text(const CompetitionSession& session, const Login& by,
                         const std::vector<std::string>& events, const std::string& format) {
    if (format == "csv") return published_csv(published_events(session, by, events));
    if (format == "json")
        return published_json(results_heading(session), published_events(session, by, events),
                              events.size() > 1);
    throw ActionError(
        plumb::format(tr("unknown results format '%s' (csv, json, pdf, xlsx)"), {format}));
}

int export_results(const CompetitionSession& session, const Login& by,
                   const std::vector<std::string>& events, const std::string& format,
                   const std::filesystem::path& file) {
    if (format == "pdf")
        return write_results_pdf(file, results_heading(session),
                                 published_events(session, by, events));
    if (format == "xlsx") {
        write_results_xlsx(file, results_heading(session), published_events(session, by, events));
        return 0;
    }
    write_file_atomically(file, results_text(session, by, events, format));
    return 0;
}

}  // namespace plumb
