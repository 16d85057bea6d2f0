#!/usr/bin/env bash
# Builds the Debian package for organisers: build/plumbline_<version>_amd64.deb (CPack; library
# dependencies computed from the binaries by dpkg-shlibdeps). Built in build/package without the
# tests and benchmarks; install it with: sudo apt-get install ./build/plumbline_*_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
cmake -S . -B build/package -DCMAKE_BUILD_TYPE=Release -DPLUMBLINE_TESTS=OFF \
  -DPLUMBLINE_BENCH=OFF >/dev/null
cmake --build build/package -j"$(nproc)"
(cd build/package && cpack -G DEB >cpack.log 2>&1) || { tail -30 build/package/cpack.log >&2; exit 1; }
mv build/package/plumbline_*_amd64.deb build/
ls build/plumbline_*_amd64.deb
