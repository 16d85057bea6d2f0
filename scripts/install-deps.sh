#!/usr/bin/env bash
# Installs the Debian 12 packages Plumbline needs to build, test and run; only what is missing.
set -euo pipefail

packages=(
  # toolchain; clang and its runtime for the libFuzzer pass of tests/fuzz/run.sh
  g++ make cmake pkg-config ccache git ca-certificates clang libclang-rt-14-dev
  # the core built for Windows and its tests run under wine (tests/windows/run.sh)
  g++-mingw-w64-x86-64-posix wine wine64
  # libraries
  libsqlite3-dev libsqlitecpp-dev libsodium-dev libtoml11-dev libcli11-dev doctest-dev
  nlohmann-json3-dev libboost-serialization-dev libwxgtk3.2-dev libgtk-3-dev wx-common gettext
  # wxWidgets' own words in Chinese (standard buttons, print preview): wxstd-3.2.mo
  wx3.2-i18n
  # exports: PDF (cairo, pango), QR codes, XLSX
  libcairo2-dev libpango1.0-dev libqrencode-dev libxlsxwriter-dev
  # fonts and display for the console and its tests; the GUI tests press keys through XTest
  fonts-noto-cjk fonts-wqy-microhei xvfb xauth libx11-dev libxtst-dev
  # the Debian package (scripts/package.sh): dpkg-shlibdeps, and file, which CPack runs
  dpkg-dev file
  # tools the tests use
  sqlite3 poppler-utils python3-openpyxl zbar-tools
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
