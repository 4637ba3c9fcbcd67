#!/usr/bin/env bash
# Does `batch` get through a million drafts within a 256 MB heap? Generates N drafts (default
# 1,000,000, mixed workload, seed 1) with `invitecheck bench generate`, then runs the real batch jar
# with -Xmx256m and the launcher's flags for an input this large, and reports wall time, notes/s, peak RSS, the largest heap
# after a collection, and whether it finished without OutOfMemoryError.
#
# Usage: bench/million.sh [N] [WORKLOAD] [SEED]
#   BENCH_DIR=DIR  keep the drafts, the GC log and the summary there (default: a temporary folder,
#                  deleted at the end; the drafts of a million take about 400 MB)
#   JAVA_OPTS=...  replace the batch JVM's flags (default: the launcher's for an input over 100 MB,
#                  -XX:+UseParallelGC with tiered compilation; add -XX:TieredStopAtLevel=1 for C1)
#   THREADS=N      batch --threads (default: all cores)
# Exit status: 0 when the batch finished (exit 0) without OutOfMemoryError, 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-1000000}"
workload="${2:-mixed}"
seed="${3:-1}"
heap="256m"
flags=(${JAVA_OPTS:--XX:+UseParallelGC})

# shellcheck source=bench/tree-jar.sh
. "$root/bench/tree-jar.sh"
jar="$(tree_jar)" # run directly, not through the launcher

if [ -n "${BENCH_DIR:-}" ]; then
  dir="$BENCH_DIR"
  mkdir -p "$dir"
else
  dir="$(mktemp -d)"
  trap 'rm -rf "$dir"' EXIT
fi
drafts="$dir/drafts-$n-$workload-$seed.jsonl"
# A private copy of the jar: a rebuild during a long run must not change the jar under the JVM.
cp "$jar" "$dir/invitecheck-cli.jar"
jar="$dir/invitecheck-cli.jar"

if [ ! -s "$drafts" ]; then
  echo "million: generating $n $workload drafts (seed $seed) into $drafts" >&2
  java -jar "$jar" bench generate -n "$n" --workload "$workload" --seed "$seed" -o "$drafts"
fi

threads=()
[ -n "${THREADS:-}" ] && threads=(--threads "$THREADS")
echo "million: batch with -Xmx$heap ${flags[*]} ${threads[*]}" >&2

gclog="$dir/gc.log"
timing="$dir/time.txt"
errlog="$dir/batch.err"
# Counts the output records; the JVM's own "Terminating due to java.lang.OutOfMemoryError" line
# (ExitOnOutOfMemoryError prints it on stdout, then exits with status 3) goes to the error log.
count_records() {
  awk -v err="$errlog" '/^Terminating due to java.lang.OutOfMemoryError/ { print >> err; next }
    { n++ } END { print n + 0 }' >"$dir/lines.txt"
}
start=$(date +%s.%N)
set +e
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$timing" java -Xmx"$heap" "${flags[@]}" -XX:+ExitOnOutOfMemoryError \
    -Xlog:gc:file="$gclog" -jar "$jar" batch "$drafts" "${threads[@]}" \
    --summary "$dir/summary.json" 2>"$errlog" | count_records
  code=${PIPESTATUS[0]}
else
  java -Xmx"$heap" "${flags[@]}" -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$gclog" \
    -jar "$jar" batch "$drafts" "${threads[@]}" --summary "$dir/summary.json" 2>"$errlog" \
    | count_records
  code=${PIPESTATUS[0]}
fi
set -e
end=$(date +%s.%N)

wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')
lines=$(tr -d ' ' <"$dir/lines.txt")
rate=$(awk -v l="$lines" -v w="$wall" 'BEGIN { printf "%.1f", (w > 0 ? l / w : 0) }')
rss="unknown"
if [ -f "$timing" ]; then
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing" || true)
  [ -n "$rss_kb" ] && rss="$((rss_kb / 1024)) MB"
fi
# Largest heap occupancy left after a collection ("... 180M->95M(256M) ...").
heap_after=$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$gclog" 2>/dev/null \
  | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -n 1 || true)
# The live set: the largest heap left after a full collection.
live=$(grep -E 'Pause Full' "$gclog" 2>/dev/null | grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' \
  | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -n 1 || true)
full_gcs=$(grep -c 'Pause Full' "$gclog" 2>/dev/null || true)
oom="no"
if grep -q "OutOfMemoryError" "$errlog"; then oom="YES"; fi
batch_rate=$(grep -oE '"notesPerSecond" : [0-9.]+' "$dir/summary.json" 2>/dev/null \
  | awk '{print $3}' || true)

cat <<REPORT
million: $n $workload drafts (seed $seed), batch -Xmx$heap ${flags[*]}, $(nproc) cores
  exit code:            $code
  output records:       $lines
  wall time:            $wall s (JVM start to exit)
  notes/s (wall):       $rate
  notes/s (batch's own summary, scoring loop only): ${batch_rate:-unknown}
  peak RSS:             $rss
  largest heap after GC: ${heap_after:-unknown} MB of $heap
  largest after a full GC (live set): ${live:-none} MB; full collections: ${full_gcs:-0}
  OutOfMemoryError:     $oom
REPORT
tail -n 12 "$errlog" | sed 's/^/  | /' >&2
[ "$code" -eq 0 ] && [ "$oom" = "no" ] && [ "$lines" -eq "$n" ]
