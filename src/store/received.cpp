// What other devices bring: trusted devices, their audit records with the entries they vouch
// for, and the packets that carried them (docs/packets.md).
#include <sodium.h>

#include <algorithm>
#include <type_traits>

#include "store/audit_chain.h"
#include "store/change_impl.h"
#include "store/payload.h"
#include "store/secrets.h"

namespace plumb {

namespace {

bool is_hex_key(const std::string& hex) {
    if (hex.size() != 2 * crypto_sign_PUBLICKEYBYTES) return false;
    for (char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

std::string key_bytes(const std::string& hex) {
    std::string bin(crypto_sign_PUBLICKEYBYTES, '\0');
    sodium_hex2bin(reinterpret_cast<unsigned char*>(bin.data()), bin.size(), hex.data(), hex.size(),
                   nullptr, nullptr, nullptr);
    return bin;
}

std::string key_hex(const SQLite::Column& column) {
    if (column.isNull()) return {};
    const auto* data = static_cast<const unsigned char*>(column.getBlob());
    const auto n = static_cast<std::size_t>(column.getBytes());
    std::string hex(2 * n + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), data, n);
    hex.pop_back();
    return hex;
}

// The device's row, or a refusal naming it.
void require_trusted(Connection& s, const std::string& device) {
    Prepared q(s, "SELECT public_key FROM devices WHERE id = ?");
    q->bind(1, device);
    if (!q->executeStep() || q->getColumn(0).isNull())
        throw StoreError("device " + device + " is not registered here");
}

// The log an entry belongs to and its row, or nullptr for "no entry".
std::pair<const LogTable*, std::vector<std::string>> entry_row(const ReceivedEntry& entry) {
    return std::visit(
        [](const auto& e) -> std::pair<const LogTable*, std::vector<std::string>> {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, MarkEntry>) return {&mark_log_table(), row_of(e)};
            if constexpr (std::is_same_v<T, TheoryEntry>) return {&theory_log_table(), row_of(e)};
            if constexpr (std::is_same_v<T, TimingEntry>) return {&timing_log_table(), row_of(e)};
            if constexpr (std::is_same_v<T, StatusEntry>) return {&status_log_table(), row_of(e)};
            return {nullptr, {}};
        },
        entry);
}

const LogTable* log_of_action(const std::string& action) {
    for (const LogTable* t : log_tables())
        if (action == t->action) return t;
    return nullptr;
}

std::size_t column_index(const LogTable& t, const std::string& name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i)
        if (t.columns[i] == name) return i;
    throw StoreError(std::string(t.table) + " has no column " + name);
}

}  // namespace

void Change::register_device(const Device& device) {
    impl_->run("cannot register device '" + device.name + "'", [&] {
        Connection& s = impl_->store;
        if (device.id.empty() || device.name.empty())
            throw StoreError("a device needs an id and a name");
        if (device.id == s.device) throw StoreError("it is this database's own device");
        if (!is_hex_key(device.public_key))
            throw StoreError("its public key is not 64 lowercase hex digits");
        {
            Prepared q(s, "SELECT id, name FROM devices WHERE id = ? OR name = ?");
            q->bind(1, device.id);
            q->bind(2, device.name);
            if (q->executeStep())
                throw StoreError("device " + q->getColumn(1).getString() + " (" +
                                 q->getColumn(0).getString() + ") is already registered");
        }
        const std::string added_at = device.added_at.empty() ? utc_now() : device.added_at;
        PayloadWriter w;
        w.add("id", device.id).add("name", device.name).add("public_key", device.public_key);
        w.add("added_at", added_at).add("reason", impl_->actor.reason);
        impl_->record("device", device.id, w.take());
        Prepared q(s, "INSERT INTO devices (id, name, public_key, added_at) VALUES (?, ?, ?, ?)");
        q->bind(1, device.id);
        q->bind(2, device.name);
        const std::string key = key_bytes(device.public_key);
        q->bind(3, key.data(), static_cast<int>(key.size()));
        q->bind(4, added_at);
        q->exec();
    });
}

