// Seals: a short code for the state of a database's audit trail (how many records, and a
// digest of them), printed on what is made from that state (locks, exports, packets). The
// trail only grows, so the database holds every seal it ever gave; one put back to an older
// copy, or with records cut from its end, no longer holds the later ones. docs/reliability.md.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "store/store.h"

namespace plumb {

// "RECORDS-XXXX-XXXX-XXXX-XXXX": the count, then 80 bits of the digest in
// 23456789ABCDEFGHJKLMNPQRSTUVWXYZ.
std::string audit_seal(const Store& store);
// The seal of the database's first `count` records: what it was when it held that many.
std::string audit_seal(const Store& store, std::int64_t count);

// Empty when `seal` has the form of a seal counting at least `records` records; else why not.
std::string seal_form_problem(const std::string& seal, std::int64_t records);

// Empty when the database holds the seal's state; else why not (a malformed code, fewer
// records than the seal counts, or records that differ from those it was made from).
std::string seal_problem(const Store& store, const std::string& seal);

// The seal a file carries: a signed manifest (FILE.sig, or FILE's own manifest beside it), a
// results JSON export (a score packet is checked whole: score_packet.h). nullopt when it carries none Plumbline can read (type the seal printed
// on a PDF or workbook instead).
std::optional<std::string> seal_in(const std::filesystem::path& file);

}  // namespace plumb
