package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.nlp.CodePoints;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ExcessiveFormattingCue}'s array scans against the {@code charAt} / {@code codePointAt}
 * scans they replaced (kept here as the oracle), on the corpus and on random texts with emoji, skin
 * tones, joiners, Latin-1 symbols, lone surrogates and shouting words.
 */
class FormattingScansTest {

  /** The former string scan of shouting runs. */
  private static List<Span> oldCapsRuns(String text) {
    List<Span> runs = new ArrayList<>();
    int count = 0;
    int runStart = -1;
    int runEnd = -1;
    int lastEnd = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!wordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length() && wordChar(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      int kind = kind(text, start, i); // 0 shout, 1 neutral, 2 lower
      boolean joined = lastEnd < 0 || gapJoins(text, lastEnd, start);
      if (!joined || kind == 2) {
        if (count >= 3) {
          runs.add(new Span(runStart, runEnd));
        }
        count = 0;
        runStart = -1;
      }
      if (kind == 0) {
        if (count == 0) {
          runStart = start;
        }
        count++;
        runEnd = i;
      }
      lastEnd = i;
    }
    if (count >= 3) {
      runs.add(new Span(runStart, runEnd));
    }
    return runs;
  }

  private static boolean wordChar(int cp) {
    return cp == '\'' || cp == '&' || cp == '\u2019' || CodePoints.isLetterOrNumber(cp);
  }

  private static final int LONGEST_NEUTRAL =
      ExcessiveFormattingCue.ACRONYMS.stream().mapToInt(String::length).max().orElse(0) + 2;

  private static int kind(String text, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return end - start <= LONGEST_NEUTRAL
                && ExcessiveFormattingCue.mayBeAcronym(text, start, end)
                && ExcessiveFormattingCue.isAcronym(text.substring(start, end))
            ? 1
            : 2;
      }
      if (Character.isDigit(c)) {
        return 1;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters < 2
            || (ExcessiveFormattingCue.mayBeAcronym(text, start, end)
                && ExcessiveFormattingCue.isAcronym(text.substring(start, end)))
        ? 1
        : 0;
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

  /** The former string scan of emoji runs. */
  private static List<Span> oldEmojiRuns(String text) {
    List<Span> runs = new ArrayList<>();
    int count = 0;
    int runStart = -1;
    int runEnd = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (ExcessiveFormattingCue.isEmoji(cp)) {
        if (count > 0 && i - runEnd > 1) {
          addIfRun(runs, count, runStart, runEnd);
          count = 0;
        }
        if (count == 0) {
          runStart = i;
        }
        count++;
        runEnd = next;
      } else if (count > 0 && runEnd == i && ExcessiveFormattingCue.isJoiner(cp)) {
        runEnd = next;
      } else if (!(cp == ' ' && runEnd == i)) {
        addIfRun(runs, count, runStart, runEnd);
        count = 0;
      }
      i = next;
    }
    addIfRun(runs, count, runStart, runEnd);
    return runs;
  }

  private static void addIfRun(List<Span> runs, int count, int start, int end) {
    if (count >= 3) {
      runs.add(new Span(start, end));
    }
  }

  private static void assertSameScans(String text) {
    assertEquals(oldCapsRuns(text), ExcessiveFormattingCue.capsRuns(text), text);
    assertEquals(oldEmojiRuns(text), ExcessiveFormattingCue.emojiRuns(text), text);
  }

  @Test
  void noCharBelowTheFirstSymbolIsAnEmojiOrAJoiner() {
    for (int c = 0; c < ExcessiveFormattingCue.FIRST_SYMBOL; c++) {
      assertFalse(ExcessiveFormattingCue.isEmoji(c), "U+" + Integer.toHexString(c));
      assertFalse(ExcessiveFormattingCue.isJoiner(c), "U+" + Integer.toHexString(c));
    }
    assertTrue(ExcessiveFormattingCue.isEmoji(ExcessiveFormattingCue.FIRST_SYMBOL));
  }

  private static final List<String> PIECES =
      List.of(
          "BOOK ",
          "YOUR ",
          "FREE ",
          "DEMO",
          "SaaS",
          "PhD",
          "CEO's",
          "AT&T",
          "I",
          "A",
          "B2B",
          "Hi",
          "anna",
          "ZÜRICH",
          "straße",
          "\u0130STANBUL",
          "東京",
          "ǅ",
          "Ⅻ",
          "½",
          " ",
          "  ",
          ", ",
          " - ",
          "!",
          "\n",
          "\uD83D\uDD25",
          "\uD83D\uDC4D\uD83C\uDFFD",
          "\uD83D\uDE4F",
          "\u200D",
          "\uFE0F",
          "\u2605",
          "\u00A6",
          "\u00A9",
          "\u00AE",
          "\u00B0",
          "\u00A5",
          "\u00E9",
          "\u2014",
          "\uD83D",
          "\uDE80",
          "\uDB40\uDC61",
          "x'S",
          "\u2019",
          "okr’s",
          "a\u0301");

  private static final String[] SYMBOLS = {"\uD83D\uDD25", "\u2605 ", "\u00A9"};

  @Test
  void theArrayScansFindWhatTheStringScansFound() {
    Random random = new Random(20_261_127);
    int caps = 0;
    int emoji = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int p = random.nextInt(25); p > 0; p--) {
        // a third of the time a shouting word and a space, or a symbol, so that runs form
        sb.append(
            random.nextInt(3) != 0
                ? PIECES.get(random.nextInt(PIECES.size()))
                : n % 2 == 0 ? PIECES.get(random.nextInt(3)) + " " : SYMBOLS[random.nextInt(3)]);
      }
      String text = sb.toString();
      assertSameScans(text);
      caps += ExcessiveFormattingCue.capsRuns(text).isEmpty() ? 0 : 1;
      emoji += ExcessiveFormattingCue.emojiRuns(text).isEmpty() ? 0 : 1;
    }
    assertTrue(caps > 1_000, "texts with a shouting run: " + caps);
    assertTrue(emoji > 1_000, "texts with an emoji run: " + emoji);
    assertSameScans("");
  }

  @Test
  void theArrayScansFindWhatTheStringScansFoundInTheCorpus() {
    int found = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      assertSameScans(n.text());
      assertSameScans(n.text().toUpperCase(Locale.ROOT));
      found += ExcessiveFormattingCue.capsRuns(n.text()).size();
    }
    assertTrue(found > 10, "shouting runs in the corpus: " + found);
  }

  @Test
  void runsKeepOffsetsIntoTheNote() {
    String note = "Hi Ann\u00E9 \uD83D\uDD25 BOOK YOUR FREE DEMO \u2605\u2605 \u2605!!";
    List<Span> caps = ExcessiveFormattingCue.capsRuns(note);
    assertEquals(List.of("BOOK YOUR FREE DEMO"), List.of(caps.get(0).textIn(note)));
    List<Span> emoji = ExcessiveFormattingCue.emojiRuns(note);
    assertEquals(List.of("\u2605\u2605 \u2605"), List.of(emoji.get(0).textIn(note)));
  }
}
