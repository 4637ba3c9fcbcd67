package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static final Environment MACHINE =
      new Environment(
          "2026-11-27T12:00:00Z",
          2,
          "Intel(R) Xeon(R) Processor",
          24L << 30,
          1.5,
          "Linux 6.18",
          "17.0.15",
          "Debian",
          "OpenJDK 64-Bit Server VM",
          6L << 30,
          List.of("Copy", "MarkSweepCompact"),
          List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));

  @Test
  void theBatchTableShowsWhatARunSpentOutsideItsScoringLoop() {
    // 50,000 drafts: 10.0 s and 9.0 s end to end, the scoring loops at 6,250 and 6,000 notes/s
    // (8.0 and 8.33 s), so 2.0 and 0.67 s outside them
    BatchThroughput unique =
        BatchThroughput.of(50_000, 2, List.of(10.0, 9.0), List.of(6250.0, 6000.0));
    BenchResult r =
        new BenchResult(
            "0.1.0",
            MACHINE,
            new BenchResult.Setup(50_000, 2, 2, 1, 5_000),
            List.of(new BenchResult.WorkloadResult("unique", unique, null)),
            null,
            List.of());
    String text = BenchReport.text(r);
    assertTrue(
        text.contains(
            "Setup:   50,000 drafts per workload, seed 1; batch --threads 2, median of 2 timed runs"
                + " after a warm-up run of 5,000; analyze after 5,000 warm-up drafts"),
        text);
    assertTrue(
        text.contains(
            "  workload      drafts   median s   notes/s  scoring notes/s  outside (s)  each run"
                + " (s)\n"),
        text);
    // median wall 9.5 s: 5,263.2 notes/s; scoring median 6,125; outside median (2.0 + 0.67) / 2
    assertTrue(
        text.contains(
            "  unique        50,000       9.50    5263.2           6125.0         1.33  10.00"
                + " 9.00\n"),
        text);
    assertTrue(text.contains("A small batch pays that"), text);
  }
}
