// The translator hook and a tiny positional formatter for marked messages.
#include "core/translate.h"

#include <atomic>

namespace plumb {

namespace {
std::atomic<Translator> g_translator{nullptr};
std::atomic<bool> g_chinese{false};
}  // namespace

void set_translator(Translator translator, bool chinese) {
    g_translator.store(translator);
    g_chinese.store(translator != nullptr && chinese);
}

bool messages_in_chinese() {
    return g_chinese.load();
}

std::string tr(const char* msgid) {
    const Translator t = g_translator.load();
    return t ? t(msgid) : std::string(msgid);
}

std::string format(const std::string& pattern, std::initializer_list<std::string> args) {
    std::string out;
    auto next = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's' &&
            next != args.end()) {
            out += *next++;
            ++i;
            continue;
        }
        // "%2$s": the second argument, so that a translation may put them in its own order.
        if (pattern[i] == '%' && i + 3 < pattern.size() && pattern[i + 1] >= '1' &&
            pattern[i + 1] <= '9' && pattern[i + 2] == '$' && pattern[i + 3] == 's') {
            const auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += *(args.begin() + n);
                i += 3;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace plumb
