# shellcheck shell=bash
# Local services the tests use: started when installed but stopped. Sourced by scripts/test.
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"

ensure_local_services() {
  if ! port_open 5432 && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    log "Starting the local PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || log "could not start PostgreSQL"
  fi
  port_open 5432 || log "No local PostgreSQL: the tests use an embedded one"
  if ! port_open 6379 && command -v redis-server >/dev/null; then
    log "Starting the local Redis"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no \
      --dir /var/lib/redis --logfile /var/log/redis/ci.log || log "could not start Redis"
  fi
  port_open 6379 || log "No local Redis: the tests run with the cache off"
}
