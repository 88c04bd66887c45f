#!/usr/bin/env bash
# Editing latency of `kclint lsp` (issue 18: at most 300 ms): the time from a didChange to the
# publishDiagnostics of that version, with the server in its own process as an editor runs it,
# on Debian's armmp config against the 6.1 arm tree (the references' environment and profile).
# One line (CONFIG_HIGHMEM) is toggled between y and not set, EDITS times, each edit sent once
# the previous one's diagnostics arrived. Prints each edit's wall time and the server's CPU time
# (user + system, all threads: on a loaded machine the wall time measures the load), and the time
# to the first diagnostics (reading the tree, from the parsed-tree cache when it holds it).
#
#   mvn -q -DskipTests package && bench/lsp-latency.sh [EDITS]      needs the corpus (../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${KCLINT_SHARED:-$(cd .. && pwd)/shared}
EDITS=${1:-20}
[ -f target/kclint.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
mvn -q -Pbench -DskipTests test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
zcat "$SHARED/reference/arm/debian/config.armhf_none_armmp.in.gz" > "$WORK/armmp.config"
LINE=$(($(grep -n '^CONFIG_HIGHMEM=' "$WORK/armmp.config" | cut -d: -f1) - 1))
OPTIONS=$(cat <<JSON
{"kconfig": "$SHARED/corpus/linux-6.1", "arch": "arm",
 "toolchain": "$SHARED/corpus/toolchains/arm-linux-gnueabihf-gcc-12.shell.tsv",
 "env": {"KERNELVERSION": "6.1.192", "CC": "arm-linux-gnueabihf-gcc",
         "LD": "arm-linux-gnueabihf-ld", "AR": "arm-linux-gnueabihf-ar",
         "NM": "arm-linux-gnueabihf-nm", "OBJCOPY": "arm-linux-gnueabihf-objcopy",
         "PAHOLE": "pahole", "RUSTC": "rustc", "BINDGEN": "bindgen",
         "CC_VERSION_TEXT": "arm-linux-gnueabihf-gcc (Debian 12.2.0-14) 12.2.0"}}
JSON
)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.kclint.bench.LspLatency target/kclint.jar "$WORK" "$WORK/armmp.config" "$LINE" \
  "# CONFIG_HIGHMEM is not set" "CONFIG_HIGHMEM=y" "$EDITS" "$OPTIONS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
