#!/usr/bin/env bash
# Measures benchmark: a tenant with 300 measures, list / read / update through the gateway, beside the same work
# done directly in PostgreSQL in the same run. Needs a running platform (./platform up).
# Usage: bench/measures/run.sh [measures] [iterations]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
N="${1:-300}"; I="${2:-500}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/measures-$(date -u +%Y%m%dT%H%M%SZ).md"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.MeasuresBenchmark -jar "$JAR" \
  --gateway "${ITA_GATEWAY_URL:-http://127.0.0.1:8080}" --measures "$N" --iterations "$I" \
  --jdbc "${ITA_PG_URL:-jdbc:postgresql://127.0.0.1:15432/prongsai}" --user "${ITA_PG_USER:-postgres}" \
  --password "${ITA_PG_PASSWORD:-}" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
