// The translator hook and a tiny positional formatter for marked messages.
#include "core/translate.h"

#include <atomic>

namespace plumb {

namespace {
std::atomic<Translator> g_translator{nullptr};
}

void set_translator(Translator translator) { g_translator.store(translator); }

std::string tr(const char* msgid) {
    const Translator t = g_translator.load();
    return t ? t(msgid) : std::string(msgid);
}

std::string format(const std::string& pattern, std::initializer_list<std::string> args) {
    std::string out;
    auto next = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's' && next != args.end()) {
            out += *next++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace plumb
