#!/usr/bin/env bash
# Web benchmark: the main pages of the demo data through the gateway (p50, p95) beside the time each spent on the
# API calls it made (Server-Timing), and the bytes of a first visit. Needs a running platform (./platform up).
# Usage: bench/web/run.sh [iterations] [municipality] [fiscal year]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
I="${1:-200}"; CODE="${2:-tha-phae}"; FY="${3:-2568}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/web-$(date -u +%Y%m%dT%H%M%SZ).md"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.WebBenchmark -jar "$JAR" \
  --gateway "${ITA_GATEWAY_URL:-http://127.0.0.1:8080}" --iterations "$I" --code "$CODE" --fy "$FY" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
