package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link LoopbackConnection} against a scripted peer: it sends the request bytes as prepared, reads
 * back-to-back answers on one connection by their Content-Length, and refuses what it does not read
 * rather than miscounting it.
 */
class LoopbackConnectionTest {

  /** Accepts one connection, reads {@code requests} requests, answers each with its script. */
  private static CompletableFuture<List<String>> peer(ServerSocket listener, String... answers) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (Socket s = listener.accept()) {
            InputStream in = s.getInputStream();
            List<String> seen = new java.util.ArrayList<>();
            for (String answer : answers) {
              seen.add(readRequest(in));
              s.getOutputStream().write(answer.getBytes(StandardCharsets.UTF_8));
              s.getOutputStream().flush();
            }
            return seen;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /** One request: its head up to the blank line, then Content-Length bytes of body. */
  private static String readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    while (!b.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("eof in head");
      }
      b.write(c);
    }
    String head = b.toString(StandardCharsets.ISO_8859_1);
    int at = head.indexOf("Content-Length: ") + "Content-Length: ".length();
    int length = Integer.parseInt(head.substring(at, head.indexOf("\r\n", at)));
    return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }

  private static ServerSocket listener() throws IOException {
    return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }

  private static InetSocketAddress address(ServerSocket l) {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), l.getLocalPort());
  }

  @Test
  void readsBackToBackAnswersByTheirLengthOnOneConnection() throws Exception {
    try (ServerSocket l = listener()) {
      String body = "{\"id\":\"d1\",\"risk\":{\"level\":\"low\"}}";
      CompletableFuture<List<String>> seen =
          peer(
              l,
              "HTTP/1.1 200 OK\r\ncontent-length: " + body.length() + "\r\n\r\n" + body,
              "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\n"
                  + "Content-Length: 2\r\n\r\n{}",
              "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      InetSocketAddress a = address(l);
      byte[] request =
          LoopbackConnection.post(a, "/v1/analyze", "{\"note\":\"Hi Ana — 👋\"}", null);
      try (LoopbackConnection c = new LoopbackConnection(a, 5_000)) {
        assertEquals(200, c.exchange(request));
        assertFalse(c.closeRequested());
        assertEquals(400, c.exchange(request));
        assertEquals(200, c.exchange(request));
        assertTrue(c.closeRequested(), "Connection: close is noticed");
      }
      List<String> requests = seen.get(10, TimeUnit.SECONDS);
      assertEquals(3, requests.size());
      String expected =
          "POST /v1/analyze HTTP/1.1\r\nHost: "
              + a.getHostString()
              + ":"
              + a.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + "{\"note\":\"Hi Ana — 👋\"}".getBytes(StandardCharsets.UTF_8).length
              + "\r\n\r\n{\"note\":\"Hi Ana — 👋\"}";
      assertEquals(expected, requests.get(0), "the length counts UTF-8 bytes, not chars");
    }
  }

  @Test
  void sendsTheBearerTokenWhenThereIsOne() throws Exception {
    try (ServerSocket l = listener()) {
      CompletableFuture<List<String>> seen =
          peer(l, "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n");
      InetSocketAddress a = address(l);
      try (LoopbackConnection c = new LoopbackConnection(a, 5_000)) {
        assertEquals(401, c.exchange(LoopbackConnection.post(a, "/v1/analyze", "{}", "s3cret")));
      }
      assertTrue(
          seen.get(10, TimeUnit.SECONDS).get(0).contains("\r\nAuthorization: Bearer s3cret\r\n"));
    }
  }

  @Test
  void refusesAnswersItCannotMeasure() throws Exception {
    for (String answer :
        List.of(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{}",
            "HTTP/1.1 200 OK\r\nContent-Length: -4\r\n\r\n",
            "SSH-2.0-OpenSSH_9.2\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}")) {
      try (ServerSocket l = listener()) {
        CompletableFuture<List<String>> seen = peer(l, answer);
        InetSocketAddress a = address(l);
        try (LoopbackConnection c = new LoopbackConnection(a, 5_000)) {
          byte[] request = LoopbackConnection.post(a, "/v1/analyze", "{}", null);
          assertThrows(IOException.class, () -> c.exchange(request), answer);
        }
        seen.get(10, TimeUnit.SECONDS);
      }
    }
  }
}
