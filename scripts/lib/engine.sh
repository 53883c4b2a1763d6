# shellcheck shell=bash
# Shared by scripts/solve and scripts/validate: builds the EJB module's classes and writes the class
# path the engine needs (OR-Tools, JSON-B/Yasson, Parsson, the Jakarta APIs) to
# ejb-module/target/engine.classpath, but only when a source or POM is newer than that file. Maven's
# output goes to stderr so a command's stdout stays its result. Sourced, not run.

ENGINE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ENGINE_TARGET="$ENGINE_ROOT/ejb-module/target"
ENGINE_CLASSPATH_FILE="$ENGINE_TARGET/engine.classpath"
# Test-scoped jars the commands do not need (persistence tests, JUnit) stay off the class path.
ENGINE_EXCLUDED_GROUPS="org.junit.jupiter,org.junit.platform,org.opentest4j,org.apiguardian,org.eclipse.persistence,io.zonky.test,io.zonky.test.postgres,org.postgresql,com.sun.xml.bind"

engine_is_stale() {
  [[ ! -s "$ENGINE_CLASSPATH_FILE" || ! -d "$ENGINE_TARGET/classes" ]] && return 0
  [[ -n "$(find "$ENGINE_ROOT/pom.xml" "$ENGINE_ROOT/ejb-module/pom.xml" "$ENGINE_ROOT/ejb-module/src/main" \
      -newer "$ENGINE_CLASSPATH_FILE" -print -quit)" ]]
}

engine_build() {
  local goals=(-B -q -pl ejb-module compile dependency:build-classpath -Dmdep.includeScope=test
    "-Dmdep.excludeGroupIds=$ENGINE_EXCLUDED_GROUPS" "-Dmdep.outputFile=$ENGINE_CLASSPATH_FILE")
  local log="$ENGINE_TARGET/engine-build.log"
  echo "$(basename "$0"): building ejb-module (sources changed since the last build)" >&2
  # Offline first: quick once the local repository has everything; online otherwise.
  if ! (cd "$ENGINE_ROOT" && mvn -o "${goals[@]}") >"$log" 2>&1; then
    if ! (cd "$ENGINE_ROOT" && mvn "${goals[@]}") >"$log" 2>&1; then
      cat "$log" >&2
      echo "$(basename "$0"): the build failed (log: $log)" >&2
      exit 2
    fi
  fi
  touch "$ENGINE_CLASSPATH_FILE"
}

# Prints the class path, building first when needed. Builds run one at a time per checkout.
engine_classpath() {
  mkdir -p "$ENGINE_TARGET"
  (
    flock 9
    if engine_is_stale; then engine_build; fi
  ) 9>"$ENGINE_TARGET/.engine-build.lock"
  printf '%s:%s' "$ENGINE_TARGET/classes" "$(cat "$ENGINE_CLASSPATH_FILE")"
}

# Prints JVM options that let OR-Tools load its native libraries from a directory unpacked once per
# natives jar: its Loader tries System.loadLibrary before it copies the 71 MB of libraries out of the jar
# into a new temporary directory, which takes ~0.45 s of every command's run (and leaves the copy behind
# when the JVM is killed). Prints nothing when the class path has no natives jar for this platform (the
# Loader then unpacks as before). Call after engine_classpath.
engine_native_options() {
  local jar name dir
  jar="$(tr ':' '\n' <"$ENGINE_CLASSPATH_FILE" | grep -m1 '/ortools-linux-x86-64-[^/]*\.jar$' || true)"
  [[ -n "$jar" && "$(uname -m)" == x86_64 ]] || return 0
  name="$(basename "$jar" .jar)"
  dir="$ENGINE_TARGET/ortools-natives/$name"
  (
    flock 9
    if [[ ! -d "$dir" ]]; then
      rm -rf "$dir.partial" && mkdir -p "$dir.partial"
      (cd "$dir.partial" && jar xf "$jar" ortools-linux-x86-64/) && mv "$dir.partial" "$dir"
    fi
  ) 9>"$ENGINE_TARGET/.engine-build.lock"
  printf -- '-Djava.library.path=%s' "$dir/ortools-linux-x86-64"
}
