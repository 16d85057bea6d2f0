// The audit chain: hashing records, appending them per device, reading and recomputing them.
#include "store/audit_chain.h"

#include <sodium.h>

#include <array>
#include <map>

namespace plumb {

namespace {

void hash_field(crypto_generichash_state& st, const std::string& field) {
    // 8-byte big-endian length before each field: no two field lists encode alike.
    std::array<unsigned char, 8> len{};
    std::uint64_t n = field.size();
    for (int i = 7; i >= 0; --i, n >>= 8) len[static_cast<std::size_t>(i)] = n & 0xff;
    crypto_generichash_update(&st, len.data(), len.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(field.data()),
                              field.size());
}

}  // namespace

std::string audit_hash(const AuditRecord& r) {
    static const std::string kDomain = "plumbline audit v1";
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, crypto_generichash_BYTES);
    for (const std::string* f : {&kDomain, &r.prev_hash, &r.uuid, &r.device, &r.actor, &r.at,
                                 &r.action, &r.subject, &r.payload})
        hash_field(st, *f);
    std::array<unsigned char, crypto_generichash_BYTES> digest{};
    crypto_generichash_final(&st, digest.data(), digest.size());
    std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

bool starts_received_chain(const AuditRecord& r) {
    return r.action == "kit.import";
}

std::string& AuditWriter::head(const std::string& device) {
    auto found = heads_.find(device);
    if (found == heads_.end()) {
        Prepared q(store_, "SELECT hash FROM audit WHERE device = ? ORDER BY seq DESC LIMIT 1");
        q->bind(1, device);
        found = heads_.emplace(device, q->executeStep() ? q->getColumn(0).getString() : "").first;
    }
    return found->second;
}

std::int64_t AuditWriter::append(AuditRecord& r) {
    r.prev_hash = head(r.device);
    r.hash = audit_hash(r);
    return insert(r);
}

std::int64_t AuditWriter::append_received(AuditRecord& r) {
    const std::string& last = head(r.device);
    if (r.prev_hash != last && !(last.empty() && starts_received_chain(r)))
        throw StoreError("record " + r.uuid + " does not continue the chain of device " + r.device +
                         (last.empty() ? " (it has no records here yet)"
                                       : " (its latest record here is " + last + ")"));
    if (audit_hash(r) != r.hash)
        throw StoreError("record " + r.uuid + ": its hash does not match its content");
    return insert(r);
}

std::int64_t AuditWriter::insert(AuditRecord& r) {
    Prepared ins(store_,
                 "INSERT INTO audit (uuid, device, actor, at, action, subject, payload, "
                 "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins->bindNoCopy(1, r.uuid);
    ins->bindNoCopy(2, r.device);
    ins->bindNoCopy(3, r.actor);
    ins->bindNoCopy(4, r.at);
    ins->bindNoCopy(5, r.action);
    ins->bindNoCopy(6, r.subject);
    ins->bindNoCopy(7, r.payload);
    ins->bindNoCopy(8, r.prev_hash);
    ins->bindNoCopy(9, r.hash);
    ins->exec();
    r.seq = store_.db.getLastInsertRowid();
    heads_[r.device] = r.hash;
    return r.seq;
}

const char* const kAuditColumns =
    "seq, uuid, device, actor, at, action, subject, payload, prev_hash, hash";

AuditRecord audit_from_row(const SQLite::Statement& q, int first) {
    AuditRecord r;
    r.seq = q.getColumn(first).getInt64();
    r.uuid = q.getColumn(first + 1).getString();
    r.device = q.getColumn(first + 2).getString();
    r.actor = q.getColumn(first + 3).getString();
    r.at = q.getColumn(first + 4).getString();
    r.action = q.getColumn(first + 5).getString();
    r.subject = q.getColumn(first + 6).getString();
    r.payload = q.getColumn(first + 7).getString();
    r.prev_hash = q.getColumn(first + 8).getString();
    r.hash = q.getColumn(first + 9).getString();
    return r;
}

namespace {

std::string missing_range(std::int64_t from, std::int64_t to) {
    if (from == to) return "audit record " + std::to_string(from) + " is missing";
    return "audit records " + std::to_string(from) + " to " + std::to_string(to) + " are missing";
}

}  // namespace

void verify_chain(Connection& store, std::vector<AuditProblem>& problems) {
    struct Head {
        std::int64_t seq;
        std::string hash;
    };
    std::map<std::string, Head> heads;  // device -> its latest record so far
    std::int64_t last = 0;
    const std::string own = store.device;
    Prepared q(store, std::string("SELECT ") + kAuditColumns + " FROM audit ORDER BY seq");
    while (q->executeStep()) {
        const AuditRecord r = audit_from_row(*q);
        const std::string at = "audit record " + std::to_string(r.seq);
        if (r.seq != last + 1) problems.push_back({last + 1, missing_range(last + 1, r.seq - 1)});
        last = r.seq;
        const auto head = heads.find(r.device);
        if (head == heads.end() && !r.prev_hash.empty() &&
            !(r.device != own && starts_received_chain(r))) {
            problems.push_back({r.seq, at + ": prev_hash is set but no earlier record of device " +
                                           r.device + " is in the log"});
        } else if (head != heads.end() && r.prev_hash != head->second.hash) {
            problems.push_back({r.seq, at + ": prev_hash does not match the hash of record " +
                                           std::to_string(head->second.seq) +
                                           ", the previous record of device " + r.device +
                                           " (a record was removed, inserted or rewritten)"});
        }
        if (audit_hash(r) != r.hash)
            problems.push_back({r.seq, at + ": hash does not match its content"});
        heads[r.device] = Head{r.seq, r.hash};
    }
    // AUTOINCREMENT remembers the highest seq ever written, so removing the newest records
    // (which no later record links to) is still noticed.
    Prepared top(store, "SELECT seq FROM sqlite_sequence WHERE name = 'audit'");
    const std::int64_t written = top->executeStep() ? top->getColumn(0).getInt64() : 0;
    if (written > last)
        problems.push_back({last + 1, missing_range(last + 1, written) + " (the log ends at " +
                                          std::to_string(last) + ")"});
}

}  // namespace plumb
