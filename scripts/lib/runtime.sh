# shellcheck shell=bash
# Shared by scripts/run, scripts/stop and scripts/test: where things live, the Payara distribution,
# the domain, the embedded PostgreSQL. Sourced, not run. Every function is idempotent.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${RUN_DIR:-$ROOT/.run}"
PAYARA_HOME="$RUN_DIR/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
EAR="$ROOT/ear/target/residency-scheduler.ear"
RUNTIME_ARTIFACTS="$ROOT/server-config/target/runtime"
MVN="${MVN:-mvn -B -q}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

build_ear() {
  log "Building the EAR (mvn package, tests skipped)"
  (cd "$ROOT" && $MVN package -DskipTests) || die "the build failed"
}

# Unpacks the Payara Server distribution that Maven fetched from Maven Central (server-config/pom.xml).
ensure_payara() {
  [ -x "$ASADMIN" ] && return 0
  [ -f "$RUNTIME_ARTIFACTS/payara.zip" ] || die "missing $RUNTIME_ARTIFACTS/payara.zip: run the build first"
  log "Unpacking Payara Server into $RUN_DIR"
  mkdir -p "$RUN_DIR"
  unzip -q -o "$RUNTIME_ARTIFACTS/payara.zip" -d "$RUN_DIR"
}

