package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.invitecheck.InviteAnalyzer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as a user runs it: a separate JVM, real exit codes, a real SIGTERM. Failsafe runs
 * after {@code package}, so the jar exists at verify time; the test is skipped when it does not.
 */
class ShadedJarIT {
  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() throws IOException {
    jar = PackagedJar.find();
  }

  private record Run(int code, String out, String err) {}

  private Run java(String... args) throws IOException, InterruptedException {
    Process p = start(args);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time");
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
  }

  private Process start(String... args) throws IOException {
    assumeTrue(jar != null, "no shaded jar in target/: run mvn package");
    List<String> cmd = new ArrayList<>(List.of("java", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd)
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile())
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .start();
  }

  @Test
  void theJarRunsTheCommandsWithTheirExitCodes() throws Exception {
    Run v = java("--version");
    assertEquals(0, v.code(), v.err());
    assertTrue(v.out().startsWith("invitecheck " + InviteAnalyzer.VERSION), v.out());

    Run check = java("check", "--format", "json", "--id", "j-1", "--note", "Hi Ana, nice talk.");
    assertTrue(check.code() == 0 || check.code() == 1, check.err());
    assertTrue(check.out().startsWith("{\"schemaVersion\":1,\"id\":\"j-1\""), check.out());
    assertFalse(check.err().contains("SLF4J"), "no logging noise: " + check.err());

    Run usage = java("check", "--nope");
    assertEquals(2, usage.code());
    assertTrue(usage.err().startsWith("invitecheck check: Unknown option: '--nope'"), usage.err());

    Path examples = Path.of("..", "corpus", "examples", "drafts.jsonl");
    Run batch = java("batch", examples.toString(), "--format", "csv");
    assertEquals(0, batch.code(), batch.err());
    assertEquals(
        Files.readAllLines(examples).size() + 1, batch.out().split("\r\n").length, batch.out());
    assertTrue(batch.err().contains("errors:  0"), batch.err());
    assertFalse(batch.err().contains("\u001b["), "no progress bar off a terminal: " + batch.err());
  }

  @Test
  void sigtermLeavesNoOutputAndNoTemporaryFile() throws Exception {
    Path in = dir.resolve("many.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      b.append("{\"id\":\"m-")
          .append(i)
          .append("\",\"note\":\"Hi Ana, I enjoyed your talk on payment fraud, part ")
          .append(i)
          .append(".\"}\n");
    }
    Files.writeString(in, b);
    Path out = dir.resolve("out.jsonl");
    Process p = start("batch", in.toString(), "-o", out.toString());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (temporaryFiles().isEmpty() && p.isAlive() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    assertFalse(temporaryFiles().isEmpty(), "the batch writes to a temporary file");
    Thread.sleep(1500); // let it write some results
    assertTrue(p.isAlive(), "20,000 drafts take longer than this");
    p.destroy(); // SIGTERM
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertFalse(Files.exists(out), "no half-written output");
    assertEquals(List.of(), temporaryFiles(), "the shutdown hook deleted the temporary file");
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
