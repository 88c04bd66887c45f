#!/usr/bin/env bash
# Builds the class-data-sharing archive bin/kclint starts the JVM with (JDK 17 static AppCDS), at
# `mvn package`: the classes that training runs load (the bundled example's check; a resolve and a
# check of testdata/resolve/basic read from its files, then from the tree cache; the help), dumped
# with the JDK into one archive. The archive names the jar by its absolute path, as the launcher
# does; it is rebuilt with the jar.
#
#   src/build/cds-archive.sh JAVA JAR ARCHIVE
set -euo pipefail
java=$1
jar=$(cd "$(dirname "$2")" && pwd -P)/$(basename "$2")
archive=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -f "$archive"
tree=testdata/resolve/basic
train() {
  local name=$1
  shift
  "$java" -XX:DumpLoadedClassList="$work/$name.classes" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -jar "$jar" "$@" >/dev/null 2>&1 || true
}
train example check
train resolve-cold resolve --kconfig "$tree" --arch test --cache-dir "$work/cache" \
  -o "$work/out.config" "$tree/in.config"
train resolve-warm resolve --kconfig "$tree" --arch test --cache-dir "$work/cache" \
  -o "$work/out.config" "$tree/in.config"
train check-tree check --kconfig "$tree" --arch test --cache-dir "$work/cache" --format json \
  "$tree/in.config"
train help --help
sort -u "$work"/*.classes > "$work/all.classes"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/all.classes" \
    -XX:SharedArchiveFile="$archive" -cp "$jar" > "$work/dump.log" 2>&1; then
  echo "warning: no class-data-sharing archive (bin/kclint runs without it):" >&2
  tail -3 "$work/dump.log" >&2
  rm -f "$archive"
fi
