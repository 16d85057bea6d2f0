// One word or two for each kind of audit record; an unknown code is shown as it is.
#include "ui/audit_words.h"

#include <utility>

#include <wx/intl.h>

#include "ui/wx_text.h"

namespace plumb::ui {

wxString action_label(const std::string& action) {
    static const std::pair<const char*, const char*> kWords[] = {
        {"mark", wxTRANSLATE("mark")},
        {"theory", wxTRANSLATE("theory score")},
        {"timing", wxTRANSLATE("time used")},
        {"status", wxTRANSLATE("status")},
        {"signoff", wxTRANSLATE("sign-off")},
        {"reopen", wxTRANSLATE("sheet reopened")},
        {"resolve", wxTRANSLATE("conflict settled")},
        {"appeal.lodge", wxTRANSLATE("appeal lodged")},
        {"appeal.decide", wxTRANSLATE("appeal decided")},
        {"setting", wxTRANSLATE("setting")},
        {"event.state", wxTRANSLATE("event state")},
        {"lock", wxTRANSLATE("results locked")},
        {"reveal", wxTRANSLATE("names revealed")},
        {"draw", wxTRANSLATE("draw of lots")},
        {"import", wxTRANSLATE("file imported")},
        {"init", wxTRANSLATE("competition created")},
        {"store.create", wxTRANSLATE("database created")},
        {"store.migrate", wxTRANSLATE("database upgraded")},
        {"contestant.add", wxTRANSLATE("contestant registered")},
        {"contestant.update", wxTRANSLATE("contestant corrected")},
        {"judge", wxTRANSLATE("judge saved")},
        {"device", wxTRANSLATE("laptop registered")},
        {"source", wxTRANSLATE("definition file")},
        {"packet", wxTRANSLATE("score packet")},
        {"kit.export", wxTRANSLATE("kit made")},
        {"kit.import", wxTRANSLATE("kit imported")},
        {"kit.retire", wxTRANSLATE("laptop retired")},
        {"login.ok", wxTRANSLATE("logged in")},
        {"login.fail", wxTRANSLATE("wrong PIN or password")},
        {"entry.first", wxTRANSLATE("first typing")},
        {"entry.agree", wxTRANSLATE("second typing agrees")},
        {"entry.disagree", wxTRANSLATE("second typing disagrees")},
    };
    for (const auto& [code, words] : kWords)
        if (action == code) return wxGetTranslation(words);
    return u8(action);
}

}  // namespace plumb::ui
