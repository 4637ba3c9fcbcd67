package io.invitecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} in its own JVM: port 0 prints the bound address, SIGTERM stops it cleanly. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ServeCommandIT {
  @TempDir Path dir;

  @Test
  void servesOnAFreePortAndStopsOnSigterm() throws Exception {
    Path config = dir.resolve("serve.yaml");
    Files.writeString(config, "maxNoteChars: 50\nserver:\n  threads: 2\n");
    Path errLog = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    ServeMain.class.getName(),
                    "--port",
                    "0",
                    "--config",
                    config.toString()))
            .redirectError(errLog.toFile())
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      Matcher m =
          Pattern.compile("listening on (http://127\\.0\\.0\\.1:(\\d+)) \\(2 threads\\)")
              .matcher(String.valueOf(line));
      assertTrue(m.find(), "first line: " + line);
      URI base = URI.create(m.group(1));
      assertTrue(Integer.parseInt(m.group(2)) > 0);

      HttpResponse<String> r =
          Http.send(
              HttpRequest.newBuilder(base.resolve("/v1/analyze"))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(Http.draft("x", "y".repeat(51))))
                  .build());
      assertEquals(400, r.statusCode(), "the config's maxNoteChars applies: " + r.body());
      JsonNode e = Http.json(r).get("error");
      assertTrue(e.get("message").asText().contains("the limit is 50"), r.body());

      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "did not stop on SIGTERM");
      assertEquals(143, p.exitValue(), "killed by SIGTERM after the shutdown hook ran");
      String err = Files.readString(errLog);
      assertTrue(err.contains("POST /v1/analyze 400"), err);
      assertTrue(err.contains("invitecheck: stopping; 0 request(s) in flight"), err);
      assertTrue(err.contains("invitecheck: stopped"), err);
    } finally {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }
}
