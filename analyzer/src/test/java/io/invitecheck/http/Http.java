package io.invitecheck.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.corpus.CorpusScorer;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BiFunction;

/** Test helpers: a server on a free loopback port, a client, JSON parsing, a log to inspect. */
final class Http {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Every server IT in this JVM uses this request timeout, because the JDK reads it once per JVM.
   */
  static final int TIMEOUT_MILLIS = 2000;

  static final ServerSettings LIMITS = new ServerSettings(16_384, 5, TIMEOUT_MILLIS, 4, 0);

  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  /** A log stream the test can read. */
  static final class Log {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String text() {
      synchronized (stream) {
        return bytes.toString(StandardCharsets.UTF_8);
      }
    }

    /**
     * The log once it contains {@code part}, waiting up to a second: the access log line is written
     * after the response, so a client can see the response first.
     */
    String await(String part) {
      String text = text();
      for (int i = 0; i < 50 && !text.contains(part); i++) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
        text = text();
      }
      return text;
    }
  }

  static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  static InviteServer start(InviteAnalyzer analyzer, ServerSettings limits, String token, Log log) {
    return InviteServer.start(analyzer, limits, loopback(), token, log.stream);
  }

  static HttpRequest.Builder request(InviteServer server, String path) {
    return HttpRequest.newBuilder(URI.create(server.uri() + path)).timeout(Duration.ofSeconds(20));
  }

  static HttpResponse<String> get(InviteServer server, String path) {
    return send(request(server, path).GET().build());
  }

  static HttpResponse<String> post(InviteServer server, String path, String json) {
    return send(
        request(server, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  static String draft(String id, String note) {
    return MAPPER.createObjectNode().put("id", id).put("note", note).toString();
  }

  /** A corpus scorer whose answer the test decides. */
  static CorpusScorer corpus(BiFunction<AnalyzedNote, Draft, CorpusEvidence> score) {
    return new CorpusScorer() {
      @Override
      public CorpusEvidence score(AnalyzedNote note, Draft draft) {
        return score.apply(note, draft);
      }

      @Override
      public String corpusIdentity() {
        return "test-corpus";
      }

      @Override
      public String classifierIdentity() {
        return "test-classifier";
      }

      @Override
      public void close() {}
    };
  }
}
