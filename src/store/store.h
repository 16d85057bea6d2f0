// The competition database: one SQLite file per competition, append-only logs, audit chain.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "core/competition.h"
#include "core/entries.h"
#include "core/event_state.h"

namespace plumb {

// Every storage failure (SQLite's code kept), e.g. "database is locked" after retries.
class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& what, int code = 0) : std::runtime_error(what), code_(code) {}
    int code() const { return code_; }

private:
    int code_;
};

// One record of the hash-chained audit log.
struct AuditRecord {
    std::int64_t seq = 0;
    std::string uuid;
    std::string device;
    std::string actor;
    std::string at;
    std::string action;     // "mark", "theory", "timing", "status", "roster", "draw", "init", ...
    std::string subject;    // e.g. registration number or event code
    std::string payload;    // canonical "key=value" lines describing the change
    std::string prev_hash;  // hex
    std::string hash;       // hex BLAKE2b-256 of prev_hash and the content
};

// The hash a record must carry: hex BLAKE2b-256 over a length-prefixed encoding of prev_hash,
// uuid, device, actor, at, action, subject and payload (seq is local to a file and left out,
// so records can move between files). store/audit_chain.cpp.
std::string audit_hash(const AuditRecord& r);

struct AuditProblem {
    std::int64_t seq = 0;
    std::string reason;
    std::string table = "audit";  // where seq points: "audit", "mark_log", "contestants", ...
};

// A device this database knows: itself, and the laptops it trusts (docs/packets.md).
struct Device {
    std::string id;
    std::string name;
    std::string public_key;  // hex Ed25519 key its packets are signed with; empty for itself
    std::string added_at;
};

// A score packet that brought records into this database, kept whole so that its signature
// can be checked again (plumb audit verify).
struct ReceivedPacket {
    std::int64_t seq = 0;
    std::string hash;  // hex BLAKE2b-256 the packet carries
    std::string device;
    std::string signature;  // hex Ed25519
    std::string received_at;
    std::int64_t records = 0;  // records it added
    std::string bytes;         // the file as received
};

// The log entry a received audit record vouches for (none for other records).
using ReceivedEntry =
    std::variant<std::monostate, MarkEntry, TheoryEntry, TimingEntry, StatusEntry>;

class Store;

// A unit of change: everything written through it lands together or not at all.
// Not committed when destroyed: rolled back. It must end before its Store does.
// A write that throws undoes only itself; the change stays usable.
class Change {
public:
    ~Change();
    Change(Change&&) noexcept;
    Change(const Change&) = delete;
    Change& operator=(const Change&) = delete;

