#!/bin/sh
# Fails when a message marked for translation in src/ or forms/ has no Chinese translation in
# data/i18n/zh_CN/*.po, or when one msgid is in more than one of those files (the build merges
# them keeping the first file's translation, so a second copy is dead or, worse, differs); prints
# each such msgid with where it is used or the files that hold it.
# Usage: zh_CN_complete.sh SOURCE_DIR [WXRC]
set -eu
root=$1
wxrc=${2:-}
case $wxrc in *NOTFOUND) wxrc= ;; esac
work=$(mktemp -d)
tab=$(printf '\t')
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

# Each msgid of each file on one line, "file<TAB>msgid<TAB>msgctxt", the lines of a long msgid
# joined into one string; the header entry (msgid "") is each file's own.
status=0
for po in data/i18n/zh_CN/*.po; do
    msgcat --no-wrap "$po" | awk -v file="${po##*/}" '
        function join(a, b) { return substr(a, 1, length(a) - 1) substr(b, 2) }
        function flush() { if (id != "\"\"") print file "\t" id "\t" ctx; id = ""; ctx = "" }
        /^msgctxt / { ctx = substr($0, 9); state = "ctx"; next }
        /^msgid / { id = substr($0, 7); state = "id"; next }
        /^"/ { if (state == "id") id = join(id, $0); else if (state == "ctx") ctx = join(ctx, $0); next }
        /^msgid_plural|^msgstr/ { if (state == "id") flush(); state = ""; next }
        { state = "" }'
done > "$work/msgids"
dups=$(cut -f2- "$work/msgids" | LC_ALL=C sort | uniq -d)
if [ -n "$dups" ]; then
    echo "msgids in more than one data/i18n/zh_CN/*.po file (keep each in one file):"
    printf '%s\n' "$dups" | while IFS= read -r key; do
        files=$(key=$key awk -F '\t' '$2 "\t" $3 == ENVIRON["key"] { printf " %s", $1 }' "$work/msgids")
        ctx=${key#*"$tab"}
        printf '  msgid %s%s in:%s\n' "${key%%"$tab"*}" "${ctx:+ (msgctxt $ctx)}" "$files"
    done
    status=1
fi
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
[ "$status" -eq 0 ] || exit 1
echo "every marked message has a zh_CN translation ($(grep -c '^msgid ' "$work/all.pot") msgids), each msgid in one .po file"
