#!/usr/bin/env bash
# Gateway benchmark: one cheap tenant request measured, in the same run, straight to report-service,
# through a bare Spring Cloud Gateway route (bench's BareGateway: the framework's floor, no filter of ours),
# through the gateway and through nginx (a reference reverse proxy to the same upstream).
# Prints a markdown table with throughput, p50/p99 latency, the ratios and the gateways' CPU time per request
# (utime+stime from /proc/<pid>/stat over the measured run / its requests), then the latency at a fixed
# request rate over one connection (bench's FixedRateLatency) and what each proxy adds to the direct p50.
#
# Needs a running platform (./platform up). Loopback only; every wrk run is bounded by BENCH_DURATION.
#
# Settings (environment):
#   BENCH_DURATION=15s  BENCH_WARMUP=20s (JVMs need it: the JIT is still compiling after 5 s)  BENCH_CONNECTIONS=32  BENCH_THREADS=1
#   BENCH_RATE=200 requests/s for BENCH_RATE_SECONDS=15 at a fixed rate, one connection
#   BENCH_BARE_PORT=8091 (the bare gateway; needs bench/target/bench-0.1.0-SNAPSHOT.jar)
#   BENCH_TENANT=trat   BENCH_USER=trat.officer  BENCH_PASSWORD=demo
#   BENCH_PATH          tenant API path after /t/{tenant} (default: the first of /api/departments,
#                       /api/fiscal-years/2568/measures that answers 200 through the gateway)
#   GATEWAY_URL=http://127.0.0.1:8080  REPORT_URL=http://127.0.0.1:8082  BENCH_NGINX_PORT=8089
#   ITA_GATEWAY_SECRET  the secret the services check the gateway's proof with (default: the one ./platform up
#                       wrote to .platform/gateway.secret); the direct and nginx runs send the proof the gateway would
#
# For a fair number the gateway's per-tenant limit must not reject the load (the limiter still runs,
# one Redis call per request): start the platform with
#   ITA_RATE_LIMIT_TENANT_RATE=1000000 ITA_RATE_LIMIT_TENANT_BURST=1000000
# The script warns when it sees a lower limit, and the table shows non-2xx answers.
set -euo pipefail

DURATION=${BENCH_DURATION:-15s}
WARMUP=${BENCH_WARMUP:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-1}
TENANT=${BENCH_TENANT:-trat}
USER_NAME=${BENCH_USER:-trat.officer}
PASSWORD=${BENCH_PASSWORD:-demo}
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
REPORT_URL=${REPORT_URL:-http://127.0.0.1:8082}
NGINX_PORT=${BENCH_NGINX_PORT:-8089}
BARE_PORT=${BENCH_BARE_PORT:-8091}
FIXED_RATE=${BENCH_RATE:-200}
RATE_SECONDS=${BENCH_RATE_SECONDS:-15}

die() { echo "bench/gateway: $*" >&2; exit 1; }
log() { echo "bench/gateway: $*" >&2; }

for url in "$GATEWAY_URL" "$REPORT_URL"; do
  case "$url" in
    http://127.0.0.1:*|http://localhost:*) ;;
    *) die "only loopback targets are benchmarked (got $url)";;
  esac
done

