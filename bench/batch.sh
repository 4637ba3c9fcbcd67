#!/usr/bin/env bash
# How fast is `batch` from the command line, JVM start included? Generates N drafts of a workload
# with `invitecheck bench generate` (deterministic), then runs `./invitecheck batch FILE` (reports
# to standard output, sent to /dev/null) RUNS times for each jar, interleaved when several are
# compared, and prints every run's wall and CPU seconds, the medians, notes/s from the median wall
# time, and each round's ratio to the first jar. CPU time (user + sys) is the steadier number on a
# shared machine; "stolen" is the share of the machine's CPU time its hypervisor gave to other
# guests during the run (bench/host-cpu.sh): a run with a large share was slowed by the machine.
#
# Usage: bench/batch.sh [N] [WORKLOAD] [RUNS]     (defaults: 50000 unique 3)
#   JARS="a.jar b.jar"  compare these builds, each run through the launcher (INVITECHECK_JAR), so
#                       with the flags the launcher picks for the input; default: this tree's jar
#   BENCH_DIR=DIR       keep the drafts there (default: a temporary folder, deleted at the end)
#   SEED=S              the generator's seed (default: 1)
# Exit status: 0 when every run exited 0, 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-50000}"
workload="${2:-unique}"
runs="${3:-3}"
seed="${SEED:-1}"

# shellcheck source=bench/tree-jar.sh
. "$root/bench/tree-jar.sh"
# shellcheck source=bench/host-cpu.sh
. "$root/bench/host-cpu.sh"
if [ -n "${JARS:-}" ]; then
  read -r -a jars <<<"$JARS"
else
  jars=("$(tree_jar)")
fi
for j in "${jars[@]}"; do
  [ -f "$j" ] || { echo "bench/batch.sh: no such jar: $j" >&2; exit 1; }
done

if [ -n "${BENCH_DIR:-}" ]; then
  dir="$BENCH_DIR"
  mkdir -p "$dir"
else
  dir="$(mktemp -d)"
  trap 'rm -rf "$dir"' EXIT
fi
drafts="$dir/drafts-$n-$workload-$seed.jsonl"
if [ ! -s "$drafts" ]; then
  "$root/invitecheck" bench generate -n "$n" --workload "$workload" --seed "$seed" -o "$drafts"
fi

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')," \
  "$(java -version 2>&1 | head -n 1)"
echo "input:   $n $workload drafts (seed $seed), $(stat -c %s "$drafts") bytes"

declare -A walls cpus
status=0
for ((r = 1; r <= runs; r++)); do
  first=""
  for j in "${jars[@]}"; do
    TIMEFORMAT='%R %U %S'
    ticks="$(cpu_ticks)"
    if ! { time INVITECHECK_JAR="$j" "$root/invitecheck" batch "$drafts" --format jsonl \
      >/dev/null 2>"$dir/err.txt"; } 2>"$dir/time.txt"; then
      echo "run $r of $j failed:" >&2
      cat "$dir/err.txt" >&2
      status=1
      continue
    fi
    read -r wall user sys <"$dir/time.txt"
    stolen="$(stolen_since "$ticks")"
    cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')"
    walls[$j]+="$wall "
    cpus[$j]+="$cpu "
    ratio=""
    if [ -z "$first" ]; then
      first="$wall"
    else
      ratio="$(awk -v a="$wall" -v b="$first" 'BEGIN { printf "  (%.2f of the first jar)", a / b }')"
    fi
    printf 'run %d  %-40s wall %6.2f s  cpu %6.2f s  load %s  stolen %s%s\n' "$r" "$j" "$wall" \
      "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" "$stolen" "$ratio"
  done
done

median() { tr ' ' '\n' | sed '/^$/d' | sort -n | awk '{ a[NR] = $1 } END {
  if (NR == 0) print "nan"
  else printf "%.2f\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
for j in "${jars[@]}"; do
  w="$(median <<<"${walls[$j]:-}")"
  c="$(median <<<"${cpus[$j]:-}")"
  printf 'median  %-40s wall %6s s  cpu %6s s  %s notes/s\n' "$j" "$w" "$c" \
    "$(awk -v n="$n" -v w="$w" 'BEGIN { if (w > 0) printf "%.0f", n / w; else print "nan" }')"
done
exit "$status"
