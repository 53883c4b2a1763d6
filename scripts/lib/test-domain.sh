#!/usr/bin/env bash
# The Payara domain the integration tests deploy to (Maven calls this in the EAR module's
# pre- and post-integration-test phases). It is its own domain, "residency-test" on port base
# 20000 (admin 20048, HTTP 20080, JMS 20076), so a running scripts/run instance is untouched,
# and every run starts from a new domain and an empty database.
#
#   test-domain.sh start|stop          the domain, its database relay and its Redis
#   test-domain.sh resume              start the existing domain again, same environment (after a kill -9)
#   test-domain.sh db-relay stop|start   the fault tests' "PostgreSQL stopped / started"
#   test-domain.sh redis stop|start      the fault tests' "Redis stopped / started"
# Environment: TEST_ADMIN_PASSWORD (required; the admin console's), ADMIN_USER_PASSWORD (required; the
# application account "admin", which ear/pom.xml sets for the ITs), TEST_DATABASE_URL (default: the local PostgreSQL
# on 5432 when it answers, else an embedded one), TEST_REDIS_URL (default: a Redis of the test domain's own on
# 20079 when redis-server is installed, else local Redis db 15 when it answers, else no cache). Writes both to
# .run/residency-test.env for the ITs.
#
# The domain's JDBC pool reaches PostgreSQL through a TCP relay (socat, 127.0.0.1:20032) that only the test
# domain uses: DatabaseOutageIT stops the relay to take "the database" away from the application without
# stopping the PostgreSQL that other test runs and programs share, and starts it again. Stopping it closes
# every relayed connection at once, as a stopped server would. Its pid files are under /tmp because the
# ports are the machine's, whichever worktree started them (scripts/test lets one run at a time have them).
set -euo pipefail
source "$(dirname "$0")/runtime.sh"

DOMAIN=residency-test
PORTBASE=20000
ADMIN_PORT=$((PORTBASE + 48))
RELAY_PORT=$((PORTBASE + 32))
REDIS_PORT=$((PORTBASE + 79))
RELAY_PID=/tmp/residency-test-db-relay.pid
REDIS_PID=/tmp/residency-test-redis.pid
DOMAIN_ENV="$RUN_DIR/$DOMAIN.domain-env"

start() {
  [ -n "${TEST_ADMIN_PASSWORD:-}" ] || die "TEST_ADMIN_PASSWORD is not set (scripts/test sets it)"
  [ -n "${ADMIN_USER_PASSWORD:-}" ] || die "ADMIN_USER_PASSWORD is not set (ear/pom.xml sets it)"
  export ADMIN_USER_PASSWORD
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
  # Where the ITs find the database (SecurityIT reads the stored password hashes): directly, not through the relay.
  (umask 077; printf 'host=%s\nport=%s\nname=%s\nuser=%s\npassword=%s\n' \
    "$DB_HOST" "$DB_PORT" "$DB_NAME" "$DB_USER" "$DB_PASSWORD" >"$RUN_DIR/residency-test.database")
  printf 'DB_TARGET=%s:%s\n' "$DB_HOST" "$DB_PORT" >"$RUN_DIR/$DOMAIN.relay"
  relay_start
  DB_HOST=127.0.0.1 DB_PORT=$RELAY_PORT

  local redis="${TEST_REDIS_URL:-}"
  if [ -z "$redis" ] && command -v redis-server >/dev/null; then
    redis_start
    redis="redis://127.0.0.1:$REDIS_PORT/0"
  elif [ -z "$redis" ] && port_open 6379; then
    redis="redis://127.0.0.1:6379/15"
    command -v redis-cli >/dev/null && redis-cli -n 15 flushdb >/dev/null
  fi
  [ -n "$redis" ] && export REDIS_URL="$redis"
  log "Test domain: database $DB_NAME on $(cut -d= -f2 "$RUN_DIR/$DOMAIN.relay") through 127.0.0.1:$RELAY_PORT, cache ${REDIS_URL:-off}"
  # For the tests that run the operations scripts (backup, restore, health check) against it.
  printf 'DATABASE_URL=%s\nREDIS_URL=%s\n' "$url" "${REDIS_URL:-}" >"$RUN_DIR/$DOMAIN.env"

  # The ITs send X-Forwarded-For from 127.0.0.1 to try the per-address sign-in limit from addresses of
  # their own, so that their failed sign-ins do not lock the other tests out.
  export LOGIN_TRUSTED_PROXIES=127.0.0.1
  # Short periods so the tests see the timer fire.
  export SNAPSHOT_SCHEDULE="*/5 * *"
  export RESILIENCE_TASK_HEALTH_CHECK_SCHEDULE="*/5 * *"
  export RESILIENCE_TASK_UTILIZATION_FORECAST_SCHEDULE="*/10 * *"
  # Solver threads at normal priority here: the shared test machine runs other CPU-bound work at nice 0,
  # against which a niced solve (the production default, ENGINE_NICE=19) misses the tests' time limits.
  export ENGINE_NICE=0
  # What "resume" needs to start the same domain again (the pool and the application read these at start).
  (umask 077; for v in ADMIN_PASSWORD ADMIN_USER_PASSWORD DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD REDIS_URL \
      LOGIN_TRUSTED_PROXIES SNAPSHOT_SCHEDULE RESILIENCE_TASK_HEALTH_CHECK_SCHEDULE \
      RESILIENCE_TASK_UTILIZATION_FORECAST_SCHEDULE ENGINE_NICE; do printf 'export %s=%q\n' "$v" "${!v:-}"; done >"$DOMAIN_ENV")
  ensure_domain "$DOMAIN" "$PORTBASE"
  start_domain "$DOMAIN" "$ADMIN_PORT"
}

