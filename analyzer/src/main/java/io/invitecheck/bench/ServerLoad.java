package io.invitecheck.bench;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import io.invitecheck.http.InviteServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code POST /v1/analyze} on loopback: the real server ({@link
 * InviteServer}, its default limits and worker threads) on a free port of 127.0.0.1, driven by
 * {@link HttpClient} with a fixed number of requests in flight at every moment (a closed loop: each
 * answer sends the next request) for a fixed time, after an untimed warm-up. An answer that is not
 * a 200, or a request that fails or times out, is an error; latencies are of the 200 answers.
 * Immutable.
 *
 * @param concurrency requests in flight at once
 * @param seconds how long the measured phase lasted (from the first request to the last answer)
 * @param requests answers received in the measured phase, errors included
 * @param errors answers that were not a 200, and failed requests
 * @param requestsPerSecond answers per second
 * @param latency the latency of the 200 answers; null when there was none
 * @param serverThreads the server's worker threads
 */
public record ServerLoad(
    int concurrency,
    double seconds,
    long requests,
    long errors,
    double requestsPerSecond,
    Percentiles latency,
    int serverThreads) {

  /** How long one request may take before it counts as an error. */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Starts a server for {@code analyzer} on loopback, warms it up for {@code warmUp}, then keeps
   * {@code concurrency} requests in flight for {@code duration}, cycling through {@code bodies}
   * (Draft JSON), and stops the server (the analyzer stays open).
   */
  public static ServerLoad run(
      InviteAnalyzer analyzer,
      List<String> bodies,
      int concurrency,
      Duration warmUp,
      Duration duration)
      throws InterruptedException {
    Objects.requireNonNull(analyzer, "analyzer");
    if (bodies.isEmpty()) {
      throw new IllegalArgumentException("no request body");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be 1 or more, was " + concurrency);
    }
    ServerSettings settings = ServerSettings.defaults();
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
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      URI uri = URI.create(server.uri() + "/v1/analyze");
      if (!warmUp.isZero()) {
        new Phase(client, uri, bodies, concurrency, warmUp).run();
      }
      Phase measured = new Phase(client, uri, bodies, concurrency, duration);
      measured.run();
      long[] nanos = measured.okNanos();
      return new ServerLoad(
          concurrency,
          measured.seconds,
          measured.answers.get(),
          measured.errors.get(),
          measured.seconds > 0 ? measured.answers.get() / measured.seconds : 0,
          nanos.length == 0 ? null : Percentiles.ofNanos(nanos),
          settings.threads());
    } finally {
      server.stop(Duration.ofSeconds(5));
    }
  }

  /** One closed-loop phase: {@code concurrency} chains of request, answer, next request. */
  private static final class Phase {
    private final HttpClient client;
    private final URI uri;
    private final List<String> bodies;
    private final int concurrency;
    private final long deadline;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final CountDownLatch chainsDone;
    private final long started;
    private long[] ok = new long[4096];
    private int okCount;
    private double seconds;

    Phase(HttpClient client, URI uri, List<String> bodies, int concurrency, Duration duration) {
      this.client = client;
      this.uri = uri;
      this.bodies = bodies;
      this.concurrency = concurrency;
      this.chainsDone = new CountDownLatch(concurrency);
      this.started = System.nanoTime();
      this.deadline = started + duration.toNanos();
    }

    void run() throws InterruptedException {
      for (int i = 0; i < concurrency; i++) {
        send();
      }
      long waitNanos = deadline - System.nanoTime() + REQUEST_TIMEOUT.toNanos() + 10_000_000_000L;
      if (!chainsDone.await(Math.max(0, waitNanos), TimeUnit.NANOSECONDS)) {
        throw new IllegalStateException("the load test's requests did not finish in time");
      }
      seconds = (System.nanoTime() - started) / 1e9;
    }

    private void send() {
      if (System.nanoTime() >= deadline) {
        chainsDone.countDown();
        return;
      }
      String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .timeout(REQUEST_TIMEOUT)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
              .build();
      long t0 = System.nanoTime();
      client
          .sendAsync(request, HttpResponse.BodyHandlers.discarding())
          .whenCompleteAsync(
              (response, failure) -> {
                long nanos = System.nanoTime() - t0;
                answers.incrementAndGet();
                if (failure != null || response.statusCode() != 200) {
                  errors.incrementAndGet();
                } else {
                  record(nanos);
                }
                send();
              });
    }

    private synchronized void record(long nanos) {
      if (okCount == ok.length) {
        ok = Arrays.copyOf(ok, ok.length * 2);
      }
      ok[okCount++] = nanos;
    }

    synchronized long[] okNanos() {
      return Arrays.copyOf(ok, okCount);
    }
  }
}
