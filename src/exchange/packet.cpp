// The score packet in a Boost archive: binary in format 2, text in format 1.
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

// Format 1: the header, the whole chain and every entry again.
template <class Archive>
void serialize_v1(Archive& ar, Packet& p) {
    for (std::string* f : {&p.competition, &p.device, &p.device_name, &p.event, &p.made_at})
        text_field(ar, *f);
    struct_list(ar, p.records, kMaxRecords, "audit records");
    struct_list(ar, p.marks, kMaxEntries, "marks");
    struct_list(ar, p.theory, kMaxEntries, "theory scores");
    struct_list(ar, p.timings, kMaxEntries, "times");
    struct_list(ar, p.statuses, kMaxEntries, "statuses");
}

// Format 2: the header with the seal, the first record's prev_hash, then the records without
// what the chain implies: each is the packet's device's, and links to the one before.
template <class Archive>
void serialize_v2(Archive& ar, Packet& p) {
    for (std::string* f :
         {&p.competition, &p.device, &p.device_name, &p.event, &p.made_at, &p.seal})
        text_field(ar, *f);
    std::string anchor = p.records.empty() ? std::string() : p.records.front().prev_hash;
    text_field(ar, anchor);
    if constexpr (Archive::is_saving::value) {
        for (std::size_t i = 0; i < p.records.size(); ++i)
            if (p.records[i].device != p.device ||
                (i > 0 && p.records[i].prev_hash != p.records[i - 1].hash))
                throw std::invalid_argument("a packet's records are one chain of its device");
    }
    list_field(ar, p.records, kMaxRecords, "audit records", [&](Archive& a, PacketRecord& r) {
        for (std::string* f : {&r.uuid, &r.actor, &r.at, &r.action, &r.subject, &r.payload, &r.hash})
            text_field(a, *f);
    });
    if constexpr (Archive::is_loading::value) {
        if (p.records.empty() && !anchor.empty())
            throw ContentError("it links to a record before its first, but has none");
        for (std::size_t i = 0; i < p.records.size(); ++i) {
            p.records[i].device = p.device;
            p.records[i].prev_hash = i == 0 ? anchor : p.records[i - 1].hash;
        }
    }
}

void require_format(std::uint32_t format) {
    if (format != 1 && format != 2)
        throw std::invalid_argument("score packets have formats 1 and 2");
}

std::string packet_archive(const Packet& packet, std::uint32_t format) {
    require_format(format);
    // Saving reads the fields only; serialize takes them non-const for loading's sake.
    Packet& p = const_cast<Packet&>(packet);
    if (format == 1) return write_archive([&](auto& ar) { serialize_v1(ar, p); });
    return write_binary_archive([&](auto& ar) { serialize_v2(ar, p); });
}

Packet read_packet_archive(const std::string& archive, std::uint32_t format) {
    require_format(format);
    Packet packet;
    if (format == 1)
        read_archive(archive, [&](auto& ar) { serialize_v1(ar, packet); });
    else
        read_binary_archive(archive, [&](auto& ar) { serialize_v2(ar, packet); });
    return packet;
}

}  // namespace exchange

}  // namespace plumb
