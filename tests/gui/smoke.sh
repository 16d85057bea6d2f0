#!/usr/bin/env bash
# GUI smoke test: plumbline opens a demo competition under Xvfb in Chinese and in English and
# saves every panel as PNG into SCREENSHOT_DIR (build/screenshots) for people to look at.
# Usage: smoke.sh PLUMB PLUMBLINE SCREENSHOT_DIR
set -euo pipefail
plumb=$1 plumbline=$2 shots=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$shots"
"$plumb" demo "$work/demo.plumb" --contestants 40 >/dev/null
export HOME="$work"   # the console's settings (recent list, language) stay out of the user's
for lang in zh_CN en; do
  xvfb-run -a -s "-screen 0 1366x768x24" "$plumbline" --lang "$lang" --screenshot "$shots" "$work/demo.plumb"
  for panel in setup entry progress results; do
    png="$shots/$panel-$lang.png"
    # A real picture, not a missing or empty file: PNG signature and a plausible size.
    head -c 8 "$png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a" || { echo "no PNG: $png" >&2; exit 1; }
    size=$(stat -c %s "$png")
    [ "$size" -gt 10000 ] || { echo "$png is only $size bytes: empty window?" >&2; exit 1; }
  done
done
echo "ok: screenshots in $shots"
