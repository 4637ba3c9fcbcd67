package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-scanned shouting runs against the regular-expression version they replaced. */
class CapsRunsTest {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019&]+");

  /** The former implementation, kept as the oracle. */
  private static List<Span> regexCapsRuns(String text) {
    List<Span> runs = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int count = 0;
    int runStart = -1;
    int runEnd = -1;
    int lastEnd = -1;
    while (m.find()) {
      String w = m.group();
      int kind = kind(w); // 0 shout, 1 neutral, 2 lower
      boolean joined = lastEnd < 0 || gapJoins(text, lastEnd, m.start());
      if (!joined || kind == 2) {
        if (count >= 3) {
          runs.add(new Span(runStart, runEnd));
        }
        count = 0;
        runStart = -1;
      }
      if (kind == 0) {
        if (count == 0) {
          runStart = m.start();
        }
        count++;
        runEnd = m.end();
      }
      lastEnd = m.end();
    }
    if (count >= 3) {
      runs.add(new Span(runStart, runEnd));
    }
    return runs;
  }

  private static int kind(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return acronym(w) ? 1 : 2;
      }
      if (Character.isDigit(c)) {
        return 1;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters < 2 || acronym(w) ? 1 : 0;
  }

  private static boolean acronym(String w) {
    String upper = w.toUpperCase(Locale.ROOT);
    String stripped =
        upper.endsWith("'S") || upper.endsWith("\u2019S")
            ? upper.substring(0, upper.length() - 2)
            : upper;
    return ExcessiveFormattingCue.ACRONYMS.contains(upper)
        || ExcessiveFormattingCue.ACRONYMS.contains(stripped);
  }

  private static boolean gapJoins(String text, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!(c == ' ' || c == ',' || c == '-' || c == '!' || c == ':' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static final List<String> PIECES =
      List.of(
          "BOOK",
          "YOUR",
          "FREE",
          "DEMO",
          "NOW",
          "SaaS",
          "PhD",
          "SAAS",
          "AWS",
          "CEO's",
          "CEO\u2019S",
          "AT&T",
          "R&D",
          "I",
          "A",
          "B2B",
          "2026",
          "Hi",
          "anna",
          "Anna",
          "great",
          "ZÜRICH",
          "ÉCOLE",
          "straße",
          "STRASSE",
          "\u0130STANBUL",
          "東京",
          "ǅ",
          "Ⅻ",
          "½",
          "٣",
          " ",
          " ",
          " ",
          ", ",
          " - ",
          "!",
          ": ",
          ".",
          "\n",
          "  ",
          "   ",
          "(",
          "\uD83D\uDE80",
          "ai",
          "Ai's",
          "it",
          "us",
          "okr’s",
          "Okrs",
          "at&t",
          "r&D",
          "iOS",
          "\u0131t",
          "hipaa",
          "Hi",
          "x'S",
          "'s",
          "'",
          "\u2019",
          "&",
          "DEVOPS",
          "DEVOPS'S",
          "DevOps",
          "NVIDIAs",
          "LIMITED",
          "OFFER",
          "ǄUNGLA");

  private static final List<String> SHOUTING =
      List.of("BOOK", "YOUR", "FREE", "DEMO", "LIMITED", "OFFER", "ZÜRICH", "ǄUNGLA");

  @Test
  void findsTheRunsTheWordPatternFound() {
    Random random = new Random(11);
    int withRuns = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(25);
      for (int p = 0; p < parts; p++) {
        // half the time a shouting word and a space, so that runs form
        sb.append(
            random.nextBoolean()
                ? SHOUTING.get(random.nextInt(SHOUTING.size())) + " "
                : PIECES.get(random.nextInt(PIECES.size())));
      }
      String text = sb.toString();
      List<Span> expected = regexCapsRuns(text);
      assertEquals(expected, ExcessiveFormattingCue.capsRuns(text), text);
      withRuns += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(withRuns > 5_000, "texts with a run: " + withRuns);
  }

  @Test
  void aRunEndsAtTheLastShoutingWordWithOffsetsIntoTheNote() {
    String note = "Hi Anna! BOOK YOUR FREE DEMO with our CEO's team today.";
    assertEquals(List.of(new Span(9, 28)), ExcessiveFormattingCue.capsRuns(note));
    assertEquals("BOOK YOUR FREE DEMO", note.substring(9, 28));
  }

  @Test
  void aWordTurnedAwayByItsFirstTwoCharsIsNoAcronym() {
    List<String> words = new ArrayList<>();
    for (String a : ExcessiveFormattingCue.ACRONYMS) {
      words.add(a);
      words.add(a.toLowerCase(Locale.ROOT));
      words.add(a + "'s");
      words.add(a.charAt(0) + a.substring(1).toLowerCase(Locale.ROOT) + "\u2019S");
    }
    Random random = new Random(1127);
    String alphabet = "aAiIsStTuUkKoOcCpP'\u2019&2\u0131\u0130\u00df\u017f\u212a";
    for (int n = 0; n < 50_000; n++) {
      StringBuilder w = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      words.add(w.toString());
    }
    int acronyms = 0;
    for (String w : words) {
      String text = "x " + w + " y";
      boolean may = ExcessiveFormattingCue.mayBeAcronym(text, 2, 2 + w.length());
      boolean is = ExcessiveFormattingCue.isAcronym(w);
      assertTrue(may || !is, w);
      acronyms += is ? 1 : 0;
    }
    assertTrue(acronyms > 4 * ExcessiveFormattingCue.ACRONYMS.size(), "acronyms " + acronyms);
  }
}
