#!/usr/bin/env bash
# Province dashboard benchmark: the synthetic dataset's largest province, page time p50/p95 beside the API calls it
# makes (Server-Timing) and each of those calls alone through the gateway. Needs a running platform with the synthetic
# dataset (./platform up generates it) and the web. Target: page p95 <= 300 ms.
# Usage: bench/web/province.sh [iterations] [fiscal year] [pause ms between pages]
# ITA_WEB_URL points at a web instance directly (default: the gateway, which routes /province/** to the web).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
I="${1:-100}"; FY="${2:-2568}"; PAUSE="${3:-0}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/province-$(date -u +%Y%m%dT%H%M%SZ).md"
GATEWAY="${ITA_GATEWAY_URL:-http://127.0.0.1:8080}"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.ProvinceDashboardBenchmark -jar "$JAR" \
  --gateway "$GATEWAY" --web "${ITA_WEB_URL:-$GATEWAY}" --iterations "$I" --fy "$FY" --pause "$PAUSE" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
