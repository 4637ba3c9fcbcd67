package io.invitecheck.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/**
 * Whether the JVM's just-in-time compilers have settled: over the last 3 s they spent less than 20%
 * of it compiling (the compile time of all compiler threads together, from {@link
 * CompilationMXBean#getTotalCompilationTime()}). Asked every 250 ms while the server warms up
 * ({@link ServerWarmUp}); not thread-safe.
 *
 * <p>Why a measure of the compilers and not a fixed time: on 2 cores the server compiler (C2) was
 * busy for 33 s of a warm-up, one compiler thread compiling all the time (38 s of compile time,
 * 1,620 methods, 130 of them compiled again after a deoptimisation), and a faster or busier machine
 * takes a different time. Once it settled, its compile time grew by 0-0.3 s a second.
 */
public final class CompilerActivity {
  /** How far back {@link #settled()} looks: 3 s. */
  static final long WINDOW_NANOS = 3_000_000_000L;

  /** The share of the window the compilers may spend compiling and still count as settled. */
  static final double BUSY_SHARE = 0.2;

  private final LongSupplier compileMillis;
  private final LongSupplier nanoTime;
  private final long window;
  private final double busyShare;
  private final ArrayDeque<long[]> samples = new ArrayDeque<>(); // {nanoTime, compileMillis}

  CompilerActivity(LongSupplier compileMillis, LongSupplier nanoTime, long window, double share) {
    if (window <= 0 || !(share > 0)) {
      throw new IllegalArgumentException("window " + window + " ns, share " + share);
    }
    this.compileMillis = compileMillis;
    this.nanoTime = nanoTime;
    this.window = window;
    this.busyShare = share;
  }

  /**
   * This JVM's compilers, or null when it cannot tell their compile time (no JIT compiler, or no
   * compile-time monitoring): a warm-up then lasts its whole time.
   */
  public static CompilerActivity ofThisJvm() {
    CompilationMXBean bean = ManagementFactory.getCompilationMXBean();
    if (bean == null || !bean.isCompilationTimeMonitoringSupported()) {
      return null;
    }
    return new CompilerActivity(
        bean::getTotalCompilationTime, System::nanoTime, WINDOW_NANOS, BUSY_SHARE);
  }

  /**
   * Takes a sample and says whether the compilers have settled: true once the samples span at least
   * the window and the compile time over the last window is under the busy share of it.
   */
  public boolean settled() {
    long now = nanoTime.getAsLong();
    samples.addLast(new long[] {now, compileMillis.getAsLong()});
    // keep the newest sample that is at least a window old, and everything after it: drop the
    // oldest while the one after it is old enough too
    while (samples.size() > 1 && now - second()[0] >= window) {
      samples.removeFirst();
    }
    long[] oldest = samples.peekFirst();
    long[] newest = samples.peekLast();
    long span = newest[0] - oldest[0];
    if (span < window) {
      return false;
    }
    double compiling = (newest[1] - oldest[1]) * 1_000_000.0;
    return compiling < busyShare * span;
  }

  private long[] second() {
    var it = samples.iterator();
    it.next();
    return it.next();
  }
}
