package io.invitecheck;

import java.util.Locale;

/**
 * Start-up timing, off by default: with {@code -Dinvitecheck.trace.startup=true} each stage of
 * start-up (model loads, corpus, index, classifier, first analysis) prints one line on standard
 * error, e.g. {@code startup 412 ms +96 ms (cpu 80 ms) model pos [main]}: milliseconds since the
 * JVM started, the stage's own wall and CPU time (on its thread), its name and thread. Internal;
 * stateless and thread-safe.
 */
public final class StartupTrace {
  /** The system property that turns the trace on. */
  public static final String PROPERTY = "invitecheck.trace.startup";

  private static final boolean ON = Boolean.getBoolean(PROPERTY);

  private StartupTrace() {}

  /** Whether the trace is on. */
  public static boolean on() {
    return ON;
  }

  /** A stage being timed; closing it prints its line when the trace is on. */
  public interface Span extends AutoCloseable {
    @Override
    void close();
  }

  private static final Span NONE = () -> {};

  /** The JVM's start on the {@link System#nanoTime()} clock (millisecond resolution). */
  private static final class Origin {
    static final long NANOS =
        System.nanoTime()
            - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

    private static final java.lang.management.ThreadMXBean THREADS =
        java.lang.management.ManagementFactory.getThreadMXBean();

    /** The CPU time of the current thread. */
    static long cpuNanos() {
      return THREADS.getCurrentThreadCpuTime();
    }
  }

  /** Starts timing a stage; use in try-with-resources. Costs nothing when the trace is off. */
  public static Span span(String stage) {
    if (!ON) {
      return NONE;
    }
    long start = System.nanoTime();
    long cpu = Origin.cpuNanos();
    return () -> print(stage, System.nanoTime() - start, Origin.cpuNanos() - cpu);
  }

  /** Prints a point in time (a stage without duration) when the trace is on. */
  public static void mark(String stage) {
    if (ON) {
      print(stage, -1, -1);
    }
  }

  /**
   * Prints, when the trace is on, the CPU time of the whole process so far and of each live Java
   * thread; what the threads do not account for is the JVM's own work (compiling, collecting).
   */
  public static void cpuSummary() {
    if (!ON) {
      return;
    }
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      System.err.printf(
          Locale.ROOT, "startup cpu: process %d ms%n", sun.getProcessCpuTime() / 1_000_000);
    }
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (java.lang.management.ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null) {
        long cpu = threads.getThreadCpuTime(t.getThreadId());
        if (cpu > 5_000_000) {
          System.err.printf(
              Locale.ROOT, "startup cpu: %5d ms  %s%n", cpu / 1_000_000, t.getThreadName());
        }
      }
    }
  }

  private static void print(String stage, long nanos, long cpuNanos) {
    long sinceStart = (System.nanoTime() - Origin.NANOS) / 1_000_000;
    String took =
        nanos < 0
            ? ""
            : String.format(
                Locale.ROOT, "%+6d ms (cpu %4d ms)", nanos / 1_000_000, cpuNanos / 1_000_000);
    System.err.printf(
        Locale.ROOT,
        "startup %6d ms %21s  %s [%s]%n",
        sinceStart,
        took,
        stage,
        Thread.currentThread().getName());
  }
}
