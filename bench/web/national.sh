#!/usr/bin/env bash
# National dashboard benchmark: /national/dashboard/{fy}?dataset=synthetic (p50, p95) beside the analytics calls the
# page makes, replayed through the gateway the same way (12 at once). Needs a running platform with the synthetic
# national dataset (./platform up generates it) and a web serving the national pages.
# Usage: bench/web/national.sh [iterations] [fiscal year] [pause ms between iterations]
#   ITA_GATEWAY_URL (APIs, default http://127.0.0.1:8080), ITA_WEB_URL (pages, default the gateway)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
I="${1:-30}"; FY="${2:-2568}"; PAUSE="${3:-2000}"
GATEWAY="${ITA_GATEWAY_URL:-http://127.0.0.1:8080}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -o -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/web-national-$(date -u +%Y%m%dT%H%M%SZ).md"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.NationalDashboardBenchmark -jar "$JAR" \
  --gateway "$GATEWAY" --web "${ITA_WEB_URL:-$GATEWAY}" --iterations "$I" --fy "$FY" --pause-ms "$PAUSE" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
