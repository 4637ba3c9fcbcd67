package io.invitecheck.bench;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import io.invitecheck.http.InviteServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongPredicate;

/**
 * One phase of a load test of {@code POST /v1/analyze} on loopback: the real server ({@link
 * InviteServer}, its default limits and worker threads) on a free port of 127.0.0.1, driven by
 * {@code concurrency} keep-alive connections ({@link LoopbackConnection}, one thread each), in one
 * of two ways:
 *
 * <ul>
 *   <li>a closed loop ({@code rate} 0): every connection sends its next request as soon as the
 *       answer to the last one is read, so {@code concurrency} requests are in flight at every
 *       moment and the server runs flat out;
 *   <li>a fixed schedule ({@code rate} r): request k is due at {@code k / r} seconds, taken by
 *       whichever connection is free; its latency counts from when it was due, so a request that
 *       waited for a free connection counts its wait too (no coordinated omission).
 * </ul>
 *
 * An answer that is not a 200, or a request that fails, is an error; latencies are of the 200
 * answers. Immutable.
 *
 * @param concurrency connections, each with at most one request in flight
 * @param rate requests per second offered on the schedule; 0 for a closed loop
 * @param seconds how long the phase lasted (from the first request to the last answer)
 * @param requests answers received in the phase, errors included
 * @param errors answers that were not a 200, and failed requests
 * @param requestsPerSecond answers per second
 * @param latency the latency of the 200 answers; null when there was none
 * @param serverThreads the server's worker threads; 0 when the server is another process
 * @param bodies how many different request bodies (drafts) the connections cycled through
 * @param stolenShare the share of the machine's CPU time stolen during the phase, its connections'
 *     opening included ({@link HostCpu}), 0 to 1, -1 when unknown
 */
