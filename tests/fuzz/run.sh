#!/usr/bin/env bash
# Fuzzes every reader of outside data with libFuzzer: tests/fuzz/run.sh SECONDS [TARGET...]
# Builds build-fuzz with clang (ASan + UBSan), replays tests/data/fuzz-regressions, then runs
# each target for SECONDS from a corpus seeded with tests/data. Exits 1 on any crash; the
# crashing input is left in build-fuzz/crashes/TARGET/. Figures go to build-fuzz/fuzz-stats.tsv.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
all=(fuzz_csv fuzz_roster fuzz_marks fuzz_timing fuzz_theory fuzz_scheme fuzz_competition
     fuzz_certificate_template fuzz_identifier fuzz_toml_text fuzz_envelope fuzz_packet fuzz_kit
     fuzz_kit_secret fuzz_seal)
targets=("${@:-${all[@]}}")
[ $# -gt 0 ] || targets=("${all[@]}")

# Configured every time, so that targets added since the last run are known to make.
CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLUMBLINE_FUZZ=ON \
  -DPLUMBLINE_GUI=OFF -DPLUMBLINE_TESTS=OFF -DPLUMBLINE_BENCH=OFF >/dev/null
cmake --build build-fuzz -j"${PLUMB_JOBS:-$(nproc)}" --target "${targets[@]}" >build-fuzz/build.log 2>&1 ||
  { tail -30 build-fuzz/build.log >&2; exit 1; }

# Seeds: the files of tests/data (and the shipped definitions) each reader is meant to read.
seeds() {
  case "$1" in
    fuzz_csv) ls tests/data/*/*.csv ;;
    fuzz_roster) ls tests/data/*/roster*.csv ;;
    fuzz_marks) ls tests/data/*/marks*.csv ;;
    fuzz_timing) ls tests/data/*/timing*.csv ;;
    fuzz_theory) ls tests/data/*/theory*.csv ;;
    fuzz_scheme) ls data/schemes/*.toml tests/data/definitions/*scheme*.toml ;;
    fuzz_competition) ls data/demo/*.toml tests/data/definitions/*.toml ;;
    fuzz_certificate_template) ls data/certificates/*.toml ;;
    fuzz_identifier) ls tests/data/fuzz-seeds/identifiers/* ;;
    fuzz_toml_text) ls data/demo/*.toml data/schemes/*.toml tests/data/definitions/*.toml ;;
    fuzz_envelope) ls tests/data/packets/*.kit tests/data/packets/*.packet tests/data/packets/v1/*.packet ;;
    fuzz_packet) ls tests/data/packets/*.packet.archive tests/data/packets/v1/*.packet.archive ;;
    fuzz_kit) ls tests/data/packets/*.kit.archive ;;
    fuzz_kit_secret) ls tests/data/fuzz-seeds/kit_secret/* ;;
    fuzz_seal) ls tests/data/fuzz-seeds/seal/* ;;
  esac
}

# Longest input tried: a little over the largest seed, so whole definition files fit.
max_len() {
  case "$1" in
    fuzz_scheme | fuzz_competition | fuzz_certificate_template | fuzz_toml_text) echo 16384 ;;
    fuzz_identifier) echo 256 ;;
    fuzz_envelope | fuzz_packet | fuzz_kit) echo 65536 ;;
    *) echo 4096 ;;
  esac
}

stats=build-fuzz/fuzz-stats.tsv
[ -f "$stats" ] || printf 'date\ttarget\tseconds\texecutions\tcorpus\tresult\n' >"$stats"
failed=0
for t in "${targets[@]}"; do
  bin=build-fuzz/tests/fuzz/$t
  corpus=build-fuzz/corpus/$t
  crashes=build-fuzz/crashes/$t
  mkdir -p "$corpus" "$crashes"
  for f in $(seeds "$t"); do cp -n "$f" "$corpus/" 2>/dev/null || true; done
  # Inputs that once crashed a target must keep passing.
  regressions=tests/data/fuzz-regressions/$t
  if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
    if ! "$bin" -runs=0 "$regressions"/* >"build-fuzz/$t.replay.log" 2>&1; then
      echo "fuzz: $t fails on a kept regression input; see build-fuzz/$t.replay.log" >&2
      failed=1
      continue
    fi
  fi
  log=build-fuzz/$t.log
  result=ok
  if ! "$bin" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
      -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" >"$log" 2>&1; then
    result=CRASH
    failed=1
  fi
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  files=$(ls "$corpus" | wc -l)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Is)" "$t" "$seconds" "${execs:-?}" "$files" \
    "$result" >>"$stats"
  printf 'fuzz: %-28s %6ss %10s executions %6s inputs  %s\n' "$t" "$seconds" "${execs:-?}" \
    "$files" "$result"
  if [ "$result" != ok ]; then
    grep -m3 -E 'ERROR|SUMMARY|deadly|uncaught|Test unit written' "$log" >&2 || true
  fi
done
exit $failed
