#!/usr/bin/env bash
# How does `serve` answer from the moment it says it is listening? Starts `./invitecheck serve`
# (the launcher's flags, its default warm-up) on a free port with a GC log, waits for its
# "listening" line, then drives it at once from a load generator in another JVM (`invitecheck bench
# --url`: 200 keep-alive connections, mixed drafts, one phase per rate, latency counted from when
# each request was due), stops it with SIGTERM, and prints the warm-up line, the load table, the
# pauses of the server's collector and of the load generator's, and the server's own time per
# request from its access log (so a tail can be told apart: the server's, or the load generator's),
# all requests and its first 200 (what it pays on first contact).
# Beside the phases, bench/Hiccups.java measures how late the machine wakes a thread that only
# sleeps, and each phase's line says how much CPU the hypervisor stole: a tail the machine has too
# is not the server's.
# Repeat it (STARTS) and interleave builds (JARS) on a shared machine.
#
# Usage: bench/server.sh [RATES] [SECONDS]     (defaults: 1000,2000,4000,4000,0 and 10)
#   RATES         requests/s per phase, comma-separated; 0 is a closed loop (200 always in flight)
#   STARTS=N      start the server N times (default: 1)
#   JARS="a b"    compare these builds, each served through the launcher (INVITECHECK_JAR),
#                 alternating; default: this tree's jar
#   SERVE_ARGS    more arguments for serve, e.g. "--warm-up 10"
#   BODIES=N WORKLOAD=W  the drafts the load generator cycles through (default: 5000 mixed;
#                 BODIES=50000 WORKLOAD=unique: notes that do not repeat while the test lasts)
# Exit status: 0 when every start listened, answered and stopped, 1 otherwise.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rates="${1:-1000,2000,4000,4000,0}"
seconds="${2:-10}"
starts="${STARTS:-1}"

# shellcheck source=bench/tree-jar.sh
. "$root/bench/tree-jar.sh"
if [ -n "${JARS:-}" ]; then
  read -r -a jars <<<"$JARS"
else
  jars=("$(tree_jar)")
fi
for j in "${jars[@]}"; do
  [ -f "$j" ] || { echo "bench/server.sh: no such jar: $j" >&2; exit 1; }
done
client="${jars[0]}"

dir="$(mktemp -d)"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT

# A free port: bind port 0, read what the kernel gave, let it go.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# The pauses in -Xlog:gc lines on stdin: "NAME: N pauses, median, max".
pauses() {
  { grep -o '[0-9.]*ms$' || true; } | tr -d ms | sort -n | awk -v name="$1" '
    { a[NR] = $1 }
    END {
      if (NR) printf "%s: %d pauses, median %.1f ms, max %.1f ms\n", name, NR, a[int((NR + 1) / 2)], a[NR]
      else printf "%s: no pauses\n", name
    }'
}

status=0
for start in $(seq "$starts"); do
  for jar in "${jars[@]}"; do
    port="$(free_port)"
    out="$dir/serve.out" err="$dir/serve.err" gc="$dir/gc.log"
    : >"$out"
    # shellcheck disable=SC2086 # SERVE_ARGS is a list of arguments
    INVITECHECK_JAR="$jar" INVITECHECK_JAVA_OPTS="${INVITECHECK_JAVA_OPTS:-} -Xlog:gc:file=$gc:uptime" \
      "$root/invitecheck" serve --port "$port" ${SERVE_ARGS:-} >"$out" 2>"$err" &
    pid=$!
    for _ in $(seq 1200); do # up to 120 s: the warm-up may take 60
      grep -q listening "$out" && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    echo "== start $start, $(basename "$jar")"
    if ! grep -q listening "$out"; then
      echo "serve did not start listening:" >&2
      cat "$err" >&2
      status=1
      kill "$pid" 2>/dev/null || true
      pid=""
      continue
    fi
    grep -m1 "warmed up\|no warm-up" "$err" || true
    logged="$(wc -l <"$err")" # access-log lines from here on are the timed requests
    # The machine's own wake-up delays while the phases run (bench/Hiccups.java), and its steal.
    phases="$(tr ',' '\n' <<<"$rates" | grep -c .)"
    java -XX:+UseSerialGC -Xmx32m "$root/bench/Hiccups.java" "$((phases * (seconds + 1)))" \
      >"$dir/hiccups.txt" 2>&1 &
    hiccups=$!
    if ! java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:gc:file="$dir/client-gc.log" \
      -jar "$client" bench \
      --bodies "${BODIES:-5000}" --workload "${WORKLOAD:-mixed}" \
      --skip batch,analyze,cold-start --url "http://127.0.0.1:$port" --concurrency 200 \
      --rate "$rates" --seconds "$seconds" --warm-up 0 2>&1 | sed -n '/^server/,$p'; then
      status=1
    fi
    wait "$hiccups" || true
    cat "$dir/hiccups.txt"
    kill "$pid"
    wait "$pid" || true # SIGTERM: 143 after the shutdown hook
    pid=""
    pauses "collector" <"$gc"
    # The load generator collects its heap before each phase (System.gc()): its pauses from the
    # first of those on, but for those, are the ones that could delay a timed request.
    if grep -q 'System.gc()' "$dir/client-gc.log"; then
      awk '/System.gc\(\)/ { on = 1; next } on' "$dir/client-gc.log" |
        pauses "load generator's collector during the phases"
    else # a build from before session 13: it does not, so all its pauses
      pauses "load generator's collector, from its start" <"$dir/client-gc.log"
    fi
    # The server's own time per request (from reading it to the response sent, in whole ms; not
    # the time a request waited for a worker thread): how much of the tail the server accounts for.
    tail -n +"$((logged + 1))" "$err" | { grep -o ' [0-9]*ms id=' || true; } | tr -dc '0-9\n' |
      sort -n | awk '
      { a[NR] = $1; if ($1 >= 5) slow++ }
      END { if (NR) printf "server'"'"'s own time: %d requests, p99 %d ms, max %d ms, %d of 5 ms or more\n", NR, a[int(NR * 0.99)], a[NR], slow }'
    # The first 200 requests after it listened, in the order it answered them: what a server
    # pays on first contact (new worker threads, new connections) shows here (session 15).
    tail -n +"$((logged + 1))" "$err" | { grep -o ' [0-9]*ms id=' || true; } | tr -dc '0-9\n' |
      awk '
      NR <= 200 { n++; if ($1 >= 5) slow++; if ($1 > max) max = $1 }
      END { if (n) printf "server'"'"'s first %d requests: %d of 5 ms or more, the longest %d ms\n", n, slow, max }'
  done
done
exit "$status"
