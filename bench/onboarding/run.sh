#!/usr/bin/env bash
# Onboarding benchmark: N tenants through the gateway API vs. a plain Liquibase update per schema,
# in the same run. Needs a running platform (./platform up). Usage: bench/onboarding/run.sh [N] [concurrency]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
N="${1:-500}"; C="${2:-1}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/onboarding-$(date -u +%Y%m%dT%H%M%SZ).md"
cd "$ROOT"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.OnboardingBenchmark -jar "$JAR" \
  --gateway "${ITA_GATEWAY_URL:-http://127.0.0.1:8080}" --tenants "$N" --concurrency "$C" \
  --baseline "${BASELINE:-$(( N < 200 ? N : 200 ))}" \
  --jdbc "${ITA_PG_URL:-jdbc:postgresql://127.0.0.1:15432/prongsai}" --user "${ITA_PG_USER:-postgres}" \
  --password "${ITA_PG_PASSWORD:-}" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
