package io.invitecheck.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from a stream in constant memory: a line longer than the limit is skipped to
 * its end (counted, never held), so a one-gigabyte line cannot exhaust the heap. Lines end at
 * {@code \n}; a {@code \r} before it is reported as part of the terminator. A byte-order mark at
 * the start is dropped. Not thread-safe.
 */
final class BoundedLineReader implements Closeable {
  /** Why a line has no text. */
  enum Problem {
    TOO_LONG,
    NOT_UTF8
  }

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param text the line without its terminator; null when {@code problem} is set
   * @param terminator {@code "\n"}, {@code "\r\n"} or {@code ""} at the end of the input
   * @param bytes the length of the line in bytes, without the terminator
   * @param quotes how many {@code "} characters the line has (counted even when too long)
   * @param problem why {@code text} is null, or null
   */
  record Line(
      long number, String text, String terminator, long bytes, int quotes, Problem problem) {}

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private byte[] line = new byte[256];
  private long number;
  private long consumed;

  BoundedLineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    int stored = 0;
    long total = 0;
    int quotes = 0;
    boolean newline = false;
    while (true) {
      if (pos >= limit && !fill()) {
        break;
      }
      int i = pos;
      while (i < limit && buf[i] != '\n') {
        if (buf[i] == '"') {
          quotes++;
        }
        i++;
      }
      int n = i - pos;
      if (total + n <= maxBytes + 1L) {
        if (stored + n > line.length) {
          line = Arrays.copyOf(line, Math.max(stored + n, Math.min(line.length * 2, maxBytes + 1)));
        }
        System.arraycopy(buf, pos, line, stored, n);
        stored += n;
      }
      total += n;
      consumed += n;
      pos = i;
      if (i < limit) {
        pos++;
        consumed++;
        newline = true;
        break;
      }
    }
    if (!newline && total == 0) {
      return null;
    }
    number++;
    String terminator = newline ? "\n" : "";
    int start = 0;
    if (number == 1
        && stored >= 3
        && line[0] == (byte) 0xEF
        && line[1] == (byte) 0xBB
        && line[2] == (byte) 0xBF) {
      start = 3;
    }
    long bytes = total;
    if (total > maxBytes + 1L || (total == maxBytes + 1L && line[stored - 1] != '\r')) {
      return new Line(number, null, terminator, bytes, quotes, Problem.TOO_LONG);
    }
    int end = stored;
    if (end > start && line[end - 1] == '\r') {
      end--;
      bytes--;
      terminator = "\r" + terminator;
    }
    if (end - start > maxBytes) {
      return new Line(number, null, terminator, bytes, quotes, Problem.TOO_LONG);
    }
    String text = Utf8.decodeOrNull(line, start, end - start);
    if (text == null) {
      return new Line(number, null, terminator, bytes, quotes, Problem.NOT_UTF8);
    }
    if (line.length > 1 << 16 && stored < 1 << 12) {
      line = new byte[256]; // give back the memory of an earlier long line
    }
    return new Line(number, text, terminator, bytes, quotes, null);
  }

  /** Bytes consumed so far. */
  long bytesRead() {
    return consumed;
  }

  private boolean fill() throws IOException {
    int n = in.read(buf);
    while (n == 0) {
      n = in.read(buf);
    }
    if (n < 0) {
      pos = limit = 0;
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
