#!/usr/bin/env bash
# GUI smoke test: plumbline opens a demo competition under Xvfb and saves what it shows.
# Usage: smoke.sh PLUMB PLUMBLINE SCREENSHOT_DIR
set -euo pipefail
plumb=$1 plumbline=$2 shots=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$shots"
"$plumb" demo "$work/demo.plumb" --contestants 40 >/dev/null
xvfb-run -a -s "-screen 0 1366x768x24" "$plumbline" --screenshot "$shots/rankings.png" "$work/demo.plumb"
# A real picture of a filled window, not an empty frame: PNG signature and a plausible size.
head -c 8 "$shots/rankings.png" | od -An -tx1 | grep -q "89 50 4e 47 0d 0a 1a 0a"
size=$(stat -c %s "$shots/rankings.png")
[ "$size" -gt 20000 ] || { echo "screenshot too small ($size bytes): window empty?" >&2; exit 1; }
echo "ok: $shots/rankings.png ($size bytes)"
