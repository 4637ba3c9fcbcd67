# Sourced by the bench scripts: how much of the machine's CPU time its hypervisor gave to other
# guests between two readings of /proc/stat (Linux's steal time), as the bench command reports it
# (io.invitecheck.bench.HostCpu). On a shared virtual machine a run with a large share was slowed
# by the machine, not by what it measured.
#
#   before="$(cpu_ticks)"; ...; stolen_since "$before"    # prints e.g. "31%", or "?" unknown

# The aggregate line's busy, idle and steal ticks, or nothing where there is no /proc/stat.
cpu_ticks() {
  awk '$1 == "cpu" && NF >= 9 { print $2 + $3 + $4 + $7 + $8, $5 + $6, $9; exit }' \
    /proc/stat 2>/dev/null || true
}

# The stolen share of the ticks since the reading $1, as a whole percentage.
stolen_since() {
  local now
  now="$(cpu_ticks)"
  awk -v a="$1" -v b="$now" 'BEGIN {
    n = split(a, x, " "); m = split(b, y, " ")
    total = (y[1] - x[1]) + (y[2] - x[2]) + (y[3] - x[3])
    if (n < 3 || m < 3 || total <= 0) print "?"
    else printf "%.0f%%\n", 100 * (y[3] - x[3]) / total
  }'
}
