package io.invitecheck.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text and JSON forms of a {@link BenchResult}. Thread-safe. */
public final class BenchReport {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchReport() {}

  /** The result as pretty-printed JSON, ending with a line break. */
  public static String json(BenchResult r) {
    try {
      return JSON.writeValueAsString(r) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The result as a table for people. */
  public static String text(BenchResult r) {
    StringBuilder b = new StringBuilder();
    Environment e = r.environment();
    BenchResult.Setup s = r.setup();
    line(b, "InviteCheck bench: invitecheck %s, %s", r.invitecheckVersion(), e.date());
    line(
        b,
        "Machine: %d cores, %s, %s memory, load average %s at start, %s",
        e.cores(),
        e.cpuModel(),
        e.memoryBytes() < 0 ? "unknown" : gib(e.memoryBytes()),
        e.loadAverage() < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", e.loadAverage()),
        e.os());
    line(
        b,
        "JVM:     Java %s (%s), %s, max heap %s, GC %s",
        e.javaVersion(),
        e.javaVendor(),
        e.vm(),
        gib(e.maxHeapBytes()),
        String.join(" + ", e.gc()));
    line(b, "         flags: %s", e.jvmFlags().isEmpty() ? "(none)" : flags(e.jvmFlags()));
    line(
        b,
        "Setup:   %,d drafts per workload, seed %d; batch --threads %d, median of %d timed runs"
            + " after a warm-up run of %,d; analyze after %,d warm-up drafts",
        s.drafts(),
        s.seed(),
        s.threads(),
        s.runs(),
        s.warmUpDrafts(),
        s.warmUpDrafts());

    if (r.workloads().stream().anyMatch(w -> w.batch() != null)) {
      b.append('\n');
      line(b, "batch, in-process, end to end (analyzer start-up, both passes, reports written):");
      line(
          b,
          "  %-11s %8s %10s %9s %16s %12s  %-20s %-17s %s",
          "workload",
          "drafts",
          "median s",
          "notes/s",
          "scoring notes/s",
          "outside (s)",
          "each run (s)",
          "gc (s)",
          "stolen");
      for (BenchResult.WorkloadResult w : r.workloads()) {
        BatchThroughput t = w.batch();
        if (t == null) {
          continue;
        }
        line(
            b,
            "  %-11s %,8d %10.2f %9.1f %16.1f %12.2f  %-20s %-17s %s",
            w.workload(),
            t.drafts(),
            t.medianWallSeconds(),
            t.notesPerSecond(),
            t.medianScoringNotesPerSecond(),
            t.medianOutsideScoringSeconds(),
            seconds(t.wallSeconds()),
            seconds(t.gcSeconds()),
            t.stolenShare().stream().map(BenchReport::percent).collect(Collectors.joining(" ")));
      }
      line(
          b,
          "  (scoring notes/s: batch's own summary, the scoring loop alone; outside: the rest of");
      line(
          b,
          "  the run, building the analyzer and the mass-template pass. A small batch pays that,");
      line(b, "  and its scoring loop's slower first notes, whatever its size: try -n 2000;");
      line(b, "  gc: each run's time in garbage collection; each starts after a full collection)");
    }

    if (r.workloads().stream().anyMatch(w -> w.analyze() != null)) {
      b.append('\n');
      line(b, "analyze latency, in-process, one thread, one call at a time (ms):");
      line(
          b,
          "  %-11s %8s %8s %8s %8s %8s %8s %8s %8s",
          "workload",
          "calls",
          "p50",
          "p90",
          "p99",
          "p99.9",
          "max",
          "mean",
          "stolen");
      for (BenchResult.WorkloadResult w : r.workloads()) {
        Percentiles p = w.analyze();
        if (p != null) {
          line(
              b,
              "  %-11s %,8d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f %8s",
              w.workload(),
              p.count(),
              p.p50(),
              p.p90(),
              p.p99(),
              p.p999(),
              p.max(),
              p.mean(),
              percent(w.analyzeStolenShare()));
        }
      }
    }

    ColdStart c = r.coldStart();
    if (c != null) {
      b.append('\n');
      line(
          b,
          "cold start of one check (wall, %d runs after 1 untimed): median %.0f ms, min %.0f ms,"
              + " stolen %s",
          c.runs(),
          c.medianMillis(),
          c.minMillis(),
          percent(c.stolenShare()));
      line(b, "  command: %s", command(c.command()));
    }

    for (ServerLoad v : r.server()) {
      b.append('\n');
      line(
          b,
          "server, POST /v1/analyze on loopback, %d connections cycling through %,d drafts, %s,"
              + " %s, %.1f s:",
          v.concurrency(),
          v.bodies(),
          v.rate() == 0
              ? "closed loop (each answer sends the next request)"
              : String.format(
                  Locale.ROOT,
                  "%,.0f requests/s offered on a fixed schedule (latency from when each was due)",
                  v.rate()),
          v.serverThreads() > 0
              ? v.serverThreads() + " worker threads"
              : "the server in another process",
          v.seconds());
      Percentiles p = v.latency();
      line(
          b,
          "  %,d requests, %.1f requests/s, %,d errors, stolen %s; latency ms: %s",
          v.requests(),
          v.requestsPerSecond(),
          v.errors(),
          percent(v.stolenShare()),
          p == null
              ? "none (no 200 answer)"
              : String.format(
                  Locale.ROOT,
                  "p50 %.2f, p90 %.2f, p99 %.2f, max %.1f",
                  p.p50(),
                  p.p90(),
                  p.p99(),
                  p.max()));
    }
    if (!r.workloads().isEmpty() || c != null || !r.server().isEmpty()) {
      b.append('\n');
      line(
          b,
          "stolen: the share of the machine's CPU time that its hypervisor gave to other guests");
      line(b, "while a part ran (Linux's steal time, /proc/stat); a run with a large share was");
      line(b, "slowed by the machine, not by InviteCheck.");
    }
    return b.toString();
  }

  /** Seconds with two decimals, separated by spaces, e.g. {@code 10.86 0.35}. */
  private static String seconds(List<Double> values) {
    return values.stream()
        .map(x -> String.format(Locale.ROOT, "%.2f", x))
        .collect(Collectors.joining(" "));
  }

  /** A share as a whole percentage, e.g. {@code 31%}; {@code ?} when unknown. */
  static String percent(double share) {
    return share < 0 ? "?" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static void line(StringBuilder b, String format, Object... args) {
    b.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * 1024 * 1024));
  }

  /** The flags, without the long ones that say nothing about speed (class paths, agents). */
  private static String flags(List<String> flags) {
    return flags.stream()
        .map(f -> f.length() > 120 ? f.substring(0, 117) + "..." : f)
        .collect(Collectors.joining(" "));
  }

  private static String command(List<String> command) {
    return command.stream()
        .map(a -> a.length() > 100 ? a.substring(0, 97) + "..." : a)
        .map(a -> a.contains(" ") ? "\"" + a + "\"" : a)
        .collect(Collectors.joining(" "));
  }
}
