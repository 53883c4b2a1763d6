# shellcheck shell=bash
# Which PostgreSQL the operations scripts (backup, restore, health check, verify-data) talk to, in
# this order: DATABASE_URL; DB_HOST/DB_PORT/DB_NAME/DB_USER/DB_PASSWORD (DB_PASSWORD_FILE too);
# else the embedded PostgreSQL that scripts/run started. Exports the libpq PG* variables so psql and
# pg_dump need no arguments. Sourced after runtime.sh.

# Reads VAR_FILE into VAR for the secrets that containers pass as files (docker-compose.prod.yml).
load_file_secrets() {
  local var file
  for var in "$@"; do
    file="${var}_FILE"
    if [ -n "${!file:-}" ]; then
      [ -r "${!file}" ] || die "$file=${!file} is not readable"
      printf -v "$var" '%s' "$(cat "${!file}")"
      export "${var?}"
    fi
  done
}

resolve_database() {
  load_file_secrets DB_PASSWORD DATABASE_URL
  if [ -n "${DATABASE_URL:-}" ]; then
    export_database_env "$DATABASE_URL"
  elif [ -z "${DB_HOST:-}" ]; then
    local dir="$RUN_DIR/embedded-postgres-residency"
    pid_alive "$dir/pid" || die "no database given: set DATABASE_URL (or DB_HOST, DB_NAME, ...) or start scripts/run"
    export_database_env "postgresql://postgres@127.0.0.1:${EMBEDDED_DB_PORT:-54329}/residency"
  fi
  export PGHOST="$DB_HOST" PGPORT="${DB_PORT:-5432}" PGDATABASE="$DB_NAME" PGUSER="${DB_USER:-postgres}"
  [ -n "${DB_PASSWORD:-}" ] && export PGPASSWORD="$DB_PASSWORD"
  export PGCONNECT_TIMEOUT="${PGCONNECT_TIMEOUT:-5}"
  return 0
}

database_label() { echo "$PGHOST:$PGPORT/$PGDATABASE"; }

# The client tools of the server's major version when installed (pg_dump refuses a newer server).
pg_tool() {
  local tool="$1" major
  major="$(psql -XAtqc 'SHOW server_version_num' 2>/dev/null | cut -c1-2)"
  if [ -n "$major" ] && [ -x "/usr/lib/postgresql/$major/bin/$tool" ]; then
    echo "/usr/lib/postgresql/$major/bin/$tool"
  else
    command -v "$tool" || die "$tool is not installed (Debian: postgresql-client)"
  fi
}
