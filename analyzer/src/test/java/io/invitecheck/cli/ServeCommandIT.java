package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} in its own JVM: port 0 prints the bound address, the warm-up runs before it
 * listens, SIGTERM stops it cleanly.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServeCommandIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @TempDir Path dir;

  @Test
  void servesOnAFreePortAndStopsOnSigterm() throws Exception {
    Path config = dir.resolve("serve.yaml");
    Files.writeString(config, "maxNoteChars: 10\nserver:\n  threads: 2\n");
    Path errLog = dir.resolve("stderr.txt");
    Process p = serve(errLog, "--config", config.toString());
    try {
      URI base = listening(p, 2);

      HttpResponse<String> r = post(base, draft("y".repeat(11), null));
      assertEquals(400, r.statusCode(), "the config's maxNoteChars applies: " + r.body());
      JsonNode e = MAPPER.readTree(r.body()).get("error");
      assertTrue(e.get("message").asText().contains("the limit is 10"), r.body());

      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "did not stop on SIGTERM");
      assertEquals(143, p.exitValue(), "killed by SIGTERM after the shutdown hook ran");
      String err = Files.readString(errLog);
      // the default warm-up found no generated draft of 10 characters or fewer
      assertTrue(
          err.contains("invitecheck: no warm-up: no generated draft fits maxNoteChars"), err);
      assertTrue(err.contains("POST /v1/analyze 400"), err);
      assertTrue(err.contains("invitecheck: stopping; 0 request(s) in flight"), err);
      assertTrue(err.contains("invitecheck: stopped"), err);
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  @Test
  void warmsUpOnAPrivatePortBeforeListening() throws Exception {
    Path errLog = dir.resolve("stderr.txt");
    Process p = serve(errLog, "--warm-up", "2", "--threads", "2");
    try {
      URI base = listening(p, 2);
      String err = Files.readString(errLog);
      assertTrue(
          err.contains(
              "invitecheck: warming up before listening, until the compilers settle after 50,000"
                  + " requests or for at most 2 s (--warm-up 0 skips it)"),
          err);
      // 2 s on 2 cores answer far fewer than the 50,000 requests the compilers need to have seen
      Matcher m =
          Pattern.compile(
                  "invitecheck: warmed up: ([\\d,]+) requests in ([\\d.]+) s \\(.*\\), 0"
                      + " errors; fewer than 50,000 requests by the limit \\(--warm-up\\): the"
                      + " machine is slow or busy, and the first requests may find code still"
                      + " being compiled")
              .matcher(err);
      assertTrue(m.find(), err);
      assertTrue(Long.parseLong(m.group(1).replace(",", "")) > 0, err);
      double seconds = Double.parseDouble(m.group(2));
      assertTrue(seconds >= 2 && seconds < 10, err);
      assertFalse(err.contains("/v1/analyze"), "the warm-up's requests are not logged: " + err);

      String note = "Hi Dana, I enjoyed your talk on payment fraud. Would love to connect.";
      HttpResponse<String> r = post(base, draft(note, "Dana Whitfield"));
      assertEquals(200, r.statusCode(), r.body());
      JsonNode name = MAPPER.readTree(r.body()).get("signals").get(0);
      assertEquals("recipient_name", name.get("type").asText(), r.body());
      assertEquals(3, name.get("start").asInt(), r.body());
      assertEquals(7, name.get("end").asInt(), r.body());
      // the access log's line is written once the answer has gone out, so it may come a little
      // after the client has read the answer
      String logged = Files.readString(errLog);
      for (long until = System.nanoTime() + 10_000_000_000L;
          !logged.contains("POST /v1/analyze 200") && System.nanoTime() < until; ) {
        Thread.sleep(50);
        logged = Files.readString(errLog);
      }
      assertTrue(logged.contains("POST /v1/analyze 200"), logged);
    } finally {
      p.destroy();
      p.waitFor(20, TimeUnit.SECONDS);
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  /** {@code serve --port 0 ARGS} in its own JVM, its stderr in {@code errLog}. */
  private static Process serve(Path errLog, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ServeMain.class.getName(),
                "--port",
                "0"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(errLog.toFile()).start();
  }

  /** The base URI from the first line the server prints, which names its worker threads. */
  private static URI listening(Process p, int threads) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher m =
        Pattern.compile(
                "listening on (http://127\\.0\\.0\\.1:(\\d+)) \\(" + threads + " threads\\)")
            .matcher(String.valueOf(line));
    assertTrue(m.find(), "first line: " + line);
    assertTrue(Integer.parseInt(m.group(2)) > 0);
    return URI.create(m.group(1));
  }

  /** A draft's JSON: the note, and the recipient's name unless null. */
  private static String draft(String note, String recipient) {
    ObjectNode d = MAPPER.createObjectNode().put("id", "x").put("note", note);
    if (recipient != null) {
      d.putObject("recipient").put("name", recipient);
    }
    return d.toString();
  }

  private static HttpResponse<String> post(URI base, String body)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve("/v1/analyze"))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
