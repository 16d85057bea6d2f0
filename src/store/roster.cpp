// Change's writes to the roster: contestants (registered, then updated) and judges.
#include <algorithm>

#include "store/change_impl.h"
#include "store/payload.h"
#include "store/state.h"

namespace plumb {

namespace {

std::optional<Contestant> find_contestant(Connection& s, const std::string& registration_no) {
    Prepared q(s, std::string("SELECT ") + kContestantColumns +
                      " FROM contestants WHERE registration_no = ?");
    q->bind(1, registration_no);
    if (!q->executeStep()) return std::nullopt;
    return contestant_from_row(*q);
}

// ID numbers are unique among contestants (empty ones are stored as NULL and never clash).
void require_unique_id_number(Connection& s, const Contestant& c) {
    if (c.id_number.empty()) return;
    Prepared q(s,
               "SELECT registration_no FROM contestants WHERE id_number = ? "
               "AND registration_no <> ?");
    q->bind(1, c.id_number);
    q->bind(2, c.registration_no);
    if (q->executeStep())
        throw StoreError("ID number " + c.id_number + " is already registered to contestant " +
                         q->getColumn(0).getString());
}

void bind_details(SQLite::Statement& q, const Contestant& c) {
    q.bind(1, c.registration_no);
    q.bind(2, c.name);
    if (c.id_number.empty())
        q.bind(3);
    else
        q.bind(3, c.id_number);
    q.bind(4, c.gender);
    q.bind(5, c.employer);
    q.bind(6, c.event);
    q.bind(7, c.phone);
    q.bind(8, c.workstation);
    if (c.draw_no)
        q.bind(9, *c.draw_no);
    else
        q.bind(9);
}

PayloadWriter fields_writer(const PayloadFields& fields) {
    PayloadWriter w;
    for (const auto& [k, v] : fields) w.add(k, v);
    return w;
}

}  // namespace

void Change::add_contestant(const Contestant& c) {
    impl_->run("cannot register contestant " + c.registration_no, [&] {
        if (c.registration_no.empty()) throw StoreError("the registration number is empty");
        if (find_contestant(impl_->store, c.registration_no))
            throw StoreError("registration number " + c.registration_no + " is already registered");
        require_unique_id_number(impl_->store, c);
        PayloadWriter w = fields_writer(contestant_fields(c));
        w.add("reason", impl_->actor.reason);
        impl_->record("contestant.add", c.registration_no, w.take());
        Prepared q(impl_->store,
                   "INSERT INTO contestants (registration_no, name, id_number, gender, employer, "
                   "event, phone, workstation, draw_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bind_details(*q, c);
        q->exec();
        // A status given with the registration goes to the status log like any other.
        if (c.status != ContestantStatus::Active) {
            StatusEntry e;
            e.registration_no = c.registration_no;
            e.status = c.status;
            e.reason = c.status_reason;
            impl_->fill(e.uuid, e.device, e.entered_at, e.reason);
            impl_->append_log(status_log_table(), row_of(e), e.registration_no);
        }
    });
}

void Change::update_contestant(const Contestant& c) {
    impl_->run("cannot update contestant " + c.registration_no, [&] {
        const auto old = find_contestant(impl_->store, c.registration_no);
        if (!old) throw StoreError("no contestant with registration number " + c.registration_no);
        require_unique_id_number(impl_->store, c);
        const PayloadFields after = contestant_fields(c);
        PayloadWriter w = fields_writer(after);
        add_old_values(w, contestant_fields(*old), after);
        w.add("reason", impl_->actor.reason);
        impl_->record("contestant.update", c.registration_no, w.take());
        Prepared q(impl_->store,
                   "UPDATE contestants SET name = ?2, id_number = ?3, gender = ?4, employer = ?5, "
                   "event = ?6, phone = ?7, workstation = ?8, draw_no = ?9 "
                   "WHERE registration_no = ?1");
        bind_details(*q, c);
        q->exec();
    });
}

void Change::add_judge(const Judge& judge) {
    impl_->run("cannot save judge " + judge.code, [&] {
        if (judge.code.empty()) throw StoreError("the judge code is empty");
        Judge j = judge;
        j.events.clear();
        for (const std::string& e : judge.events)
            if (!e.empty() && std::find(j.events.begin(), j.events.end(), e) == j.events.end())
                j.events.push_back(e);
        Connection& s = impl_->store;

        std::optional<Judge> old;
        {
            Prepared q(s, "SELECT name, employer FROM judges WHERE code = ?");
            q->bind(1, j.code);
            if (q->executeStep())
                old = Judge{j.code, q->getColumn(0).getString(), q->getColumn(1).getString(), {}};
        }
        if (old) {
            Prepared q(s, "SELECT event FROM judge_events WHERE judge = ? ORDER BY rowid");
            q->bind(1, j.code);
            while (q->executeStep()) old->events.push_back(q->getColumn(0).getString());
        }
        const PayloadFields after = judge_fields(j);
        PayloadWriter w = fields_writer(after);
        if (old) add_old_values(w, judge_fields(*old), after);
        w.add("reason", impl_->actor.reason);
        impl_->record("judge", j.code, w.take());

        {
            Prepared q(s,
                       "INSERT INTO judges (code, name, employer) VALUES (?, ?, ?) "
                       "ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                       "employer = excluded.employer");
            q->bind(1, j.code);
            q->bind(2, j.name);
            q->bind(3, j.employer);
            q->exec();
        }
        {
            Prepared q(s, "DELETE FROM judge_events WHERE judge = ?");
            q->bind(1, j.code);
            q->exec();
        }
        for (const std::string& e : j.events) {
            Prepared q(s, "INSERT INTO judge_events (judge, event) VALUES (?, ?)");
            q->bind(1, j.code);
            q->bind(2, e);
            q->exec();
        }
    });
}

}  // namespace plumb
