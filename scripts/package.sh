#!/usr/bin/env bash
# Builds the Debian package for organisers: build/plumbline_<version>_amd64.deb (CPack; library
# dependencies computed from the binaries by dpkg-shlibdeps). Built in build/package without the
# tests and benchmarks; install it with: sudo apt-get install ./build/plumbline_*_amd64.deb
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/install-deps.sh
# Debian's usual hardening for what is shipped (lintian asks for it).
cmake -S . -B build/package -DCMAKE_BUILD_TYPE=Release -DPLUMBLINE_TESTS=OFF \
  -DPLUMBLINE_BENCH=OFF -DCMAKE_CXX_FLAGS="-D_FORTIFY_SOURCE=2 -fstack-protector-strong" \
  -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro,-z,now" >/dev/null
cmake --build build/package -j"$(nproc)"
(cd build/package && cpack -G DEB >cpack.log 2>&1) || { tail -30 build/package/cpack.log >&2; exit 1; }
mv build/package/plumbline_*_amd64.deb build/
ls build/plumbline_*_amd64.deb
