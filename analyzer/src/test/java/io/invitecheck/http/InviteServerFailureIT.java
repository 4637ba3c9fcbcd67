package io.invitecheck.http;

import static io.invitecheck.http.Http.draft;
import static io.invitecheck.http.Http.get;
import static io.invitecheck.http.Http.json;
import static io.invitecheck.http.Http.post;
import static io.invitecheck.http.Http.request;
import static io.invitecheck.http.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.corpus.CorpusEvidence;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** 500s, auth, refusing a public address without a token, graceful shutdown. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InviteServerFailureIT {
  static final String NOTE =
      "Hi Ana, your post on Postgres indexes helped my team; glad to connect.";

  @Test
  void aFailingStageIs500WithoutInternals() {
    Http.Log log = new Http.Log();
    try (InviteAnalyzer broken =
            InviteAnalyzer.builder()
                .corpus(
                    Http.corpus(
                        (note, d) -> {
                          throw new IllegalStateException(
                              "index file /srv/secret/index/_0.cfs is corrupt");
                        }))
                .build();
        InviteServer server = Http.start(broken, Http.LIMITS, null, log)) {
      HttpResponse<String> r = post(server, "/v1/analyze", draft("boom", NOTE));
      assertEquals(500, r.statusCode());
      JsonNode e = json(r).get("error");
      assertEquals("internal_error", e.get("code").asText());
      String id = r.headers().firstValue("X-Request-Id").get();
      assertTrue(e.get("message").asText().contains("request " + id), r.body());
      assertFalse(r.body().contains("/srv/secret"), r.body());
      assertFalse(r.body().contains("Exception"), r.body());
      assertFalse(r.body().contains("at io.invitecheck"), r.body());
      // the details go to the server log
      assertTrue(log.text().contains("request " + id + " failed"), log.text());
      assertTrue(log.text().contains("/srv/secret/index/_0.cfs is corrupt"), log.text());
      assertTrue(log.await("POST /v1/analyze 500").contains("POST /v1/analyze 500"), log.text());

      // in a batch, each failing item is an inline error and the batch itself answers 200
      HttpResponse<String> b =
          post(server, "/v1/batch", "[" + draft("x", NOTE) + "," + draft("y", NOTE) + "]");
      assertEquals(200, b.statusCode());
      JsonNode results = json(b).get("results");
      assertEquals(1, results.get(1).get("index").asInt());
      assertEquals("internal_error", results.get(1).get("error").get("code").asText());
      assertFalse(b.body().contains("/srv/secret"), b.body());
    }
  }

  @Test
  void withATokenRequestsNeedTheBearerHeader() {
    String token = "s3cr3t-t0ken-for-tests";
    Http.Log log = new Http.Log();
    try (InviteAnalyzer analyzer = InviteAnalyzer.builder().build();
        InviteServer server = Http.start(analyzer, Http.LIMITS, token, log)) {
      HttpResponse<String> none = post(server, "/v1/analyze", draft("a", NOTE));
      assertEquals(401, none.statusCode());
      assertEquals("unauthorized", json(none).get("error").get("code").asText());
      assertEquals(
          "Bearer realm=\"invitecheck\"", none.headers().firstValue("WWW-Authenticate").get());

      HttpResponse<String> wrong =
          send(
              request(server, "/v1/reasons")
                  .header("Authorization", "Bearer s3cr3t-t0ken-for-test")
                  .GET()
                  .build());
      assertEquals(401, wrong.statusCode());
      assertEquals("the bearer token is wrong", json(wrong).get("error").get("message").asText());

      // unknown paths are 401 too: the routes are not revealed without the token
      assertEquals(401, get(server, "/v1/nothing").statusCode());

      HttpResponse<String> right =
          send(
              request(server, "/v1/analyze")
                  .header("Authorization", "bearer " + token)
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(draft("ok", NOTE)))
                  .build());
      assertEquals(200, right.statusCode(), right.body());
      assertEquals("ok", json(right).get("id").asText());

      assertEquals(200, get(server, "/health").statusCode(), "liveness needs no token");
      assertTrue(log.await("GET /health 200").contains("GET /v1/reasons 401"), log.text());
      assertFalse(log.text().contains(token), log.text());
    }
  }

  @Test
  void aPortInUseFailsToStartAndLeavesNoWorkerThreadRunning() throws Exception {
    try (InviteAnalyzer analyzer = InviteAnalyzer.builder().build();
        InviteServer first = Http.start(analyzer, Http.LIMITS, null, new Http.Log())) {
      long before = workerThreads();
      // with a warm-up, so that its worker threads are running before it binds
      java.io.UncheckedIOException e =
          assertThrows(
              java.io.UncheckedIOException.class,
              () ->
                  InviteServer.start(
                      analyzer,
                      Http.LIMITS.withWarmUpSeconds(1),
                      first.address(),
                      null,
                      new Http.Log().stream));
      assertTrue(e.getMessage().startsWith("cannot listen on "), e.getMessage());
      // the failed server's primed threads end once its pool is shut down
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (workerThreads() > before && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      // (at most: threads of servers other tests closed may still be ending meanwhile)
      long after = workerThreads();
      assertTrue(after <= before, () -> after + " worker threads, " + before + " before");
    }
  }

  private static long workerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("invitecheck-http-"))
        .count();
  }

  @Test
  void aNonLoopbackAddressWithoutATokenIsRefusedBeforeBinding() {
    try (InviteAnalyzer analyzer = InviteAnalyzer.builder().build()) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  InviteServer.start(
                      analyzer,
                      Http.LIMITS,
                      new InetSocketAddress("0.0.0.0", 0),
                      null,
                      new Http.Log().stream));
      assertTrue(e.getMessage().contains("without a token"), e.getMessage());
      assertTrue(e.getMessage().contains("INVITECHECK_TOKEN"), e.getMessage());
    }
  }

  @Test
  void stopLetsInFlightRequestsFinishThenRefusesConnections() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    try (InviteAnalyzer slow =
        InviteAnalyzer.builder()
            .corpus(
                Http.corpus(
                    (note, d) -> {
                      entered.countDown();
                      try {
                        Thread.sleep(800);
                      } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                      }
                      return CorpusEvidence.NONE;
                    }))
            .build()) {
      InviteServer server = Http.start(slow, Http.LIMITS, null, new Http.Log());
      InetSocketAddress address = server.address();
      CompletableFuture<HttpResponse<String>> inFlight =
          CompletableFuture.supplyAsync(() -> post(server, "/v1/analyze", draft("slow", NOTE)));
      assertTrue(entered.await(10, TimeUnit.SECONDS));
      assertEquals(1, server.inFlight());

      long start = System.nanoTime();
      server.stop(Duration.ofSeconds(8));
      long ms = (System.nanoTime() - start) / 1_000_000;

      HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      assertEquals("slow", json(r).get("id").asText());
      assertTrue(ms < 6_000, "stop waited " + ms + " ms although the request had finished");
      assertThrows(ConnectException.class, () -> connect(address));

      // an idle server stops at once
      InviteServer idle = Http.start(slow, Http.LIMITS, null, new Http.Log());
      long t0 = System.nanoTime();
      idle.stop(Duration.ofSeconds(8));
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 2_000);
    }
  }

  @Test
  void aBatchThatTakesLongerThanTheRequestTimeoutIsStillAnswered() {
    // the JDK counts the response phase from the end of the request body, so it includes the
    // analysis: a long batch must not be cut off by the (short) request timeout
    try (InviteAnalyzer slow =
            InviteAnalyzer.builder()
                .corpus(
                    Http.corpus(
                        (note, d) -> {
                          try {
                            Thread.sleep(700);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return CorpusEvidence.NONE;
                        }))
                .build();
        InviteServer server = Http.start(slow, Http.LIMITS, null, new Http.Log())) {
      StringBuilder batch = new StringBuilder("[");
      for (int i = 0; i < 5; i++) {
        batch.append(i == 0 ? "" : ",").append(draft("b" + i, NOTE));
      }
      long start = System.nanoTime();
      HttpResponse<String> r = post(server, "/v1/batch", batch.append(']').toString());
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertEquals(200, r.statusCode(), r.body());
      assertEquals(5, json(r).get("results").size());
      assertEquals("b4", json(r).get("results").get(4).get("id").asText());
      assertTrue(
          ms > InviteServer.effectiveTimeoutSeconds() * 1000,
          "the batch took " + ms + " ms, not longer than the request timeout");
    }
  }

  private static void connect(InetSocketAddress address) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(address, 2_000);
    }
  }
}
