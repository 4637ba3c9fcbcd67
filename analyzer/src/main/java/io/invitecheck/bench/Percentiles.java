package io.invitecheck.bench;

import java.util.Arrays;

/**
 * A latency distribution in milliseconds: the nearest-rank percentiles of the measured times (p99.9
 * needs at least 1,000 of them to be more than the maximum). Immutable.
 *
 * @param count how many times were measured
 * @param p50 the median
 * @param p90 the 90th percentile
 * @param p99 the 99th percentile
 * @param p999 the 99.9th percentile
 * @param max the slowest
 * @param mean the arithmetic mean
 */
public record Percentiles(
    int count, double p50, double p90, double p99, double p999, double max, double mean) {

  /**
   * The distribution of these times in nanoseconds (the array is sorted in place).
   *
   * @throws IllegalArgumentException when there is no time
   */
  public static Percentiles ofNanos(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no time was measured");
    }
    Arrays.sort(nanos);
    double sum = 0;
    for (long n : nanos) {
      sum += n;
    }
    return new Percentiles(
        nanos.length,
        ms(rank(nanos, 0.50)),
        ms(rank(nanos, 0.90)),
        ms(rank(nanos, 0.99)),
        ms(rank(nanos, 0.999)),
        ms(nanos[nanos.length - 1]),
        sum / nanos.length / 1e6);
  }

  /** The nearest-rank percentile of sorted values: the smallest value with at least q below. */
  static long rank(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
