package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.report.Span;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The folded note a {@link PhraseMatcher} searches, made from a char array with remembered code
 * point folds, against the way it was made before: each code point folded by {@link
 * PhraseMatcher#fold} (apostrophes made ASCII, white-space runs made one space) and appended to a
 * {@code StringBuilder}. Both the text and each folded char's origin must agree.
 */
class PhraseFoldTest {

  /** The fold as it was written before, kept here as the reference. */
  private static Object[] reference(String original) {
    StringBuilder sb = new StringBuilder(original.length());
    int[] origin = new int[original.length() + 1];
    int n = 0;
    boolean lastSpace = false;
    for (int i = 0; i < original.length(); ) {
      int cp = original.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp)) {
        if (!lastSpace) {
          origin = room(origin, n);
          sb.append(' ');
          origin[n++] = i;
        }
        lastSpace = true;
      } else if (cp < 128) {
        lastSpace = false;
        origin = room(origin, n);
        sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp));
        origin[n++] = i;
      } else {
        lastSpace = false;
        String f =
            cp == '\u2018' || cp == '\u2019'
                ? "'"
                : PhraseMatcher.fold(new String(Character.toChars(cp)));
        for (int k = 0; k < f.length(); k++) {
          origin = room(origin, n);
          sb.append(f.charAt(k));
          origin[n++] = i;
        }
      }
      i += len;
    }
    origin[n] = original.length();
    return new Object[] {sb.toString(), Arrays.copyOf(origin, n + 1)};
  }

  private static int[] room(int[] origin, int n) {
    return n >= origin.length - 1 ? Arrays.copyOf(origin, origin.length * 2) : origin;
  }

  private static void assertFoldsAsBefore(String note) {
    Object[] expected = reference(note);
    PhraseMatcher.Folded f = PhraseMatcher.Folded.fold(note);
    assertEquals(expected[0], f.text, note);
    assertArrayEquals(
        (int[]) expected[1], Arrays.copyOf(f.origin, f.text.length() + 1), () -> note);
  }

  @Test
  void notesFoldAsBefore() {
    for (String note :
        List.of(
            "",
            " ",
            "Hi Jörg — loved your talk at KubeCon 2024!  Would be great to connect 🚀",
            "Grüße aus Zürich: naïve café, coöperation, ½ Ⅻ, the €2M round’s “quotes”",
            "Tabs\tand\nnew\r\nlines\u000B\u001C\u00A0no-break\u2003em space\u3000ideographic",
            "İstanbul ΣΟΦΙΑ Straße ﬁnance Ǆ ǅ Ω K Å",
            "𝐁𝐨𝐥𝐝 𝑖𝑡𝑎𝑙𝑖𝑐 👋🏽 family 👨‍👩‍👧 flag 🇩🇪 lone \uD800 and \uDC00 surrogates",
            "à".repeat(300) + "ǅ".repeat(50))) {
      assertFoldsAsBefore(note);
    }
  }

  @Test
  void randomTextFoldsAsBefore() {
    SplittableRandom r = new SplittableRandom(11_27);
    String alphabet = "aZ09 \t\n.,'!-\u00A0\u2003éÜßøŁİıΣσςΩ—–‘’“”€½Ⅻﬁ\u0301ǅ中😀👋🏽𝐁\uD800\uDC00";
    int[] cps = alphabet.codePoints().toArray();
    for (int t = 0; t < 3_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(t % 50 == 0 ? 400 : 40); i > 0; i--) {
        b.appendCodePoint(cps[r.nextInt(cps.length)]);
      }
      assertFoldsAsBefore(b.toString());
    }
  }

  @Test
  void matchesMapBackToTheOriginalCharacters() {
    PhraseMatcher m = PhraseMatcher.of("cafe", "zurich");
    String note = "Coffee at a Café in ZÜRICH — 👋🏽 café";
    List<Span> spans = m.findAll(note);
    assertEquals(3, spans.size(), spans::toString);
    assertEquals("Café", note.substring(spans.get(0).start(), spans.get(0).end()));
    assertEquals("ZÜRICH", note.substring(spans.get(1).start(), spans.get(1).end()));
    assertEquals("café", note.substring(spans.get(2).start(), spans.get(2).end()));
  }
}
