// The language from the environment, the catalogue folder and the C library's message locale.
#include "services/language.h"
#include "services/data_dir.h"

#include <algorithm>
#include <clocale>
#include <cstdlib>

namespace plumb {

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? v : "";
}

bool is_c_locale(const std::string& name) {
    return name.empty() || name == "C" || name == "POSIX" || name.rfind("C.", 0) == 0;
}

}  // namespace

std::string language_code(const std::string& typed) {
    if (typed.empty()) return {};
    std::string t;
    for (char c : typed) t += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (t.rfind("zh", 0) == 0 || t == "cn" || t == "chinese" || t == "中文") return "zh_CN";
    if (t.rfind("en", 0) == 0 || t == "english" || is_c_locale(typed)) return "en";
    return {};
}

std::string environment_language() {
    std::string locale = env("LC_ALL");
    if (locale.empty()) locale = env("LC_MESSAGES");
    if (locale.empty()) locale = env("LANG");
    if (is_c_locale(locale)) return "en";
    // LANGUAGE: "zh_CN:en" (the first one we have a word for counts).
    const std::string list = env("LANGUAGE");
    std::size_t from = 0;
    while (from < list.size()) {
        const std::size_t colon = std::min(list.find(':', from), list.size());
        const std::string code = language_code(list.substr(from, colon - from));
        if (!code.empty()) return code;
        from = colon + 1;
    }
    return language_code(locale) == "zh_CN" ? "zh_CN" : "en";
}

std::filesystem::path translations_dir() {
    if (const std::string dir = env("PLUMB_I18N"); !dir.empty()) return dir;
    return locale_dir();
}

void use_messages_language(const std::string& language) {
    // gettext ignores LANGUAGE under the C locale; C.UTF-8 is built into the C library.
    for (int category : {LC_CTYPE, LC_MESSAGES}) {
        const char* now = std::setlocale(category, nullptr);
        if (!now || is_c_locale(now)) std::setlocale(category, "C.UTF-8");
    }
    ::setenv("LANGUAGE", language == "en" ? "en" : "zh_CN:zh", 1);
}

}  // namespace plumb
