#!/usr/bin/env bash
# OIT link checker benchmark (issue 16, part 8): URLs over H loopback hosts (127.0.0.1 … 127.0.0.H, one JDK HTTP
# server each) checked by W worker threads with the politeness rules on — a short per-host delay (the engine's own
# rate) and the production 1 s delay (scaled to P URLs per host) — then URLs/s, peak heap after GC and the derived
# time of a national check (7,850 hosts × 40 URLs). Needs nothing running; binds ephemeral ports on 127.0.0.x only.
# The short run uses ENGINE_WORKERS threads (default 8: more only add context switches on 2 cores).
# Usage: bench/linkcheck/run.sh [URLs for the short run] [hosts] [workers] [P: URLs per host at the 1 s delay]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
N="${1:-10000}"; H="${2:-100}"; W="${3:-100}"; P="${4:-40}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/linkcheck-$(date -u +%Y%m%dT%H%M%SZ).md"
cd "$ROOT"
"$JAVA_HOME/bin/java" -Xmx1g -Dloader.main=th.prongsai.bench.LinkCheckBenchmark -jar "$JAR" \
  --urls "$N" --hosts "$H" --workers "$W" --prod-per-host "$P" --prod-delay-ms 1000 --short-delay-ms 10 --engine-workers "${ENGINE_WORKERS:-8}" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
