#!/usr/bin/env bash
# Whole-process timing of reading the Linux 6.1 ARCH=arm Kconfig tree (parse, macros with the
# recorded toolchain, model): `kclint symbols`, beside the kernel's own conf resolving a config
# (conf-baseline.sh olddefconfig, which parses the same tree and runs its $(shell,...) calls).
#
#   bench/kconfig-parse.sh [RUNS]      needs target/kclint.jar, hyperfine, and for the baseline
#                                      ../shared/bench/conf-baseline.sh prepare (run once)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${KCLINT_SHARED:-$(cd .. && pwd)/shared}
RUNS=${1:-10}
TREE=$SHARED/corpus/linux-6.1
PROFILE=$SHARED/corpus/toolchains/arm-linux-gnueabihf-gcc-12.shell.tsv
KCLINT="java -jar target/kclint.jar symbols --kconfig $TREE --arch arm --toolchain $PROFILE"
KCLINT+=" --env CC=arm-linux-gnueabihf-gcc --env LD=arm-linux-gnueabihf-ld --env PAHOLE=pahole"
KCLINT+=" --env NM=arm-linux-gnueabihf-nm --env OBJCOPY=arm-linux-gnueabihf-objcopy"
KCLINT+=" --env RUSTC=rustc --env BINDGEN=bindgen"
[ -f target/kclint.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
CONFIG=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$CONFIG" "$OUT"' EXIT
zcat "$SHARED/reference/arm/debian/config.armhf_none_armmp.in.gz" > "$CONFIG"
hyperfine -N -w 1 -r "$RUNS" \
  -n "kclint symbols (parse only)" "$KCLINT" \
  -n "conf --olddefconfig (parse + resolve)" "$SHARED/bench/conf-baseline.sh olddefconfig $CONFIG $OUT"
