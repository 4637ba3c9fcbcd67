package io.invitecheck.http;

import static io.invitecheck.http.Http.draft;
import static io.invitecheck.http.Http.get;
import static io.invitecheck.http.Http.json;
import static io.invitecheck.http.Http.post;
import static io.invitecheck.http.Http.request;
import static io.invitecheck.http.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.Settings;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InviteServerIT {
  static final String NOTE =
      "Hi Maria, I enjoyed your talk on payment fraud at Money20/20 and would like to stay in"
          + " touch.";

  static InviteAnalyzer analyzer;
  static InviteServer server;
  static final Http.Log LOG = new Http.Log();

  @BeforeAll
  static void start() {
    analyzer =
        InviteAnalyzer.builder()
            .settings(Settings.defaults().toBuilder().maxNoteChars(2_000).build())
            .build();
    server = Http.start(analyzer, Http.LIMITS, null, LOG);
  }

  @AfterAll
  static void stop() {
    server.close();
    analyzer.close();
  }

  private static void assertError(
      HttpResponse<String> r, int status, String code, String field, String messagePart) {
    assertEquals(status, r.statusCode(), r.body());
    assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").get());
    JsonNode e = json(r).get("error");
    assertEquals(code, e.get("code").asText(), r.body());
    if (field == null) {
      assertTrue(e.get("field").isNull(), r.body());
    } else {
      assertEquals(field, e.get("field").asText(), r.body());
    }
    assertTrue(e.get("message").asText().contains(messagePart), r.body());
  }

  @Test
  void withAWarmUpEveryWorkerThreadHasAnalyzedANoteBeforeTheServerListens() {
    // Http.LIMITS has 4 threads; a pool starts its threads lazily, one per task, so all 4 alive
    // before any request means each ran one priming analysis
    InviteServer warmed =
        Http.start(analyzer, Http.LIMITS.withWarmUpSeconds(1), null, new Http.Log());
    try {
      assertEquals(Http.LIMITS.threads(), warmed.workerThreads());
      assertTrue(
          InviteServer.PRIMER.note().length() <= Settings.defaults().maxNoteChars(),
          "the primer is analyzed, not rejected, under the default note limit");
    } finally {
      warmed.close();
    }
    // without one (warmUpSeconds 0, as Http.LIMITS), nothing runs before the first request
    InviteServer cold = Http.start(analyzer, Http.LIMITS, null, new Http.Log());
    try {
      assertEquals(0, cold.workerThreads());
    } finally {
      cold.close();
    }
  }

  // ---- endpoints ----

  @Test
  void boundToALoopbackAddressOnAFreePort() {
    assertTrue(InviteServer.isLoopback(server.address()));
    assertTrue(server.address().getPort() > 0);
  }

  @Test
  void health() {
    HttpResponse<String> r = get(server, "/health");
    assertEquals(200, r.statusCode());
    assertEquals("{\"status\":\"ok\"}", r.body());
  }

  @Test
  void versionGivesProvenanceAndSchemaVersion() {
    JsonNode v = json(get(server, "/v1/version"));
    assertEquals(InviteAnalyzer.VERSION, v.get("version").asText());
    assertEquals(Report.SCHEMA_VERSION, v.get("schemaVersion").asInt());
    assertEquals(analyzer.provenance().nlpModels(), v.get("provenance").get("nlpModels").asText());
    assertEquals(analyzer.provenance().corpus(), v.get("provenance").get("corpus").asText());
  }

  @Test
  void reasonsGiveTheWholeCatalogue() {
    JsonNode c = json(get(server, "/v1/reasons"));
    assertEquals(ReasonCode.values().length, c.size());
    JsonNode placeholder = c.get(ReasonCode.UNFILLED_PLACEHOLDER.ordinal());
    assertEquals("unfilled_placeholder", placeholder.get("code").asText());
    assertEquals("critical", placeholder.get("severity").asText());
    assertEquals(
        ReasonCode.UNFILLED_PLACEHOLDER.suggestion(), placeholder.get("suggestion").asText());
  }

  @Test
  void openApiIsServed() {
    HttpResponse<String> r = get(server, "/v1/openapi.yaml");
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").get().startsWith("application/yaml"));
    assertTrue(r.body().startsWith("openapi: 3.0"), r.body());
  }

  @Test
  void analyzeReturnsTheReportJsonOfTheLibrary() {
    HttpResponse<String> r = post(server, "/v1/analyze", draft("d-1", NOTE));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("X-Request-Id").isPresent());
    JsonNode report = json(r);
    assertEquals("d-1", report.get("id").asText());
    assertEquals("eng", report.get("language").asText());
    // exactly the library's JSON for the same draft
    String expected =
        io.invitecheck.json.ReportJson.toJson(
            analyzer.analyze(io.invitecheck.json.DraftJson.parse(draft("d-1", NOTE))));
    assertEquals(expected, r.body());
  }

  @Test
  void checkAddsTheDecisionForTheGivenLevel() {
    JsonNode report = json(post(server, "/v1/analyze", draft("d-2", NOTE)));
    String level = report.get("risk").get("level").asText();

    JsonNode high = json(post(server, "/v1/check", draft("d-2", NOTE)));
    assertEquals("high", high.get("failOn").asText());
    assertEquals(level.equals("high") ? "block" : "pass", high.get("decision").asText());
    assertEquals(report.get("risk"), high.get("risk"));

    JsonNode low = json(post(server, "/v1/check?failOn=low", draft("d-2", NOTE)));
    assertEquals("low", low.get("failOn").asText());
    assertEquals("block", low.get("decision").asText(), "every level is at least low");

    assertError(
        post(server, "/v1/check?failOn=severe", draft("d-2", NOTE)),
        400,
        "invalid_request",
        "failOn",
        "failOn must be low, medium or high");
  }

  @Test
  void batchKeepsOrderAndReportsItemErrorsInline() {
    String body =
        "["
            + draft("a", NOTE)
            + ", {\"id\": \"b\", \"note\": \"Hello\", \"recipient\": {\"name\": 42}},"
            + draft("c", "Hi Tom, saw your post on Rust at work and would love to connect.")
            + ", {\"id\": \"d\"}"
            + "]";
    HttpResponse<String> r = post(server, "/v1/batch", body);
    assertEquals(200, r.statusCode(), r.body());
    JsonNode results = json(r).get("results");
    assertEquals(4, results.size());
    assertEquals("a", results.get(0).get("id").asText());
    assertEquals(1, results.get(1).get("index").asInt());
    assertEquals("invalid_draft", results.get(1).get("error").get("code").asText());
    assertEquals("recipient.name", results.get(1).get("error").get("field").asText());
    assertEquals("c", results.get(2).get("id").asText());
    assertEquals(3, results.get(3).get("index").asInt());
    assertEquals("note", results.get(3).get("error").get("field").asText());
    JsonNode campaign = json(r).get("campaign");
    assertEquals(2, campaign.get("drafts").asInt(), campaign.toString());
    assertEquals(2, campaign.get("errors").asInt(), campaign.toString());
    // the campaign's line numbers are the drafts' indices, as in the results
    assertEquals(1, campaign.at("/errorSamples/0/line").asInt(), campaign.toString());
    assertEquals(3, campaign.at("/errorSamples/1/line").asInt(), campaign.toString());
  }

  @Test
  void batchMarksAMailMergeAsMassTemplateInEachReport() {
    StringBuilder body = new StringBuilder("[");
    String[] names = {"Ana", "Ben", "Chloé", "Dev", "Eva"}; // the test server takes 5 at most
    for (int i = 0; i < names.length; i++) {
      body.append(i == 0 ? "" : ",")
          .append(
              draft(
                  "m" + i,
                  "Hi "
                      + names[i]
                      + ", I came across your profile and would love to connect with like-minded"
                      + " professionals in the industry."));
    }
    HttpResponse<String> r = post(server, "/v1/batch", body.append(']').toString());
    assertEquals(200, r.statusCode(), r.body());
    JsonNode results = json(r).get("results");
    for (int i = 0; i < names.length; i++) {
      assertTrue(
          results.get(i).get("reasons").toString().contains("\"mass_template\""),
          results.get(i).toString());
    }
    JsonNode templates = json(r).get("campaign").get("templates");
    assertEquals(5, templates.get("massTemplateDrafts").asInt(), templates.toString());
    assertEquals(5, templates.get("clusters").get(0).get("size").asInt(), templates.toString());
    assertEquals(
        "[0,1,2,3,4]",
        templates.get("clusters").get(0).get("lines").toString(),
        templates.toString());
  }

  @Test
  void batchLimitsAndShape() {
    StringBuilder six = new StringBuilder("[");
    for (int i = 0; i < 6; i++) {
      six.append(i == 0 ? "" : ",").append(draft("n" + i, NOTE));
    }
    assertError(
        post(server, "/v1/batch", six.append(']').toString()),
        413,
        "too_many_items",
        "$",
        "the batch has 6 drafts; the limit is 5");
    assertError(
        post(server, "/v1/batch", draft("x", NOTE)),
        400,
        "invalid_request",
        "$",
        "expected a JSON array of drafts");
    assertEquals(0, json(post(server, "/v1/batch", "[]")).get("results").size());
  }

  // ---- errors ----

  @Test
  void invalidJsonIs400() {
    HttpResponse<String> truncated = post(server, "/v1/analyze", "{\"note\": \"Hi\"");
    assertError(
        truncated,
        400,
        "invalid_json",
        "$",
        "invalid JSON at line 1, column 14: Unexpected end-of-input");
    assertFalse(truncated.body().contains("Source"), truncated.body());
    assertError(post(server, "/v1/analyze", ""), 400, "invalid_json", "$", "empty");
    assertError(
        post(server, "/v1/analyze", "{\"note\": \"a\", \"note\": \"b\"}"),
        400,
        "invalid_json",
        "$",
        "Duplicate field 'note'");
    assertError(
        post(server, "/v1/analyze", "{\"note\": \"a\"} {\"note\": \"b\"}"),
        400,
        "invalid_json",
        "$",
        "Trailing token");
  }

  @Test
  void invalidUtf8Is400() {
    byte[] bytes = "{\"note\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> r =
        send(
            request(server, "/v1/analyze")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    assertError(r, 400, "invalid_json", "$", "not valid UTF-8");
  }

  @Test
  void invalidDraftNamesTheField() {
    assertError(
        post(server, "/v1/analyze", "{\"id\": \"x\"}"), 400, "invalid_draft", "note", "missing");
    assertError(
        post(server, "/v1/analyze", "{\"note\": \"Hi\", \"recipient\": {\"name\": [\"Jo\"]}}"),
        400,
        "invalid_draft",
        "recipient.name",
        "recipient.name must be a string");
    assertError(
        post(server, "/v1/analyze", "{\"note\": \"Hi\", \"recipent\": {}}"),
        400,
        "invalid_draft",
        "recipent",
        "unknown field 'recipent'");
    assertError(
        post(server, "/v1/analyze", draft("long", "x".repeat(2_001))),
        400,
        "invalid_draft",
        "note",
        "2001 characters long; the limit is 2000");
  }

  @Test
  void wrongMediaTypeIs415() {
    HttpResponse<String> plain =
        send(
            request(server, "/v1/analyze")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(draft("t", NOTE)))
                .build());
    assertError(plain, 415, "unsupported_media_type", null, "text/plain is not supported");
    HttpResponse<String> latin =
        send(
            request(server, "/v1/analyze")
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofString(draft("t", NOTE)))
                .build());
    assertError(latin, 415, "unsupported_media_type", null, "charset ISO-8859-1");
    HttpResponse<String> none =
        send(
            request(server, "/v1/analyze")
                .POST(HttpRequest.BodyPublishers.ofString(draft("t", NOTE)))
                .build());
    assertError(none, 415, "unsupported_media_type", null, "no Content-Type");
    HttpResponse<String> utf8 =
        send(
            request(server, "/v1/analyze")
                .header("Content-Type", "Application/JSON; Charset=\"UTF-8\"")
                .POST(HttpRequest.BodyPublishers.ofString(draft("t", NOTE)))
                .build());
    assertEquals(200, utf8.statusCode(), utf8.body());
  }

  @Test
  void wrongMethodIs405WithAllow() {
    HttpResponse<String> r = get(server, "/v1/analyze");
    assertError(r, 405, "method_not_allowed", null, "GET is not allowed on /v1/analyze");
    assertEquals("POST", r.headers().firstValue("Allow").get());
    HttpResponse<String> h = post(server, "/health", "{}");
    assertEquals(405, h.statusCode());
    assertEquals("GET", h.headers().firstValue("Allow").get());
  }

  @Test
  void unknownPathIs404AndUnknownParameter400() {
    assertError(get(server, "/v1/analyse"), 404, "not_found", null, "no endpoint at /v1/analyse");
    assertError(get(server, "/"), 404, "not_found", null, "no endpoint");
    assertError(
        post(server, "/v1/analyze?failOn=high", draft("q", NOTE)),
        400,
        "invalid_request",
        "failOn",
        "unknown query parameter 'failOn'");
  }

  @Test
  void bodyOverTheLimitIs413FromContentLength() {
    String big = draft("big", "word ".repeat(4_000)); // 20 KB > 16 KB
    assertError(
        post(server, "/v1/analyze", big),
        413,
        "body_too_large",
        null,
        "the limit is 16384 bytes (setting server.maxBodyBytes)");
  }

  /**
   * POSTs {@code body} to /v1/analyze in chunks of {@code chunk} bytes (no Content-Length) on a
   * connection of its own, and returns the raw response.
   */
  private static String postChunked(byte[] body, int chunk) throws IOException {
    try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      try {
        for (int at = 0; at < body.length; at += chunk) {
          int n = Math.min(chunk, body.length - at);
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(body, at, n);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (SocketException e) {
        // the server may close the connection as soon as it has answered
      }
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void chunkedBodyOverTheLimitIs413WhileReading() throws IOException {
    // 20 KB in five chunks
    String response = postChunked("x".repeat(20_480).getBytes(StandardCharsets.US_ASCII), 4096);
    assertTrue(response.startsWith("HTTP/1.1 413"), response);
    assertTrue(response.contains("\"code\":\"body_too_large\""), response);
    assertTrue(response.contains("the body is over 16384 bytes"), response);
  }

  @Test
  void chunkedBodyOfExactlyTheLimitIsReadWhole() throws IOException {
    // the body grows from 1 KB to the limit as its chunks arrive; at the limit the server looks for
    // one more byte, finds the end, and answers
    String json = draft("chunked-16k", NOTE);
    byte[] body =
        (json + " ".repeat(16_384 - json.getBytes(StandardCharsets.UTF_8).length))
            .getBytes(StandardCharsets.UTF_8);
    assertEquals(16_384, body.length);
    String response = postChunked(body, 1000);
    assertTrue(response.startsWith("HTTP/1.1 200"), response);
    assertTrue(response.contains("\"id\":\"chunked-16k\""), response);
  }

  @Test
  void bodyOfExactlyTheLimitIsAnsweredAndOneByteMoreIs413() {
    String json = draft("exact-16k", NOTE);
    String exact = json + " ".repeat(16_384 - json.getBytes(StandardCharsets.UTF_8).length);
    HttpResponse<String> ok = post(server, "/v1/analyze", exact);
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals("exact-16k", json(ok).get("id").asText());
    assertError(
        post(server, "/v1/analyze", exact + " "),
        413,
        "body_too_large",
        null,
        "the body is 16385 bytes");
  }

  @Test
  void internalDetailsAndBodiesStayOutOfTheAccessLog() {
    post(server, "/v1/analyze", draft("log-1", "Hi Zygmunt, a secret-ish note about Kraków."));
    // the line is written once the response is out: the client may see the response first
    String log = LOG.await("POST /v1/analyze 200");
    assertTrue(log.lines().anyMatch(l -> l.matches(".* POST /v1/analyze 200 \\d+ms id=\\d+")), log);
    assertFalse(log.contains("Zygmunt"), log);
  }

  // ---- load and slow clients ----

  @Test
  void twoHundredRequestsFromEightThreadsAreAllAnsweredCorrectly() throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        String id = "c-" + i;
        String note =
            "Hi Sam " + i + ", I read your article on compilers and would like to connect.";
        answers.add(
            clients.submit(
                () -> {
                  HttpResponse<String> r = post(server, "/v1/analyze", draft(id, note));
                  assertEquals(200, r.statusCode(), r.body());
                  return json(r).get("id").asText();
                }));
      }
      for (int i = 0; i < 200; i++) {
        assertEquals("c-" + i, answers.get(i).get(30, TimeUnit.SECONDS));
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aTricklingBodyGets408WhenItsDeadlinePasses() throws Exception {
    // the JDK's own cut-off is per JVM (2 s here); the body deadline is per server
    try (InviteServer quick =
        Http.start(analyzer, Http.LIMITS.withRequestTimeoutMillis(500), null, new Http.Log())) {
      try (Socket s = new Socket(quick.address().getAddress(), quick.address().getPort())) {
        s.setSoTimeout(10_000);
        OutputStream out = s.getOutputStream();
        byte[] bytes = draft("slow", NOTE).getBytes(StandardCharsets.UTF_8);
        out.write(
            ("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: "
                    + bytes.length
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        long start = System.nanoTime();
        try {
          // one byte every 150 ms (1.8 s for the first 12), until the server answers
          for (int i = 0; i < 12 && s.getInputStream().available() == 0; i++) {
            out.write(bytes[i]);
            out.flush();
            Thread.sleep(150);
          }
        } catch (SocketException e) {
          // the server answered and closed
        }
        // read the response up to the end of its JSON body (the connection closes later)
        InputStream in = s.getInputStream();
        StringBuilder response = new StringBuilder();
        int c;
        while (!response.toString().endsWith("}}") && (c = in.read()) >= 0) {
          response.append((char) c);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(response.toString().startsWith("HTTP/1.1 408"), response.toString());
        assertTrue(
            response.toString().contains("\"code\":\"request_timeout\""), response.toString());
        assertTrue(response.toString().contains("longer than 500 ms"), response.toString());
        assertTrue(ms < 1_900, "answered after " + ms + " ms: the JDK's 2 s cut-off came first");
      }
    }
  }

  @Test
  void aStalledClientIsCutOffWhileOthersAreServed() throws Exception {
    long timeoutSeconds = InviteServer.effectiveTimeoutSeconds();
    assertTrue(timeoutSeconds > 0 && timeoutSeconds <= 10, "timeout " + timeoutSeconds);
    try (Socket s = new Socket(server.address().getAddress(), server.address().getPort())) {
      s.setSoTimeout((int) (timeoutSeconds * 1000 + 8_000));
      OutputStream out = s.getOutputStream();
      String body = draft("stall", NOTE);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      out.write(
          ("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, bytes.length / 2);
      out.flush();
      long start = System.nanoTime();

      // another client is served meanwhile
      for (int i = 0; i < 5; i++) {
        assertEquals(200, post(server, "/v1/analyze", draft("other-" + i, NOTE)).statusCode());
      }

      InputStream in = s.getInputStream();
      int read;
      try {
        read = in.read(); // blocks until the server gives up on us
      } catch (SocketException e) {
        read = -1; // reset
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      assertEquals(-1, read, "the server answered a half-sent request");
      assertTrue(ms >= 900, "cut off after " + ms + " ms, before the timeout");
      assertTrue(ms < timeoutSeconds * 1000 + 3_000, "cut off only after " + ms + " ms");
    }
    assertEquals(200, get(server, "/health").statusCode());
  }
}
