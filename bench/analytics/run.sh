#!/usr/bin/env bash
# Analytics benchmark on the synthetic national dataset: scorecard and province ranking through the gateway,
# uncached and cached, beside the same aggregate as raw SQL in the same run; then score write → visible.
# Needs a running platform (./platform up, demo mode: it writes scores as trat.officer).
# Usage: bench/analytics/run.sh [samples] [writes]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
S="${1:-300}"; W="${2:-100}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/analytics-$(date -u +%Y%m%dT%H%M%SZ).md"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.AnalyticsBenchmark -jar "$JAR" \
  --gateway "${ITA_GATEWAY_URL:-http://127.0.0.1:8080}" --analytics "${ITA_ANALYTICS_URL:-http://127.0.0.1:8083}" \
  --samples "$S" --writes "$W" \
  --jdbc "${ITA_PG_URL:-jdbc:postgresql://127.0.0.1:15432/prongsai}" --user "${ITA_PG_USER:-postgres}" \
  --password "${ITA_PG_PASSWORD:-}" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
