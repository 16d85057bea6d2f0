#!/usr/bin/env bash
# Makes the kit and packets here (fuzz seeds, see tests/fuzz/run.sh) with plumb:
#   tests/data/packets/make.sh build-fz/src/plumb
# The definition tests' small competition, three contestants; a laptop's kit for "brick"; its
# packet after one mark, and after marks, a correction and a sign-off (what a laptop may bring).
# Keys, ids and the kit's passphrase are new each time.
# FILE.archive is the content of FILE: the bytes between its 124-byte header and its
# 96-byte hash and signature (docs/packets.md).
set -euo pipefail
plumb=$(realpath "${1:?usage: make.sh PLUMB}")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

cat >roster.csv <<'CSV'
报名号,姓名,身份证号,性别,单位,工种,工位号
ZY001,王铁柱,410802198503123010,男,焦作市建筑技工学校,brick,A01
ZY002,李春生,11010519491231002X,女,焦作市第一建筑工程有限公司,brick,A02
ZY003,赵大勇,410802197803120116,男,征云建设集团有限公司,brick,A03
CSV
"$plumb" init cup.plumb --competition "$here/../definitions/good.toml" >/dev/null
"$plumb" roster import cup.plumb roster.csv >/dev/null
passphrase=$("$plumb" kit export cup.plumb --event brick --device "brick 1" -o brick1.kit |
  sed -n 's/^passphrase: //p')
export PLUMB_KIT_PASSPHRASE=$passphrase
"$plumb" kit import brick1.plumb brick1.kit >/dev/null

mark() { "$plumb" mark brick1.plumb --event brick "$@" >/dev/null 2>&1; }
mark --workstation A01 --judge J01 --aspect A1 --value "1;2;4"
"$plumb" packet export brick1.plumb -o brick1-first.packet >/dev/null
mark --workstation A01 --judge J01 --aspect A2 --value 1000.2
mark --workstation A01 --judge J01 --aspect A2 --value 1000.4 --reason "misread the tape"
mark --workstation A01 --judge J02 --aspect B1 --value 个别通缝
mark --workstation A02 --judge J02 --aspect B2 --value 2
"$plumb" signoff brick1.plumb --event brick --workstation A02 --judge J02 >/dev/null
"$plumb" packet export brick1.plumb -o brick1.packet >/dev/null
"$plumb" packet import cup.plumb brick1-first.packet brick1.packet >/dev/null

for f in brick1.kit brick1-first.packet brick1.packet; do
  cp "$f" "$here/"
  tail -c +125 "$f" | head -c -96 >"$here/$f.archive"
done
ls -l "$here"
