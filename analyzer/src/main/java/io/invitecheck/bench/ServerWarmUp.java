package io.invitecheck.bench;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What {@code invitecheck serve} does before it listens: it answers generated drafts on a private
 * loopback port, through the real server and the analyzer it will serve with, so that the JVM has
 * compiled the code every request runs before the first client's request arrives.
 *
 * <p>Why: a freshly started server interprets, then compiles, its hot code while it answers. In
 * session 8 the first half-minute of 1,000 requests/s after start had a p99 of 7.3 ms against 0.8
 * ms once warm (README "Performance").
 *
 * <p>The drafts are of the {@link Workload#MIXED} workload, with a fixed seed, as the load test
 * sends: campaigns whose copies the memos answer, and new notes that run the whole analysis, so
 * both ways through the code are compiled. Memos are caches of pure functions, so what the warm-up
 * leaves in them changes no later answer.
 *
 * <p>It keeps one request in flight per core, not one per worker thread: the compiler threads need
 * the cores too. Measured on 2 cores (session 9, the first 10 s at 1,000 requests/s after a 10 s
 * warm-up): p99 3.0 and 17.0 ms in two runs with 2 connections, 32.7 ms in one with the server's 8;
 * without a warm-up 1,381 ms (docs/performance.md, session 9).
 *
 * <p>It lasts until the JIT compilers have settled ({@link CompilerActivity}), or its longest time.
 * A fixed 10 s was too short on 2 cores: the server compiler was still compiling for about 30 s
 * more, under the clients' traffic (session 11: p99 10-22 ms in the first 10 s at 1,000 requests/s,
 * and the first 10 s at 4,000/s did not keep up; after 40 s, 3.0-3.1 and 3.1-4.9 ms).
 */
public final class ServerWarmUp {
  /** The drafts generated for a warm-up; a connection takes the next one for each request. */
  static final int DRAFTS = 20_000;

  /** The generator's seed: the same drafts on every start. */
  static final long SEED = 20_261_127L;

  private ServerWarmUp() {}

  /**
   * What a warm-up did.
   *
   * @param load its requests, errors and time
   * @param settled whether it ended because the compilers had settled; false when it ran for its
   *     longest time, or this JVM cannot tell
   */
  public record Result(ServerLoad load, boolean settled) {}

  /**
   * Warms {@code analyzer} up: a server with {@code settings} on a free loopback port, driven in a
   * closed loop by one connection per core (at most one per worker thread) until this JVM's
   * compilers have settled ({@link CompilerActivity}) or for {@code longest}, then stopped (the
   * analyzer stays open). Drafts longer than the analyzer's {@code maxNoteChars} are left out,
   * since the server would answer them with a 400 before any analysis.
   *
   * @return what the warm-up did, or null when no generated draft fits the note limit
   */
  public static Result run(InviteAnalyzer analyzer, ServerSettings settings, Duration longest)
      throws InterruptedException {
    return run(analyzer, settings, longest, CompilerActivity.ofThisJvm());
  }

  /**
   * {@link #run(InviteAnalyzer, ServerSettings, Duration)} with the compilers measured by {@code
   * compilers}; null: the warm-up lasts {@code longest}.
   */
  static Result run(
      InviteAnalyzer analyzer,
      ServerSettings settings,
      Duration longest,
      CompilerActivity compilers)
      throws InterruptedException {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(settings, "settings");
    if (longest.isNegative() || longest.isZero()) {
      throw new IllegalArgumentException("the warm-up must last more than 0 s, was " + longest);
    }
    int max = analyzer.settings().maxNoteChars();
    List<String> bodies =
        DraftGenerator.fromBundledCorpus().generate(Workload.MIXED, SEED, DRAFTS).stream()
            .map(DraftGenerator.Generated::draft)
            .filter(d -> d.note().length() <= max)
            .map(DraftJsonl::toJson)
            .toList();
    if (bodies.isEmpty()) {
      return null;
    }
    int connections = Math.min(settings.threads(), Runtime.getRuntime().availableProcessors());
    ServerLoad.Plan plan =
        new ServerLoad.Plan(bodies, connections, List.of(0.0), Duration.ZERO, longest);
    BooleanSupplier enough = compilers == null ? null : compilers::settled;
    ServerLoad load = ServerLoad.run(analyzer, settings, plan, enough).get(0);
    return new Result(load, compilers != null && compilers.hasSettled());
  }
}
