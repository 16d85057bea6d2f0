// Messages the core shows to people are only marked for translation here; the console installs
// the translator (gettext through wxWidgets), the command line keeps English.
#pragma once

#include <initializer_list>
#include <string>

namespace plumb {

using Translator = std::string (*)(const char* msgid);

// Installs the function that translates marked messages (nullptr: English as written), and
// whether it translates them into Chinese (messages then name events by their trade's name).
void set_translator(Translator translator, bool chinese = false);

// Whether marked messages come out in Chinese.
bool messages_in_chinese();

// The translation of `msgid`, or `msgid` itself.
std::string tr(const char* msgid);

// `pattern` with each "%s" replaced by the next argument, in order.
std::string format(const std::string& pattern, std::initializer_list<std::string> args);

}  // namespace plumb
