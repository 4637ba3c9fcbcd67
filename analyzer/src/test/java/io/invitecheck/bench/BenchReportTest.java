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
    // (8.0 and 8.33 s), so 2.0 and 0.67 s outside them; 0.734 s and 0.352 s collecting
    BatchThroughput unique =
        BatchThroughput.of(
            50_000,
            2,
            List.of(10.0, 9.0),
            List.of(6250.0, 6000.0),
            List.of(0.314, -1.0),
            List.of(0.734, 0.352));
    BenchResult r =
        new BenchResult(
            "0.1.0",
            MACHINE,
            new BenchResult.Setup(50_000, 2, 2, 1, 5_000),
            List.of(new BenchResult.WorkloadResult("unique", unique, null, -1)),
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
                + " (s)         gc (s)            stolen\n"),
        text);
    // median wall 9.5 s: 5,263.2 notes/s; scoring median 6,125; outside median (2.0 + 0.67) / 2;
    // 31.4% of the machine's CPU time stolen in the first run, unknown in the second
    assertTrue(
        text.contains(
            "  unique        50,000       9.50    5263.2           6125.0         1.33  10.00"
                + " 9.00           0.73 0.35         31% ?\n"),
        text);
    assertTrue(text.contains("gc: each run's time in garbage collection"), text);
    assertTrue(text.contains("A small batch pays that"), text);
    assertTrue(text.contains("stolen: the share of the machine's CPU time"), text);
  }

  @Test
  void eachServerPhaseAndTheColdStartSayHowMuchOfTheMachineWasStolen() {
    ServerLoad phase =
        new ServerLoad(
            200,
            4000,
            10.0,
            40_000,
            0,
            4000.0,
            Percentiles.ofNanos(new long[] {400_000}),
            0,
            5_000,
            0.127);
    ColdStart cold =
        new ColdStart(
            List.of("./invitecheck", "check"), 3, List.of(650.0, 640.0, 700.0), 650, 640, 0.02);
    BenchResult r =
        new BenchResult(
            "0.1.0",
            MACHINE,
            new BenchResult.Setup(5_000, 3, 2, 1, 5_000),
            List.of(),
            cold,
            List.of(phase));
    String text = BenchReport.text(r);
    // a server of another process (--url): its worker threads are not known here
    assertTrue(
        text.contains(
            "server, POST /v1/analyze on loopback, 200 connections cycling through 5,000 drafts,"
                + " 4,000 requests/s offered on a fixed schedule (latency from when each was due),"
                + " the server in another process, 10.0 s:\n"),
        text);
    assertTrue(text.contains("  40,000 requests, 4000.0 requests/s, 0 errors, stolen 13%;"), text);
    assertTrue(text.contains("median 650 ms, min 640 ms, stolen 2%\n"), text);
    assertTrue(text.contains("stolen: the share of the machine's CPU time"), text);
  }
}
