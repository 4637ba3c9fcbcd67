package io.invitecheck.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: malformed input is an error, never a silent replacement character. */
final class Utf8 {
  private static final char REPLACEMENT = '\uFFFD';

  private Utf8() {}

  /**
   * Decodes bytes, dropping a leading byte-order mark.
   *
   * @throws CliException (exit 2) naming {@code what} when the bytes are not UTF-8
   */
  static String decode(byte[] bytes, String what) {
    String s = decodeOrNull(bytes, 0, bytes.length);
    if (s == null) {
      throw CliException.badInput(what + " is not valid UTF-8");
    }
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  /**
   * Decodes {@code bytes[off, off+len)}, or returns null when they are not valid UTF-8: {@link
   * #decodeStrictly}, made faster. The {@code String} constructor decodes straight into the
   * string's own bytes (for ASCII a check and a copy), where a strict decoder is made, fills a
   * {@code CharBuffer} of two bytes a char and copies it into a string again; a batch decodes every
   * line of its input twice. The constructor replaces malformed input by U+FFFD and decodes valid
   * input as the strict decoder does (both are the JDK's one UTF-8), so a result without U+FFFD is
   * the strict result; one with U+FFFD (a malformed line, or a line holding the character itself)
   * is decoded again strictly. A string of Latin-1 chars cannot hold U+FFFD: its test costs nothing
   * ({@code Utf8Test} compares both on every byte sequence up to two bytes, on the leading bytes of
   * every longer form, and on random and malformed lines).
   */
  static String decodeOrNull(byte[] bytes, int off, int len) {
    String s = new String(bytes, off, len, StandardCharsets.UTF_8);
    return s.indexOf(REPLACEMENT) < 0 ? s : decodeStrictly(bytes, off, len);
  }

  /** Decodes {@code bytes[off, off+len)} with a reporting decoder; null when not valid UTF-8. */
  static String decodeStrictly(byte[] bytes, int off, int len) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, off, len))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
