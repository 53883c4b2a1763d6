#!/usr/bin/env bash
# Backs up the application database: pg_dump (plain SQL, no owners or grants, so it restores into
# any role) compressed with gzip, and a SHA-256 checksum beside it. Written under a temporary name
# and renamed, so an interrupted run never leaves a file that looks complete.
#
#   scripts/backup-db.sh [--dir DIR] [--retention DAYS] [--s3 BUCKET[/PREFIX]]
#     --dir        where backups go (default $BACKUP_DIR, else .run/backups)
#     --retention  afterwards delete this directory's backups older than DAYS days
#     --s3         also copy the backup and its checksum with the AWS CLI; without the CLI the local
#                  backup is still made, the script says so and exits 3
# The database: DATABASE_URL, DB_* (DB_PASSWORD_FILE), or the embedded one of scripts/run.
# Prints the backup's path on stdout. Exit status: 0 done, 1 failed, 2 usage, 3 upload impossible.
set -euo pipefail
source "$(dirname "$0")/lib/runtime.sh"
source "$(dirname "$0")/lib/database.sh"

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
dir="${BACKUP_DIR:-$RUN_DIR/backups}"; retention=""; bucket=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir="${2:?}"; shift 2 ;;
    --retention) retention="${2:?}"; shift 2; [[ "$retention" =~ ^[0-9]+$ ]] || usage ;;
    --s3) bucket="${2:?}"; shift 2 ;;
    -h|--help) usage ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done

resolve_database
mkdir -p "$dir"
name="residency-${PGDATABASE}-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
target="$dir/$name"
log "Backing up $(database_label) to $target"
"$(pg_tool pg_dump)" --format=plain --no-owner --no-privileges --quote-all-identifiers \
  | gzip -6 >"$target.partial" || { rm -f "$target.partial"; die "pg_dump failed"; }
mv "$target.partial" "$target"
(cd "$dir" && sha256sum "$name" >"$name.sha256")
log "Backup done: $(du -h "$target" | cut -f1), checksum in $name.sha256"

if [ -n "$retention" ]; then
  # -mmin, not -mtime: -mtime +N rounds to whole days and would keep a day more than asked.
  while IFS= read -r old; do
    log "Retention: deleting $(basename "$old") (older than $retention days)"
    rm -f "$old" "$old.sha256"
  done < <(find "$dir" -maxdepth 1 -name 'residency-*.sql.gz' -mmin +$((retention * 1440)))
fi

echo "$target"
if [ -n "$bucket" ]; then
  if ! command -v aws >/dev/null 2>&1; then
    log "--s3 $bucket: the AWS CLI (aws) is not installed, so the backup stays local only: $target"
    exit 3
  fi
  log "Copying to s3://$bucket/"
  aws s3 cp --only-show-errors "$target" "s3://$bucket/$name" || die "aws s3 cp failed"
  aws s3 cp --only-show-errors "$dir/$name.sha256" "s3://$bucket/$name.sha256" || die "aws s3 cp of the checksum failed"
fi
