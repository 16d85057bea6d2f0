// One contestant's aspect, every entry ever made for it: the chief judge's cell history.
#include "store/logs.h"
#include "store/store_impl.h"

namespace plumb {

std::vector<MarkEntry> Store::mark_history(const std::string& registration_no,
                                           const std::string& aspect) const {
    return guarded_read("cannot read the history of " + registration_no + " " + aspect, [&] {
        // Served by the mark_log_contestant_aspect index: a handful of rows, never a scan.
        Prepared q(*impl_, "SELECT " + mark_log_table().column_list() +
                               " FROM mark_log WHERE registration_no = ? AND aspect = ?"
                               " ORDER BY seq");
        q->bindNoCopy(1, registration_no);
        q->bindNoCopy(2, aspect);
        std::vector<MarkEntry> out;
        while (q->executeStep()) {
            MarkEntry e;
            e.uuid = q->getColumn(0).getString();
            e.device = q->getColumn(1).getString();
            e.judge = q->getColumn(2).getString();
            e.registration_no = q->getColumn(3).getString();
            e.event = q->getColumn(4).getString();
            e.aspect = q->getColumn(5).getString();
            e.value = q->getColumn(6).getString();
            e.entered_at = q->getColumn(7).getString();
            e.reason = q->getColumn(8).getString();
            out.push_back(std::move(e));
        }
        return out;
    });
}

}  // namespace plumb
