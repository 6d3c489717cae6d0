# Sourced by the `mailslot` launchers: runs a short-lived Java command with a class-data sharing archive of its
# own classes, which the launcher makes on the command's first successful run. Loading the Artemis client,
# Netty and picocli from such an archive instead of from jars is most of what a one-second command can save.
#
#   run_with_startup_archive SUBCOMMAND JAVA [JVM_OPTION ...] -cp CLASSPATH MAIN [ARG ...]
#
# SUBCOMMAND empty: no archive, the command is exec'd as it is. One archive per subcommand, since `produce` and
# `send` load different classes. Each archive is kept in
# $MAILSLOT_CACHE_DIR (default: $XDG_CACHE_HOME/mailslot or ~/.cache/mailslot) under a name that covers the
# JVM and the jars, so a new JDK or a rebuilt jar gets a new archive instead of a rejected one. The JVM checks
# an archive before using it and falls back to the jars when it does not fit. MAILSLOT_STARTUP_ARCHIVE=off
# runs without one.

run_with_startup_archive() {
  local subcommand="$1"
  shift
  local java="$1" classpath="" previous=""
  for arg in "$@"; do
    [ "$previous" = "-cp" ] && classpath="$arg"
    # A help or version run loads little more than picocli: its archive would serve the real runs badly.
    case "$arg" in -h|--help|-V|--version) subcommand="" ;; esac
    previous="$arg"
  done
  local cache="${MAILSLOT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/mailslot}"
  if [ "${MAILSLOT_STARTUP_ARCHIVE:-on}" = off ] || [ -z "$subcommand" ] || [ -z "$classpath" ] \
      || ! mkdir -p "$cache" 2>/dev/null || [ ! -w "$cache" ]; then
    exec "$@"
  fi
  local jvm key
  jvm="$(readlink -f "$(command -v "$java")")"
  # shellcheck disable=SC2086 # the class path's wildcard is expanded here as the java launcher expands it
  key="$( { stat -L -c '%n %s %Y' "$jvm" ${classpath//:/ } 2>/dev/null || true; } | cksum | cut -d' ' -f1)"
  local archive="$cache/mailslot-$subcommand-$key.jsa"
  # The JVM's archive messages are about the archive, not the command: they must not mix with its output.
  local quiet=-Xlog:cds*=off
  if [ -s "$archive" ]; then
    exec "$1" "$quiet" -XX:SharedArchiveFile="$archive" "${@:2}"
  fi
  # First run: dump to a file of this process's own and move it into place only after a successful run, so
  # two first runs at once never share a half-written archive and a failed run leaves none.
  local partial="$archive.$$.partial"
  "$1" "$quiet" -XX:ArchiveClassesAtExit="$partial" "${@:2}" <&0 &
  local child=$!
  trap 'kill -TERM "$child" 2>/dev/null' TERM INT HUP
  local status=0
  wait "$child" || status=$?
  # A signal ends the first wait early; the second returns when the JVM has really exited.
  if kill -0 "$child" 2>/dev/null; then
    status=0
    wait "$child" || status=$?
  fi
  trap - TERM INT HUP
  if [ "$status" -eq 0 ] && [ -s "$partial" ]; then
    mv -f "$partial" "$archive"
  else
    rm -f "$partial"
  fi
  return "$status"
}
