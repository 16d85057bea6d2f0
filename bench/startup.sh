#!/usr/bin/env bash
# Start-up of the console on the demo competition: milliseconds from launch to the first idle
# moment with the main window up, under Xvfb, median of 5 runs (build first with bench/run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
build/src/plumb demo "$work/demo.plumb" >/dev/null
export HOME="$work"
times=()
for i in 1 2 3 4 5; do
  t=$(PLUMB_STARTUP_TIMING=quit xvfb-run -a -s "-screen 0 1366x768x24" build/src/ui/plumbline --lang zh_CN \
      "$work/demo.plumb" 2>&1 | sed -n 's/^plumbline: usable after \([0-9]*\) ms$/\1/p')
  times+=("$t")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | sed -n 3p)
echo "console start-up on the demo (ms, 5 runs): $(echo $sorted)  median $median"
mkdir -p build/bench
echo "{\"startup_ms_median\": $median}" > build/bench/startup.json
