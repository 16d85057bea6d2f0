// The static checks of a packet's records against its laptop's authority.
#include "services/packet_authority.h"

#include <ctime>

#include "store/payload.h"

namespace plumb {

namespace {

// What import_kit writes when it makes the laptop's database: the laptop's setup, describing
// its own tables only.
bool kit_setup(const std::string& action) {
    return action == "store.create" || action == "source" || action == "judge" ||
           action == "contestant.add" || action == "setting" || action == "event.state" ||
           action == "kit.import";
}

std::string label(const exchange::PacketRecord& r) {
    return "its record " + r.uuid + " (" + r.action + ")";
}

}  // namespace

bool laptop_only(const std::string& action) {
    return action == "login.fail" || action == "login.ok";
}

std::string utc_in(std::chrono::minutes ahead) {
    const std::time_t t =
        std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + ahead);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
    return out;
}

std::size_t check_authority(const LaptopAuthority& a,
                            const std::vector<exchange::PacketRecord>& records,
                            const std::string& now) {
    std::size_t first_entry = 0;
    bool kit_imported = false;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const exchange::PacketRecord& r = records[i];
        if (r.at > now)
            throw PacketAuthorityError(label(r) + " is dated " + r.at +
                                       ", later than the master's clock allows (" + now +
                                       "): the laptop's clock is wrong");
        const PayloadFields f = parse_payload(r.payload);
        if (!kit_imported) {
            if (!kit_setup(r.action))
                throw PacketAuthorityError(label(r) + " comes before the laptop's kit was imported");
            if (r.action == "kit.import") {
                if (field(f, "master") != a.master || field(f, "event") != a.event)
                    throw PacketAuthorityError(label(r) +
                                               " imports a kit of another master or event");
                kit_imported = true;
                first_entry = i + 1;
            }
            continue;
        }
        if (laptop_only(r.action)) continue;
        if (r.action == "mark") {
            if (field(f, "event") != a.event)
                throw PacketAuthorityError(label(r) + " is for event '" + field(f, "event") +
                                           "', not the kit's " + a.event);
            if (!a.judges.count(field(f, "judge")))
                throw PacketAuthorityError(label(r) + " is by " + field(f, "judge") +
                                           ", who is not one of this laptop's judges");
            continue;
        }
        if (r.action == "signoff" || r.action == "reopen") {
            if (field(f, "event") != a.event || !a.judges.count(field(f, "judge")))
                throw PacketAuthorityError(label(r) + " concerns " + field(f, "judge") + " in " +
                                           field(f, "event") +
                                           ", beyond this laptop's event and judges");
            // Reopening is the chief judge's: only a laptop entrusted with them may bring one.
            if (r.action == "reopen" && (a.chief.empty() || !a.judges.count(a.chief)))
                throw PacketAuthorityError(label(r) + " reopens a sheet, but the chief judge of " +
                                           a.event + " is not one of this laptop's judges");
            continue;
        }
        throw PacketAuthorityError(label(r) + " is not something a judge's laptop may do (only "
                                              "marks, sign-offs and reopenings)");
    }
    if (!kit_imported && !records.empty())
        throw PacketAuthorityError("it holds no record of its kit being imported");
    return first_entry;
}

}  // namespace plumb
