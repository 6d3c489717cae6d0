# Sourced by bin/mailslot-bridge and bin/mailslot: sets $jar to the bridge's runnable jar, building it with
# Maven first when it is missing (a fresh clone needs only Java 17 and Maven).
bridge_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
find_jar() { ls "$bridge_dir"/target/mailslot-bridge-*-all.jar 2>/dev/null | head -n 1 || true; }
jar="$(find_jar)"
if [ -z "$jar" ]; then
  echo "Building the bridge (first run only): mvn -q -pl bridge -am package -DskipTests" >&2
  (cd "$bridge_dir/.." && mvn -B -q -pl bridge -am package -DskipTests) >&2
  jar="$(find_jar)"
  if [ -z "$jar" ]; then
    echo "no runnable jar in $bridge_dir/target after the build" >&2
    exit 1
  fi
fi
