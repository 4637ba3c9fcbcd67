package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Utf8#decodeOrNull} against the strict decoder it replaces, {@link Utf8#decodeStrictly}:
 * the same string, or null for both.
 */
class Utf8Test {

  private static void assertSame(byte[] bytes, int off, int len) {
    assertEquals(
        Utf8.decodeStrictly(bytes, off, len),
        Utf8.decodeOrNull(bytes, off, len),
        () -> HexFormat.of().formatHex(bytes, off, off + len));
  }

  private static void assertSame(byte[] bytes) {
    assertSame(bytes, 0, bytes.length);
  }

  @Test
  void everySequenceOfOneOrTwoBytesDecodesAsStrictly() {
    byte[] b = new byte[2];
    for (int x = 0; x < 256; x++) {
      b[0] = (byte) x;
      assertSame(b, 0, 1);
      for (int y = 0; y < 256; y++) {
        b[1] = (byte) y;
        assertSame(b);
      }
    }
  }

  @Test
  void everyThreeAndFourByteFormByItsLeadingBytesDecodesAsStrictly() {
    // all leading bytes of the long forms with every second byte, then continuations that are
    // valid, too low, too high or missing: surrogates, overlong forms, beyond U+10FFFF, truncated
    int[] tails = {0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF, 0x00, 0x41};
    for (int lead = 0xC0; lead < 0x100; lead++) {
      for (int second = 0; second < 256; second++) {
        for (int third : tails) {
          assertSame(new byte[] {(byte) lead, (byte) second, (byte) third});
          if (lead >= 0xF0) { // the four-byte forms' leading bytes
            for (int fourth : new int[] {0x80, 0xBF, 0xC0, 0x41}) {
              assertSame(new byte[] {(byte) lead, (byte) second, (byte) third, (byte) fourth});
            }
          }
        }
        assertSame(new byte[] {'a', (byte) lead, (byte) second});
      }
    }
  }

  @Test
  void realisticLinesDecodeAsStrictly() {
    String[] lines = {
      "{\"id\":\"d-1\",\"note\":\"Hi Ana, I enjoyed your talk on payment fraud at Money20/20!\"}",
      "{\"note\":\"Grüße aus Zürich — naïve café 🚀 👋🏽 𝐁𝐨𝐥𝐝 €2M ½\"}",
      "{\"note\":\"a genuine replacement character \uFFFD in a note\"}",
      "\uFEFF{\"note\":\"after a byte-order mark\"}",
      "",
    };
    for (String line : lines) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertSame(bytes);
      assertEquals(line, Utf8.decodeOrNull(bytes, 0, bytes.length));
      for (int cut = 0; cut < bytes.length; cut++) {
        assertSame(bytes, 0, cut); // a code point cut in two is malformed
        assertSame(bytes, cut, bytes.length - cut);
      }
    }
  }

  @Test
  void randomLinesWithMalformedBytesDecodeAsStrictly() {
    SplittableRandom r = new SplittableRandom(20_261_127);
    String alphabet = "abc ,.\"{}:é—€½ΩЖ中\uFFFD😀👋𝐁";
    for (int t = 0; t < 20_000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int i = r.nextInt(60); i > 0; i--) {
        int at =
            alphabet.offsetByCodePoints(
                0, r.nextInt(alphabet.codePointCount(0, alphabet.length())));
        sb.appendCodePoint(alphabet.codePointAt(at));
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      if (t % 2 == 1 && bytes.length > 0) {
        bytes = Arrays.copyOf(bytes, bytes.length);
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
          bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256); // often malformed
        }
      }
      assertSame(bytes);
    }
  }

  @Test
  void theExampleDraftsDecodeToTheirText() throws IOException {
    Path drafts = Path.of("..", "corpus", "examples", "drafts.jsonl");
    if (!Files.exists(drafts)) {
      drafts = Path.of("corpus", "examples", "drafts.jsonl");
    }
    for (String line : Files.readAllLines(drafts)) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      assertEquals(line, Utf8.decodeOrNull(bytes, 0, bytes.length));
    }
  }

  @Test
  void malformedInputIsNullOrAnError() {
    byte[] lone = {'o', 'k', (byte) 0xED, (byte) 0xA0, (byte) 0x80}; // an encoded surrogate
    assertNull(Utf8.decodeOrNull(lone, 0, lone.length));
    byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
    assertNull(Utf8.decodeOrNull(overlong, 0, overlong.length));
    assertThrows(CliException.class, () -> Utf8.decode(overlong, "stdin"));
    assertEquals("x", Utf8.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}, "f"));
  }
}
