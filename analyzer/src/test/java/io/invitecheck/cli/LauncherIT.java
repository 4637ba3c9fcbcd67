package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code invitecheck} launcher's choice of JVM flags, which every measurement in the README's
 * performance section depends on: it runs the packaged jar (through {@code INVITECHECK_JAR}, so no
 * build) with {@code -XX:+PrintCommandLineFlags} and reads the flags the JVM got.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "invitecheck").toAbsolutePath().normalize();
  private static final Path EXAMPLES =
      Path.of("..", "corpus", "examples", "drafts.jsonl").toAbsolutePath().normalize();
  private static Path jar;

  @TempDir Path dir;

  @BeforeAll
  static void findJar() throws IOException {
    jar = PackagedJar.find();
  }

  private record Run(int code, String out, String err) {
    /** The flags line {@code -XX:+PrintCommandLineFlags} printed first. */
    List<String> flags() {
      String first = out.lines().findFirst().orElse("");
      assertTrue(first.contains("-XX:+PrintCommandLineFlags"), () -> "flags line in: " + out);
      return List.of(first.trim().split(" +"));
    }
  }

  private Run launch(Map<String, String> env, String... args) throws Exception {
    assumeTrue(jar != null, "no shaded jar in target/: run mvn package");
    assumeTrue(Files.isRegularFile(LAUNCHER), "the launcher beside the analyzer module");
    List<String> cmd = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .redirectOutput(dir.resolve("stdout").toFile())
            .redirectError(dir.resolve("stderr").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
    pb.environment().remove("INVITECHECK_JAVA_OPTS");
    pb.environment().remove("INVITECHECK_C2_BYTES");
    pb.environment().put("INVITECHECK_JAR", jar.toString());
    pb.environment().putAll(env);
    Process p = pb.start();
    assertTrue(p.waitFor(180, TimeUnit.SECONDS), "finished in time");
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8));
  }

  private static final Map<String, String> PRINT_FLAGS =
      Map.of("INVITECHECK_JAVA_OPTS", "-XX:+PrintCommandLineFlags");

  @Test
  void batchGetsTheClientCompilerAParallelCollectorAndTheBatchGenerations() throws Exception {
    Run r = launch(PRINT_FLAGS, "batch", "--version");
    assertEquals(0, r.code(), r.err());
    List<String> flags = r.flags();
    assertTrue(flags.contains("-XX:+UseParallelGC"), flags::toString);
    assertFalse(flags.contains("-XX:+UseSerialGC"), flags::toString);
    assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), flags::toString);
    assertTrue(flags.contains("-XX:NewSize=536870912"), flags::toString);
    assertTrue(flags.contains("-XX:MaxTenuringThreshold=1"), flags::toString);
    assertTrue(flags.contains("-XX:OldSize=536870912"), flags::toString);
    assertTrue(r.out().contains("invitecheck " + io.invitecheck.InviteAnalyzer.VERSION), r.out());
  }

  @Test
  void aHeapSizedByTheUserKeepsTheLaunchersSizesOut() throws Exception {
    Run r =
        launch(
            Map.of("INVITECHECK_JAVA_OPTS", "-Xmx256m -XX:+PrintCommandLineFlags"),
            "batch",
            "--version");
    assertEquals(0, r.code(), r.err());
    List<String> flags = r.flags();
    assertTrue(flags.contains("-XX:MaxHeapSize=268435456"), flags::toString);
    assertFalse(flags.contains("-XX:NewSize=536870912"), flags::toString);
    assertFalse(flags.contains("-XX:MaxTenuringThreshold=1"), flags::toString);
    assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), flags::toString);
  }

  @Test
  void checkSkipsPerfDataAndServeKeepsG1AndTieredCompilation() throws Exception {
    List<String> check = launch(PRINT_FLAGS, "check", "--version").flags();
    assertTrue(check.contains("-XX:-UsePerfData"), check::toString);
    assertTrue(check.contains("-XX:NewSize=536870912"), check::toString);
    assertFalse(check.contains("-XX:MaxTenuringThreshold=1"), check::toString);
    assertTrue(check.contains("-XX:+UseSerialGC"), check::toString);

    List<String> serve = launch(PRINT_FLAGS, "serve", "--version").flags();
    assertTrue(serve.contains("-XX:+UseG1GC"), serve::toString);
    assertTrue(
        serve.stream().noneMatch(f -> f.startsWith("-XX:TieredStopAtLevel")), serve::toString);
    // survivors move to the old generation after one collection: shorter young pauses
    assertTrue(serve.contains("-XX:MaxTenuringThreshold=1"), serve::toString);
  }

  @Test
  void benchGetsTheFlagsOfTheBatchItMeasures() throws Exception {
    List<String> flags = launch(PRINT_FLAGS, "bench", "--version").flags();
    assertTrue(flags.contains("-XX:+UseParallelGC"), flags::toString);
    assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), flags::toString);
    assertTrue(flags.contains("-XX:NewSize=536870912"), flags::toString);
    assertTrue(flags.contains("-XX:MaxTenuringThreshold=1"), flags::toString);
  }

  @Test
  void aBatchWhoseCollectorTheUserChoseKeepsIt() throws Exception {
    Map<String, String> env =
        Map.of("INVITECHECK_JAVA_OPTS", "-XX:+UseSerialGC -XX:+PrintCommandLineFlags");
    List<String> flags = launch(env, "batch", "--version").flags();
    assertTrue(flags.contains("-XX:+UseSerialGC"), flags::toString);
    assertFalse(flags.contains("-XX:+UseParallelGC"), flags::toString);
  }

  @Test
  void aCollectorTheUserChoseReplacesTheLaunchersForEveryCommand() throws Exception {
    // the JVM refuses to start with two collectors: "Multiple garbage collectors selected"
    Map<String, String> g1 =
        Map.of("INVITECHECK_JAVA_OPTS", "-XX:+UseG1GC -XX:+PrintCommandLineFlags");
    for (String command : List.of("check", "batch", "bench", "eval")) {
      List<String> flags = launch(g1, command, "--version").flags();
      assertTrue(flags.contains("-XX:+UseG1GC"), () -> command + ": " + flags);
      assertFalse(flags.contains("-XX:+UseSerialGC"), () -> command + ": " + flags);
      assertFalse(flags.contains("-XX:+UseParallelGC"), () -> command + ": " + flags);
      assertTrue(flags.contains("-XX:TieredStopAtLevel=1"), () -> command + ": " + flags);
    }
    Map<String, String> parallelLarge =
        Map.of(
            "INVITECHECK_JAVA_OPTS",
            "-XX:+UseParallelGC -XX:+PrintCommandLineFlags",
            "INVITECHECK_C2_BYTES",
            "10");
    List<String> check = launch(parallelLarge, "check", "--version").flags();
    assertTrue(check.contains("-XX:+UseParallelGC"), check::toString);
    assertFalse(check.contains("-XX:+UseSerialGC"), check::toString);
    List<String> large = launch(parallelLarge, "batch", EXAMPLES.toString(), "--version").flags();
    assertTrue(large.contains("-XX:+UseParallelGC"), large::toString);
    assertTrue(
        large.stream().noneMatch(f -> f.startsWith("-XX:TieredStopAtLevel")), large::toString);
  }

  @Test
  void aServerWhoseCollectorTheUserChoseKeepsItsTenuring() throws Exception {
    Map<String, String> env =
        Map.of("INVITECHECK_JAVA_OPTS", "-XX:+UseParallelGC -XX:+PrintCommandLineFlags");
    List<String> serve = launch(env, "serve", "--version").flags();
    assertTrue(serve.contains("-XX:+UseParallelGC"), serve::toString);
    assertFalse(serve.contains("-XX:MaxTenuringThreshold=1"), serve::toString);
  }

  @Test
  void aBatchOverTheThresholdKeepsTieredCompilation() throws Exception {
    Map<String, String> env =
        Map.of("INVITECHECK_JAVA_OPTS", "-XX:+PrintCommandLineFlags", "INVITECHECK_C2_BYTES", "10");
    List<String> flags = launch(env, "batch", EXAMPLES.toString(), "--version").flags();
    assertTrue(flags.contains("-XX:+UseParallelGC"), flags::toString);
    assertTrue(
        flags.stream().noneMatch(f -> f.startsWith("-XX:TieredStopAtLevel")), flags::toString);

    List<String> small = launch(PRINT_FLAGS, "batch", EXAMPLES.toString(), "--version").flags();
    assertTrue(small.contains("-XX:TieredStopAtLevel=1"), small::toString);
  }

  @Test
  void everyBatchMapsTheClassDataArchiveWhateverItsSize() throws Exception {
    List<String> small = launch(PRINT_FLAGS, "batch", EXAMPLES.toString(), "--version").flags();
    assertTrue(
        small.stream().anyMatch(f -> f.startsWith("-XX:SharedArchiveFile=")), small::toString);
    // over 4 MB, where the launcher used to leave the archive out (the file is read only for its
    // size: --version answers before any draft is read)
    Path big = dir.resolve("big.jsonl");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(5_000_000);
    }
    List<String> large = launch(PRINT_FLAGS, "batch", big.toString(), "--version").flags();
    assertTrue(
        large.contains("-XX:SharedArchiveFile=" + jar.toString().replaceAll("\\.jar$", ".jsa")),
        large::toString);
    assertTrue(large.contains("-XX:TieredStopAtLevel=1"), large::toString);
  }

  @Test
  void theArchiveIsRecordedFromABatchSoABatchsClassesComeFromIt() throws Exception {
    Path archive = Path.of(jar.toString().replaceAll("\\.jar$", ".jsa"));
    Files.deleteIfExists(archive); // recorded again by the next launch, as after a build
    Run r =
        launch(
            Map.of("INVITECHECK_JAVA_OPTS", "-Xlog:class+load=info:stdout"),
            "batch",
            EXAMPLES.toString(),
            "--version");
    assertEquals(0, r.code(), r::toString);
    assertTrue(Files.size(archive) > 0, "archive recorded");
    // a run names only its own command's class to picocli, so a check recording had no batch class
    assertTrue(
        r.out().contains("io.invitecheck.cli.BatchCommand source: shared objects file"),
        () -> r.out().lines().filter(l -> l.contains("BatchCommand")).toList().toString());
  }

  @Test
  void aMissingJarIsNamed() throws Exception {
    Run r = launch(Map.of("INVITECHECK_JAR", dir.resolve("none.jar").toString()), "--version");
    assertEquals(3, r.code());
    assertTrue(
        r.err().contains("INVITECHECK_JAR: no such file: " + dir.resolve("none.jar")), r.err());
  }
}
