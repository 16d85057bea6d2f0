// Reading the console's settings rows, with their defaults.
#include "services/console_settings.h"

#include <charconv>

namespace plumb {

int idle_logout_minutes(const Store& store) {
    constexpr int kDefault = 5;
    const auto text = store.setting(kIdleLogoutSetting);
    if (!text || text->empty()) return kDefault;
    int minutes = 0;
    const char* end = text->data() + text->size();
    const auto [at, error] = std::from_chars(text->data(), end, minutes);
    if (error != std::errc() || at != end || minutes < 1 || minutes > 24 * 60) return kDefault;
    return minutes;
}

}  // namespace plumb