install_missing() {
  local missing=()
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} with apt-get"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    # nginx-light is the small Debian build; fall back to nginx where it does not exist
    if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
      missing=("${missing[@]/nginx-light/nginx}")
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
  fi
}
install_missing
NGINX_BIN=$(command -v nginx || echo /usr/sbin/nginx)
[ -x "$NGINX_BIN" ] || die "nginx not found after installing"
command -v wrk >/dev/null || die "wrk not found after installing"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bench-gateway.XXXXXX")
NGINX_PID=""
BARE_PID=""
cleanup() {
  for pid in "$NGINX_PID" "$BARE_PID"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

log "asking $GATEWAY_URL for a token as $USER_NAME"
TOKEN_JSON=$(curl -sS --max-time 10 "$GATEWAY_URL/api/auth/token" -H 'content-type: application/json' \
  -d "{\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}") \
  || die "the gateway does not answer at $GATEWAY_URL (is ./platform up running?)"
TOKEN=$(printf '%s' "$TOKEN_JSON" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
[ -n "$TOKEN" ] || die "no access_token in the answer: $TOKEN_JSON"

# A direct call is accepted only with the gateway's proof: HMAC-SHA256 of "tenant\ntoken" (GatewayProof).
ROOT_DIR="$(cd "$(dirname "$0")/../.." && pwd)"
GATEWAY_PID=$(cat "$ROOT_DIR/.platform/pids/gateway.pid" 2>/dev/null || true)
[ -n "$GATEWAY_PID" ] && kill -0 "$GATEWAY_PID" 2>/dev/null || die "no running gateway in $ROOT_DIR/.platform/pids"
BENCH_JAR="$ROOT_DIR/bench/target/bench-0.1.0-SNAPSHOT.jar"
[ -f "$BENCH_JAR" ] || die "no $BENCH_JAR: ./mvnw -B -o -q -DskipTests package -pl bench -am"
. "$ROOT_DIR/bin/jdk.sh"
prongsai_find_jdk
SECRET=${ITA_GATEWAY_SECRET:-$(cat "$ROOT_DIR/.platform/gateway.secret" 2>/dev/null || true)}
[ -n "$SECRET" ] || die "no gateway secret: set ITA_GATEWAY_SECRET to the one the platform runs with"
PROOF=$(printf '%s\n%s' "$TENANT" "$TOKEN" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64 -w0 \
  | tr '+/' '-_' | tr -d '=')

status_of() { # url [extra curl args...]
  local url=$1; shift
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $TOKEN" "$@" "$url" || echo 000
}

if [ -z "${BENCH_PATH:-}" ]; then
  for candidate in /api/departments /api/fiscal-years/2568/measures; do
    if [ "$(status_of "$GATEWAY_URL/t/$TENANT$candidate")" = 200 ]; then BENCH_PATH=$candidate; break; fi
  done
  [ -n "${BENCH_PATH:-}" ] || die "no cheap tenant endpoint answers 200 through the gateway for $TENANT; set BENCH_PATH"
fi
REQUEST_PATH="/t/$TENANT$BENCH_PATH"

UPSTREAM=${REPORT_URL#http://}
mkdir -p "$WORK/logs" "$WORK/tmp"
cat > "$WORK/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp/body;
  proxy_temp_path $WORK/tmp/proxy;
  fastcgi_temp_path $WORK/tmp/fastcgi;
  uwsgi_temp_path $WORK/tmp/uwsgi;
  scgi_temp_path $WORK/tmp/scgi;
  upstream report { server $UPSTREAM; keepalive 128; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    keepalive_requests 1000000;
    location / {
      proxy_pass http://report;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      # the same tenant header and proof the gateway sets: any client value is replaced
      proxy_set_header X-Tenant-Id $TENANT;
      proxy_set_header X-Gateway-Proof $PROOF;
    }
  }
}
EOF
if (exec 3<>"/dev/tcp/127.0.0.1/$NGINX_PORT") 2>/dev/null; then
  die "port $NGINX_PORT is taken; set BENCH_NGINX_PORT"
fi
"$NGINX_BIN" -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/logs/error.log" &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT"
for _ in $(seq 1 50); do
  [ "$(status_of "$NGINX_URL$REQUEST_PATH")" != 000 ] && break
  kill -0 "$NGINX_PID" 2>/dev/null || die "nginx did not start: $(cat "$WORK/logs/error.log")"
  sleep 0.1
done

# The bare gateway runs with the JVM options ./platform gives ours (no AOT cache: it does not change a warm JVM).
if (exec 3<>"/dev/tcp/127.0.0.1/$BARE_PORT") 2>/dev/null; then
  die "port $BARE_PORT is taken; set BENCH_BARE_PORT"
fi
"$JAVA_HOME/bin/java" -Xms128m -Xmx512m -XX:+UseSerialGC -Dio.netty.leakDetection.level=disabled \
  -Dloader.main=th.prongsai.bench.BareGateway -jar "$BENCH_JAR" --server.port="$BARE_PORT" \
  --bench.upstream="$REPORT_URL" > "$WORK/logs/bare.log" 2>&1 &
BARE_PID=$!
BARE_URL="http://127.0.0.1:$BARE_PORT"
log "starting the bare gateway on :$BARE_PORT"
for _ in $(seq 1 2400); do
  [ "$(status_of "$BARE_URL$REQUEST_PATH" -H "X-Tenant-Id: $TENANT" -H "X-Gateway-Proof: $PROOF")" = 200 ] && break
  kill -0 "$BARE_PID" 2>/dev/null || die "the bare gateway did not start: $(tail -20 "$WORK/logs/bare.log")"
  sleep 0.1
done

DIRECT_STATUS=$(status_of "$REPORT_URL$REQUEST_PATH" -H "X-Tenant-Id: $TENANT" -H "X-Gateway-Proof: $PROOF")
GATEWAY_STATUS=$(status_of "$GATEWAY_URL$REQUEST_PATH")
NGINX_STATUS=$(status_of "$NGINX_URL$REQUEST_PATH")
BARE_STATUS=$(status_of "$BARE_URL$REQUEST_PATH" -H "X-Tenant-Id: $TENANT" -H "X-Gateway-Proof: $PROOF")
[ "$BARE_STATUS" = 200 ] || die "bare gateway $BARE_URL$REQUEST_PATH answers $BARE_STATUS"
[ "$DIRECT_STATUS" = 200 ] || die "direct $REPORT_URL$REQUEST_PATH answers $DIRECT_STATUS"
[ "$GATEWAY_STATUS" = 200 ] || die "gateway $GATEWAY_URL$REQUEST_PATH answers $GATEWAY_STATUS"
[ "$NGINX_STATUS" = 200 ] || die "nginx $NGINX_URL$REQUEST_PATH answers $NGINX_STATUS"

RATE=$(curl -s -D - -o /dev/null --max-time 10 -H "Authorization: Bearer $TOKEN" "$GATEWAY_URL$REQUEST_PATH" \
  | tr -d '\r' | awk -F': ' 'tolower($1)=="x-ratelimit-replenish-rate"{print $2}')
if [ -n "$RATE" ] && [ "$RATE" -lt 100000 ]; then
  log "WARNING: the gateway limits $TENANT to $RATE requests/s; restart the platform with"
  log "         ITA_RATE_LIMIT_TENANT_RATE=1000000 ITA_RATE_LIMIT_TENANT_BURST=1000000 for a meaningful number"
fi

cat > "$WORK/bench.lua" <<'EOF'
wrk.method = "GET"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT_HEADER")
if tenant ~= nil and tenant ~= "" then
  wrk.headers["X-Tenant-Id"] = tenant
  wrk.headers["X-Gateway-Proof"] = os.getenv("BENCH_PROOF")
end
done = function(summary, latency, requests)
  local seconds = summary.duration / 1000000
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d %d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
EOF

# CPU time (user + system) of a process so far, in milliseconds
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); print ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }

