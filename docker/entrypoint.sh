#!/usr/bin/env bash
# Container start: secrets given as files (*_FILE, docker-compose.prod.yml) become the variables
# the server reads; DATABASE_URL, when given, is split into DB_*; the EJB timer table is made
# before the first deploy (server-config's PrepareDatabase, as scripts/ do); then Payara runs in
# the foreground and deploys the EAR after boot.
set -euo pipefail
RUN_DIR=/tmp
source /opt/residency/lib/runtime.sh
source /opt/residency/lib/database.sh

load_file_secrets DB_PASSWORD DB_USER DATABASE_URL REDIS_URL REDIS_PASSWORD
[ -n "${DATABASE_URL:-}" ] && export_database_env "$DATABASE_URL"
: "${DB_HOST:?DB_HOST or DATABASE_URL is required}" "${DB_NAME:?DB_NAME is required}" "${DB_USER:?DB_USER is required}"
export DB_PASSWORD="${DB_PASSWORD:-}"
# A Redis password (REDIS_PASSWORD_FILE) goes into a REDIS_URL that has none.
if [ -n "${REDIS_PASSWORD:-}" ] && [ -n "${REDIS_URL:-}" ] && [[ "$REDIS_URL" != *@* ]]; then
  export REDIS_URL="${REDIS_URL/redis:\/\//redis://:$REDIS_PASSWORD@}"
fi

PAYARA=/opt/payara6
java -cp "/opt/residency/tools:$PAYARA/glassfish/domains/domain1/lib/postgresql.jar" \
  org.residency.scheduler.devdb.PrepareDatabase "$PAYARA/glassfish/lib/install/databases/ejbtimer_postgresql.sql"

exec "$PAYARA/bin/asadmin" start-domain --verbose --postbootcommandfile /opt/residency/post-boot.asadmin domain1
