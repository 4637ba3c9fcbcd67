package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The folded search gives what a char-by-char {@code regionMatches} scan gives. */
class CaseFoldedTest {
  /** The scan {@link Guarded} used before folding: the reference. */
  private static boolean scan(String text, String needle) {
    int n = needle.length();
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == lower || c == upper || Character.toLowerCase(c) == lower)
          && text.regionMatches(true, i, needle, 0, n)) {
        return true;
      }
    }
    return false;
  }

  private static boolean folded(String text, String needle) {
    return CaseFolded.containsIgnoreCase(
        text, CaseFolded.fold(text), needle, CaseFolded.fold(needle));
  }

  private static final List<String> NEEDLES =
      List.of(
          "min", "call", "zoom", "demo", "meeting", "chat", "slot", "%", "{", "__", "*|", "name",
          "@", "://", "www.", "!!", "?!", "check", "top", "figure", "helped", "sales", "mrr", "is",
          "ss", "k");

  @Test
  void findsWhatTheScanFindsInRealisticNotes() {
    List<String> notes =
        List.of(
            "Hi Priya, can we BOOK A QUICK CALL? I need 15 MINUTES of your time!!",
            "Hello Dr. Okafor \u2014 I read your paper on sepsis early-warning scores in JAMA.",
            "Hi {{first_name}}, we help companies like {{company}} cut cloud costs by 40%.",
            "Check out my podcast \ud83c\udf99\ufe0f at WWW.Acme.io and follow me \u2764\ufe0f",
            "Stra\u00dfe GRO\u00dfE \u0130stanbul \u0131stanbul \u017fales \u212aelvin Zo\u00d6m",
            "I\u2019d love to connect \u2014 Mr. \u00c9mile Zola, na\u00efve caf\u00e9 MEETING.");
    int found = 0;
    for (String note : notes) {
      for (String needle : NEEDLES) {
        boolean expected = scan(note, needle);
        assertEquals(expected, folded(note, needle), note + " / " + needle);
        found += expected ? 1 : 0;
      }
    }
    assertTrue(found > 15, "only " + found + " hits: the notes test too little");
  }

  @Test
  void agreesWithTheScanOnCharsWhoseCasesDisagree() {
    // \u017f (long s) and \u0131 (dotless i) fold to ASCII letters only through their upper case,
    // \u212a (Kelvin) lower-cases to k, \u0130 lower-cases to i: each can sit first or inside
    assertTrue(folded("a \u212aelvin sign", "kelvin"));
    assertEquals(scan("\u017fales", "sales"), folded("\u017fales", "sales"));
    assertEquals(scan("sa\u017fs", "ss"), folded("sa\u017fs", "ss"));
    assertEquals(scan("th\u0131s", "is"), folded("th\u0131s", "is"));
    assertEquals(scan("\u0130s", "is"), folded("\u0130s", "is"));
    Random random = new Random(7);
    char[] alphabet =
        "aAiIkKsSmMnN%{@ \u017f\u0131\u0130\u212a\u00df\u00e9\u00c9\u2019".toCharArray();
    for (int t = 0; t < 20_000; t++) {
      char[] text = new char[1 + random.nextInt(12)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      char[] needle = new char[1 + random.nextInt(3)];
      for (int i = 0; i < needle.length; i++) {
        needle[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      String n = new String(needle);
      assertEquals(scan(s, n), folded(s, n), s + " / " + n);
    }
  }

  @Test
  void foldingKeepsLengthAndReturnsAFoldedTextAsItIs() {
    String note = "Hi \u0130lknur, GRO\u00dfE news \ud83c\udf89";
    assertEquals(note.length(), CaseFolded.fold(note).length());
    assertEquals("hi i\u0307lknur".length(), "hi ilknur".length() + 1); // why not toLowerCase
    String lower = "already folded, 100% \u2014 fine";
    assertSame(lower, CaseFolded.fold(lower));
  }

  @Test
  void needlesMustBeThere() {
    assertThrows(IllegalArgumentException.class, () -> new Guarded.Needles());
    assertThrows(IllegalArgumentException.class, () -> new Guarded.Needles("min", ""));
    Guarded.Needles n = new Guarded.Needles("min", "call");
    String text = "Grab 15 MINS?";
    assertTrue(n.foundIn(text, CaseFolded.fold(text)));
    assertFalse(n.foundIn("Grab a coffee?", CaseFolded.fold("Grab a coffee?")));
  }

  /** {@code Needles.foundIn} as it was: every needle searched, none turned away by its grams. */
  private static boolean anyByScan(String text, List<String> needles) {
    for (String needle : needles) {
      if (scan(text, needle)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void needlesTurnedAwayByTheirGramsAreNeverInTheText() {
    List<String> notes =
        List.of(
            "Hi Priya, can we BOOK A QUICK CALL? I need 15 MINUTES of your time!!",
            "Check out my podcast \ud83c\udf99\ufe0f at WWW.Acme.io and follow me",
            "Stra\u00dfe \u0130stanbul \u017fales \u212aelvin ZO\u00d6M \u2014 MRR \u20ac2M",
            "I\u2019d love to connect, na\u00efve caf\u00e9.",
            "");
    Random random = new Random(1127);
    char[] alphabet =
        "aAiIkKsSmMnNlLcC%{@:/.w! \u017f\u0131\u0130\u212a\u00df\u00e9\u2014\ud83d\ude00"
            .toCharArray();
    List<String> texts = new java.util.ArrayList<>(notes);
    for (int t = 0; t < 5_000; t++) {
      char[] text = new char[random.nextInt(t % 10 == 0 ? 200 : 16)];
      for (int i = 0; i < text.length; i++) {
        text[i] = alphabet[random.nextInt(alphabet.length)];
      }
      texts.add(new String(text));
    }
    int found = 0;
    for (String text : texts) {
      for (int from = 0; from < NEEDLES.size(); from += 3) {
        List<String> some = NEEDLES.subList(from, Math.min(NEEDLES.size(), from + 3));
        Guarded.Needles n = new Guarded.Needles(some.toArray(new String[0]));
        boolean expected = anyByScan(text, some);
        // a fold of its own (grams computed for it) and the thread's cached fold of the text
        assertEquals(expected, n.foundIn(text, CaseFolded.fold(text)), text + " / " + some);
        assertEquals(expected, Guarded.when("x", n::foundIn).mayMatch(text), text + " / " + some);
        found += expected ? 1 : 0;
      }
    }
    assertTrue(found > 1_000, "only " + found + " hits: the texts test too little");
  }

  @Test
  void gramsOfATextHoldTheGramsOfEachOfItsSubstrings() {
    String text = "Hi \u0130lknur \u2014 GRO\u00dfE news \ud83c\udf89!!";
    long[] bits = Guarded.Grams.of(text);
    for (int i = 0; i < text.length(); i++) {
      for (int j = i + 1; j <= text.length(); j++) {
        assertTrue(Guarded.Grams.hasAll(bits, Guarded.Grams.needed(text.substring(i, j))));
      }
    }
    assertFalse(Guarded.Grams.hasAll(bits, Guarded.Grams.needed("zq")));
  }

  @Test
  void aTextFoldsCharByChar() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(20_261_127);
    String alphabet =
        "aZ09 ,'\u00c9\u00e9\u0130\u0131\u00df\u017f\u212a\u03a3\u01c5\u2014\ud83c\udf89";
    int changed = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = n % 7 == 0 ? b.toString().toLowerCase(java.util.Locale.ROOT) : b.toString();
      StringBuilder expected = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        expected.append(CaseFolded.fold(text.charAt(i)));
      }
      String folded = CaseFolded.fold(text);
      assertEquals(expected.toString(), folded, text);
      if (folded.equals(text)) {
        assertTrue(folded == text, text); // nothing to fold: the same string
      } else {
        changed++;
      }
    }
    assertTrue(changed > 10_000, "texts with something to fold: " + changed);
  }
}
