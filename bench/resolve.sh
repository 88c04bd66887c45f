#!/usr/bin/env bash
# Whole-process timing of kclint resolve beside the kernel's own conf (issue 3):
#  1. one resolve of Debian's armmp config vs `conf --olddefconfig` on the same input;
#  2. all arm defconfigs in one kclint process vs one conf run per defconfig. A conf run takes
#     as long for one defconfig as for another (it parses the whole tree and runs the same
#     $(shell,...) probes), so conf is timed on SAMPLE of them and scaled to all.
#
#   bench/resolve.sh [RUNS] [SAMPLE]   needs target/kclint.jar, hyperfine, and for the baseline
#                                      ../shared/bench/conf-baseline.sh prepare (run once)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${KCLINT_SHARED:-$(cd .. && pwd)/shared}
RUNS=${1:-5}
SAMPLE=${2:-10}
TREE=$SHARED/corpus/linux-6.1
PROFILE=$SHARED/corpus/toolchains/arm-linux-gnueabihf-gcc-12.shell.tsv
BASE=$SHARED/bench/conf-baseline.sh
[ -f target/kclint.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
eval "$("$BASE" env | grep -v -e "^srctree=" -e "^ARCH=" -e "^SRCARCH=" | sed 's/^\([A-Za-z_]*\)=\(.*\)$/export \1="\2"/')"
KCLINT="java -jar target/kclint.jar resolve --kconfig $TREE --arch arm --toolchain $PROFILE"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
zcat "$SHARED/reference/arm/debian/config.armhf_none_armmp.in.gz" > "$WORK/armmp.config"
mkdir "$WORK/kclint" "$WORK/conf"
NAMES=$(cd "$TREE/arch/arm/configs" && ls *_defconfig | tr '\n' ' ')
COUNT=$(echo $NAMES | wc -w)
printf '%s\n' $NAMES | sed "s|^|$TREE/arch/arm/configs/|" > "$WORK/defconfigs"
echo "for n in $(echo $NAMES | tr ' ' '\n' | head -n "$SAMPLE" | tr '\n' ' '); do" \
  "\"$BASE\" defconfig \"\$n\" \"$WORK/conf/\$n\"; done" > "$WORK/conf-sample.sh"
hyperfine -N -w 1 -r "$RUNS" \
  -n "kclint resolve armmp (olddefconfig)" "$KCLINT $WORK/armmp.config -o $WORK/armmp.kclint" \
  -n "conf --olddefconfig armmp" "$BASE olddefconfig $WORK/armmp.config $WORK/armmp.conf"
hyperfine -w 0 -r 1 --export-json "$WORK/sweep.json" \
  -n "kclint resolve, $COUNT defconfigs in one process" \
  "$KCLINT --defconfig --output-dir $WORK/kclint \$(cat $WORK/defconfigs)" \
  -n "conf --defconfig, one run each for $SAMPLE defconfigs" "bash $WORK/conf-sample.sh"
python3 - "$WORK/sweep.json" "$COUNT" "$SAMPLE" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
count, sample = int(sys.argv[2]), int(sys.argv[3])
kclint, conf = r[0]["mean"], r[1]["mean"] * count / sample
print(f"conf for all {count} (scaled from {sample}): {conf:.1f} s; kclint: {kclint:.1f} s;"
      f" ratio {conf / kclint:.1f}x")
PY
cmp "$WORK/armmp.kclint" "$WORK/armmp.conf" && echo "armmp: identical output"
for n in $(ls "$WORK/conf"); do cmp "$WORK/kclint/$n" "$WORK/conf/$n"; done && echo "sampled defconfigs: identical outputs"
