// Which language Plumbline speaks (Chinese or English), for the console and the command line
// alike, and where its message catalogues are. It works whether or not the system has a locale
// generated for the language asked: LANG=zh_CN.UTF-8 on a machine without zh_CN still speaks
// Chinese.
#pragma once

#include <filesystem>
#include <string>

namespace plumb {

// "zh_CN" when the environment asks for Chinese, else "en". The locale named by LC_ALL, else
// LC_MESSAGES, else LANG decides (C and POSIX are English); LANGUAGE, gettext's list of
// preferences, comes first when that locale is not C, as gettext takes it.
std::string environment_language();

// "zh_CN" or "en" for what a person typed ("zh", "zh_CN.UTF-8", "cn", "en_GB" ...); "" when it
// names neither.
std::string language_code(const std::string& typed);

// $PLUMB_I18N when set, else locale_dir() (share/locale beside the program, build or installed):
// <dir>/<lang>/LC_MESSAGES/plumbline.mo.
std::filesystem::path translations_dir();

// Makes the C library's gettext (GTK's own dialogs, plumb's messages) use `language`'s
// catalogues: LANGUAGE names it, and where the locale is C (no locale generated for the
// language) messages and characters are taken as C.UTF-8, so that text and file names stay
// UTF-8. Numbers keep the locale they had.
void use_messages_language(const std::string& language);

}  // namespace plumb
