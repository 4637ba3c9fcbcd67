package io.invitecheck;

import java.util.Locale;

/**
 * Start-up timing, off by default: with {@code -Dinvitecheck.trace.startup=true} each stage of
 * start-up (model loads, corpus, index, classifier, first analysis) prints one line on standard
 * error, e.g. {@code startup 412 ms +96 ms model pos [main]}: milliseconds since the JVM started,
 * the stage's own duration, its name and thread. Internal; stateless and thread-safe.
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
  }

  /** Starts timing a stage; use in try-with-resources. Costs nothing when the trace is off. */
  public static Span span(String stage) {
    if (!ON) {
      return NONE;
    }
    long start = System.nanoTime();
    return () -> print(stage, System.nanoTime() - start);
  }

  /** Prints a point in time (a stage without duration) when the trace is on. */
  public static void mark(String stage) {
    if (ON) {
      print(stage, -1);
    }
  }

  private static void print(String stage, long nanos) {
    long sinceStart = (System.nanoTime() - Origin.NANOS) / 1_000_000;
    String took = nanos < 0 ? "" : String.format(Locale.ROOT, "%+6d ms", nanos / 1_000_000);
    System.err.printf(
        Locale.ROOT,
        "startup %6d ms %9s  %s [%s]%n",
        sinceStart,
        took,
        stage,
        Thread.currentThread().getName());
  }
}
