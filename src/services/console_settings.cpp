// Reading the console's settings rows, with their defaults, and changing them.
#include "services/console_settings.h"

#include <charconv>

#include "core/translate.h"

namespace plumb {

namespace {
constexpr int kDefault = 5;
constexpr int kLongest = 24 * 60;
}  // namespace

int idle_logout_minutes(const Store& store) {
    const auto text = store.setting(keys::kIdleLogoutMinutes);
    if (!text || text->empty()) return kDefault;
    int minutes = 0;
    const char* end = text->data() + text->size();
    const auto [at, error] = std::from_chars(text->data(), end, minutes);
    if (error != std::errc() || at != end || minutes < 1 || minutes > kLongest) return kDefault;
    return minutes;
}

void set_idle_logout_minutes(CompetitionSession& session, const Login& by, int minutes) {
    Action action(session, by, Act::SetConsoleSetting, "idle log-out after " +
                                                           std::to_string(minutes) + " minutes");
    action.allow();
    if (minutes < 1 || minutes > kLongest)
        throw ActionError(tr("the idle log-out is 1 to 1440 minutes"));
    action.change().set_setting(keys::kIdleLogoutMinutes, std::to_string(minutes));
    action.commit();
}

}  // namespace plumb
