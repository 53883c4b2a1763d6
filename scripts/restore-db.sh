#!/usr/bin/env bash
# Restores a backup of scripts/backup-db.sh into the application database, the application
# running or stopped, and proves the result:
#   1. the checksum beside the backup must match (--no-checksum to restore a file without one);
#   2. in ONE transaction: the public schema is dropped and recreated, the dump replayed, and the
#      row count of every table compared with the rows in the dump; any error or difference rolls
#      everything back, so a failed restore leaves the database as it was;
#   3. the Flyway history must be complete and successful; the schedule cache (REDIS_URL) is
#      emptied so that no read serves pre-restore data; a running application (APP_URL, default
#      http://127.0.0.1:8080) must report ready.
# A missing database is created first. Sessions of other clients that sit idle inside an open
# transaction for over 5 s (they hold table locks and do nothing; the application's pool reconnects)
# are ended first; active transactions are waited for at most 60 s (lock_timeout), then the restore
# fails rather than hangs and lists the sessions that held it up.
#
#   scripts/restore-db.sh FILE [--no-checksum]
# The database: DATABASE_URL, DB_* (DB_PASSWORD_FILE), or the embedded one of scripts/run.
set -euo pipefail
source "$(dirname "$0")/lib/runtime.sh"
source "$(dirname "$0")/lib/database.sh"

file=""; check_sum=1
for arg in "$@"; do
  case "$arg" in
    --no-checksum) check_sum=0 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
    *) [ -z "$file" ] || { echo "one backup file only" >&2; exit 2; }; file="$arg" ;;
  esac
done
[ -n "$file" ] || { echo "usage: $0 FILE [--no-checksum]" >&2; exit 2; }
[ -r "$file" ] || die "cannot read $file"

if [ "$check_sum" = 1 ]; then
  [ -f "$file.sha256" ] || die "no checksum $file.sha256 (use --no-checksum to restore anyway)"
  (cd "$(dirname "$file")" && sha256sum --check --quiet "$(basename "$file").sha256") \
    || die "checksum mismatch: $file is damaged; nothing was restored"
fi
gzip -t "$file" 2>/dev/null || die "$file is not a complete gzip file; nothing was restored"

resolve_database
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

# Rows per table as the dump holds them: one line per row between "COPY ..." and "\.". The
# table names stay quoted as pg_dump wrote them (--quote-all-identifiers), ready for SQL.
zcat "$file" | awk '
  /^COPY .* FROM stdin;$/ { t = $2; n = 0; copying = 1; next }
  copying && /^\\\.$/ { print t "\t" n; copying = 0; next }
  copying { n++ }' >"$work/expected.tsv"
[ -s "$work/expected.tsv" ] || die "$file holds no table data: is it a backup of this application?"

if ! psql -XAtq -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$PGDATABASE'" | grep -q 1; then
  log "Database $PGDATABASE does not exist: creating it"
  psql -Xq -d postgres -c "CREATE DATABASE \"$PGDATABASE\"" || die "could not create $PGDATABASE"
fi

{
  echo "SET lock_timeout = '60s';"
  echo 'DROP SCHEMA IF EXISTS "public" CASCADE;'
  echo 'CREATE SCHEMA "public";'
  zcat "$file"
  # Back to a normal search path for the check below (the dump empties it).
  echo "SET search_path = public;"
  echo 'DO $verify$ DECLARE actual bigint; BEGIN'
  while IFS=$'\t' read -r table rows; do
    echo "  SELECT count(*) INTO actual FROM $table;"
    echo "  IF actual <> $rows THEN RAISE EXCEPTION 'restore check: % has % rows, the backup %', '${table//\'/}', actual, $rows; END IF;"
  done <"$work/expected.tsv"
  echo 'END $verify$;'
} >"$work/restore.sql"

others="FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
ended="$(psql -XAtq -c "SELECT count(pg_terminate_backend(pid)) $others
  AND state IN ('idle in transaction', 'idle in transaction (aborted)') AND state_change < now() - interval '5 seconds'" \
  2>/dev/null || echo 0)"
[ "${ended:-0}" = 0 ] || log "Ended $ended session(s) idle in an open transaction (they would hold the restore's locks)"
log "Restoring $(basename "$file") into $(database_label) ($(wc -l <"$work/expected.tsv") tables, one transaction)"
# A live application writing while the restore takes its locks can deadlock with it; PostgreSQL then ends
# one of the two, and when that is the restore it has rolled back: trying again is safe.
restored=1
for try in 1 2 3; do
  if psql -Xq -v ON_ERROR_STOP=1 --single-transaction -f "$work/restore.sql" >"$work/psql.log" 2>&1; then
    restored=0; break
  fi
  grep -q "deadlock detected" "$work/psql.log" && [ "$try" -lt 3 ] || break
  log "The restore deadlocked with the running application and was rolled back; trying again ($((try + 1)) of 3)"
  sleep 1
done
if [ "$restored" != 0 ]; then
  cat "$work/psql.log" >&2
  if grep -q "lock timeout" "$work/psql.log"; then
    log "Sessions with a transaction open for over 30 s (what held the restore up):"
    psql -XAtq -F ' | ' -c "SELECT pid, application_name, client_addr, state, xact_start, left(query, 120) $others
      AND xact_start < now() - interval '30 seconds' ORDER BY xact_start" >&2 || true
  fi
  die "restore failed and was rolled back: the database is unchanged"
fi
while IFS=$'\t' read -r table rows; do log "  ${table//\"/}: $rows rows"; done <"$work/expected.tsv"

failed="$(psql -XAtq -c 'SELECT count(*) FROM flyway_schema_history WHERE NOT success' 2>/dev/null || echo missing)"
[ "$failed" = 0 ] || die "Flyway history after restore: ${failed} (failed or missing migrations)"
log "Flyway history: schema version $(psql -XAtq -c 'SELECT max(version::int) FROM flyway_schema_history WHERE version ~ '"'"'^[0-9]+$'"'"''), all migrations successful"

if [ -n "${REDIS_URL:-}" ]; then
  if command -v redis-cli >/dev/null 2>&1; then
    # The application's schedule cache: stale after a restore, so emptied.
    keys="$(redis-cli -u "$REDIS_URL" --scan --pattern 'residency:schedule:*' | wc -l)"
    redis-cli -u "$REDIS_URL" --scan --pattern 'residency:schedule:*' | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null \
      || die "could not empty the schedule cache in Redis: restart the application or expire residency:schedule:*"
    log "Schedule cache emptied ($keys entries)"
  else
    log "REDIS_URL is set but redis-cli is missing: empty residency:schedule:* by hand or restart the application"
  fi
fi

app="${APP_URL:-http://127.0.0.1:8080}"
if curl -fsS -o /dev/null --max-time 5 "$app/health/live" 2>/dev/null; then
  curl -fsS --max-time 30 "$app/health/ready" >"$work/ready.json" 2>/dev/null \
    || die "restored, but the running application at $app is not ready: $(cat "$work/ready.json" 2>/dev/null)"
  # An empty check list is UP too (server without the application deployed): require the app's checks.
  grep -q '"name":"database"' "$work/ready.json" || die "restored, but $app reports no application checks: is it deployed?"
  log "The running application at $app is ready"
else
  log "No application answers at $app: readiness not checked (it migrates and checks the schema when it starts)"
fi
log "Restore verified"
