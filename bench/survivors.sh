#!/usr/bin/env bash
# What does the server's work leave alive across a young pause, and what does a pause cost? Runs
# bench/Survivors.java (one analyzer answering generated drafts on the server's 8 worker threads,
# reports rendered as JSON, no HTTP) with the server's collector flags (G1, survivors tenured
# after one collection) and a GC log, then prints, over the young pauses after the first WARMUP:
# their median length, G1's object copy and heap-root scan (per worker, medians), the bytes that
# survived their first collection (age 1, median) and the drafts answered per pause (mean).
# Session 13 found with it that a pause's time goes mostly to copying, and that with 40,000
# unique drafts a build storing nothing in the corpus scorer's and the sentence memo had pauses a
# third shorter; in the server itself that build's pauses were the same (docs/performance.md).
#
# Usage: bench/survivors.sh [N] [WORKLOAD] [THREADS]     (defaults: 40000 unique 8)
#   JAR=FILE     another build's -cli.jar (default: this tree's)
#   JAVA_OPTS    more JVM flags, e.g. "-Xmx1g" or another collector's
#   WARMUP=W     pauses not counted (default 4); SEED=S the generator's seed (default 1)
# Exit status: 0 when every draft was answered, non-zero otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-40000}"
workload="${2:-unique}"
threads="${3:-8}"

# shellcheck source=bench/tree-jar.sh
. "$root/bench/tree-jar.sh"
jar="${JAR:-$(tree_jar)}"

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
"$root/invitecheck" bench generate -n "$n" --workload "$workload" --seed "${SEED:-1}" \
  -o "$dir/drafts.jsonl" >&2
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -n 1); jar: $jar"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
java -XX:+UseG1GC -XX:MaxTenuringThreshold=1 -Xms1g ${JAVA_OPTS:-} \
  -Xlog:gc,gc+phases=debug,gc+age=trace:file="$dir/gc.log" \
  "$root/bench/Survivors.java" "$jar" "$dir/drafts.jsonl" "$threads"
python3 - "$dir/gc.log" "${WARMUP:-4}" "$n" <<'PY'
import re, statistics, sys
log = open(sys.argv[1]).read()
warmup, n = int(sys.argv[2]), int(sys.argv[3])
pauses = [(int(g), float(ms)) for g, ms in
          re.findall(r"GC\((\d+)\) Pause Young \(Normal\)[^\n]*?(\d+\.\d+)ms$", log, re.M)]
counted = [(g, ms) for g, ms in pauses if g >= warmup]
if not counted:
    sys.exit("no young pauses after the first %d: give more drafts (N)" % warmup)
def per_worker(phase):
    avg = dict(re.findall(r"GC\((\d+)\)\s+" + phase + r" \(ms\):\s+Min:\s+[\d.]+, Avg:\s+([\d.]+)", log))
    return statistics.median(float(avg.get(str(g), 0)) for g, _ in counted)
age1 = dict(re.findall(r"GC\((\d+)\) - age\s+1:\s+(\d+) bytes", log))
print("young pauses: %d (%d counted)" % (len(pauses), len(counted)))
print("pause median %.1f ms; object copy %.1f ms, scan heap roots %.1f ms (per worker, medians)"
      % (statistics.median(ms for _, ms in counted), per_worker("Object Copy"),
         per_worker("Scan Heap Roots")))
print("age-1 survivors median %.1f MB; %.0f drafts a pause (mean over all pauses)"
      % (statistics.median(int(age1.get(str(g), 0)) for g, _ in counted) / 1e6,
         n / max(1, len(pauses))))
PY
