package io.invitecheck.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection of the load test to the server on loopback: it writes a
 * request prepared by {@link #post} and reads the answer's status line, headers and body, nothing
 * more.
 *
 * <p>Why not the JDK's {@code HttpClient}: the load generator shares the server's two cores, so
 * what it spends per request is taken from the server. With {@code HttpClient} the in-process load
 * test peaked at 1,174 requests/s while {@code wrk}, from another process, drove the same server to
 * about 6,500 (session 6, README "Performance"). This class reads exactly what {@link
 * io.invitecheck.http.InviteServer} sends (a status line, headers with a {@code Content-Length},
 * the body) and fails loudly on anything else, such as a chunked body. Not thread-safe: one per
 * load thread.
 */
final class LoopbackConnection implements Closeable {
  /** The longest status or header line read; the server's are under 100 bytes. */
  private static final int MAX_LINE = 8192;

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final byte[] line = new byte[MAX_LINE];
  private boolean closeRequested;

  LoopbackConnection(InetSocketAddress server, int connectTimeoutMillis) throws IOException {
    socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(server, connectTimeoutMillis);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  /**
   * The bytes of a {@code POST} of a JSON body to {@code path}, ready for {@link #exchange}, with
   * {@code Authorization: Bearer <token>} unless the token is null.
   */
  static byte[] post(InetSocketAddress server, String path, String json, String token) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] head =
        ("POST "
                + path
                + " HTTP/1.1\r\nHost: "
                + server.getHostString()
                + ":"
                + server.getPort()
                + (token == null ? "" : "\r\nAuthorization: Bearer " + token)
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[head.length + body.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(body, 0, request, head.length, body.length);
    return request;
  }

  /**
   * Sends one request and reads its whole answer.
   *
   * @return the answer's status code
   * @throws IOException when the connection fails or the answer is not one this class reads
   */
  int exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    int status = status(readLine());
    long length = -1;
    int n;
    while ((n = readLineLength()) > 0) {
      String header = new String(line, 0, n, StandardCharsets.ISO_8859_1);
      int colon = header.indexOf(':');
      if (colon < 0) {
        throw new IOException("malformed header line: " + header);
      }
      String name = header.substring(0, colon).trim();
      String value = header.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        length = parseLength(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        throw new IOException("the load test reads only Content-Length bodies, got " + header);
      } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
        closeRequested = true;
      }
    }
    if (length < 0) {
      throw new IOException("answer " + status + " without a Content-Length");
    }
    in.skipNBytes(length);
    return status;
  }

  /** Fails a read that waits longer than {@code millis} for the server. */
  void soTimeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  /** True once the server has said it closes this connection after the last answer. */
  boolean closeRequested() {
    return closeRequested;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }

  private String readLine() throws IOException {
    int n = readLineLength();
    return new String(line, 0, n, StandardCharsets.ISO_8859_1);
  }

  /** Reads one CRLF-terminated line into {@link #line}; its length without the CRLF. */
  private int readLineLength() throws IOException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("the server closed the connection");
      }
      if (b == '\n') {
        return n > 0 && line[n - 1] == '\r' ? n - 1 : n;
      }
      if (n == MAX_LINE) {
        throw new IOException("a header line longer than " + MAX_LINE + " bytes");
      }
      line[n++] = (byte) b;
    }
  }

  private static int status(String statusLine) throws IOException {
    // "HTTP/1.1 200 OK"
    if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
      throw new IOException("not an HTTP/1.x status line: " + statusLine);
    }
    try {
      return Integer.parseInt(statusLine.substring(9, 12));
    } catch (NumberFormatException e) {
      throw new IOException("not an HTTP/1.x status line: " + statusLine, e);
    }
  }

  private static long parseLength(String value) throws IOException {
    try {
      long v = Long.parseLong(value);
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length: " + value, e);
    }
  }
}
