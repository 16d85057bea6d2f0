// The judge kit in a Boost text archive.
#include "exchange/kit.h"

#include "exchange/archive_fields.h"

namespace plumb::exchange {

struct KitSource {
    std::string name;
    std::string text;
};

}  // namespace plumb::exchange

PLUMB_PLAIN_STRUCT(plumb::exchange::KitSource)
PLUMB_PLAIN_STRUCT(plumb::exchange::KitJudge)
PLUMB_PLAIN_STRUCT(plumb::exchange::KitContestant)

namespace plumb::exchange {

namespace {

constexpr std::uint64_t kMaxSources = 100;
constexpr std::uint64_t kMaxJudges = 1000;
constexpr std::uint64_t kMaxEvents = 100;
constexpr std::uint64_t kMaxContestants = 100000;

}  // namespace

template <class Archive>
void serialize(Archive& ar, KitSource& s, unsigned) {
    text_field(ar, s.name);
    text_field(ar, s.text);
}

template <class Archive>
void serialize(Archive& ar, KitJudge& j, unsigned) {
    text_field(ar, j.code);
    text_field(ar, j.name);
    text_field(ar, j.employer);
    text_list(ar, j.events, kMaxEvents, "events of a judge");
    text_field(ar, j.pin_hash);
}

template <class Archive>
void serialize(Archive& ar, KitContestant& c, unsigned) {
    text_field(ar, c.token);
    text_field(ar, c.workstation);
    text_list(ar, c.conflicted_judges, kMaxJudges, "judges of a contestant");
}

template <class Archive>
void serialize(Archive& ar, Kit& k, unsigned) {
    for (std::string* f :
         {&k.competition, &k.competition_name, &k.master_public_key, &k.device, &k.device_name,
          &k.device_public_key, &k.device_secret_sealed, &k.event, &k.made_at, &k.made_by})
        text_field(ar, *f);
    std::vector<KitSource> sources;
    if constexpr (Archive::is_saving::value)
        for (const auto& [name, text] : k.sources) sources.push_back({name, text});
    struct_list(ar, sources, kMaxSources, "source texts");
    if constexpr (Archive::is_loading::value) {
        k.sources.clear();
        for (KitSource& s : sources) k.sources.emplace_back(std::move(s.name), std::move(s.text));
    }
    struct_list(ar, k.judges, kMaxJudges, "judges");
    text_field(ar, k.chief_judge);
    struct_list(ar, k.contestants, kMaxContestants, "contestants");
}

std::string kit_archive(const Kit& kit) {
    // Saving reads the fields only; serialize() takes them non-const for loading's sake.
    return write_archive([&](auto& ar) { serialize(ar, const_cast<Kit&>(kit), 0); });
}

Kit read_kit_archive(const std::string& archive) {
    Kit kit;
    read_archive(archive, [&](auto& ar) { serialize(ar, kit, 0); });
    return kit;
}

}  // namespace plumb::exchange
