#!/usr/bin/env bash
# One look at everything the application needs, for cron and for people: exit status 0 when all
# is well, 1 when anything is not. Silent on success unless --verbose (one line per check);
# failures always go to stderr, one line each.
#
#   scripts/health-check.sh [--verbose]
# Checks: database (a query), Redis (PING, when REDIS_URL is set), the application's liveness and
# readiness (/health/live, /health/ready; readiness covers database, schema, JMS broker and cache
# as the server sees them, and each of its checks is reported), the JMS broker, and /metrics.
# Environment: APP_URL (default http://127.0.0.1:8080); DATABASE_URL or DB_* or the embedded
# database of scripts/run; REDIS_URL.
set -uo pipefail
source "$(dirname "$0")/lib/runtime.sh"
source "$(dirname "$0")/lib/database.sh"

verbose=0
case "${1:-}" in --verbose|-v) verbose=1 ;; "") ;; *) echo "usage: $0 [--verbose]" >&2; exit 2 ;; esac
APP_URL="${APP_URL:-http://127.0.0.1:8080}"
failures=0

report() { # status name detail
  set -- "$1" "$2" "$(tr '\n\t' '  ' <<<"$3" | sed 's/ *$//')"
  if [ "$1" = OK ]; then
    [ "$verbose" = 1 ] && printf '%-4s %-10s %s\n' OK "$2" "$3"
  else
    failures=$((failures + 1))
    printf '%-4s %-10s %s\n' FAIL "$2" "$3" >&2
  fi
  return 0
}

check_database() {
  if ! (resolve_database) 2>/dev/null; then report FAIL database "no database configured"; return; fi
  resolve_database 2>/dev/null
  local out
  if out="$(psql -XAtq -c 'SELECT 1' 2>&1)" && [ "$out" = 1 ]; then
    report OK database "$(database_label)"
  else
    report FAIL database "$(database_label): ${out//$'\n'/ }"
  fi
}

check_redis() {
  if [ -z "${REDIS_URL:-}" ]; then report OK redis "not configured (cache off)"; return; fi
  local out where; where="$(sed -E 's#//[^@/]*@#//#' <<<"$REDIS_URL")"   # no password in the output
  out="$(redis-cli -u "$REDIS_URL" ping 2>&1)"
  if [ "$out" = PONG ]; then report OK redis "$where"; else report FAIL redis "$where: $out"; fi
}

check_health() { # name path
  local body code
  body="$(curl -sS --max-time 10 -w '\n%{http_code}' "$APP_URL$2" 2>&1)"; code="${body##*$'\n'}"; body="${body%$'\n'*}"
  if [ "$code" = 200 ] && [[ "$body" == *'"status":"UP"'* ]]; then
    report OK "$1" "$APP_URL$2 UP"
  else
    report FAIL "$1" "$APP_URL$2 -> ${code:-no answer}: ${body:0:300}"
  fi
  HEALTH_BODY="$body"
}

# The readiness answer lists its checks; the broker is reported on its own line.
check_broker() {
  local broker
  broker="$(grep -o '{"name":"jms-broker","status":"[A-Z]*"' <<<"$HEALTH_BODY" | sed 's/.*"status":"//; s/"$//')"
  case "$broker" in
    UP) report OK broker "JMS broker reachable (readiness check jms-broker)" ;;
    "") report FAIL broker "readiness lists no jms-broker check: is the application deployed?" ;;
    *) report FAIL broker "readiness check jms-broker is $broker" ;;
  esac
}

check_metrics() {
  local out
  if out="$(curl -fsS --max-time 10 "$APP_URL/metrics" 2>&1)" && grep -q '^jvm_uptime_seconds' <<<"$out"; then
    report OK metrics "$APP_URL/metrics ($(grep -vc '^#' <<<"$out") samples)"
  else
    report FAIL metrics "$APP_URL/metrics: ${out:0:200}"
  fi
}

HEALTH_BODY=""
check_database
check_redis
check_health live /health/live
check_health ready /health/ready
check_broker
check_metrics
[ "$verbose" = 1 ] && echo "$([ $failures = 0 ] && echo healthy || echo "UNHEALTHY: $failures failed")"
[ "$failures" = 0 ]
