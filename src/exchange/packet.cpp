// The score packet in a Boost text archive.
#include "exchange/packet.h"

#include "exchange/archive_fields.h"

PLUMB_PLAIN_STRUCT(plumb::exchange::PacketRecord)
PLUMB_PLAIN_STRUCT(plumb::MarkEntry)
PLUMB_PLAIN_STRUCT(plumb::TheoryEntry)
PLUMB_PLAIN_STRUCT(plumb::TimingEntry)
PLUMB_PLAIN_STRUCT(plumb::StatusEntry)

namespace plumb {

// Entries are core types; their archive form lives here, next to the only archive using it.
template <class Archive>
void serialize(Archive& ar, MarkEntry& e, unsigned) {
    for (std::string* f : {&e.uuid, &e.device, &e.judge, &e.registration_no, &e.event, &e.aspect,
                           &e.value, &e.entered_at, &e.reason})
        exchange::text_field(ar, *f);
}

template <class Archive>
void serialize(Archive& ar, TheoryEntry& e, unsigned) {
    for (std::string* f : {&e.uuid, &e.device, &e.registration_no}) exchange::text_field(ar, *f);
    std::string score = e.score.str();
    exchange::text_field(ar, score);
    if constexpr (Archive::is_loading::value) {
        const auto parsed = Decimal::parse(score);
        if (!parsed) throw exchange::ContentError("a theory score '" + score + "' is not a number");
        e.score = *parsed;
    }
    for (std::string* f : {&e.entered_at, &e.reason}) exchange::text_field(ar, *f);
}

template <class Archive>
void serialize(Archive& ar, TimingEntry& e, unsigned) {
    for (std::string* f : {&e.uuid, &e.device, &e.registration_no}) exchange::text_field(ar, *f);
    ar& e.seconds;
    for (std::string* f : {&e.start, &e.end, &e.entered_at, &e.reason})
        exchange::text_field(ar, *f);
}

template <class Archive>
void serialize(Archive& ar, StatusEntry& e, unsigned) {
    for (std::string* f : {&e.uuid, &e.device, &e.registration_no}) exchange::text_field(ar, *f);
    std::string status = to_string(e.status);
    exchange::text_field(ar, status);
    if constexpr (Archive::is_loading::value) {
        const auto parsed = contestant_status_from_string(status);
        if (!parsed) throw exchange::ContentError("unknown status '" + status + "'");
        e.status = *parsed;
    }
    for (std::string* f : {&e.entered_at, &e.reason}) exchange::text_field(ar, *f);
}

namespace exchange {

namespace {

constexpr std::uint64_t kMaxRecords = 2000000;
constexpr std::uint64_t kMaxEntries = 1000000;

}  // namespace

template <class Archive>
void serialize(Archive& ar, PacketRecord& r, unsigned) {
    for (std::string* f : {&r.uuid, &r.device, &r.actor, &r.at, &r.action, &r.subject, &r.payload,
                           &r.prev_hash, &r.hash})
        text_field(ar, *f);
}

template <class Archive>
void serialize(Archive& ar, Packet& p, unsigned) {
    for (std::string* f : {&p.competition, &p.device, &p.device_name, &p.event, &p.made_at})
        text_field(ar, *f);
    struct_list(ar, p.records, kMaxRecords, "audit records");
    struct_list(ar, p.marks, kMaxEntries, "marks");
    struct_list(ar, p.theory, kMaxEntries, "theory scores");
    struct_list(ar, p.timings, kMaxEntries, "times");
    struct_list(ar, p.statuses, kMaxEntries, "statuses");
}

std::string packet_archive(const Packet& packet) {
    // Saving reads the fields only; serialize() takes them non-const for loading's sake.
    return write_archive([&](auto& ar) { serialize(ar, const_cast<Packet&>(packet), 0); });
}

Packet read_packet_archive(const std::string& archive) {
    Packet packet;
    read_archive(archive, [&](auto& ar) { serialize(ar, packet, 0); });
    return packet;
}

}  // namespace exchange

}  // namespace plumb
