package io.invitecheck.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The wall time of a fresh process running one {@code check}, from spawning it to its exit: what a
 * script that gates each send on {@code invitecheck check} waits for. One untimed run comes first
 * (a launcher may build its jar or record its class-data archive on first use). Immutable.
 *
 * @param command the command line that was run
 * @param runs how many timed runs
 * @param wallMillis each run's wall time, in the order they ran
 * @param medianMillis the median wall time
 * @param minMillis the fastest run
 * @param stolenShare the share of the machine's CPU time stolen during the timed runs ({@link
 *     HostCpu}), 0 to 1, -1 when unknown
 */
public record ColdStart(
    List<String> command,
    int runs,
    List<Double> wallMillis,
    double medianMillis,
    double minMillis,
    double stolenShare) {

  /** How long one run may take before it counts as failed. */
  static final long TIMEOUT_SECONDS = 300;

  /**
   * Runs {@code command} in {@code directory} once untimed, then {@code runs} times timed. An exit
   * code of 0 or 1 (the check's gate) counts as success.
   *
   * @throws IllegalStateException when a run fails (its stderr's last lines are in the message)
   * @throws IOException when the command cannot be started
   */
  public static ColdStart measure(List<String> command, Path directory, int runs)
      throws IOException, InterruptedException {
    Objects.requireNonNull(command, "command");
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be 1 or more, was " + runs);
    }
    runOnce(command, directory);
    HostCpu before = HostCpu.now();
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      millis.add(runOnce(command, directory));
    }
    double stolen = HostCpu.now().stolenSince(before);
    double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new ColdStart(
        List.copyOf(command), runs, List.copyOf(millis), median(sorted), sorted[0], stolen);
  }

  /** The median of sorted values (the mean of the middle two for an even count). */
  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double runOnce(List<String> command, Path directory)
      throws IOException, InterruptedException {
    Path err = Files.createTempFile("invitecheck-coldstart", ".err");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(directory.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(err.toFile());
      long t0 = System.nanoTime();
      Process p = pb.start();
      p.getOutputStream().close(); // stdin: empty, as from /dev/null
      boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      long nanos = System.nanoTime() - t0;
      if (!done) {
        p.destroyForcibly();
        throw new IllegalStateException(
            "'" + String.join(" ", command) + "' took over " + TIMEOUT_SECONDS + " s");
      }
      if (p.exitValue() > 1) {
        throw new IllegalStateException(
            "'"
                + String.join(" ", command)
                + "' exited with "
                + p.exitValue()
                + ": "
                + tail(Files.readString(err, StandardCharsets.UTF_8)));
      }
      return nanos / 1e6;
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static String tail(String text) {
    String[] lines = text.strip().split("\n");
    return String.join(
        " | ", Arrays.asList(lines).subList(Math.max(0, lines.length - 5), lines.length));
  }
}
