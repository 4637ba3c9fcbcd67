package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Usage errors of {@code bench}: exit 2 with a message, before anything is built or measured. */
class BenchCommandTest {
  private static final Main.AnalyzerFactory BROKEN =
      s -> {
        throw new IllegalStateException("no analyzer in unit tests");
      };

  private static void usage(String expected, String... args) {
    Cli.Result r = Cli.run(BROKEN, args);
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains(expected), r.err());
    assertEquals("", r.out());
  }

  @Test
  void badOptionsExitTwoSayingWhatIsWrong() {
    usage("-n must be 1 or more, was 0", "bench", "-n", "0");
    usage("--runs must be 1 or more, was 0", "bench", "--runs", "0");
    usage("--threads must be between 1 and 256, was 0", "bench", "--threads", "0");
    usage("--seconds must be between 1 and 3600", "bench", "--server", "--seconds", "0");
    usage("--concurrency must be between 1 and 1000", "bench", "--concurrency", "5000");
    usage("--rate must be between 0 and 1000000, was -5.0", "bench", "--server", "--rate", "10,-5");
    usage("--warm-up must be between 0 and 3600, was -1", "bench", "--server", "--warm-up", "-1");
    usage("--bodies must be between 1 and 1000000, was 0", "bench", "--server", "--bodies", "0");
    usage("--url must look like http://127.0.0.1:8080", "bench", "--url", "ftp://127.0.0.1:21");
    usage("--url must look like http://127.0.0.1:8080", "bench", "--url", "http://127.0.0.1");
    usage(
        "--url must look like http://127.0.0.1:8080",
        "bench",
        "--url",
        "http://127.0.0.1:8080/v1/analyze");
    usage("--url must name a loopback address", "bench", "--url", "http://10.1.2.3:8080");
    usage("unknown workload 'bulk': expected one of mail-merge", "bench", "--workload", "bulk");
    usage("unknown part 'lint': expected batch, analyze or cold-start", "bench", "--skip", "lint");
    usage("unknown format 'xml': expected text or json", "bench", "--format", "xml");
    usage(
        "cannot write the result to '/no/such/dir/b.json'",
        "bench",
        "--out",
        "/no/such/dir/b.json");
    usage(
        "--launcher '/no/such/launcher' is not an executable file",
        "bench",
        "--launcher",
        "/no/such/launcher");
    usage("Missing required option: '--count=N'", "bench", "generate");
    usage("-n must be 0 or more, was -1", "bench", "generate", "-n", "-1");
    usage("unknown workload 'x'", "bench", "generate", "-n", "1", "--workload", "x");
  }

  @Test
  void helpShowsExamples() {
    Cli.Result r = Cli.run(BROKEN, "bench", "--help");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("invitecheck bench -n 5000 --runs 3 --format json"), r.out());
    assertTrue(r.out().contains("generate  Write N realistic drafts as JSON Lines"), r.out());
    Cli.Result g = Cli.run(BROKEN, "bench", "generate", "--help");
    assertTrue(g.out().contains("mixed       70% mail-merge, 30% unique, interleaved"), g.out());
  }
}
