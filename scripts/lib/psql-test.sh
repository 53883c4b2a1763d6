#!/usr/bin/env bash
# Runs one SQL statement on the database that DATABASE_URL names (the ITs use it to plant bad rows).
set -euo pipefail
source "$(dirname "$0")/runtime.sh"
source "$(dirname "$0")/database.sh"
resolve_database
psql -XAtq -v ON_ERROR_STOP=1 -c "$1"
