#!/usr/bin/env bash
# Documents benchmark: a 30-measure report as PDF and DOCX through the gateway (p50/p95, docs/s with 2 and 8
# clients, report-service's peak heap) beside LibreOffice headless converting the same DOCX to PDF.
# Needs a running platform (./platform up) and LibreOffice (Debian: apt-get install libreoffice-writer-nogui).
# Usage: bench/documents/run.sh [measures] [iterations]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
. "$ROOT/bin/jdk.sh"; prongsai_find_jdk
N="${1:-30}"; I="${2:-100}"
command -v soffice > /dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 1; }
JAR="$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
(cd "$ROOT" && ./mvnw -q -B -DskipTests package -pl bench -am)
mkdir -p "$ROOT/bench/results"
OUT="$ROOT/bench/results/documents-$(date -u +%Y%m%dT%H%M%SZ).md"
"$JAVA_HOME/bin/java" -Dloader.main=th.prongsai.bench.DocumentsBenchmark -jar "$JAR" \
  --gateway "${ITA_GATEWAY_URL:-http://127.0.0.1:8080}" --report "${ITA_REPORT_URL:-http://127.0.0.1:8082}" \
  --measures "$N" --iterations "$I" | tee "$OUT"
echo "(saved in ${OUT#$ROOT/})"
