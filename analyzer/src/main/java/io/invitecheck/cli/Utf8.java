package io.invitecheck.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding: malformed input is an error, never a silent replacement character. */
final class Utf8 {
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

  /** Decodes {@code bytes[off, off+len)}, or returns null when they are not valid UTF-8. */
  static String decodeOrNull(byte[] bytes, int off, int len) {
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
