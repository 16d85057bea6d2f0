// Hiding the names of events not yet revealed from everyone but the organiser.
#include "services/viewing.h"

#include <map>

#include "core/translate.h"

namespace plumb {

bool names_visible(const CompetitionSession& session, const std::string& event, const Login& by) {
    if (!roles_configured(session.store())) return true;  // nobody proves anything: no secret
    return by.role == Role::Organiser || session.store().event_state(event).revealed;
}

bool personal_data_visible(const CompetitionSession& session, const Login& by) {
    return !roles_configured(session.store()) || by.role == Role::Organiser;
}

bool names_public(const CompetitionSession& session, const std::string& event) {
    return session.store().event_state(event).revealed;
}

void hide_names(EventResults& results) {
    for (ResultRow& row : results.rows) {
        row.name.clear();
        row.employer.clear();
        row.registration_no.clear();
    }
}

EventResults results_for(const CompetitionSession& session, const Login& by,
                         const std::string& event) {
    EventResults r = session.results(event);
    if (!names_visible(session, event, by)) hide_names(r);
    return r;
}

std::vector<Contestant> roster_for(const CompetitionSession& session, const Login& by) {
    std::vector<Contestant> all = session.contestants();
    std::map<std::string, bool> visible;
    const bool personal = personal_data_visible(session, by);
    for (Contestant& c : all) {
        if (!personal) {
            c.id_number.clear();
            c.phone.clear();
        }
        auto it = visible.find(c.event);
        if (it == visible.end())
            it = visible.emplace(c.event, names_visible(session, c.event, by)).first;
        if (it->second) continue;
        c.name.clear();
        c.id_number.clear();
        c.employer.clear();
        c.phone.clear();
        c.gender.clear();
    }
    return all;
}

void require_personal_data(const CompetitionSession& session, const Login& by) {
    if (!personal_data_visible(session, by))
        throw ActionError(tr("ID numbers are the organiser's only: log in as the organiser"));
}

void require_names(const CompetitionSession& session, const Login& by, const std::string& event) {
    if (!names_visible(session, event, by))
        throw ActionError(format(tr("the names of %s are not revealed yet: only the organiser "
                                    "may see them"),
                                 {session.competition().event_words(event)}));
}

}  // namespace plumb
