#!/usr/bin/env bash
# Installs what is missing, builds Plumbline and runs every test (the GUI tests under Xvfb), runs
# the core's tests built for Windows under wine, then fuzzes each reader of outside data for a few
# seconds (PLUMB_FUZZ_SECONDS, default 15; 0 skips).
# ./test.sh --sanitize runs the tests (without the GUI) built with ASan + UBSan in build-asan.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh
if [ "${1:-}" = "--sanitize" ]; then
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLUMBLINE_SANITIZE=ON \
    -DPLUMBLINE_GUI=OFF -DPLUMBLINE_BENCH=OFF >/dev/null
  cmake --build build-asan -j"$(nproc)"
  cd build-asan
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export LSAN_OPTIONS=suppressions=$PWD/../tests/sanitizers/lsan.supp
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  ctest --output-on-failure -j"$(nproc)"
  exit
fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
(cd build && ctest --output-on-failure -j"$(nproc)")
tests/windows/run.sh

seconds=${PLUMB_FUZZ_SECONDS:-15}
if [ "$seconds" -gt 0 ]; then
  tests/fuzz/run.sh "$seconds"
fi
