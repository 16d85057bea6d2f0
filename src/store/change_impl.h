// Private to src/store: the state of an open Change and the steps every write shares.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "store/audit_chain.h"
#include "store/logs.h"
#include "store/store_impl.h"

namespace plumb {

struct Change::Impl {
    Impl(Connection& s, Actor a) : store(s), actor(std::move(a)), writer(s) {}

    // Runs one write of the change under a savepoint: when it fails, what it had written is
    // undone and the rest of the change stays usable. SQLite failures become StoreError.
    template <class F>
    void run(const std::string& what, F&& f) {
        if (done) throw StoreError(what + ": the change has already been committed");
        try {
            Prepared(store, "SAVEPOINT op")->exec();
            try {
                f();
                Prepared(store, "RELEASE op")->exec();
            } catch (...) {
                store.db.tryExec("ROLLBACK TO op");
                store.db.tryExec("RELEASE op");
                writer.forget();
                trusted.clear();
                throw;
            }
        } catch (const SQLite::Exception& e) {
            throw store_error(what, e);
        } catch (const StoreError& e) {
            throw StoreError(what + ": " + e.what(), e.code());
        }
    }

    // Appends an audit record by this change's actor; returns its seq.
    std::int64_t record(const std::string& action, const std::string& subject, std::string payload);
    // Entry defaults: a new uuid, this actor's device, the time now, the actor's reason.
    void fill(std::string& uuid, std::string& device, std::string& entered_at,
              std::string& reason) const;
    // Appends a log row (column texts in table order) with its audit record.
    void append_log(const LogTable& table, const std::vector<std::string>& row,
                    const std::string& subject);
    // Refuses an entry whose uuid `table` already holds.
    void require_new_entry(const LogTable& table, const std::string& uuid);
    // Inserts a log row vouched for by audit record `audit_seq`.
    void insert_row(const LogTable& table, const std::vector<std::string>& row,
                    std::int64_t audit_seq);
    void require_contestant(const std::string& registration_no);
    // Another device's record and the log row it vouches for (table null: none), checked and
    // appended; the row names its contestant by the device's token until `registration_no`
    // (store/received.cpp).
    void receive_row(const AuditRecord& record, const LogTable* table,
                     std::vector<std::string> row, const std::string& registration_no);
    void require_judge(const std::string& code);

    Connection& store;
    Actor actor;
    AuditWriter writer;
    std::set<std::string> trusted;  // devices found registered during this change
    bool done = false;
};

}  // namespace plumb