run_wrk() { # name url duration tenant-header [pid] -> "rps p50 p99 non2xx socketErrors cpuMsPerRequest"
  local url=$2 duration=$3 header=$4 pid=${5:-} before=0 after=0 result
  [ -z "$pid" ] || before=$(cpu_ms "$pid")
  result=$(BENCH_TOKEN=$TOKEN BENCH_TENANT_HEADER=$header BENCH_PROOF=$PROOF \
    wrk -t "$THREADS" -c "$CONNECTIONS" -d "$duration" --timeout 5s -s "$WORK/bench.lua" "$url" | grep '^RESULT')
  [ -z "$pid" ] || after=$(cpu_ms "$pid")
  awk -v b="$before" -v a="$after" -v p="$pid" '{ printf "%s %s %s %s %s %s\n", $2, $3, $4, $5, $6,
    (p == "" || $7 == 0) ? "-" : sprintf("%.3f", (a - b) / $7) }' <<<"$result"
}

# latency at a fixed rate over one connection -> "p50 p90 p99 non2xx"
run_rate() { # url [header: value]...
  local url=$1; shift
  "$JAVA_HOME/bin/java" -XX:+UseSerialGC -Dloader.main=th.prongsai.bench.FixedRateLatency -jar "$BENCH_JAR" \
    "$url" "$FIXED_RATE" "$RATE_SECONDS" "Authorization: Bearer $TOKEN" "$@" 2>/dev/null \
    | awk '/^RESULT/{print $3, $4, $5, $7}'
}

log "warming up ($WARMUP each)"
run_wrk direct "$REPORT_URL$REQUEST_PATH" "$WARMUP" "$TENANT" >/dev/null
run_wrk bare "$BARE_URL$REQUEST_PATH" "$WARMUP" "$TENANT" >/dev/null
run_wrk gateway "$GATEWAY_URL$REQUEST_PATH" "$WARMUP" "" >/dev/null
run_wrk nginx "$NGINX_URL$REQUEST_PATH" "$WARMUP" "" >/dev/null

log "measuring GET $REQUEST_PATH for $DURATION each, $CONNECTIONS connections, $THREADS wrk thread(s)"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
read -r D_RPS D_P50 D_P99 D_NON D_ERR _ <<<"$(run_wrk direct "$REPORT_URL$REQUEST_PATH" "$DURATION" "$TENANT")"
read -r B_RPS B_P50 B_P99 B_NON B_ERR B_CPU <<<"$(run_wrk bare "$BARE_URL$REQUEST_PATH" "$DURATION" "$TENANT" "$BARE_PID")"
read -r G_RPS G_P50 G_P99 G_NON G_ERR G_CPU <<<"$(run_wrk gateway "$GATEWAY_URL$REQUEST_PATH" "$DURATION" "" "$GATEWAY_PID")"
read -r N_RPS N_P50 N_P99 N_NON N_ERR _ <<<"$(run_wrk nginx "$NGINX_URL$REQUEST_PATH" "$DURATION" "")"
[ -n "${D_RPS:-}" ] && [ -n "${B_RPS:-}" ] && [ -n "${G_RPS:-}" ] && [ -n "${N_RPS:-}" ] || die "wrk produced no result"

