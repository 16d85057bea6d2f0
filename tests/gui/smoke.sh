#!/usr/bin/env bash
# GUI smoke test: plumbline opens a demo competition under Xvfb in Chinese and in English, on a
# 1366x768 and on a 1024x600 screen, and saves every panel, and the laptop day's pages and
# dialogs, as PNG into SCREENSHOT_DIR
# (build/screenshots; the small screen's in SCREENSHOT_DIR/1024x600) for people to look at. GTK
# must print no critical warning while it starts (they were printed at every start once).
# Usage: smoke.sh PLUMB PLUMBLINE SCREENSHOT_DIR
set -euo pipefail
plumb=$1 plumbline=$2 shots=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$shots"
"$plumb" demo "$work/demo.plumb" --contestants 40 >/dev/null
export HOME="$work"   # the console's settings (recent list, language) stay out of the user's
for screen in 1366x768 1024x600; do
  dir=$shots
  [ "$screen" = 1366x768 ] || dir="$shots/$screen"
  mkdir -p "$dir"
  for lang in zh_CN en; do
    xvfb-run -a -s "-screen 0 ${screen}x24" "$plumbline" --lang "$lang" --screenshot "$dir" \
      "$work/demo.plumb" 2>"$work/stderr"
    if grep -q "CRITICAL" "$work/stderr"; then
      echo "GTK complained while plumbline started ($screen, $lang):" >&2
      cat "$work/stderr" >&2
      exit 1
    fi
    # Every tab, then the laptop day's pages and dialogs (ui/laptop_screenshots.cpp) and the chief
    # judge's pages.
    for panel in setup laptops entry progress conflicts results chief \
                 kit-passphrase passphrase kit-open laptop-window signoff packet-export \
                 laptops-packets conflicts-settle \
                 chief-appeals chief-double-entry chief-audit chief-appeal-lodge \
                 chief-certificate-check; do
      png="$dir/$panel-$lang.png"
      # A real picture, not a missing or empty file: PNG signature and a plausible size.
      head -c 8 "$png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || { echo "no PNG: $png" >&2; exit 1; }
      # A whole window holds more than a small form (the certificate check is two fields).
      size=$(stat -c %s "$png")
      case $panel in chief-appeal-lodge|chief-certificate-check) least=4000 ;; *) least=10000 ;; esac
      [ "$size" -gt "$least" ] || { echo "$png is only $size bytes: empty window?" >&2; exit 1; }
    done
  done
done
echo "ok: screenshots in $shots"
