#!/bin/sh
# Fails when a message marked for translation in src/ or forms/ has no Chinese translation in
# data/i18n/zh_CN/*.po; prints each such msgid with where it is used.
# Usage: zh_CN_complete.sh SOURCE_DIR [WXRC]
set -eu
root=$1
wxrc=${2:-}
case $wxrc in *NOTFOUND) wxrc= ;; esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

# tr() and format(tr(...)) in the core, io and services; _(), wxPLURAL, wxTRANSLATE in the console.
find src -name '*.cpp' -o -name '*.h' | LC_ALL=C sort > "$work/files"
xgettext --from-code=UTF-8 --language=C++ --keyword=tr --keyword=_ --keyword=wxTRANSLATE \
    --keyword=wxPLURAL:1,2 --keyword=N_ --files-from="$work/files" -o "$work/code.pot"
pots="$work/code.pot"
# Labels of the XRC forms, which wxWidgets translates when it loads them.
if [ -n "$wxrc" ]; then
    "$wxrc" --gettext --output="$work/forms.cpp" forms/*.xrc
    xgettext --from-code=UTF-8 --language=C++ --keyword=_ -o "$work/forms.pot" "$work/forms.cpp"
    [ -f "$work/forms.pot" ] && pots="$pots $work/forms.pot"
fi
msgcat --use-first -o "$work/all.pot" $pots
msgcat --use-first -o "$work/zh_CN.po" data/i18n/zh_CN/*.po
msgmerge --quiet --no-fuzzy-matching -o "$work/merged.po" "$work/zh_CN.po" "$work/all.pot"
msgattrib --untranslated --no-obsolete -o "$work/missing.po" "$work/merged.po"
msgattrib --only-fuzzy --no-obsolete -o "$work/fuzzy.po" "$work/merged.po"
# The header entry (msgid "") is translated and never listed; any msgid line means a gap.
if [ -s "$work/missing.po" ] || [ -s "$work/fuzzy.po" ]; then
    echo "messages without a zh_CN translation:"
    cat "$work/missing.po" "$work/fuzzy.po" 2>/dev/null
    exit 1
fi
echo "every marked message has a zh_CN translation ($(grep -c '^msgid ' "$work/all.pot") msgids)"
