#!/usr/bin/env bash
# Start-up benchmark (issue 14, target 5): `./platform down; ./platform up` from nothing running to every
# service ready and the demo checked, with nothing to build, BENCH_RUNS times without JDK 25's AOT cache
# (ITA_AOT=off, the baseline) and BENCH_RUNS times with it, the two modes interleaved so that a change in the
# shared machine's load hits both. Prints a markdown table of each phase (median, min, max) and the ratio.
#
# Needs the jars built and the demo loaded once (a first `./platform up`); the script runs one `up` before
# measuring so that the build, the AOT training and the demo loading are not measured. It leaves the
# platform down unless BENCH_LEAVE_UP=true.
#
# Settings (environment): BENCH_RUNS=3
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
RUNS=${BENCH_RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-startup.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

log() { echo "bench/startup: $*" >&2; }
die() { log "$*"; exit 1; }

# `./platform up` prints "Services ready after S s." and "Prongsai is up in S s." (milliseconds).
up_once() { # mode -> "ready total"
  local mode=$1 out=$WORK/up.log
  "$ROOT/platform" down >/dev/null
  ITA_AOT=$mode "$ROOT/platform" up > "$out" 2>&1 || { cat "$out" >&2; die "./platform up failed (ITA_AOT=$mode)"; }
  grep -q '^Building' "$out" && die "./platform up built something: build first, then measure"
  grep -q 'Training' "$out" && die "./platform up trained the AOT cache: run a first up, then measure"
  local ready total
  ready=$(sed -n 's/^Services ready after \([0-9.]*\) s\./\1/p' "$out")
  total=$(sed -n 's/^Prongsai is up in \([0-9.]*\) s\./\1/p' "$out")
  [ -n "$ready" ] && [ -n "$total" ] || { cat "$out" >&2; die "no timings in the output of ./platform up"; }
  echo "$ready $total"
}

log "a first up (builds, trains the AOT cache and loads the demo if needed; not measured)"
"$ROOT/platform" down >/dev/null
"$ROOT/platform" up > "$WORK/first.log" 2>&1 || { cat "$WORK/first.log" >&2; die "the first ./platform up failed"; }

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
: > "$WORK/off" ; : > "$WORK/on"
for i in $(seq 1 "$RUNS"); do
  for mode in off on; do
    r=$(up_once "$mode")
    log "run $i ITA_AOT=$mode: ready ${r% *} s, demo checked ${r#* } s (load $(cut -d' ' -f1 /proc/loadavg))"
    echo "$r" >> "$WORK/$mode"
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
[ "${BENCH_LEAVE_UP:-false}" = true ] || "$ROOT/platform" down >/dev/null

# column file -> "median min max"
stats() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%.1f %.1f %.1f", m, v[1], v[NR] }'
}
read -r OFF_R OFF_R_MIN OFF_R_MAX <<<"$(awk '{print $1}' "$WORK/off" | stats)"
read -r OFF_T OFF_T_MIN OFF_T_MAX <<<"$(awk '{print $2}' "$WORK/off" | stats)"
read -r ON_R ON_R_MIN ON_R_MAX <<<"$(awk '{print $1}' "$WORK/on" | stats)"
read -r ON_T ON_T_MIN ON_T_MAX <<<"$(awk '{print $2}' "$WORK/on" | stats)"
OFF_D=$(awk -v a="$OFF_T" -v b="$OFF_R" 'BEGIN{printf "%.1f", a - b}')
ON_D=$(awk -v a="$ON_T" -v b="$ON_R" 'BEGIN{printf "%.1f", a - b}')
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo
echo "Start-up benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $RUNS × \`./platform down; ./platform up\`"
echo "per mode (interleaved), nothing to build, demo already loaded; load average $LOAD_BEFORE before, $LOAD_AFTER after."
echo "Seconds, median (min–max):"
echo
echo "| phase | ITA_AOT=off | AOT cache | × off |"
echo "|---|---:|---:|---:|"
echo "| JVMs ready (infra + 5 services) | $OFF_R ($OFF_R_MIN–$OFF_R_MAX) | $ON_R ($ON_R_MIN–$ON_R_MAX) | $(ratio "$ON_R" "$OFF_R") |"
echo "| demo checked | $OFF_D | $ON_D | $(ratio "$ON_D" "$OFF_D") |"
echo "| total | $OFF_T ($OFF_T_MIN–$OFF_T_MAX) | $ON_T ($ON_T_MIN–$ON_T_MAX) | $(ratio "$ON_T" "$OFF_T") |"
echo
TARGET=$(awk -v t="$ON_T" 'BEGIN{ print (t <= 30) ? "met" : "NOT met" }')
echo "Target ./platform up ≤ 30 s: $TARGET ($ON_T s with the AOT cache, $OFF_T s without)."
