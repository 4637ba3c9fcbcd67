package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import io.invitecheck.http.InviteServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invitecheck bench} end to end at a tiny size: every field of the result is there with a
 * sane value (no timing is asserted), and {@code bench generate} writes what {@code batch} reads.
 */
class BenchCommandIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static void sane(JsonNode p, int count, String where) {
    assertEquals(count, p.get("count").asInt(), where);
    double last = 0;
    for (String f : List.of("p50", "p90", "p99", "p999", "max")) {
      double v = p.get(f).asDouble();
      assertTrue(v > 0 && v >= last, where + " " + f + " " + v + " after " + last);
      last = v;
    }
    double mean = p.get("mean").asDouble();
    assertTrue(mean > 0 && mean <= p.get("max").asDouble(), where + " mean " + mean);
  }

  @Test
  void theJsonResultHasEveryPartWithSaneValues() throws IOException {
    Path saved = dir.resolve("bench.json");
    Instant before = Instant.now().minusSeconds(1);
    Cli.Result r =
        Cli.run(
            Main.DEFAULT_FACTORY,
            "bench",
            "-n",
            "40",
            "--runs",
            "1",
            "--threads",
            "2",
            "--seed",
            "9",
            "--server",
            "--seconds",
            "2",
            "--concurrency",
            "20",
            "--rate",
            "0,150",
            "--format",
            "json",
            "--out",
            saved.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.err(), "no progress on a pipe");
    assertEquals(r.out(), Files.readString(saved, StandardCharsets.UTF_8), "--out saves the same");
    JsonNode j = JSON.readTree(r.out());

    assertEquals(InviteAnalyzer.VERSION, j.get("invitecheckVersion").asText());
    JsonNode env = j.get("environment");
    Instant date = Instant.parse(env.get("date").asText());
    assertFalse(date.isBefore(before.minus(Duration.ofSeconds(1))), date.toString());
    assertTrue(date.isBefore(Instant.now().plusSeconds(1)), date.toString());
    assertEquals(Runtime.getRuntime().availableProcessors(), env.get("cores").asInt());
    assertFalse(env.get("cpuModel").asText().isBlank());
    assertTrue(env.get("memoryBytes").asLong() > 100L << 20, env.toString());
    assertTrue(env.has("loadAverage"));
    assertEquals(System.getProperty("java.version"), env.get("javaVersion").asText());
    assertEquals(System.getProperty("java.vendor"), env.get("javaVendor").asText());
    assertTrue(env.get("vm").asText().contains(System.getProperty("java.vm.name")));
    assertEquals(Runtime.getRuntime().maxMemory(), env.get("maxHeapBytes").asLong());
    assertTrue(env.get("gc").size() > 0, env.toString());
    assertTrue(env.get("jvmFlags").isArray());
    assertFalse(env.get("os").asText().isBlank());

    JsonNode setup = j.get("setup");
    assertEquals(40, setup.get("drafts").asInt());
    assertEquals(1, setup.get("runs").asInt());
    assertEquals(2, setup.get("threads").asInt());
    assertEquals(9, setup.get("seed").asLong());
    assertEquals(40, setup.get("warmUpDrafts").asInt());

    List<String> ids = new ArrayList<>();
    for (JsonNode w : j.get("workloads")) {
      String id = w.get("workload").asText();
      ids.add(id);
      JsonNode b = w.get("batch");
      assertEquals(40, b.get("drafts").asInt(), id);
      assertEquals(2, b.get("threads").asInt(), id);
      assertEquals(1, b.get("runs").asInt(), id);
      assertEquals(1, b.get("wallSeconds").size(), id);
      double wall = b.get("medianWallSeconds").asDouble();
      assertEquals(b.get("wallSeconds").get(0).asDouble(), wall, 1e-12, id);
      assertTrue(wall > 0, id);
      assertEquals(40 / wall, b.get("notesPerSecond").asDouble(), 1e-6, id);
      double scoring = b.get("medianScoringNotesPerSecond").asDouble();
      assertTrue(scoring > 0, id);
      assertEquals(1, b.get("scoringNotesPerSecond").size(), id);
      // the scoring loop is part of the run, so it cannot be slower than the whole run
      assertTrue(scoring >= b.get("notesPerSecond").asDouble(), id + ": " + b);
      // what the run spent outside its scoring loop: building the analyzer at least
      double outside = b.get("medianOutsideScoringSeconds").asDouble();
      assertEquals(wall - 40 / scoring, outside, 1e-9, id);
      assertTrue(outside > 0 && outside < wall, id + ": " + b);
      // the run's time in garbage collection, which it cannot exceed
      assertEquals(1, b.get("gcSeconds").size(), id);
      double gc = b.get("gcSeconds").get(0).asDouble();
      assertTrue(gc >= 0 && gc < wall, id + ": " + b);
      sane(w.get("analyze"), 40, id);
    }
    assertEquals(List.of("mail-merge", "unique", "mixed"), ids);

    JsonNode cold = j.get("coldStart");
    assertEquals(1, cold.get("runs").asInt());
    assertEquals(1, cold.get("wallMillis").size());
    double median = cold.get("medianMillis").asDouble();
    assertTrue(median > 0);
    assertEquals(median, cold.get("minMillis").asDouble(), 1e-12);
    List<String> command = new ArrayList<>();
    cold.get("command").forEach(c -> command.add(c.asText()));
    assertTrue(command.contains("check") && command.contains("--note"), command.toString());

    JsonNode phases = j.get("server");
    assertEquals(2, phases.size(), phases.toString());
    for (JsonNode server : phases) {
      assertEquals(20, server.get("concurrency").asInt());
      assertEquals(8, server.get("serverThreads").asInt());
      assertEquals(5000, server.get("bodies").asInt(), "the default: 5,000 mixed drafts");
      assertEquals(0, server.get("errors").asLong(), server.toString());
      long requests = server.get("requests").asLong();
      assertTrue(requests >= 20, server.toString());
      // From the first request to the last answer: the schedule's last request is due at 1.993 s.
      double seconds = server.get("seconds").asDouble();
      assertTrue(seconds >= 1.99, server.toString());
      assertEquals(requests / seconds, server.get("requestsPerSecond").asDouble(), 1e-6);
      sane(server.get("latency"), (int) requests, "server");
    }
    assertEquals(0, phases.get(0).get("rate").asDouble(), "a closed loop first");
    JsonNode paced = phases.get(1);
    assertEquals(150, paced.get("rate").asDouble());
    // 2 s at 150 requests/s: the schedule holds 300 requests, and the server keeps up with them.
    assertEquals(300, paced.get("requests").asLong(), 2, paced.toString());
  }

  @Test
  void urlLoadTestsAServerOfAnotherAnalyzerOnItsSchedule() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (InviteAnalyzer analyzer = InviteAnalyzer.builder().build();
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8)) {
      InviteServer server =
          InviteServer.start(
              analyzer,
              ServerSettings.defaults(),
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
              null,
              logStream);
      Cli.Result r;
      try {
        r =
            Cli.run(
                Main.DEFAULT_FACTORY,
                "bench",
                "--skip",
                "batch,analyze,cold-start",
                "--url",
                server.uri().toString(),
                "--seconds",
                "1",
                "--warm-up",
                "0",
                "--concurrency",
                "4",
                "--rate",
                "60",
                "--workload",
                "unique",
                "--bodies",
                "30",
                "--format",
                "json");
      } finally {
        server.close();
      }
      assertEquals(0, r.code(), r.toString());
      JsonNode phases = JSON.readTree(r.out()).get("server");
      assertEquals(1, phases.size(), phases.toString());
      JsonNode p = phases.get(0);
      assertEquals(60, p.get("rate").asDouble());
      assertEquals(0, p.get("serverThreads").asInt(), "another process's threads are unknown");
      assertEquals(30, p.get("bodies").asInt(), p.toString());
      assertEquals(0, p.get("errors").asLong(), p.toString());
      assertEquals(60, p.get("requests").asLong(), p.toString());
      sane(p.get("latency"), 60, "server");
      // The other server's access log saw exactly the scheduled requests, all answered with 200.
      long answered =
          log.toString(StandardCharsets.UTF_8)
              .lines()
              .filter(l -> l.contains(" POST /v1/analyze 200 "))
              .count();
      assertEquals(60, answered, log.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void theTextResultShowsOnlyThePartsAskedFor() {
    Cli.Result r =
        Cli.run(
            Cli.shared(Cli.real()),
            "bench",
            "-n",
            "30",
            "--workload",
            "unique,mail-merge",
            "--skip",
            "batch,cold-start");
    assertEquals(0, r.code(), r.toString());
    String out = r.out();
    assertTrue(out.startsWith("InviteCheck bench: invitecheck " + InviteAnalyzer.VERSION), out);
    assertTrue(out.contains("\nMachine: "), out);
    assertTrue(out.contains("\nJVM:     Java " + System.getProperty("java.version")), out);
    assertTrue(out.contains("analyze latency, in-process, one thread"), out);
    int unique = out.indexOf("\n  unique ");
    int mailMerge = out.indexOf("\n  mail-merge ");
    assertTrue(unique > 0 && mailMerge > unique, "in the order asked:\n" + out);
    assertFalse(out.contains("batch, in-process"), out);
    assertFalse(out.contains("cold start"), out);
    assertFalse(out.contains("server,"), out);
  }

  /** {@code bench generate -n 700 --workload mixed --seed 5} with {@code more} arguments. */
  private static Cli.Result generate700(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("bench", "generate", "-n", "700", "--workload", "mixed", "--seed", "5"));
    args.addAll(List.of(more));
    return Cli.run(Main.DEFAULT_FACTORY, args.toArray(String[]::new));
  }

  @Test
  void generateWritesTheSameBytesForTheSameSeedAndBatchReadsEveryRecord() throws IOException {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    for (Path p : List.of(a, b)) {
      Cli.Result r = generate700("-o", p.toString());
      assertEquals(0, r.code(), r.toString());
      assertEquals(
          "invitecheck bench generate: 700 mixed drafts (seed 5) written to " + p + "\n", r.err());
    }
    byte[] bytes = Files.readAllBytes(a);
    assertArrayEquals(bytes, Files.readAllBytes(b));
    Cli.Result stdout = generate700();
    assertEquals(new String(bytes, StandardCharsets.UTF_8), stdout.out());
    // "-o -" is stdout too, not a file named "-"
    Cli.Result dash = generate700("-o", "-");
    assertEquals(0, dash.code(), dash.toString());
    assertEquals(stdout.out(), dash.out());
    assertFalse(Files.exists(Path.of("-")), "a file named '-' in " + Path.of("").toAbsolutePath());

    Set<String> ids = new HashSet<>();
    try (DraftSource source =
        new JsonlSource(
            new BoundedLineReader(Files.newInputStream(a), DraftSource.MAX_RECORD_BYTES))) {
      DraftSource.Item item;
      int n = 0;
      while ((item = source.next()) != null) {
        n++;
        assertNull(item.error(), "line " + item.line() + ": " + item.error());
        assertNotNull(item.draft());
        assertTrue(ids.add(item.id()), "repeated id " + item.id());
        assertTrue(item.draft().note().length() <= 300, item.draft().note());
      }
      assertEquals(700, n);
      assertEquals(0, source.blankLines());
    }
  }
}