# After ServerKilledDuringGenerationIT's kill -9: the same domain, deployment and environment.
resume() {
  [ -f "$DOMAIN_ENV" ] || die "no $DOMAIN_ENV: the test domain was never started"
  # shellcheck disable=SC1090
  source "$DOMAIN_ENV"
  port_open "$RELAY_PORT" || relay_start
  start_domain "$DOMAIN" "$ADMIN_PORT"
}

relay_start() {
  relay_stop
  local target; target="$(sed -n 's/^DB_TARGET=//p' "$RUN_DIR/$DOMAIN.relay")"
  command -v socat >/dev/null || die "socat is not installed (Debian: socat; scripts/test installs it)"
  # setsid: the relay and the child it forks per connection share one process group, stopped together.
  setsid socat "TCP-LISTEN:$RELAY_PORT,bind=127.0.0.1,reuseaddr,fork" "TCP:$target" </dev/null >/dev/null 2>&1 &
  echo $! >"$RELAY_PID"
  local i; for i in $(seq 1 50); do port_open "$RELAY_PORT" && return 0; sleep 0.1; done
  die "the database relay did not start on $RELAY_PORT"
}

relay_stop() {
  if [ -f "$RELAY_PID" ]; then
    kill -TERM -- "-$(cat "$RELAY_PID")" 2>/dev/null || true
    rm -f "$RELAY_PID"
  fi
  local i; for i in $(seq 1 50); do port_open "$RELAY_PORT" || return 0; sleep 0.1; done
  die "something still listens on $RELAY_PORT"
}

redis_start() {
  port_open "$REDIS_PORT" && return 0
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir /tmp --pidfile "$REDIS_PID" --logfile /tmp/residency-test-redis.log || die "redis-server did not start"
  local i; for i in $(seq 1 50); do port_open "$REDIS_PORT" && return 0; sleep 0.1; done
  die "Redis did not start on $REDIS_PORT"
}

redis_stop() {
  if port_open "$REDIS_PORT"; then
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || { [ -f "$REDIS_PID" ] && kill "$(cat "$REDIS_PID")"; }
  fi
  local i; for i in $(seq 1 50); do port_open "$REDIS_PORT" || return 0; sleep 0.1; done
  die "Redis still answers on $REDIS_PORT"
}

stop() {
  if [ -x "$ASADMIN" ] && domain_running "$DOMAIN"; then
    log "Stopping test domain"
    "$ASADMIN" stop-domain "$DOMAIN" >/dev/null || true
  fi
  relay_stop
  redis_stop
}

case "${1:-} ${2:-}" in
  "start ") start ;;
  "stop ") stop ;;
  "resume ") resume ;;
  "db-relay stop") relay_stop ;;
  "db-relay start") relay_start ;;
  "redis stop") redis_stop ;;
  "redis start") redis_start ;;
  *) echo "usage: $0 start|stop|resume | db-relay stop|start | redis stop|start" >&2; exit 2 ;;
esac
