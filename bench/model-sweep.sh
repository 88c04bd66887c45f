#!/usr/bin/env bash
# SPEC §7 floor: every shipped model scenario explored exhaustively for up to 4 CPUs in under
# one second in total. Measured as a whole process (JVM start-up included): every scenario with
# its default parameters for 1..4 CPUs, then (the stronger sweep) under every binding of its
# boolean/enum parameters. Prints each per-scenario table and the wall-clock and CPU seconds of
# each whole process. Build first:
#   mvn -q -DskipTests package && bench/model-sweep.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar=target/kclint.jar
[ -f "$jar" ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 1; }
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
out="$(mktemp)"
times="$(mktemp)"
trap 'rm -f "$out" "$times"' EXIT
for mode in "" --all-bindings; do
  echo "== kclint scenarios --sweep 1..4 $mode"
  for i in $(seq "$runs"); do
    /usr/bin/time -o "$times" -f "run $i: %e s wall, %U s user + %S s sys CPU" \
      java -jar "$jar" scenarios --sweep 1..4 $mode > "$out"
    cat "$times"
  done
  cat "$out"
done