public record ServerLoad(
    int concurrency,
    double rate,
    double seconds,
    long requests,
    long errors,
    double requestsPerSecond,
    Percentiles latency,
    int serverThreads,
    int bodies,
    double stolenShare) {

  /** How long one request may take before it counts as an error. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** How often a phase that may end early asks whether it has had enough. */
  static final long POLL_MILLIS = 250;

  /**
   * The load to offer: {@code concurrency} connections cycling through {@code bodies} (Draft JSON),
   * a closed-loop warm-up of {@code warmUp}, then one phase of {@code duration} per entry of {@code
   * rates} (requests/s, 0 for a closed loop). Immutable.
   */
  public record Plan(
      List<String> bodies,
      int concurrency,
      List<Double> rates,
      Duration warmUp,
      Duration duration) {
    public Plan {
      bodies = List.copyOf(bodies);
      rates = List.copyOf(rates);
      Objects.requireNonNull(warmUp, "warmUp");
      Objects.requireNonNull(duration, "duration");
      if (bodies.isEmpty()) {
        throw new IllegalArgumentException("no request body");
      }
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be 1 or more, was " + concurrency);
      }
      if (rates.isEmpty() || rates.stream().anyMatch(r -> !(r >= 0) || r.isInfinite())) {
        throw new IllegalArgumentException("rates must be 0 or more, were " + rates);
      }
    }
  }

  /**
   * Starts a server for {@code analyzer} on loopback, runs the plan against it, and stops the
   * server (the analyzer stays open).
   */
  public static List<ServerLoad> run(InviteAnalyzer analyzer, Plan plan)
      throws InterruptedException {
    return run(analyzer, ServerSettings.defaults(), plan);
  }

  /**
   * {@link #run(InviteAnalyzer, Plan)} with a server of these limits and worker threads (its log
   * discarded).
   */
  public static List<ServerLoad> run(InviteAnalyzer analyzer, ServerSettings settings, Plan plan)
      throws InterruptedException {
    return run(analyzer, settings, plan, null);
  }

  /**
   * {@link #run(InviteAnalyzer, ServerSettings, Plan)} whose phases also end as soon as {@code
   * enough} says so, given the answers the phase has had so far; it is asked every {@link
   * #POLL_MILLIS} ms while a phase runs, on the thread that called this method. Null: each phase
   * lasts its whole duration.
   */
  static List<ServerLoad> run(
      InviteAnalyzer analyzer, ServerSettings settings, Plan plan, LongPredicate enough)
      throws InterruptedException {
    Objects.requireNonNull(analyzer, "analyzer");
    Objects.requireNonNull(settings, "settings");
    PrintStream quiet =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    InviteServer server =
        InviteServer.start(
            analyzer,
            settings,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            null,
            quiet);
    try {
      return drive(server.address(), null, settings.threads(), plan, enough);
    } finally {
      server.stop(Duration.ofSeconds(5));
    }
  }

  /**
   * Runs the plan against a server already listening on a loopback {@code address}, such as {@code
   * invitecheck serve} in another process (its own JVM flags, no load generator in its heap).
   *
   * @param token the bearer token to send, or null for none
   * @throws IllegalArgumentException when the address is not loopback
   */
  public static List<ServerLoad> against(InetSocketAddress address, String token, Plan plan)
      throws InterruptedException {
    if (!InviteServer.isLoopback(address)) {
      throw new IllegalArgumentException(
          "the load test runs on loopback only, not against " + address.getHostString());
    }
    return drive(address, token, 0, plan, null);
  }

  private static List<ServerLoad> drive(
      InetSocketAddress address, String token, int serverThreads, Plan plan, LongPredicate enough)
      throws InterruptedException {
    List<String> bodies = plan.bodies();
    int concurrency = plan.concurrency();
    byte[][] requests =
        bodies.stream()
            .map(b -> LoopbackConnection.post(address, "/v1/analyze", b, token))
            .toArray(byte[][]::new);
    if (!plan.warmUp().isZero()) {
      new Phase(address, requests, concurrency, 0, plan.warmUp()).run(enough);
    }
    List<ServerLoad> out = new ArrayList<>();
    for (double rate : plan.rates()) {
      Phase p = new Phase(address, requests, concurrency, rate, plan.duration());
      HostCpu before = HostCpu.now();
      p.run(enough);
      double stolen = HostCpu.now().stolenSince(before);
      long[] nanos = p.okNanos();
      out.add(
          new ServerLoad(
              concurrency,
              rate,
              p.seconds,
              p.answers.get(),
              p.errors.get(),
              p.seconds > 0 ? p.answers.get() / p.seconds : 0,
              nanos.length == 0 ? null : Percentiles.ofNanos(nanos),
              serverThreads,
              requests.length,
              stolen));
    }
    return List.copyOf(out);
  }

  /**
   * A full collection of the load generator's own heap once a phase's connections are open and
   * before its clock starts. What it keeps for the whole test (50,000 generated drafts and their
   * requests: about 80 MB) and for the phase (the connections' sockets and 16 KB buffers) was
   * otherwise young when the phase began, and its young collections copied it: a 26 ms pause as the
   * first phase started ({@code -Xlog:gc}), every request due meanwhile counted late. Kept in the
   * old generation, they are not copied again. A server in the same JVM ({@link #run}) is idle at
   * that moment.
   */
  private static void collectOwnGarbage() {
    System.gc();
  }

  /** One phase: {@code concurrency} threads, each with its own connection. */
  private static final class Phase {
    private final InetSocketAddress address;
    private final byte[][] requests;
    private final int concurrency;
    private final long intervalNanos;
    private final long durationNanos;
    private final CountDownLatch connected;
    private final CountDownLatch go = new CountDownLatch(1);
    private volatile long started;
    private volatile long deadline;
    private volatile boolean ended;
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final long[][] okByThread;
    private final int[] okCounts;
    private double seconds;

    Phase(
        InetSocketAddress address,
        byte[][] requests,
        int concurrency,
        double rate,
        Duration duration) {
      this.address = address;
      this.requests = requests;
      this.concurrency = concurrency;
      this.intervalNanos = rate == 0 ? 0 : Math.max(1, Math.round(1e9 / rate));
      this.okByThread = new long[concurrency][1024];
      this.okCounts = new int[concurrency];
      this.durationNanos = duration.toNanos();
      this.connected = new CountDownLatch(concurrency);
    }

    void run(LongPredicate enough) throws InterruptedException {
      Thread[] threads = new Thread[concurrency];
      for (int i = 0; i < concurrency; i++) {
        int slot = i;
        threads[i] = new Thread(null, () -> drive(slot), "invitecheck-load-" + i, 256 * 1024);
        threads[i].setDaemon(true);
        threads[i].start();
      }
      // Every connection is open (or has failed) before the clock starts.
      connected.await(30, TimeUnit.SECONDS);
      collectOwnGarbage();
      started = System.nanoTime();
      deadline = started + durationNanos;
      go.countDown();
      if (enough != null) {
        while (System.nanoTime() < deadline && !enough.test(answers.get())) {
          Thread.sleep(POLL_MILLIS);
        }
        ended = true;
      }
      long limit = deadline + REQUEST_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(10);
      for (Thread t : threads) {
        t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(limit - System.nanoTime())));
        if (t.isAlive()) {
          throw new IllegalStateException("the load test's requests did not finish in time");
        }
      }
      seconds = (System.nanoTime() - started) / 1e9;
    }

    /** One connection's loop until the phase's end. */
    private void drive(int slot) {
      LoopbackConnection c = null;
      try {
        try {
          c = connect(); // before the phase starts: connecting is not what is measured
        } catch (IOException e) {
          c = null; // the first request tries again and counts the failure
        }
        connected.countDown();
        go.await();
        long started = this.started;
        long deadline = this.deadline;
        while (true) {
          long k = next.getAndIncrement();
          long due;
          if (intervalNanos == 0) {
            due = System.nanoTime();
          } else {
            due = started + k * intervalNanos;
          }
          if (due >= deadline || ended) {
            return;
          }
          waitUntil(due);
          long t0 = intervalNanos == 0 ? System.nanoTime() : due;
          int status;
          try {
            if (c == null) {
              c = connect();
            }
            status = c.exchange(requests[(int) (k % requests.length)]);
            if (c.closeRequested()) {
              c = close(c);
            }
          } catch (IOException e) {
            c = close(c);
            status = -1;
          }
          long nanos = System.nanoTime() - t0;
          answers.incrementAndGet();
          if (status == 200) {
            record(slot, nanos);
          } else {
            errors.incrementAndGet();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the phase is abandoned; run() reports it
      } finally {
        close(c);
      }
    }

    private LoopbackConnection connect() throws IOException {
      LoopbackConnection c = new LoopbackConnection(address, 10_000);
      c.soTimeout((int) REQUEST_TIMEOUT.toMillis());
      return c;
    }

    private static LoopbackConnection close(LoopbackConnection c) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException ignored) {
          // The connection is dropped either way.
        }
      }
      return null;
    }

    private static void waitUntil(long due) {
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
    }

    private void record(int slot, long nanos) {
      long[] ok = okByThread[slot];
      int n = okCounts[slot];
      if (n == ok.length) {
        ok = Arrays.copyOf(ok, n * 2);
        okByThread[slot] = ok;
      }
      ok[n] = nanos;
      okCounts[slot] = n + 1;
    }

    /** The latencies of the 200 answers; called after {@link #run}, whose joins publish them. */
    long[] okNanos() {
      int total = 0;
      for (int n : okCounts) {
        total += n;
      }
      long[] all = new long[total];
      int at = 0;
      for (int i = 0; i < concurrency; i++) {
        System.arraycopy(okByThread[i], 0, all, at, okCounts[i]);
        at += okCounts[i];
      }
      return all;
    }
  }
}
