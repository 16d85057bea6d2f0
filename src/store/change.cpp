// Change: one transaction of writes, each appended to a log with its audit record.
#include <array>
#include <map>
#include <string_view>

#include "store/change_impl.h"
#include "store/payload.h"

namespace plumb {

namespace {

void require(const std::string& value, const char* message) {
    if (value.empty()) throw StoreError(message);
}

}  // namespace

std::int64_t Change::Impl::record(const std::string& action, const std::string& subject,
                                  std::string payload) {
    AuditRecord r;
    r.device = actor.device;
    r.uuid = new_uuid(r.device);
    r.actor = actor.who;
    r.at = utc_now();
    r.action = action;
    r.subject = subject;
    r.payload = std::move(payload);
    return writer.append(r);
}

void Change::Impl::fill(std::string& uuid, std::string& device, std::string& entered_at,
                        std::string& reason) const {
    if (device.empty()) device = actor.device;
    if (uuid.empty()) uuid = new_uuid(device);
    if (entered_at.empty()) entered_at = utc_now();
    if (reason.empty()) reason = actor.reason;
}

void Change::Impl::append_log(const LogTable& table, const std::vector<std::string>& row,
                              const std::string& subject) {
    require_new_entry(table, row.front());
    insert_row(table, row, record(table.action, subject, table.payload(row)));
}

void Change::Impl::require_new_entry(const LogTable& table, const std::string& uuid) {
    // An entry brought from elsewhere keeps its uuid; the same entry is never logged twice.
    Prepared dup(store, std::string("SELECT seq FROM ") + table.table + " WHERE uuid = ?");
    dup->bind(1, uuid);
    if (dup->executeStep())
        throw StoreError(std::string("entry ") + uuid + " is already in " + table.table + " (row " +
                         dup->getColumn(0).getString() + ")");
}

void Change::Impl::insert_row(const LogTable& table, const std::vector<std::string>& row,
                              std::int64_t audit_seq) {
    // Built once per table: a mark received is one of a hundred thousand in a merge.
    static const std::map<const LogTable*, std::string> sql = [] {
        std::map<const LogTable*, std::string> out;
        for (const LogTable* t : log_tables()) out[t] = t->insert_sql();
        return out;
    }();
    Prepared q(store, sql.at(&table));
    int i = 1;
    for (const std::string& value : row) q->bindNoCopy(i++, value);
    q->bind(i, audit_seq);
    q->exec();
}

void Change::Impl::require_contestant(const std::string& registration_no) {
    Prepared q(store, "SELECT 1 FROM contestants WHERE registration_no = ?");
    q->bind(1, registration_no);
    if (!q->executeStep())
        throw StoreError("no contestant with registration number " + registration_no);
}

void Change::Impl::require_judge(const std::string& code) {
    Prepared q(store, "SELECT 1 FROM judges WHERE code = ?");
    q->bind(1, code);
    if (!q->executeStep()) throw StoreError("no judge with code " + code);
}

Change::Change(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Change::Change(Change&&) noexcept = default;

Change::~Change() {
    if (impl_ && !impl_->done) {
        impl_->store.rollback();
        impl_->store.change_open = false;
    }
}

void Change::commit() {
    if (impl_->done) throw StoreError("the change has already been committed");
    try {
        impl_->store.commit();
    } catch (const SQLite::Exception& e) {
        throw store_error("cannot save the change", e);
    }
    impl_->done = true;
    impl_->store.change_open = false;
}

void Change::add_mark(const MarkEntry& entry) {
    const std::string what = "cannot add the mark of judge " + entry.judge + " for " +
                             entry.registration_no + " " + entry.aspect;
    impl_->run(what, [&] {
        MarkEntry e = entry;
        impl_->fill(e.uuid, e.device, e.entered_at, e.reason);
        require(e.judge, "a mark needs a judge");
        require(e.registration_no, "a mark needs a contestant's registration number");
        require(e.event, "a mark needs an event");
        require(e.aspect, "a mark needs an aspect");
        impl_->require_contestant(e.registration_no);
        impl_->require_judge(e.judge);
        impl_->append_log(mark_log_table(), row_of(e), e.registration_no);
    });
}

void Change::add_theory(const TheoryEntry& entry) {
    impl_->run("cannot add the theory score of " + entry.registration_no, [&] {
        TheoryEntry e = entry;
        impl_->fill(e.uuid, e.device, e.entered_at, e.reason);
        require(e.registration_no, "a theory score needs a contestant's registration number");
        impl_->require_contestant(e.registration_no);
        impl_->append_log(theory_log_table(), row_of(e), e.registration_no);
    });
}

void Change::add_timing(const TimingEntry& entry) {
    impl_->run("cannot add the time of " + entry.registration_no, [&] {
        TimingEntry e = entry;
        impl_->fill(e.uuid, e.device, e.entered_at, e.reason);
        require(e.registration_no, "a time needs a contestant's registration number");
        impl_->require_contestant(e.registration_no);
        impl_->append_log(timing_log_table(), row_of(e), e.registration_no);
    });
}

void Change::add_status(const StatusEntry& entry) {
    impl_->run("cannot set the status of " + entry.registration_no, [&] {
        StatusEntry e = entry;
        impl_->fill(e.uuid, e.device, e.entered_at, e.reason);
        require(e.registration_no, "a status needs a contestant's registration number");
        impl_->require_contestant(e.registration_no);
        impl_->append_log(status_log_table(), row_of(e), e.registration_no);
    });
}

namespace {

// Actions whose records verify_audit() checks against tables (and the store's own "store.*"
// records); audit() may not forge them.
bool is_reserved_action(const std::string& action) {
    static constexpr std::array<std::string_view, 12> kReserved = {
        "mark",   "theory", "timing", "status", "contestant.add", "contestant.update",
        "judge",  "setting", "source", "device", "packet", "event.state"};
    if (action.rfind("store.", 0) == 0) return true;
    for (std::string_view r : kReserved)
        if (action == r) return true;
    return false;
}

}  // namespace

void Change::audit(const std::string& action, const std::string& subject,
                   const std::string& payload) {
    impl_->run("cannot record '" + action + "'", [&] {
        require(action, "an audit record needs an action");
        if (is_reserved_action(action))
            throw StoreError("'" + action + "' records are written by the store itself");
        std::string text = payload;
        if (!text.empty() && text.back() != '\n') text += '\n';
        if (!impl_->actor.reason.empty())
            text += PayloadWriter().add("reason", impl_->actor.reason).take();
        impl_->record(action, subject, std::move(text));
    });
}

Change Store::begin(const Actor& actor) {
    if (actor.who.empty()) throw StoreError("a change must say who makes it (Actor::who is empty)");
    if (impl_->change_open)
        throw StoreError("another change is still open on this database; commit or drop it first");
    Actor a = actor;
    if (a.device.empty()) a.device = impl_->device;
    try {
        impl_->begin_immediate();
    } catch (const SQLite::Exception& e) {
        throw store_error("cannot begin a change", e);
    }
    impl_->change_open = true;
    return Change(std::make_unique<Change::Impl>(*impl_, std::move(a)));
}

}  // namespace plumb
