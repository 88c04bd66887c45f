#!/usr/bin/env bash
# The one-shot runs users feel (issue 16), whole processes through bin/kclint, beside the kernel's
# own conf in the same rounds (each round runs every command once, in turn, so that a change in
# the machine's load hits all of them alike); medians of CPU (user + system, children included)
# and wall seconds, and each kclint job's ratio to its conf job:
#   resolve armmp cold   Debian's armmp config, no cache entry (read, resolved, entry written)
#   resolve armmp warm   the same, the tree from its cache entry
#   check armmp + board  the check of it on a BeagleBone Black's device tree (warm)
#   resolve 103 defconfigs, one process (warm); conf: one run per defconfig, its time taken as
#                        103 times its run on multi_v7_defconfig (conf's time hardly depends on
#                        the defconfig: it parses the whole tree and runs the same probes)
#   check multi_v7 --boards-built (warm), with its peak resident memory; conf: its defconfig run
# Outputs are compared with conf's (armmp; every defconfig against conf's multi_v7 run for that
# one, and resolve.sh compares others).
#
#   bench/one-shot.sh [ROUNDS]    needs bin/kclint built (mvn -q -DskipTests package) and
#                                 ../shared/bench/conf-baseline.sh prepare (run once)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${KCLINT_SHARED:-$(cd .. && pwd)/shared}
ROUNDS=${1:-5}
TREE=$SHARED/corpus/linux-6.1
PROFILE=$SHARED/corpus/toolchains/arm-linux-gnueabihf-gcc-12.shell.tsv
BASE=$SHARED/bench/conf-baseline.sh
DTS=$TREE/arch/arm/boot/dts
[ -f target/kclint.jar ] || { echo "build first: mvn -q -DskipTests package" >&2; exit 2; }
[ -f target/kclint.jsa ] || echo "note: no class-data-sharing archive: bin/kclint runs without it" >&2
eval "$("$BASE" env | grep -v -e "^srctree=" -e "^ARCH=" -e "^SRCARCH=" | sed 's/^\([A-Za-z_]*\)=\(.*\)$/export \1="\2"/')"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
zcat "$SHARED/reference/arm/debian/config.armhf_none_armmp.in.gz" > "$WORK/armmp.config"
mkdir "$WORK/sweep"
COUNT=$(ls "$TREE"/arch/arm/configs/*_defconfig | wc -l)
K="bin/kclint"
TREEOPTS="--kconfig $TREE --arch arm --toolchain $PROFILE --cache-dir $WORK/cache"
COLDOPTS="--kconfig $TREE --arch arm --toolchain $PROFILE --cache-dir $WORK/cold"
declare -A CMD
CMD[conf-armmp]="$BASE olddefconfig $WORK/armmp.config $WORK/armmp.conf"
CMD[cold]="rm -rf $WORK/cold; $K resolve $COLDOPTS $WORK/armmp.config -o $WORK/armmp.cold"
CMD[warm]="$K resolve $TREEOPTS $WORK/armmp.config -o $WORK/armmp.warm"
CMD[board]="$K check $TREEOPTS --board $DTS/am335x-boneblack.dts -I $TREE/include -I $DTS -I $TREE/scripts/dtc/include-prefixes --fail-on none $WORK/armmp.config"
CMD[conf-multi_v7]="$BASE defconfig multi_v7_defconfig $WORK/multi_v7.conf"
CMD[sweep]="$K resolve $TREEOPTS --defconfig --output-dir $WORK/sweep $TREE/arch/arm/configs/*_defconfig"
CMD[boards]="$K check $TREEOPTS --defconfig --boards-built --fail-on none --format json -o $WORK/boards.json $TREE/arch/arm/configs/multi_v7_defconfig"
ORDER="conf-armmp cold warm board conf-multi_v7 sweep boards"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs; $ROUNDS rounds"
$K resolve $TREEOPTS "$WORK/armmp.config" -o "$WORK/armmp.warm" 2>/dev/null # the entry warm runs use
for round in $(seq "$ROUNDS"); do
  for job in $ORDER; do
    /usr/bin/time -a -o "$WORK/$job.times" -f "%e %U %S %M" bash -c "${CMD[$job]}" \
      > /dev/null 2> "$WORK/$job.err" || { echo "$job failed:" >&2; tail -5 "$WORK/$job.err" >&2; exit 1; }
  done
  echo "round $round done, load average $(cut -d' ' -f1-3 /proc/loadavg)"
done
cmp "$WORK/armmp.conf" "$WORK/armmp.cold" && cmp "$WORK/armmp.conf" "$WORK/armmp.warm" \
  && echo "armmp: cold and warm output identical to conf's"
cmp "$WORK/multi_v7.conf" "$WORK/sweep/multi_v7_defconfig" \
  && echo "multi_v7_defconfig: the sweep's output identical to conf's"
python3 - "$WORK" "$COUNT" <<'PY'
import statistics, sys
work, count = sys.argv[1], int(sys.argv[2])
def med(job, scale=1):
    rows = [list(map(float, l.split())) for l in open(f"{work}/{job}.times") if l[0].isdigit()]
    wall = statistics.median(r[0] for r in rows) * scale
    cpu = statistics.median(r[1] + r[2] for r in rows) * scale
    return cpu, wall, max(r[3] for r in rows) / 1024
jobs = [("resolve armmp, cold (no cache entry)", "cold", "conf-armmp", 1),
        ("resolve armmp, warm (cache hit)", "warm", "conf-armmp", 1),
        ("check armmp --board am335x-boneblack.dts", "board", "conf-armmp", 1),
        (f"resolve {count} defconfigs, one process", "sweep", "conf-multi_v7", count),
        ("check multi_v7 --defconfig --boards-built", "boards", "conf-multi_v7", 1)]
print(f"\n| job | kclint CPU s | kclint wall s | conf CPU s | conf wall s | CPU ratio | wall ratio | kclint peak RSS MB |")
print("|---|---|---|---|---|---|---|---|")
for name, job, conf, scale in jobs:
    kc, kw, rss = med(job)
    cc, cw, _ = med(conf, scale)
    print(f"| {name} | {kc:.2f} | {kw:.2f} | {cc:.2f} | {cw:.2f} | {kc / cc:.2f} | {kw / cw:.2f} | {rss:.0f} |")
for name, job in [("--olddefconfig armmp", "conf-armmp"), ("--defconfig multi_v7", "conf-multi_v7")]:
    rows = [list(map(float, l.split())) for l in open(f"{work}/{job}.times") if l[0].isdigit()]
    user = statistics.median(r[1] for r in rows)
    system = statistics.median(r[2] for r in rows)
    # conf's system time is mostly its compiler probes' forks, and swings with the machine's load.
    print(f"conf {name}: user {user:.2f} s + system {system:.2f} s (medians; system per round: "
          + ", ".join(f"{r[2]:.2f}" for r in rows) + ")")
print(f"\nconf jobs: --olddefconfig armmp; --defconfig multi_v7 (x{count} for the sweep). "
      "Ratios are kclint / conf: below 1 is faster than conf. Medians of the rounds.")
PY
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
