package io.invitecheck.bench;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.draft.Draft;
import java.util.List;
import java.util.Objects;

/**
 * The latency of {@link InviteAnalyzer#analyze(Draft)} in-process, one call at a time on one
 * thread: the warm-up drafts are analyzed untimed (so the JIT has compiled the hot paths), then
 * each measured call is timed alone with {@link System#nanoTime()}.
 */
public final class AnalyzeLatency {
  private static volatile double sink;

  private AnalyzeLatency() {}

  /**
   * Analyzes {@code warmUp} untimed, then times each draft of {@code measured}.
   *
   * @throws IllegalArgumentException when {@code measured} is empty
   */
  public static Percentiles measure(
      InviteAnalyzer analyzer, List<Draft> warmUp, List<Draft> measured) {
    Objects.requireNonNull(analyzer, "analyzer");
    if (measured.isEmpty()) {
      throw new IllegalArgumentException("no draft to measure");
    }
    double keep = 0;
    for (Draft d : warmUp) {
      keep += analyzer.analyze(d).risk().score();
    }
    long[] nanos = new long[measured.size()];
    for (int i = 0; i < nanos.length; i++) {
      Draft d = measured.get(i);
      long t0 = System.nanoTime();
      double score = analyzer.analyze(d).risk().score();
      nanos[i] = System.nanoTime() - t0;
      keep += score;
    }
    sink = keep; // the results are used, so no call can be optimised away
    return Percentiles.ofNanos(nanos);
  }
}
