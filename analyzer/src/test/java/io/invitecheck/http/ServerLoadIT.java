package io.invitecheck.http;

import static io.invitecheck.http.Http.draft;
import static io.invitecheck.http.Http.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bounded load test on loopback: N requests (system property {@code invitecheck.load.requests},
 * 2,000 by default; the README's figures are from 20,000) from 32 concurrent connections to {@code
 * POST /v1/analyze}. Every response must be a 200 whose id is the request's; the test prints
 * throughput and latency percentiles.
 */
class ServerLoadIT {
  private static final String[] NOTES = {
    "Hi Priya, your talk on Kafka backpressure at Current was the clearest I've heard.",
    "I'd like to add you to my professional network on LinkedIn.",
    "Hi {{first_name}}, we help companies like yours cut cloud costs by 40%. Quick call?",
    "Congrats on the promotion to VP Engineering, Tom! Fellow Michigan alum here.",
    "HUGE OPPORTUNITY!!! Earn $5,000/week from home, DM me now https://bit.ly/x",
    "Jane suggested I reach out: we're both working on fraud models for card payments."
  };

  @Test
  @Timeout(value = 15, unit = TimeUnit.MINUTES)
  void thirtyTwoConnectionsGetOnlyCorrectAnswers() throws Exception {
    int requests = Integer.getInteger("invitecheck.load.requests", 2_000);
    int connections = 32;
    ServerSettings limits = ServerSettings.defaults();
    try (InviteAnalyzer analyzer = InviteAnalyzer.builder().build()) {
      InviteServer server = Http.start(analyzer, limits, null, new Http.Log());
      try {
        for (int i = 0; i < 50; i++) { // warm-up
          Http.post(server, "/v1/analyze", draft("w" + i, NOTES[i % NOTES.length]));
        }
        long[] micros = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger wrong = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
          workers.add(
              pool.submit(
                  () -> {
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                      String id = "load-" + i;
                      long t0 = System.nanoTime();
                      HttpResponse<String> r =
                          Http.post(server, "/v1/analyze", draft(id, NOTES[i % NOTES.length]));
                      micros[i] = (System.nanoTime() - t0) / 1_000;
                      if (r.statusCode() != 200 || !id.equals(json(r).get("id").asText())) {
                        wrong.incrementAndGet();
                      }
                    }
                    return null;
                  }));
        }
        for (Future<?> w : workers) {
          w.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Arrays.sort(micros);
        System.out.printf(
            Locale.ROOT,
            "ServerLoadIT: %d requests from %d connections in %.1f s: %.0f requests/s, p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms, %d wrong%n",
            requests,
            connections,
            seconds,
            requests / seconds,
            micros[requests / 2] / 1e3,
            micros[(int) (requests * 0.99)] / 1e3,
            micros[requests - 1] / 1e3,
            wrong.get());
        assertEquals(0, wrong.get(), "responses that were not a 200 with the request's id");
        assertTrue(micros[0] > 0);
      } finally {
        server.close();
      }
    }
  }
}
