#!/usr/bin/env bash
# The Payara domain the integration tests deploy to (Maven calls this in the EAR module's
# pre- and post-integration-test phases). It is its own domain, "residency-test" on port base
# 20000 (admin 20048, HTTP 20080, JMS 20076), so a running scripts/run instance is untouched,
# and every run starts from a new domain and an empty database.
#
#   test-domain.sh start|stop
# Environment: TEST_ADMIN_PASSWORD (required), TEST_DATABASE_URL (default: the local PostgreSQL
# on 5432 when it answers, else an embedded one), TEST_REDIS_URL (default: local Redis db 15 when
# it answers, else no cache). Writes both to .run/residency-test.env for the ITs.
set -euo pipefail
source "$(dirname "$0")/runtime.sh"

DOMAIN=residency-test
PORTBASE=20000
ADMIN_PORT=$((PORTBASE + 48))

start() {
  [ -n "${TEST_ADMIN_PASSWORD:-}" ] || die "TEST_ADMIN_PASSWORD is not set (scripts/test sets it)"
  export ADMIN_PASSWORD="$TEST_ADMIN_PASSWORD"
  ensure_payara
  stop
  rm -rf "$PAYARA_HOME/glassfish/domains/$DOMAIN"

  local url="${TEST_DATABASE_URL:-}"
  if [ -z "$url" ]; then
    if port_open 5432; then
      url="postgresql://postgres@127.0.0.1:5432/residency_test"
    else
      start_embedded_database 54330 residency_test
      url="$DATABASE_URL"
    fi
  fi
  export_database_env "$url"
  prepare_database recreate

  local redis="${TEST_REDIS_URL:-}"
  if [ -z "$redis" ] && port_open 6379; then
    redis="redis://127.0.0.1:6379/15"
    command -v redis-cli >/dev/null && redis-cli -n 15 flushdb >/dev/null
  fi
  [ -n "$redis" ] && export REDIS_URL="$redis"
  log "Test domain: database $DB_HOST:$DB_PORT/$DB_NAME, cache ${REDIS_URL:-off}"
  # For the tests that run the operations scripts (backup, restore, health check) against it.
  printf 'DATABASE_URL=%s\nREDIS_URL=%s\n' "$url" "${REDIS_URL:-}" >"$RUN_DIR/$DOMAIN.env"

  # Short periods so the tests see the timer fire.
  export SNAPSHOT_SCHEDULE="*/5 * *"
  export RESILIENCE_TASK_HEALTH_CHECK_SCHEDULE="*/5 * *"
  export RESILIENCE_TASK_UTILIZATION_FORECAST_SCHEDULE="*/10 * *"
  ensure_domain "$DOMAIN" "$PORTBASE"
  start_domain "$DOMAIN" "$ADMIN_PORT"
}

stop() {
  if [ -x "$ASADMIN" ] && domain_running "$DOMAIN"; then
    log "Stopping test domain"
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
