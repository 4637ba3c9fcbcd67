#!/usr/bin/env bash
# Is a change faster? Compares two builds in one JVM (bench/AbCompare.java): each in its own class
# loader, both scoring the same generated drafts a chunk at a time in the order A B B A, so that
# the host's drift (tens of percent within minutes on these machines) slows both alike. Prints each
# chunk's CPU time and the median and total ratio B ÷ A. The same jar as A and B, twice: medians
# 1.011 and 0.987, totals 1.006 and 1.003; so changes of 2-3% show, where end-to-end runs needed
# about 10% to stand out of the drift.
#
# What it counts: the scoring threads' CPU time (analyze, the JSON line, the template signature),
# not the collector's or the compiler's; a change that moves work to or from the collector needs
# bench/batch.sh as well.
#
# Usage: bench/ab.sh [BASE] [N] [WORKLOAD]     (defaults: HEAD, 30000, unique)
#   BASE      a commit (built in a temporary worktree, offline) or a -cli.jar; B is this tree's jar
#   CHUNK=C   drafts per chunk (default 1000); WARMUP=W chunks not counted (default 4)
#   SEED=S    the generator's seed (default 1)
# Exit status: 0 when both builds scored every draft, non-zero otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${1:-HEAD}"
n="${2:-30000}"
workload="${3:-unique}"

# shellcheck source=bench/tree-jar.sh
. "$root/bench/tree-jar.sh"
b_jar="$(tree_jar)"

dir="$(mktemp -d)"
worktree=""
cleanup() {
  [ -n "$worktree" ] && git -C "$root" worktree remove --force "$worktree" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT

if [ -f "$base" ]; then
  a_jar="$base"
else
  rev="$(git -C "$root" rev-parse --short "$base")"
  worktree="$dir/base-$rev"
  git -C "$root" worktree add --detach "$worktree" "$rev" >/dev/null
  echo "building $rev ..." >&2
  (cd "$worktree" && mvn -o -B -q package -pl analyzer -am -Dmaven.test.skip=true \
    -Dspotless.check.skip=true >"$dir/build.log" 2>&1) || {
    cat "$dir/build.log" >&2
    exit 1
  }
  a_jar="$dir/A-$rev.jar"
  cp "$worktree"/analyzer/target/invitecheck-analyzer-*-cli.jar "$a_jar"
fi
cp "$b_jar" "$dir/B-tree.jar"

drafts="$dir/drafts.jsonl"
"$root/invitecheck" bench generate -n "$n" --workload "$workload" --seed "${SEED:-1}" -o "$drafts" >&2
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')," \
  "$(java -version 2>&1 | head -n 1)"
echo "A: $a_jar"
echo "B: this tree ($b_jar)"
# batch's flags from the launcher: the client compiler, the parallel collector, its generations
java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmn512m -XX:MaxTenuringThreshold=1 \
  -XX:OldSize=512m "$root/bench/AbCompare.java" "$a_jar" "$dir/B-tree.jar" "$drafts" \
  "${CHUNK:-1000}" "${WARMUP:-4}"
