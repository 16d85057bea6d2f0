// Opening and creating competition databases: pragmas, identity checks, migrations, device id.
#include <sodium.h>
#include <sqlite3.h>

#include <filesystem>

#include "os/os_calls.h"
#include "store/audit_chain.h"
#include "store/event_state.h"
#include "store/version_note.h"
#include "store/payload.h"
#include "store/schema.h"
#include "store/store_impl.h"

namespace plumb {

namespace fs = std::filesystem;

namespace {

// A Store is used by one thread at a time, so SQLite's per-call connection mutex is not needed.
const int kOpenFlags = SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX;

void ensure_sodium() {
    if (sodium_init() < 0) throw StoreError("libsodium could not be initialised");
}

int user_version(SQLite::Database& db) {
    return db.execAndGet("PRAGMA user_version").getInt();
}

// Per-connection settings; WAL is kept in the file, the others must be set on every open.
void configure(Connection& s, bool file) {
    s.db.exec("PRAGMA foreign_keys = ON");
    s.db.exec("PRAGMA synchronous = FULL");
    // Large imports stay in memory until COMMIT instead of spilling pages mid-transaction.
    s.db.exec("PRAGMA cache_size = -" + std::to_string(kCacheKiB));
    s.db.exec("PRAGMA temp_store = MEMORY");
    if (!file) return;
    const std::string mode =
        retry_busy([&s] { return s.db.execAndGet("PRAGMA journal_mode = WAL").getString(); });
    if (mode != "wal")
        throw StoreError(s.path + ": cannot use write-ahead logging (journal mode stays " + mode +
                         "); is the file on a network drive?");
    s.checkpointer = std::make_unique<Checkpointer>(s.db.getHandle(), s.path);
}

// Refuses files that SQLite cannot read or that another program wrote.
void check_plumbline(Connection& s) {
    int id = 0;
    try {
        id = retry_busy([&s] { return s.db.execAndGet("PRAGMA application_id").getInt(); });
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() != SQLITE_NOTADB) throw;
        throw StoreError(s.path + " is not a Plumbline database (it is not an SQLite file)",
                         e.getErrorCode());
    }
    if (id != kApplicationId)
        throw StoreError(s.path + " is not a Plumbline database (it has no Plumbline identifier)");
}

void record_store_event(Connection& s, const std::string& action, const std::string& payload) {
    AuditWriter writer(s);
    AuditRecord r;
    r.device = s.device;
    r.uuid = new_uuid(r.device);
    r.actor = "plumbline";
    r.at = utc_now();
    r.action = action;
    r.subject = s.device;
    r.payload = payload;
    writer.append(r);
}

// A device id as new_uuid() writes them: 36 characters, lowercase hex and dashes.
bool is_device_id(const std::string& id) {
    if (id.size() != 36) return false;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

// Schema, identifier and device id of a new database, in one transaction.
void initialise(Connection& s, const std::string& device_id) {
    s.begin_immediate();
    try {
        s.db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        migrate(s.db, 0);
        s.device = device_id.empty() ? new_uuid() : device_id;
        const std::string now = utc_now();
        {
            Prepared q(s, "INSERT INTO settings (key, value) VALUES ('device', ?)");
            q->bind(1, s.device);
            q->exec();
        }
        {
            Prepared q(s, "INSERT INTO devices (id, added_at) VALUES (?, ?)");
            q->bind(1, s.device);
            q->bind(2, now);
            q->exec();
        }
        PayloadWriter w;
        w.add("device", s.device).add("schema", std::to_string(latest_schema_version()));
        record_store_event(s, "store.create", w.take());
        s.commit();
    } catch (...) {
        s.rollback();
        throw;
    }
    s.version = latest_schema_version();
}

void load_device(Connection& s) {
    Prepared q(s, "SELECT value FROM settings WHERE key = 'device'");
    if (!q->executeStep() || q->getColumn(0).getString().empty())
        throw StoreError(s.path + " has no device id; the database is damaged");
    s.device = q->getColumn(0).getString();
}

// Brings an older file up to this build's schema; refuses a newer one.
void migrate_forward(Connection& s) {
    const int latest = latest_schema_version();
    int version = retry_busy([&s] { return user_version(s.db); });
    if (version > latest)
        throw StoreError(s.path + " was written by a newer Plumbline (schema version " +
                         std::to_string(version) + "; this one knows up to " +
                         std::to_string(latest) + ")");
    if (version < latest) {
        s.begin_immediate();
        try {
            version = user_version(s.db);  // another program may have migrated meanwhile
            if (version < latest) {
                migrate(s.db, version);
                load_device(s);
                if (version < 3) {
                    AuditWriter writer(s);
                    move_event_settings(s, writer);
                }
                PayloadWriter w;
                w.add("from", std::to_string(version)).add("to", std::to_string(latest));
                record_store_event(s, "store.migrate", w.take());
            }
            s.commit();
        } catch (...) {
            s.rollback();
            throw;
        }
    }
    s.version = latest;
}

void remove_database_files(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(path + suffix, ec);
}

}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;

Store Store::open(const std::string& path) {
    std::error_code ec;
    if (path.empty() || !fs::exists(path, ec))
        throw StoreError("no competition database at '" + path + "'");
    if (fs::is_directory(path, ec))
        throw StoreError(path + " is a directory, not a competition database");
    ensure_sodium();
    try {
        auto impl = std::make_unique<Impl>(path, kOpenFlags);
        check_plumbline(*impl);
        configure(*impl, true);
        migrate_forward(*impl);
        load_device(*impl);
        Store store(std::move(impl));
        note_version(store, false);
        return store;
    } catch (const SQLite::Exception& e) {
        throw store_error("cannot open " + path, e);
    }
}

Store Store::create(const std::string& path, const std::string& device_id) {
    std::error_code ec;
    if (path.empty()) throw StoreError("a new competition database needs a file name");
    if (!device_id.empty() && !is_device_id(device_id))
        throw StoreError("'" + device_id + "' is not a device id (a UUID in lowercase)");
    if (fs::exists(path, ec))
        throw StoreError(path + " already exists; a new competition database needs a new file");
    ensure_sodium();
    // Created only if absent: of two programs creating the same file at once, only one goes on.
    if (!os::create_new_file(path, ec))
        throw StoreError("cannot create " + path + ": " + ec.message());
    try {
        auto impl = std::make_unique<Impl>(path, kOpenFlags);
        configure(*impl, true);
        initialise(*impl, device_id);
        Store store(std::move(impl));
        note_version(store, true);
        return store;
    } catch (const SQLite::Exception& e) {
        remove_database_files(path);
        throw store_error("cannot create " + path, e);
    } catch (...) {
        remove_database_files(path);
        throw;
    }
}

Store Store::in_memory() {
    ensure_sodium();
    try {
        auto impl = std::make_unique<Impl>(":memory:", kOpenFlags | SQLite::OPEN_CREATE);
        configure(*impl, false);
        initialise(*impl, {});
        return Store(std::move(impl));
    } catch (const SQLite::Exception& e) {
        throw store_error("cannot create an in-memory database", e);
    }
}

const std::string& Store::path() const {
    return impl_->path;
}
const std::string& Store::device_id() const {
    return impl_->device;
}
int Store::schema_version() const {
    return impl_->version;
}

}  // namespace plumb
