#!/usr/bin/env bash
# Installs what is missing, builds Plumbline, creates the demo competition once and opens the
# console on it. Arguments are passed to plumbline (give a database file to open another one).
set -euo pipefail
cd "$(dirname "$0")"

./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"

demo=build/demo/zhengyun-cup.plumb
if [ ! -f "$demo" ]; then
  mkdir -p build/demo
  build/src/plumb demo "$demo"
fi

# The demo is opened unless a database is named (an argument that is neither an option nor the
# value of --lang or --screenshot).
open_demo=1
skip=0
for arg in "$@"; do
  if [ "$skip" = 1 ]; then skip=0; continue; fi
  case "$arg" in
    --lang | --screenshot) skip=1 ;;
    -*) ;;
    *) open_demo=0 ;;
  esac
done
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run.sh: no display found; on a headless machine try: xvfb-run ./run.sh" >&2
fi
if [ "$open_demo" = 1 ]; then
  exec build/src/ui/plumbline "$@" "$demo"
else
  exec build/src/ui/plumbline "$@"
fi
