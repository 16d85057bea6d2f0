// Hiding names of events not yet revealed.
#include "services/viewing.h"

#include "services/reveal.h"

namespace plumb {

bool names_visible(const CompetitionSession& session, const std::string& event,
                   const Login& login) {
    if (!roles_configured(session.store())) return true;
    return login.role == Role::Organiser || is_revealed(session, event);
}

void hide_names(EventResults& results) {
    for (ResultRow& row : results.rows) {
        row.name.clear();
        row.employer.clear();
        row.registration_no.clear();
    }
}

}  // namespace plumb
