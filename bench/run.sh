#!/usr/bin/env bash
# Builds the benchmarks (Release, in build/) and runs them all; each prints its table and writes
# JSON into build/bench/. docs/performance.md records what they printed and on which machine.
#   bench/run.sh [large=10000]   the size of the large competition (contestants)
set -euo pipefail
cd "$(dirname "$0")/.."
large=${1:-10000}
out=build/bench
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
targets=(plumb entry_bench rank_bench merge_bench export_bench console_bench pin_cost)
if grep -q '^PLUMBLINE_GUI:BOOL=ON' build/CMakeCache.txt; then targets+=(plumbline); fi
cmake --build build -j"$(nproc)" --target "${targets[@]}"
mkdir -p "$out"
echo "== $(date -I) on $(nproc) cores: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
build/bench/entry_bench 2000 "$out"
echo
build/bench/rank_bench "$large" "$out"
echo
build/bench/merge_bench 100000 "$out"
echo
build/bench/export_bench 1000 "$large" "$out"
echo
build/bench/console_bench "$large" "$out"
echo
build/bench/pin_cost
if [ -x build/src/ui/plumbline ] && command -v xvfb-run >/dev/null; then
  echo
  bench/startup.sh
fi
echo
echo "JSON figures: $out/*.json"
