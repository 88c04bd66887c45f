#!/usr/bin/env bash
# Tests bin/kclint against the jar and archive `mvn package` just built (after cds-archive.sh; a
# JUnit test runs before the jar exists): the archive is used as built, and where it cannot be
# (the jar rebuilt or touched, the archive damaged or removed, a JVM flag the archive was not
# dumped with) the launcher still runs, as without the archive, printing nothing more.
# Fails the build otherwise. (The archive was once made before the shade plugin rewrote the jar,
# so kclint's classes never came from it, and nothing said so.)
#
#   src/build/launcher-check.sh JAR
set -euo pipefail
jar=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
launcher=$(pwd -P)/bin/kclint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "launcher check: $*" >&2
  exit 1
}
# run NAME JAR [JVM OPTIONS]: the launcher's exit code, stdout and stderr of `rules`, a command
# that loads the catalogue (most of the classes a check loads) and needs no input, and where its
# classes came from.
run() {
  local name=$1 jar=$2
  shift 2
  set +e
  KCLINT_JAR=$jar KCLINT_JAVA_OPTS="$* -Xlog:class+load=info:file=$work/$name.classes" \
    "$launcher" rules >"$work/$name.out" 2>"$work/$name.err"
  echo $? >"$work/$name.rc"
  set -e
}
# shared NAME: whether kclint's own classes came from the archive in that run
shared() {
  grep -q '^.*org\.kclint\.cli\.Main source: shared objects file' "$work/$1.classes"
}
clean() {
  [ "$(cat "$work/$1.rc")" = 0 ] && cmp -s "$work/built.out" "$work/$1.out" && [ ! -s "$work/$1.err" ]
}
if [ ! -f "${jar%.jar}.jsa" ]; then
  echo "launcher check: skipped, no archive (cds-archive.sh said why)" >&2
  exit 0
fi
run built "$jar"
[ "$(cat "$work/built.rc")" = 0 ] && [ ! -s "$work/built.err" ] && shared built \
  || fail "kclint's classes do not come from the archive as built: $(head -3 "$work/built.err")"
archive=${jar%.jar}.jsa
# The cases below change the jar's time and the archive in place; this puts them back.
cp -p "$archive" "$work/archive"
touch -r "$jar" "$work/stamp"
restore() {
  touch -r "$work/stamp" "$jar"
  rm -f "$archive"
  cp -p "$work/archive" "$archive"
}
trap 'restore; rm -rf "$work"' EXIT
# Each case must keep kclint's classes out of the archive and run as with it, printing nothing more.
#   mismatch ID WHAT JAR [JVM OPTIONS]
mismatch() {
  local id=$1 what=$2
  shift 2
  run "$id" "$@"
  ! shared "$id" || fail "$what: the archive is still used"
  clean "$id" || fail "$what: not a clean run without the archive: $(head -3 "$work/$id.err")"
}
mismatch flag "another JVM flag (-XX:-UseCompressedOops)" "$jar" -XX:-UseCompressedOops
mkdir "$work/moved"
cp -p "$jar" "$archive" "$work/moved/"
mismatch moved "the jar and archive moved" "$work/moved/kclint.jar"
touch "$jar"
mismatch touched "the jar touched" "$jar"
restore
chmod u+w "$archive"
head -c 4096 "$work/archive" >"$archive"
mismatch cut "the archive cut short" "$jar"
rm "$archive"
mismatch removed "the archive removed" "$jar"
restore
run again "$jar"
shared again || fail "the archive is not used once put back"
echo "launcher check: archive used as built; 5 mismatches run cleanly without it"
