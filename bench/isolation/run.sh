#!/usr/bin/env bash
# Tenant isolation at scale (issue 12): R mixed requests (reads, writes, failing writes, cross-tenant attempts) by C
# clients over T new tenants through the gateway, then every schema read with SQL. Exits non-zero on any cross-tenant
# result. Needs a running platform in demo mode (./platform up). Usage: bench/isolation/run.sh [T] [R] [C]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
T="${1:-50}"; R="${2:-100000}"; C="${3:-16}"
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/isolation-$(date -u +%Y%m%dT%H%M%SZ).md"
cd "$ROOT"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.IsolationBenchmark -jar "$JAR" \
  --gateway "${ITA_GATEWAY_URL:-http://127.0.0.1:8080}" --tenants "$T" --requests "$R" --clients "$C" \
  --jdbc "${ITA_PG_URL:-jdbc:postgresql://127.0.0.1:15432/prongsai}" --user "${ITA_PG_USER:-postgres}" \
  --password "${ITA_PG_PASSWORD:-}" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