void Change::Impl::receive_row(const AuditRecord& record, const LogTable* table,
                               std::vector<std::string> row, const std::string& registration_no) {
    if (record.device == store.device) throw StoreError("it is this database's own record");
    if (!trusted.count(record.device)) {
        require_trusted(store, record.device);
        trusted.insert(record.device);
    }
    const LogTable* expected = log_of_action(record.action);
    if (table != expected)
        throw StoreError(expected ? "a '" + record.action + "' record comes with its " +
                                        expected->table + " entry"
                                  : "a '" + record.action + "' record vouches for no entry");
    if (table) {
        if (table->payload(row) != record.payload)
            throw StoreError("its entry differs from the record");
        if (row[1] != record.device) throw StoreError("its entry names another device");
        if (registration_no.empty()) throw StoreError("the contestant here is not given");
        row[column_index(*table, "registration_no")] = registration_no;
    }
    // The tables' own constraints (unique uuids, the contestant and judge a row names) are
    // checked as the rows go in; only when one fails is it looked up, to say which.
    AuditRecord r = record;
    std::int64_t seq = 0;
    try {
        seq = writer.append_received(r);
    } catch (...) {  // a broken chain or a duplicate uuid: a record already here says so
        Prepared q(store, "SELECT seq FROM audit WHERE uuid = ?");
        q->bind(1, record.uuid);
        if (q->executeStep())
            throw StoreError("it is already here (audit record " + q->getColumn(0).getString() +
                             ")");
        throw;
    }
    if (!table) return;
    try {
        insert_row(*table, row, seq);
    } catch (const SQLite::Exception&) {
        require_new_entry(*table, row.front());
        require_contestant(registration_no);
        if (table == &mark_log_table()) require_judge(row[2]);
        throw;
    }
}

void Change::receive(const AuditRecord& record, const ReceivedEntry& entry,
                     const std::string& registration_no) {
    impl_->run("cannot receive record " + record.uuid + " of device " + record.device, [&] {
        auto [table, row] = entry_row(entry);
        impl_->receive_row(record, table, std::move(row), registration_no);
    });
}

namespace {

// The log row a record's payload describes: its keys are the table's columns, in order.
std::vector<std::string> row_in_payload(const LogTable& table, const AuditRecord& record) {
    std::vector<std::string> row;
    const PayloadFields fields = parse_payload(record.payload);
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i >= table.columns.size() || fields[i].first != table.columns[i])
            throw StoreError("its payload is not a " + std::string(table.table) + " entry");
        row.push_back(fields[i].second);
    }
    if (row.size() != table.columns.size())
        throw StoreError("its payload is not a " + std::string(table.table) + " entry");
    return row;
}

}  // namespace

void Change::receive_chain(const std::vector<AuditRecord>& records,
                           const std::vector<std::string>& registration_nos) {
    if (records.empty()) return;
    if (registration_nos.size() != records.size())
        throw std::invalid_argument("receive_chain: a registration number for each record");
    // One savepoint for them all: a savepoint per record would copy every page it touches.
    impl_->run("cannot receive the records of device " + records.front().device, [&] {
        for (std::size_t i = 0; i < records.size(); ++i) {
            const AuditRecord& r = records[i];
            try {
                const LogTable* table = log_of_action(r.action);
                impl_->receive_row(r, table, table ? row_in_payload(*table, r) : std::vector<std::string>{},
                                   registration_nos[i]);
            } catch (const StoreError& e) {
                throw StoreError("record " + r.uuid + ": " + e.what(), e.code());
            }
        }
    });
}

void Change::keep_packet(const ReceivedPacket& packet) {
    impl_->run("cannot keep packet " + packet.hash, [&] {
        Connection& s = impl_->store;
        require_trusted(s, packet.device);
        if (packet.hash.empty() || packet.bytes.empty())
            throw StoreError("a packet needs its hash and its bytes");
        const std::string received_at = packet.received_at.empty() ? utc_now() : packet.received_at;
        PayloadWriter w;
        w.add("hash", packet.hash).add("device", packet.device).add("signature", packet.signature);
        w.add("received_at", received_at).add("records", std::to_string(packet.records));
        w.add("bytes.blake2b", secret_digest(packet.bytes));
        w.add("reason", impl_->actor.reason);
        const std::int64_t seq = impl_->record("packet", packet.hash, w.take());
        Prepared q(s,
                   "INSERT INTO packets (hash, device, signature, received_at, records, bytes, "
                   "audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?)");
        q->bind(1, packet.hash);
        q->bind(2, packet.device);
        q->bind(3, packet.signature);
        q->bind(4, received_at);
        q->bind(5, packet.records);
        q->bind(6, packet.bytes.data(), static_cast<int>(packet.bytes.size()));
        q->bind(7, seq);
        q->exec();
    });
}

