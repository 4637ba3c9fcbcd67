package io.invitecheck.http;

import static io.invitecheck.http.Http.draft;
import static io.invitecheck.http.Http.json;
import static io.invitecheck.http.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ConfigFile;
import io.invitecheck.config.ServerSettings;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.corpus.CorpusScorer;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each setting of the configuration file changes what the analyzer or the server does, end to end:
 * a configuration file, an analyzer and a server built from it, and real requests.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ConfigFileIT {
  static final String NOTE =
      "Hi Priya, I read your post on Kafka consumer lag at Stripe. We at Acme Growth solved the"
          + " same problem last year; happy to compare notes.";

  @TempDir Path dir;

  /** A corpus that flags two passages of the note, so that the reason settings have work to do. */
  static final CorpusScorer FLAGGING =
      Http.corpus(
          (note, d) -> {
            String text = note.text();
            List<Reason> reasons = new ArrayList<>();
            int acme = text.indexOf("Acme Growth");
            if (acme >= 0) {
              reasons.add(
                  Reason.at(
                      ReasonCode.SPAM_LIKE,
                      text,
                      acme,
                      acme + "Acme Growth".length(),
                      "reads like spam",
                      "test corpus"));
            }
            int solved = text.indexOf("solved the same problem");
            if (solved >= 0) {
              reasons.add(
                  Reason.at(
                      ReasonCode.MASS_TEMPLATE,
                      text,
                      solved,
                      solved + "solved the same problem".length(),
                      "template",
                      "test corpus"));
            }
            return new CorpusEvidence(0.2, 0.1, 0.3, 0.4, List.of(), reasons);
          });

  /**
   * The JDK server reads its request timeout once per JVM: every server IT uses the same one, so
   * that the stalled-client test does not depend on which test class ran first.
   */
  private static ServerSettings sameTimeout(ServerSettings s) {
    return s.withRequestTimeoutMillis(Http.TIMEOUT_MILLIS);
  }

  private ConfigFile config(String yaml) throws IOException {
    Path p = dir.resolve("invitecheck.yaml");
    Files.writeString(p, yaml);
    return ConfigFile.read(p);
  }

  private JsonNode analyze(ConfigFile c, String path, String body) {
    try (InviteAnalyzer a =
            InviteAnalyzer.builder().settings(c.settings()).corpus(FLAGGING).build();
        InviteServer s = Http.start(a, sameTimeout(c.server()), null, new Http.Log())) {
      HttpResponse<String> r = post(s, path, body);
      return ((com.fasterxml.jackson.databind.node.ObjectNode) json(r))
          .put("status", r.statusCode());
    }
  }

  private static JsonNode reason(JsonNode report, String code) {
    for (JsonNode r : report.get("reasons")) {
      if (r.get("code").asText().equals(code)) {
        return r;
      }
    }
    return null;
  }

  @Test
  void maxNoteChars() throws IOException {
    ConfigFile c = config("maxNoteChars: 120\n");
    JsonNode tooLong = analyze(c, "/v1/analyze", draft("a", NOTE));
    assertEquals(400, tooLong.get("status").asInt());
    assertEquals("note", tooLong.get("error").get("field").asText());
    assertTrue(tooLong.get("error").get("message").asText().contains("the limit is 120"));
    assertEquals(200, analyze(config(""), "/v1/analyze", draft("a", NOTE)).get("status").asInt());
  }

  @Test
  void thresholdsChangeTheLevelAndTheGateDecision() throws IOException {
    String plain = "Hi Priya, I read your post on Kafka consumer lag at Stripe; it helped my team.";
    JsonNode byDefault = analyze(config(""), "/v1/check", draft("t", plain));
    JsonNode strict =
        analyze(
            config("thresholds:\n  medium: 0.01\n  high: 0.02\n"), "/v1/check", draft("t", plain));
    assertEquals(byDefault.get("risk").get("score"), strict.get("risk").get("score"));
    assertTrue(strict.get("risk").get("score").asDouble() >= 0.02);
    assertEquals("high", strict.get("risk").get("level").asText());
    assertEquals("block", strict.get("decision").asText());
    assertNotEquals("high", byDefault.get("risk").get("level").asText());
    assertEquals("pass", byDefault.get("decision").asText());
  }

  @Test
  void disabledReasonsLeaveTheReport() throws IOException {
    assertTrue(reason(analyze(config(""), "/v1/analyze", draft("r", NOTE)), "spam_like") != null);
    JsonNode off =
        analyze(config("reasons:\n  disabled: [spam_like]\n"), "/v1/analyze", draft("r", NOTE));
    assertEquals(null, reason(off, "spam_like"));
    assertTrue(reason(off, "mass_template") != null, "only the disabled reason goes");
  }

  @Test
  void severityOverridesShowInTheReport() throws IOException {
    JsonNode byDefault = analyze(config(""), "/v1/analyze", draft("s", NOTE));
    assertEquals("high", reason(byDefault, "mass_template").get("severity").asText());
    JsonNode low =
        analyze(
            config("reasons:\n  severity:\n    mass_template: low\n"),
            "/v1/analyze",
            draft("s", NOTE));
    JsonNode r = reason(low, "mass_template");
    assertEquals("low", r.get("severity").asText());
    assertEquals(
        "solved the same problem", NOTE.substring(r.get("start").asInt(), r.get("end").asInt()));
    assertTrue(
        low.get("risk").get("score").asDouble() < byDefault.get("risk").get("score").asDouble(),
        "a lower severity lowers the risk");
  }

  @Test
  void neverFlagProtectsAName() throws IOException {
    JsonNode kept =
        analyze(
            config("phrases:\n  neverFlag: [\"acme growth\"]\n"), "/v1/analyze", draft("n", NOTE));
    assertEquals(null, reason(kept, "spam_like"), "the reason pointed only at the protected name");
    assertTrue(reason(kept, "mass_template") != null);
  }

  @Test
  void serverBodyAndBatchLimits() throws IOException {
    ConfigFile c = config("server:\n  maxBodyBytes: 600\n  maxBatchItems: 2\n");
    assertEquals(new ServerSettings(600, 2, 10_000, 8, 60), c.server());
    String big = draft("b", "a".repeat(700));
    JsonNode tooBig = analyze(c, "/v1/analyze", big);
    assertEquals(413, tooBig.get("status").asInt());
    assertTrue(tooBig.get("error").get("message").asText().contains("the limit is 600 bytes"));
    assertEquals(200, analyze(config(""), "/v1/analyze", big).get("status").asInt());

    String three = "[" + draft("1", "Hi") + "," + draft("2", "Hi") + "," + draft("3", "Hi") + "]";
    JsonNode tooMany = analyze(c, "/v1/batch", three);
    assertEquals(413, tooMany.get("status").asInt());
    assertEquals("too_many_items", tooMany.get("error").get("code").asText());
    assertEquals(3, analyze(config(""), "/v1/batch", three).get("results").size());
  }

  @Test
  void serverThreadsBoundTheConcurrency() throws Exception {
    CorpusScorer slow =
        Http.corpus(
            (note, d) -> {
              try {
                Thread.sleep(400);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return CorpusEvidence.NONE;
            });
    long one = twoConcurrentRequests(config("server:\n  threads: 1\n"), slow);
    long two = twoConcurrentRequests(config("server:\n  threads: 2\n"), slow);
    assertTrue(one >= 800, "one thread served two 400 ms requests in " + one + " ms");
    assertTrue(two < one, "two threads took " + two + " ms, one thread " + one + " ms");
  }

  private static long twoConcurrentRequests(ConfigFile c, CorpusScorer corpus) throws Exception {
    try (InviteAnalyzer a = InviteAnalyzer.builder().settings(c.settings()).corpus(corpus).build();
        InviteServer s = Http.start(a, sameTimeout(c.server()), null, new Http.Log())) {
      post(s, "/v1/analyze", draft("warm", "Hi")); // warm up the models first
      long start = System.nanoTime();
      CompletableFuture<HttpResponse<String>> a1 =
          CompletableFuture.supplyAsync(() -> post(s, "/v1/analyze", draft("1", NOTE)));
      CompletableFuture<HttpResponse<String>> a2 =
          CompletableFuture.supplyAsync(() -> post(s, "/v1/analyze", draft("2", NOTE)));
      assertEquals(200, a1.get(20, TimeUnit.SECONDS).statusCode());
      assertEquals(200, a2.get(20, TimeUnit.SECONDS).statusCode());
      return (System.nanoTime() - start) / 1_000_000;
    }
  }
}
