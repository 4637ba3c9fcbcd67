package io.invitecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The machine's CPU time counters at one moment, from the first line of Linux's {@code /proc/stat}
 * (in clock ticks, all cores together), so that a measurement can say how much of the machine's
 * time the hypervisor gave to other guests while it ran: Linux's <em>steal</em> time. On a shared
 * virtual machine it is one reason the same run takes 8.5 s in one hour and 13 s in the next; it
 * misses another, a guest sharing the physical core or its cache, which counts as no steal. Where
 * there is no {@code /proc/stat} every share is unknown (-1). Immutable.
 *
 * @param busy ticks spent running anything (user, nice, system, irq, softirq)
 * @param idle ticks idle or waiting for I/O
 * @param stolen ticks a virtual CPU wanted to run but the hypervisor ran something else
 */
public record HostCpu(long busy, long idle, long stolen) {
  private static final Path PROC_STAT = Path.of("/proc/stat");

  /** Counters that could not be read. */
  static final HostCpu UNKNOWN = new HostCpu(-1, -1, -1);

  /** The counters now, or {@link #UNKNOWN}. */
  public static HostCpu now() {
    try (var lines = Files.lines(PROC_STAT, StandardCharsets.US_ASCII)) {
      return lines.findFirst().map(HostCpu::parse).orElse(UNKNOWN);
    } catch (IOException | RuntimeException e) {
      return UNKNOWN;
    }
  }

  /**
   * The counters of the aggregate line of {@code /proc/stat}: {@code cpu user nice system idle
   * iowait irq softirq steal [guest guest_nice]}; {@link #UNKNOWN} for any other line. Guest time
   * is already counted in user and nice.
   */
  static HostCpu parse(String line) {
    String[] f = line.strip().split("\\s+");
    if (f.length < 9 || !f[0].equals("cpu")) {
      return UNKNOWN;
    }
    try {
      long[] v = new long[8];
      for (int i = 0; i < v.length; i++) {
        v[i] = Long.parseLong(f[i + 1]);
      }
      return new HostCpu(v[0] + v[1] + v[2] + v[5] + v[6], v[3] + v[4], v[7]);
    } catch (NumberFormatException e) {
      return UNKNOWN;
    }
  }

  /**
   * The share of the machine's CPU time from {@code before} to these counters that was stolen, 0 to
   * 1; -1 when either is unknown or no tick passed.
   */
  public double stolenSince(HostCpu before) {
    if (equals(UNKNOWN) || before.equals(UNKNOWN)) {
      return -1;
    }
    long total = (busy - before.busy) + (idle - before.idle) + (stolen - before.stolen);
    return total <= 0 ? -1 : (double) (stolen - before.stolen) / total;
  }
}
