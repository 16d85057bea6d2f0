#!/usr/bin/env bash
# Builds and runs the benchmarks; figures are printed and written as JSON into build/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target rank_bench export_bench
build/bench/rank_bench "${1:-10000}" build/bench
build/bench/export_bench
