package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static BoundedLineReader reader(byte[] bytes, int max) {
    return new BoundedLineReader(new ByteArrayInputStream(bytes), max);
  }

  private static BoundedLineReader reader(String s, int max) {
    return reader(s.getBytes(StandardCharsets.UTF_8), max);
  }

  @Test
  void readsLinesWithTheirTerminatorsAndNumbers() throws IOException {
    BoundedLineReader r = reader("a\r\nbé\n\nlast", 100);
    BoundedLineReader.Line l = r.next();
    assertEquals(1, l.number());
    assertEquals("a", l.text());
    assertEquals("\r\n", l.terminator());
    l = r.next();
    assertEquals("bé", l.text());
    assertEquals(3, l.bytes());
    assertEquals("\n", l.terminator());
    l = r.next();
    assertEquals("", l.text());
    assertEquals(3, l.number());
    l = r.next();
    assertEquals("last", l.text());
    assertEquals("", l.terminator());
    assertNull(r.next());
    assertNull(r.next());
    assertEquals(12, r.bytesRead());
  }

  @Test
  void noExtraLineAfterAFinalNewline() throws IOException {
    BoundedLineReader r = reader("x\n", 100);
    assertEquals("x", r.next().text());
    assertNull(r.next());
  }

  @Test
  void dropsAByteOrderMarkOnTheFirstLineOnly() throws IOException {
    BoundedLineReader r = reader("\uFEFFid\n\uFEFFx\n", 100);
    assertEquals("id", r.next().text());
    assertEquals("\uFEFFx", r.next().text());
  }

  @Test
  void aLineOverTheLimitIsSkippedToItsEndAndTheNextLineIsRead() throws IOException {
    BoundedLineReader r = reader("ok\n" + "\"x".repeat(50_000) + "\nafter\n", 1000);
    assertEquals("ok", r.next().text());
    BoundedLineReader.Line big = r.next();
    assertEquals(BoundedLineReader.Problem.TOO_LONG, big.problem());
    assertNull(big.text());
    assertEquals(100_000, big.bytes());
    assertEquals(50_000, big.quotes());
    assertEquals(2, big.number());
    BoundedLineReader.Line after = r.next();
    assertEquals("after", after.text());
    assertEquals(3, after.number());
  }

  @Test
  void aLineOfExactlyTheLimitIsKeptEvenWithCarriageReturn() throws IOException {
    BoundedLineReader r = reader("x".repeat(10) + "\r\n" + "y".repeat(11) + "\n", 10);
    assertEquals("x".repeat(10), r.next().text());
    assertEquals(BoundedLineReader.Problem.TOO_LONG, r.next().problem());
  }

  @Test
  void invalidUtf8IsReportedNotReplaced() throws IOException {
    byte[] bytes = {'a', (byte) 0xC3, '\n', 'b', '\n'};
    BoundedLineReader r = reader(bytes, 100);
    assertEquals(BoundedLineReader.Problem.NOT_UTF8, r.next().problem());
    assertEquals("b", r.next().text());
  }

  @Test
  void aHugeLineIsStreamedNotHeld() throws IOException {
    long size = 300L * 1024 * 1024; // 300 MB of one line, generated on the fly
    InputStream huge =
        new InputStream() {
          long left = size;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : (left == -1 ? '\n' : -1);
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return left-- == 0 ? newline(b, off) : -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }

          private int newline(byte[] b, int off) {
            b[off] = '\n';
            return 1;
          }
        };
    BoundedLineReader r = new BoundedLineReader(huge, 64 * 1024);
    BoundedLineReader.Line l = r.next();
    assertEquals(BoundedLineReader.Problem.TOO_LONG, l.problem());
    assertEquals(size, l.bytes());
    assertNull(r.next());
  }
}