    void add_mark(const MarkEntry& e);
    void add_theory(const TheoryEntry& e);
    void add_timing(const TimingEntry& e);
    void add_status(const StatusEntry& e);
    void add_contestant(const Contestant& c);     // new registration
    void update_contestant(const Contestant& c);  // details, workstation, draw number
    void add_judge(const Judge& j);               // or replace its name/employer/events
    void set_setting(const std::string& key, const std::string& value);
    void set_secret(const std::string& key, const std::string& value);  // see store/secrets.h
    // Replaces an event's state (lock, reveal, revision, chief judge, double entry).
    void set_event_state(const EventState& state);
    // An audit record for an action that has no table of its own (draw, init, ...).
    void audit(const std::string& action, const std::string& subject, const std::string& payload);
    // Trusts another device: packets signed with its public key are accepted (store/received.cpp).
    void register_device(const Device& device);
    // Appends another device's audit record as it is, continuing that device's chain, with the
    // log entry it vouches for; the entry names its contestant by the device's blinded token
    // (store/blinding.h), `registration_no` is who that is here.
    void receive(const AuditRecord& record, const ReceivedEntry& entry = {},
                 const std::string& registration_no = {});
    // The same for records that come without their entries, in order, all or none: the entry
    // a record of a log (mark, theory, timing, status) vouches for is its own payload (score
    // packets of format 2), and registration_nos[i] is who records[i]'s entry names here ("" for
    // records of no entry).
    void receive_chain(const std::vector<AuditRecord>& records,
                       const std::vector<std::string>& registration_nos);
    // Keeps a packet whose records this change received.
    void keep_packet(const ReceivedPacket& packet);
    void commit();

private:
    friend class Store;
    struct Impl;
    explicit Change(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// One competition database file, open through one SQLite connection: use a Store from one
// thread at a time (two threads, two Stores). At most one Change is open per Store.
class Store {
    struct Impl;

public:
    // Opens an existing database (migrating it forward); throws StoreError when missing.
    static Store open(const std::string& path);
    // Creates a new database file; throws when it exists. A laptop's database takes the device
    // id its judge kit was made for; otherwise a random one.
    static Store create(const std::string& path, const std::string& device_id = {});
    static Store in_memory();
    ~Store();
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;

    const std::string& path() const;
    const std::string& device_id() const;
    int schema_version() const;

    // Begins a change made by `actor` (device filled in from this database when empty).
    Change begin(const Actor& actor);

    // Source texts of the competition definition (competition TOML and its schemes).
    void save_sources(const std::map<std::string, std::string>& named_texts, const Actor& actor);
    std::map<std::string, std::string> sources() const;

    std::optional<std::string> setting(const std::string& key) const;
    // An event's state: open, revision 1, nobody named, until set_event_state() says otherwise.
    EventState event_state(const std::string& event) const;
    std::vector<EventState> event_states() const;  // those ever set

    std::vector<Contestant> contestants() const;  // registration order, current status applied
    // The contestant whose workstation label is exactly `workstation` in `event`.
    std::optional<Contestant> contestant_at(const std::string& event,
                                            const std::string& workstation) const;
    std::vector<Judge> judges() const;
    std::vector<MarkEntry> marks() const;  // log order
    std::vector<MarkEntry> marks(const std::string& event) const;
    // Visits an event's marks in log order without holding them all; the entry passed is
    // reused between calls.
    void scan_marks(const std::string& event,
                    const std::function<void(const MarkEntry&)>& visit) const;
    // The same, reading only what scoring needs (half the time of scan_marks at 700,000 marks).
    void scan_mark_cells(const std::string& event,
                         const std::function<void(const MarkCell&)>& visit) const;
    // The judge's current value for a contestant's aspect, if any.
    std::optional<std::string> current_mark(const std::string& judge,
                                            const std::string& registration_no,
                                            const std::string& aspect) const;
    std::vector<MarkEntry> mark_history(const std::string& reg_no, const std::string& aspect) const;
    std::vector<TheoryEntry> theory() const;
    std::vector<TimingEntry> timings() const;
    std::vector<StatusEntry> statuses() const;
    std::vector<AuditRecord> audit_log() const;
    // Records of the given actions in seq order (e.g. {"signoff", "reopen"}).
    std::vector<AuditRecord> audit_records(const std::vector<std::string>& actions) const;
    std::optional<AuditRecord> audit_record(const std::string& uuid) const;
    // Hash of the latest record of a device's chain ("" when it has none here).
    std::string audit_head(const std::string& device) const;
    std::vector<Device> devices() const;
    std::vector<ReceivedPacket> packets() const;
    bool has_packet(const std::string& hash) const;
    std::set<std::string> packet_hashes() const;  // of every packet kept
    std::int64_t mark_count() const;

    // How many audit records the database holds, and the hex BLAKE2b-256 over the hashes of its
    // first `count` records in seq order ("" when it holds fewer): what a seal is made of. The
    // log only grows, so a later state of the same database holds every earlier state's digest.
    std::int64_t audit_count() const;
    std::string audit_digest(std::int64_t count) const;

    // Recomputes the audit chain and checks every log row against its audit record.
    std::vector<AuditProblem> verify_audit() const;

    // While it lives, every read through this Store sees the database as it was when it began:
    // a check made of many reads (audit verify, its packets and seal) cannot see another
    // program's commit halfway through. Changes cannot begin meanwhile.
    class Snapshot {
    public:
        ~Snapshot();
        Snapshot(const Snapshot&) = delete;
        Snapshot& operator=(const Snapshot&) = delete;

    private:
        friend class Store;
        explicit Snapshot(Impl& impl);
        Impl* impl_ = nullptr;  // null when an outer change or snapshot already holds one
    };
    [[nodiscard]] Snapshot snapshot() const;
    // Result of PRAGMA integrity_check ("ok" when healthy).
    std::vector<std::string> integrity_check() const;

private:
    explicit Store(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// A new time-ordered UUID (version 7: 48 bits of Unix milliseconds, then 74 random bits) and
// the current UTC time in ISO 8601 with milliseconds.
std::string new_uuid();
std::string utc_now();

// A new time-ordered UUID that names the device making it (version 8, RFC 9562's custom form:
// the milliseconds, 42 random bits, then 32 bits of a tag computed from them and the device
// id). Every record and entry a device writes carries one, so a master can tell that a laptop
// did not make a uuid it sends: a copy of another laptop's, which would block that laptop's
// own record from ever arriving (docs/packets.md).
std::string new_uuid(const std::string& device);
// False only for a version 8 uuid whose tag is not `device`'s; a uuid of any other form (the
// version 4 and 7 ones of earlier Plumblines) claims no device.
bool uuid_made_by(const std::string& uuid, const std::string& device);

}  // namespace plumb