# Splits DATABASE_URL (postgresql://user:pass@host:port/db or jdbc:postgresql://host:port/db?user=..)
# into the DB_* variables that the domain's JDBC pool reads as ${ENV=DB_*}.
export_database_env() {
  local url="${1#jdbc:}" rest userinfo hostport
  url="${url#postgresql://}"; url="${url#postgres://}"
  rest="$url"; userinfo=""
  if [[ "$rest" == *@* ]]; then userinfo="${rest%%@*}"; rest="${rest#*@}"; fi
  hostport="${rest%%/*}"
  DB_NAME="${rest#*/}"; DB_NAME="${DB_NAME%%\?*}"
  DB_HOST="${hostport%%:*}"
  DB_PORT="5432"; [[ "$hostport" == *:* ]] && DB_PORT="${hostport##*:}"
  DB_USER="${userinfo%%:*}"; DB_PASSWORD=""
  [[ "$userinfo" == *:* ]] && DB_PASSWORD="${userinfo#*:}"
  if [[ "$rest" == *\?* ]]; then
    local q="${rest#*\?}" kv
    IFS='&' read -ra kvs <<<"$q"
    for kv in "${kvs[@]}"; do
      case "$kv" in user=*) DB_USER="${kv#user=}";; password=*) DB_PASSWORD="${kv#password=}";; esac
    done
  fi
  DB_USER="${DB_USER:-$(id -un)}"
  export DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Starts the embedded PostgreSQL (server-config's EmbeddedDatabase) unless it already runs.
start_embedded_database() {
  local port="$1" name="$2" dir="$RUN_DIR/embedded-postgres-$2"
  mkdir -p "$dir"
  if pid_alive "$dir/pid"; then
    log "Embedded PostgreSQL already running (pid $(cat "$dir/pid"))"
  else
    rm -f "$dir/ready"
    log "Starting embedded PostgreSQL on 127.0.0.1:$port (data in $dir/data)"
    nohup java -cp "$ROOT/server-config/target/classes:$(cat "$ROOT/server-config/target/tools.classpath")" \
      org.residency.scheduler.devdb.EmbeddedDatabase "$dir/data" "$port" "$name" \
      >"$dir/embedded-postgres.log" 2>&1 &
    echo $! >"$dir/pid"
    local i
    for i in $(seq 1 60); do
      [ -f "$dir/ready" ] && break
      pid_alive "$dir/pid" || die "embedded PostgreSQL failed: see $dir/embedded-postgres.log"
      sleep 1
    done
    [ -f "$dir/ready" ] || die "embedded PostgreSQL did not start in 60 s"
  fi
  # Zonky initialises the cluster with the superuser "postgres" and trust authentication.
  export DATABASE_URL="postgresql://postgres@127.0.0.1:$port/$name"
}

stop_embedded_database() {
  local dir="$RUN_DIR/embedded-postgres-$1"
  if pid_alive "$dir/pid"; then
    log "Stopping embedded PostgreSQL"
    kill "$(cat "$dir/pid")"
    local i; for i in $(seq 1 30); do pid_alive "$dir/pid" || break; sleep 1; done
  fi
  rm -f "$dir/pid" "$dir/ready"
}

# The admin password: ADMIN_PASSWORD from the environment, else one generated on first run, kept
# (mode 600) under .run/ and printed once.
admin_password_file() {
  local domain="$1"
  local file="$RUN_DIR/$domain.admin-password"   # apart: local expands all its words before assigning
  if [ -n "${ADMIN_PASSWORD:-}" ]; then
    umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$ADMIN_PASSWORD" >"$file"
  elif [ ! -f "$file" ]; then
    local generated; generated="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)"
    umask 077; printf 'AS_ADMIN_PASSWORD=%s\n' "$generated" >"$file"
    log "Generated the admin console password (printed once; kept in $file): $generated"
  fi
  echo "$file"
}

asadmin_as() { # domain adminport args...
  local domain="$1" port="$2"; shift 2
  "$ASADMIN" --user admin --passwordfile "$(admin_password_file "$domain")" --port "$port" --interactive=false "$@"
}

domain_running() { "$ASADMIN" list-domains 2>/dev/null | grep -q "^$1 running"; }

# Creates and configures the domain once; portbase 0 keeps Payara's defaults (4848, 8080, 7676).
ensure_domain() {
  local domain="$1" portbase="$2" pwfile
  pwfile="$(admin_password_file "$domain")"
  [ -d "$PAYARA_HOME/glassfish/domains/$domain" ] && return 0
  log "Creating Payara domain $domain"
  local ports=(); [ "$portbase" != 0 ] && ports=(--portbase "$portbase")
  "$ASADMIN" --user admin --passwordfile "$pwfile" --interactive=false create-domain "${ports[@]}" "$domain" >/dev/null \
    || die "create-domain $domain failed"
  cp "$RUNTIME_ARTIFACTS/postgresql.jar" "$PAYARA_HOME/glassfish/domains/$domain/lib/"
  DOMAIN_NEEDS_CONFIG=1
}

# Puts the server-wide libraries (OR-Tools with its Linux natives, also unpacked, JNA, protobuf; server-config/pom.xml)
# into the domain's lib/, the common classloader: a JNI library loads once per JVM, so it cannot live in
# the redeployable EAR. Jars installed by an earlier build but no longer wanted are removed (the list of
# what we installed is kept beside them). Returns 0 when lib/ changed, 1 when it was already current.
install_server_libs() {
  local domain="$1" src="$RUNTIME_ARTIFACTS/domain-lib" lib manifest changed=1 jar name
  lib="$PAYARA_HOME/glassfish/domains/$domain/lib"; manifest="$lib/.residency-server-libs"
  [ -d "$src" ] || die "missing $src: run the build first"
  mkdir -p "$lib"
  if [ -f "$manifest" ]; then
    while read -r name; do
      if [ -n "$name" ] && [ ! -f "$src/$name" ]; then rm -f "$lib/$name"; changed=0; fi
    done <"$manifest"
  fi
  : >"$manifest.new"
  for jar in "$src"/*.jar; do
    name="$(basename "$jar")"
    echo "$name" >>"$manifest.new"
    if ! cmp -s "$jar" "$lib/$name"; then cp "$jar" "$lib/$name"; changed=0; fi
  done
  mv "$manifest.new" "$manifest"
  # OR-Tools' libraries, unpacked (the domain's java.library.path): replaced whole, by a rename, so a running
  # server keeps the files it has mapped.
  if [ -d "$src/ortools-natives" ] && ! diff -rq "$src/ortools-natives" "$lib/ortools-natives" >/dev/null 2>&1; then
    rm -rf "$lib/ortools-natives.new" && cp -r "$src/ortools-natives" "$lib/ortools-natives.new"
    rm -rf "$lib/ortools-natives" && mv "$lib/ortools-natives.new" "$lib/ortools-natives"
    changed=0
  fi
  return $changed
}

domain_config_digest() { sha256sum "$ROOT/server-config/asadmin/domain.asadmin" | cut -d' ' -f1; }

# Says so when a domain kept from an earlier run was configured from another domain.asadmin (or before
# start_domain recorded what it was configured from). Its commands create what they configure, so they
# cannot simply run again on it; making it again is the operator's call.
warn_if_domain_outdated() {
  local domain="$1"
  [ "$(cat "$RUN_DIR/$domain.configured" 2>/dev/null)" = "$(domain_config_digest)" ] && return 0
  log "WARNING: domain $domain was configured from another server-config/asadmin/domain.asadmin than this" \
    "checkout's. To apply it: scripts/stop; rm -rf $PAYARA_HOME/glassfish/domains/$domain; scripts/run" \
    "(the data is in the database; jobs queued in the domain's JMS broker and not yet taken are lost)."
}

start_domain() {
  local domain="$1" adminport="$2"
  if install_server_libs "$domain" && domain_running "$domain"; then
    log "Server libraries changed: restarting domain $domain"
    "$ASADMIN" restart-domain "$domain" >/dev/null || die "restart-domain $domain failed"
  fi
  if domain_running "$domain"; then
    log "Domain $domain already running"
  else
    log "Starting domain $domain"
    "$ASADMIN" start-domain "$domain" >/dev/null || die "start-domain $domain failed: see $PAYARA_HOME/glassfish/domains/$domain/logs/server.log"
  fi
  if [ "${DOMAIN_NEEDS_CONFIG:-0}" = 1 ]; then
    log "Configuring domain $domain from server-config/asadmin/domain.asadmin"
    # multimode goes on after a failed command, so its output is checked as well as its status.
    local out; out="$(asadmin_as "$domain" "$adminport" multimode --file "$ROOT/server-config/asadmin/domain.asadmin" 2>&1)" \
      || die "domain configuration failed: $out"
    if grep -qiE 'remote failure|failed' <<<"$out"; then die "domain configuration failed: $out"; fi
    log "Restarting domain $domain to apply JVM options"
    "$ASADMIN" restart-domain "$domain" >/dev/null || die "restart-domain failed"
    DOMAIN_NEEDS_CONFIG=0
    domain_config_digest >"$RUN_DIR/$domain.configured"
  fi
  asadmin_as "$domain" "$adminport" set-log-levels "org.residency.scheduler=${LOG_LEVEL:-INFO}" >/dev/null || true
}

deploy_ear() {
  local domain="$1" adminport="$2"
  log "Deploying $(basename "$EAR")"
  asadmin_as "$domain" "$adminport" deploy --force=true --name residency-scheduler "$EAR" >/dev/null \
    || die "deploy failed: see $PAYARA_HOME/glassfish/domains/$domain/logs/server.log"
}

wait_ready() { # base url
  local i
  for i in $(seq 1 90); do
    curl -fsS "$1/health/ready" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

tools_java() {
  java -cp "$ROOT/server-config/target/classes:$(cat "$ROOT/server-config/target/tools.classpath")" "$@"
}

# Creates the database if missing and the EJB timer table (see PrepareDatabase for why not Flyway).
# With "recreate", drops the database first (test runs start from an empty schema).
prepare_database() {
  tools_java org.residency.scheduler.devdb.PrepareDatabase \
    "$PAYARA_HOME/glassfish/lib/install/databases/ejbtimer_postgresql.sql" "$@" >&2 || die "database preparation failed"
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The schedule cache and shared sign-in failure counts: the machine's Redis when one answers on its standard
# port and REDIS_URL is unset (without it every schedule read goes to PostgreSQL; REDIS_URL= (empty) keeps
# it off on purpose). Cached schedules left by a run against another database (a removed .run/) are
# removed, or they would be served until their TTL. $1: the Redis database number, one per topology
# (scripts/run 0, scripts/cluster 1), since each has a database of its own and the keys are program ids.
use_local_redis_unless_set() {
  if [ -z "${REDIS_URL+set}" ] && port_open 6379; then
    export REDIS_URL="redis://127.0.0.1:6379/${1:-0}"
    if command -v redis-cli >/dev/null; then
      redis-cli -u "$REDIS_URL" --scan --pattern 'residency:schedule:*' | xargs -r redis-cli -u "$REDIS_URL" del >/dev/null
    fi
  fi
  log "Redis (schedule cache, shared sign-in limits): ${REDIS_URL:-off (set REDIS_URL to use one)}"
}
