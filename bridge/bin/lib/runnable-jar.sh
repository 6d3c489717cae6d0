# Sourced by bin/mailslot-bridge and bin/mailslot: sets $jar to the bridge's runnable jar, building it with
# Maven first when it is missing (a fresh clone needs only Java 17 and Maven).
bridge_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
find_jar() { ls "$bridge_dir"/target/mailslot-bridge-*-all.jar 2>/dev/null | head -n 1 || true; }
jar="$(find_jar)"
if [ -z "$jar" ]; then
  # Plain text on standard error: the build's own output goes to a log, shown only if the build fails.
  build_log="$bridge_dir/target/launcher-build.log"
  mkdir -p "$bridge_dir/target"
  echo "$(basename "$0"): first run, building the bridge's runnable jar (about 1-2 minutes; log in $build_log)" >&2
  started=$SECONDS
  if ! (cd "$bridge_dir/.." && mvn -B -q -Dstyle.color=never -pl bridge -am package -DskipTests) \
      >"$build_log" 2>&1; then
    echo "$(basename "$0"): the build failed; its output:" >&2
    sed 's/\x1b\[[0-9;]*m//g' "$build_log" >&2
    exit 1
  fi
  jar="$(find_jar)"
  if [ -z "$jar" ]; then
    echo "$(basename "$0"): no runnable jar in $bridge_dir/target after the build; see $build_log" >&2
    exit 1
  fi
  echo "$(basename "$0"): built in $((SECONDS - started)) s; starting" >&2
fi
