#!/usr/bin/env bash
# Builds src/core and src/os with their doctest suites for 64-bit Windows with mingw-w64 and runs
# them under wine: the rules and the OS wrappers are proven on Windows without the rest of the
# console. Build and wine prefix in build-win/ (the prefix is made once, a few seconds; no display
# is needed).
set -euo pipefail
cd "$(dirname "$0")/../.."
cmake -S . -B build-win -DCMAKE_TOOLCHAIN_FILE=cmake/mingw-w64.cmake -DCMAKE_BUILD_TYPE=Release \
  -DPLUMBLINE_CORE_ONLY=ON >/dev/null
cmake --build build-win -j"$(nproc)"
export WINEPREFIX=$PWD/build-win/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" DISPLAY=
mkdir -p "$WINEPREFIX"
(cd build-win && ctest --output-on-failure)
