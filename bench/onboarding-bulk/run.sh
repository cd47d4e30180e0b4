#!/usr/bin/env bash
# Bulk onboarding benchmark: a registry CSV of N rows through /api/onboarding-jobs until the job is DONE, beside the
# single-tenant API's rate in the same run. Codes start with bulk-. Needs a running platform whose tenant-service has
# the onboarding jobs. Usage: bench/onboarding-bulk/run.sh [N] [single-tenant N]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
N="${1:-1000}"; S="${2:-$(( N < 200 ? N : 200 ))}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
[ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/onboarding-bulk-$(date -u +%Y%m%dT%H%M%SZ).md"
cd "$ROOT"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.BulkOnboardingBenchmark -jar "$JAR" \
  --gateway "${ITA_GATEWAY_URL:-http://127.0.0.1:8080}" --rows "$N" --single "$S" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