log "measuring at $FIXED_RATE requests/s for $RATE_SECONDS s each over one connection"
read -r DR_P50 DR_P90 DR_P99 DR_NON <<<"$(run_rate "$REPORT_URL$REQUEST_PATH" "X-Tenant-Id: $TENANT" "X-Gateway-Proof: $PROOF")"
read -r BR_P50 BR_P90 BR_P99 BR_NON <<<"$(run_rate "$BARE_URL$REQUEST_PATH" "X-Tenant-Id: $TENANT" "X-Gateway-Proof: $PROOF")"
read -r GR_P50 GR_P90 GR_P99 GR_NON <<<"$(run_rate "$GATEWAY_URL$REQUEST_PATH")"
read -r NR_P50 NR_P90 NR_P99 NR_NON <<<"$(run_rate "$NGINX_URL$REQUEST_PATH")"
[ -n "${DR_P50:-}" ] && [ -n "${BR_P50:-}" ] && [ -n "${GR_P50:-}" ] && [ -n "${NR_P50:-}" ] || die "the fixed-rate client produced no result"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo
echo "Gateway benchmark $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, \`GET $REQUEST_PATH\` as $USER_NAME,"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after a $WARMUP warm-up per target; load average $LOAD_BEFORE before,"
echo "$LOAD_AFTER after."
echo
echo "| target | requests/s | p50 ms | p99 ms | non-2xx | socket errors | × direct | × nginx | × bare | CPU ms/request |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '| direct (report-service :%s) | %s | %s | %s | %s | %s | 1.00 | %s | | |\n' "${REPORT_URL##*:}" \
  "$D_RPS" "$D_P50" "$D_P99" "$D_NON" "$D_ERR" "$(ratio "$D_RPS" "$N_RPS")"
printf '| bare Spring Cloud Gateway (:%s) | %s | %s | %s | %s | %s | %s | %s | 1.00 | %s |\n' "$BARE_PORT" \
  "$B_RPS" "$B_P50" "$B_P99" "$B_NON" "$B_ERR" "$(ratio "$B_RPS" "$D_RPS")" "$(ratio "$B_RPS" "$N_RPS")" "$B_CPU"
printf '| gateway (:%s) | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "${GATEWAY_URL##*:}" \
  "$G_RPS" "$G_P50" "$G_P99" "$G_NON" "$G_ERR" "$(ratio "$G_RPS" "$D_RPS")" "$(ratio "$G_RPS" "$N_RPS")" \
  "$(ratio "$G_RPS" "$B_RPS")" "$G_CPU"
printf '| nginx (:%s) | %s | %s | %s | %s | %s | %s | 1.00 | | |\n' "$NGINX_PORT" \
  "$N_RPS" "$N_P50" "$N_P99" "$N_NON" "$N_ERR" "$(ratio "$N_RPS" "$D_RPS")"
echo
added() { awk -v a="$1" -v b="$2" 'BEGIN{ printf "%+.3f", a - b }'; }
echo "At a fixed $FIXED_RATE requests/s for $RATE_SECONDS s over one keep-alive connection (FixedRateLatency; latency from"
echo "each request's due time):"
echo
echo "| target | p50 ms | p90 ms | p99 ms | non-2xx | added p50 ms |"
echo "|---|---:|---:|---:|---:|---:|"
echo "| direct | $DR_P50 | $DR_P90 | $DR_P99 | $DR_NON | |"
echo "| bare Spring Cloud Gateway | $BR_P50 | $BR_P90 | $BR_P99 | $BR_NON | $(added "$BR_P50" "$DR_P50") |"
echo "| gateway | $GR_P50 | $GR_P90 | $GR_P99 | $GR_NON | $(added "$GR_P50" "$DR_P50") |"
echo "| nginx | $NR_P50 | $NR_P90 | $NR_P99 | $NR_NON | $(added "$NR_P50" "$DR_P50") |"
echo
ADDED_OK=$(awk -v g="$GR_P50" -v d="$DR_P50" 'BEGIN{ print (g - d <= 0.5) ? "met" : "NOT met" }')
echo "Target gateway adds ≤ 0.5 ms p50 at a fixed rate: $ADDED_OK ($(added "$GR_P50" "$DR_P50") ms)."
TARGET=$(awk -v g="$G_RPS" -v n="$N_RPS" 'BEGIN{ print (n > 0 && g / n >= 0.8) ? "met" : "NOT met" }')
echo "Target gateway ≥ 0.8× nginx: $TARGET ($(ratio "$G_RPS" "$N_RPS")×)."
if [ "$G_NON" != 0 ] || [ "$N_NON" != 0 ] || [ "$D_NON" != 0 ] || [ "$B_NON" != 0 ]; then
  echo
  echo "Some answers were not 2xx (rate limit? see the note at the top of bench/gateway/run.sh)."
fi