std::vector<Device> Store::devices() const {
    return guarded_read("cannot read the devices", [this] {
        std::vector<Device> out;
        Prepared q(*impl_, "SELECT id, name, public_key, added_at FROM devices ORDER BY rowid");
        while (q->executeStep())
            out.push_back(Device{q->getColumn(0).getString(), q->getColumn(1).getString(),
                                 key_hex(q->getColumn(2)), q->getColumn(3).getString()});
        return out;
    });
}

std::vector<ReceivedPacket> Store::packets() const {
    return guarded_read("cannot read the packets", [this] {
        std::vector<ReceivedPacket> out;
        Prepared q(*impl_,
                   "SELECT seq, hash, device, signature, received_at, records, bytes FROM packets "
                   "ORDER BY seq");
        while (q->executeStep()) {
            ReceivedPacket p;
            p.seq = q->getColumn(0).getInt64();
            p.hash = q->getColumn(1).getString();
            p.device = q->getColumn(2).getString();
            p.signature = q->getColumn(3).getString();
            p.received_at = q->getColumn(4).getString();
            p.records = q->getColumn(5).getInt64();
            const SQLite::Column bytes = q->getColumn(6);
            p.bytes.assign(static_cast<const char*>(bytes.getBlob()),
                           static_cast<std::size_t>(bytes.getBytes()));
            out.push_back(std::move(p));
        }
        return out;
    });
}

bool Store::has_packet(const std::string& hash) const {
    return guarded_read("cannot read the packets", [&] {
        Prepared q(*impl_, "SELECT 1 FROM packets WHERE hash = ?");
        q->bind(1, hash);
        return q->executeStep();
    });
}

std::set<std::string> Store::packet_hashes() const {
    return guarded_read("cannot read the packets", [this] {
        std::set<std::string> out;
        Prepared q(*impl_, "SELECT hash FROM packets");
        while (q->executeStep()) out.insert(q->getColumn(0).getString());
        return out;
    });
}

std::vector<AuditRecord> Store::audit_records(const std::vector<std::string>& actions) const {
    return guarded_read("cannot read the audit log", [&] {
        std::vector<AuditRecord> out;
        // Served by the audit_action index, one action at a time, then merged in seq order.
        for (const std::string& action : actions) {
            Prepared q(*impl_, std::string("SELECT ") + kAuditColumns +
                                   " FROM audit WHERE action = ? ORDER BY seq");
            q->bind(1, action);
            while (q->executeStep()) out.push_back(audit_from_row(*q));
        }
        std::sort(out.begin(), out.end(),
                  [](const AuditRecord& a, const AuditRecord& b) { return a.seq < b.seq; });
        return out;
    });
}

std::optional<AuditRecord> Store::audit_record(const std::string& uuid) const {
    return guarded_read("cannot read the audit log", [&]() -> std::optional<AuditRecord> {
        Prepared q(*impl_, std::string("SELECT ") + kAuditColumns + " FROM audit WHERE uuid = ?");
        q->bind(1, uuid);
        if (!q->executeStep()) return std::nullopt;
        return audit_from_row(*q);
    });
}

std::string Store::audit_head(const std::string& device) const {
    return guarded_read("cannot read the audit log", [&] {
        Prepared q(*impl_, "SELECT hash FROM audit WHERE device = ? ORDER BY seq DESC LIMIT 1");
        q->bind(1, device);
        return q->executeStep() ? q->getColumn(0).getString() : std::string();
    });
}

}  // namespace plumb
