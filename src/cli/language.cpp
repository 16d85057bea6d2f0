// gettext through plumb::set_translator, the catalogue folder shared with the console.
#include "cli/language.h"

#include <libintl.h>

#include <regex>

#include "core/translate.h"
#include "services/language.h"

namespace plumb::cli {

namespace {

constexpr const char* kDomain = "plumbline";

std::string translate(const char* msgid) {
    return dgettext(kDomain, msgid);
}

}  // namespace

std::string chosen_language(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        std::string value;
        if (arg == "--lang" && i + 1 < argc)
            value = argv[i + 1];
        else if (arg.rfind("--lang=", 0) == 0)
            value = arg.substr(7);
        else
            continue;
        const std::string code = language_code(value);
        if (!code.empty()) return code;
    }
    return environment_language();
}

void speak(const std::string& language) {
    if (language == "en") {
        set_translator(nullptr);
        return;
    }
    use_messages_language(language);
    bindtextdomain(kDomain, translations_dir().c_str());
    bind_textdomain_codeset(kDomain, "UTF-8");
    set_translator(&translate, language != "en");
}

void add_help_words(CLI::App& app) {
    app.option_defaults()->group(tr("Options"));
    app.set_help_flag("-h,--help", tr("Print this help message and exit"));
    auto formatter = app.get_formatter();
    formatter->label("Usage", tr("Usage"));
    formatter->label("OPTIONS", tr("OPTIONS"));
    formatter->label("SUBCOMMAND", tr("SUBCOMMAND"));
    formatter->label("Positionals", tr("Positionals"));
    formatter->label("REQUIRED", tr("REQUIRED"));
    formatter->label("Excludes", tr("Excludes"));
    formatter->label("Needs", tr("Needs"));
    formatter->label("Env", tr("Env"));
}

namespace {

// CLI11's message for a refused command line, translated where its wording is known; other
// messages (they name options and values) are passed as they are.
std::string failure_text(const std::string& what) {
    struct Known {
        std::regex pattern;
        const char* msgid;
    };
    static const Known known[] = {
        {std::regex("^A subcommand is required$"), "a subcommand is required"},
        {std::regex("^(.+) is required$"), "%s is required"},
        {std::regex("^(.+): File does not exist: (.*)$"), "%s: no such file: %s"},
        {std::regex("^(.+): Directory does not exist: (.*)$"), "%s: no such folder: %s"},
        {std::regex("^The following arguments were not expected: (.*)$"), "not expected here: %s"},
        {std::regex("^(.+): Value (.*) not in (.*)$"), "%s: %s is not one of %s"},
    };
    std::smatch m;
    for (const Known& k : known) {
        if (!std::regex_match(what, m, k.pattern)) continue;
        switch (m.size()) {
            case 1: return tr(k.msgid);
            case 2: return format(tr(k.msgid), {m[1].str()});
            case 3: return format(tr(k.msgid), {m[1].str(), m[2].str()});
            default: return format(tr(k.msgid), {m[1].str(), m[2].str(), m[3].str()});
        }
    }
    return what;
}

}  // namespace

void add_failure_words(CLI::App& app) {
    app.failure_message([](const CLI::App*, const CLI::Error& e) {
        return failure_text(e.what()) + "\n" + tr("Run with --help for more information.") + "\n";
    });
}

void name_subcommand_groups(CLI::App& app) {
    if (CLI::Option* help = app.get_help_ptr()) help->group(tr("Options"));
    for (CLI::App* sub : app.get_subcommands({})) {
        sub->group(tr("Subcommands"));
        name_subcommand_groups(*sub);
    }
}

void add_language_option(CLI::App& app) {
    static std::string given;  // already read by chosen_language()
    app.add_option("--lang", given,
                   tr("Language of the messages: zh_CN or en (default: the locale's)"))
        ->check(CLI::IsMember({"zh_CN", "zh", "en"}));
    app.fallthrough();  // accepted after a subcommand's own options too
}

}  // namespace plumb::cli
