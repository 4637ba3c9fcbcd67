package io.invitecheck.bench;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;

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
 * <p>It lasts until the JIT compilers have settled ({@link CompilerActivity}) after at least {@link
 * #MIN_REQUESTS} requests, or its longest time. A fixed 10 s was too short on 2 cores: the server
 * compiler was still compiling for about 30 s more, under the clients' traffic (session 11: p99
 * 10-22 ms in the first 10 s at 1,000 requests/s, and the first 10 s at 4,000/s did not keep up;
 * after 40 s, 3.0-3.1 and 3.1-4.9 ms).
 *
 * <p>Why a floor of requests: what the compilers compile is what the traffic has run often enough,
 * so their activity follows the warm-up's rate. On a machine busy with something else the warm-up
 * answered a third as many requests a second, the compilers ran out of work after about 10,000
 * requests, looked settled, and the server listened with code not yet compiled: with two other
 * threads busy during its warm-up (session 14), it ended after 14.6 s and 11,631 requests, and the
 * first 10 s at 2,000 requests/s once they had stopped had a p99 of 106 ms (14-26 ms after a full
 * warm-up) and its closed loop 6,190 requests/s (7,225-9,675). A full warm-up on 2 cores settled
 * after 84,000-134,000 requests.
 */
public final class ServerWarmUp {
  /** The drafts generated for a warm-up; a connection takes the next one for each request. */
  static final int DRAFTS = 20_000;

  /** The generator's seed: the same drafts on every start. */
  static final long SEED = 20_261_127L;

  /** The requests a warm-up answers before settled compilers may end it. */
  public static final long MIN_REQUESTS = 50_000;

  private ServerWarmUp() {}

  /**
   * What a warm-up did.
   *
   * @param load its requests, errors and time
   * @param settled whether it ended because the compilers had settled after {@link #MIN_REQUESTS}
   *     requests or more; false when it ran for its longest time, or this JVM cannot tell
   */
  public record Result(ServerLoad load, boolean settled) {}

  /**
   * Warms {@code analyzer} up: a server with {@code settings} on a free loopback port, driven in a
   * closed loop by one connection per core (at most one per worker thread) until this JVM's
   * compilers have settled ({@link CompilerActivity}) after {@link #MIN_REQUESTS} requests or more,
   * or for {@code longest}, then stopped (the analyzer stays open). Drafts longer than the
   * analyzer's {@code maxNoteChars} are left out, since the server would answer them with a 400
   * before any analysis.
   *
   * @return what the warm-up did, or null when no generated draft fits the note limit
   */
  public static Result run(InviteAnalyzer analyzer, ServerSettings settings, Duration longest)
      throws InterruptedException {
    return run(analyzer, settings, longest, CompilerActivity.ofThisJvm(), MIN_REQUESTS);
  }

  /**
   * {@link #run(InviteAnalyzer, ServerSettings, Duration)} with the compilers measured by {@code
   * compilers} (null: the warm-up lasts {@code longest}) and a floor of {@code minRequests}.
   */
  static Result run(
      InviteAnalyzer analyzer,
      ServerSettings settings,
      Duration longest,
      CompilerActivity compilers,
      long minRequests)
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
    // the compilers are asked at every poll, so that their window of samples is full by the time
    // the floor is reached
    boolean[] ended = new boolean[1];
    LongPredicate enough =
        compilers == null
            ? null
            : answered -> ended[0] = compilers.settled() && answered >= minRequests;
    ServerLoad load = ServerLoad.run(analyzer, settings, plan, enough).get(0);
    return new Result(load, ended[0]);
  }
}
