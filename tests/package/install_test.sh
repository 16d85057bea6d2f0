#!/usr/bin/env bash
# Builds the .deb, then installs it as an organiser would on a Debian 12 that has none of the
# build's packages, runs it from another folder and removes it. Needs root and changes the system
# (it purges what the build installed), so it runs in a throwaway minimal Debian:
#   ../shared/tools/fresh-debian.sh tests/package/install_test.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
project=$PWD
[ "$(id -u)" = 0 ] || { echo "install_test: run as root in a throwaway system" >&2; exit 2; }
export DEBIAN_FRONTEND=noninteractive
step() { printf '\ninstall_test: %s\n' "$*"; }
fail() { echo "install_test: FAILED: $*" >&2; exit 1; }

before=$(mktemp)
dpkg-query -W -f='${Package}\n' | sort >"$before"

step "building the package"
scripts/package.sh
deb=$(ls "$project"/build/plumbline_*_amd64.deb)
cp "$deb" /tmp/
deb=/tmp/$(basename "$deb")
dpkg-deb --info "$deb" | sed -n '/Depends/p'

step "removing every package the build installed, so that the .deb's Depends must be enough"
dpkg-query -W -f='${Package}\n' | sort | comm -13 "$before" - >/tmp/build-packages
# shellcheck disable=SC2046
apt-get purge -y -qq $(cat /tmp/build-packages) >/dev/null
apt-get autoremove --purge -y -qq >/dev/null

step "installing $(basename "$deb")"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "$deb" >/tmp/apt-install.log 2>&1 ||
  { tail -20 /tmp/apt-install.log; fail "apt-get install"; }
# Only for this test: a display for the console's screenshots.
apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null

# Neither the source checkout nor the build tree may be reachable while the programs run.
mv "$project" "$project.away"
trap 'mv "$project.away" "$project"' EXIT
work=$(mktemp -d)
cd "$work"
export HOME=$work/home
mkdir -p "$HOME"

step "running plumb"
plumb --version | tee /tmp/version.txt
grep -Eq '^plumb [0-9]+\.[0-9]+\.[0-9]+ \(commit [0-9a-f]{12}' /tmp/version.txt ||
  fail "plumb --version does not name a version and a commit"
plumb demo ~/x.plumb
plumb rank ~/x.plumb --event bricklaying >rank.txt
head -5 rank.txt
plumb export certificates ~/x.plumb --all -o certificates.pdf
[ -s certificates.pdf ] || fail "no certificates.pdf"

step "running the console under Xvfb"
for lang in zh_CN en; do
  xvfb-run -a -s "-screen 0 1366x768x24" plumbline --lang "$lang" --screenshot "shots-$lang" ~/x.plumb
  n=$(ls "shots-$lang"/*.png | wc -l)
  echo "install_test: $n screenshots in $lang"
  [ "$n" -ge 4 ] || fail "the console saved $n screenshots in $lang"
done
mkdir -p /tmp/install-test-shots && cp -r shots-* /tmp/install-test-shots/

step "removing the package"
apt-get purge -y -qq plumbline >/dev/null
left=$(dpkg-deb -c "$deb" | awk '{print substr($6, 2)}' | grep -v '/$' | while read -r f; do
  [ -e "$f" ] && echo "$f"; done || true)
[ -z "$left" ] || fail "files left after removal: $left"
for d in /usr/share/plumbline /usr/share/doc/plumbline; do
  [ ! -e "$d" ] || fail "$d left after removal"
done
[ -f ~/x.plumb ] || fail "the user's own database was removed"
echo "install_test: 1 passed, 0 failed"
