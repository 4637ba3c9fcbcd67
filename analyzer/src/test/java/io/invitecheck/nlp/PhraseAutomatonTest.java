package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {

  @Test
  void findsEveryOccurrenceIncludingOverlappingAndNestedOnes() {
    // the textbook case: "she" ends inside "hers", "he" inside both
    PhraseAutomaton a = new PhraseAutomaton(List.of("he", "she", "his", "hers"));
    long[] found = a.occurrences("ushers");
    Arrays.sort(found);
    assertArrayEquals(
        new long[] {0L << 32 | 2, 1L << 32 | 1, 3L << 32 | 2}, found); // he@2, she@1, hers@2
  }

  @Test
  void aCharacterOutsideThePhrasesRestartsTheSearch() {
    PhraseAutomaton a = new PhraseAutomaton(List.of("quick call", "call"));
    long[] found = a.occurrences("quick\u00e9call, quick call");
    Arrays.sort(found);
    // "call" at 6 and 18, "quick call" at 12; "quick\u00e9call" is not "quick call"
    assertArrayEquals(new long[] {0L << 32 | 12, 1L << 32 | 6, 1L << 32 | 18}, found);
  }

  @Test
  void aNotesFoldedCharsInALongerArrayGiveWhatItsStringGives() {
    PhraseAutomaton a = new PhraseAutomaton(List.of("he", "she", "his", "hers", "call"));
    for (String text : List.of("", "ushers", "his call \u2014 she 😀 hers", "call")) {
      char[] longer = Arrays.copyOf(text.toCharArray(), text.length() + 5);
      Arrays.fill(longer, text.length(), longer.length, 'h'); // "hhhhh" past the end: not read
      assertArrayEquals(a.occurrences(text), a.occurrences(longer, text.length()), text);
      char[] tail = "shers".toCharArray();
      assertEquals(3, a.occurrences(tail, tail.length).length); // she, he, hers
    }
  }

  /** Phrases like the detectors' lists: overlapping, nested, with accents, apostrophes, symbols. */
  private static final List<String> PHRASES =
      List.of(
          "quick call",
          "call",
          "15-minute call",
          "book a demo",
          "demo",
          "free trial",
          "free",
          "i'd love to connect",
          "love to connect",
          "connect",
          "zürich",
          "café",
          "$",
          "@",
          "www.",
          "limited time offer",
          "time",
          "offer",
          "our platform",
          "platform",
          "grow your business",
          "your business",
          "let's hop on a call",
          "a call");

  private static final List<String> PIECES =
      List.of(
          "Hi Anna, ",
          "quick",
          " call",
          "15-minute",
          "15-minute call",
          "Book a ",
          "demo",
          "DEMO",
          "free",
          "freelance",
          "trial",
          " ",
          "  ",
          "\n",
          "\t",
          "I'd",
          "I\u2019d",
          " love to ",
          "connect",
          "connected",
          "Zürich",
          "Zurich",
          "ZÜRICH",
          "cafe\u0301",
          "café",
          "$",
          "$99",
          "@",
          "anna@acme.com",
          "www.acme.com",
          "limited",
          " time ",
          "offer",
          "offers",
          "our",
          " platform",
          "grow your",
          " business",
          "let's hop on",
          " a call",
          ".",
          ",",
          "!",
          "?",
          "\uD83D\uDE80",
          "-",
          "'",
          "\u2019",
          "e",
          "a",
          "call.",
          "(call)");

  @Test
  void theMatcherFindsWithTheAutomatonWhatItFindsPhraseByPhrase() {
    PhraseMatcher m = PhraseMatcher.of(PHRASES);
    Random random = new Random(7);
    int withMatches = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(30);
      for (int p = 0; p < parts; p++) {
        sb.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String text = sb.toString();
      List<Span> expected = m.findPhraseByPhrase(text);
      assertEquals(expected, m.findAll(text), text);
      withMatches += expected.isEmpty() ? 0 : 1;
    }
    // the texts exercise the matcher: most contain something to find
    assertEquals(true, withMatches > 4_000, "texts with matches: " + withMatches);
  }

  @Test
  void aLongListFindsTheLongerOfOverlappingPhrasesWithOffsetsIntoTheNote() {
    PhraseMatcher m = PhraseMatcher.of(PHRASES);
    String note = "Hi Anna! I\u2019d love to  connect. Open to a 15-minute call to book a demo?";
    List<Span> spans = m.findAll(note);
    List<String> texts = new ArrayList<>();
    for (Span s : spans) {
      texts.add(s.textIn(note));
    }
    assertEquals(List.of("I\u2019d love to  connect", "15-minute call", "book a demo"), texts);
    assertEquals(new Span(9, 29), spans.get(0));
    assertEquals(new Span(41, 55), spans.get(1));
    assertEquals(new Span(59, 70), spans.get(2));
  }

  /** Every (phrase, start) where the phrase stands in the text, by {@code startsWith}. */
  private static long[] bruteForce(List<String> phrases, String text) {
    List<Long> found = new ArrayList<>();
    for (int k = 0; k < phrases.size(); k++) {
      for (int i = 0; i + phrases.get(k).length() <= text.length(); i++) {
        if (text.startsWith(phrases.get(k), i)) {
          found.add((long) k << 32 | i);
        }
      }
    }
    return found.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  @Test
  void findsWhatStartsWithFindsInRandomText() {
    List<String> phrases = new ArrayList<>();
    for (String p : PHRASES) {
      phrases.add(PhraseMatcher.fold(p));
    }
    phrases.addAll(List.of("a", "aa", "aaa", "\uD83D\uDE80", "\u2014 ok", "ll"));
    PhraseAutomaton a = new PhraseAutomaton(phrases);
    Random random = new Random(1127);
    int withOccurrences = 0;
    for (int n = 0; n < 3_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int p = 1 + random.nextInt(30); p > 0; p--) {
        String piece = PIECES.get(random.nextInt(PIECES.size()));
        sb.append(random.nextBoolean() ? PhraseMatcher.fold(piece) : piece);
        if (random.nextInt(10) == 0) {
          sb.append(random.nextBoolean() ? "aaaa" : "\u2014 ok");
        }
      }
      String text = sb.toString();
      long[] found = a.occurrences(text);
      Arrays.sort(found);
      long[] expected = bruteForce(phrases, text);
      assertArrayEquals(expected, found, text);
      withOccurrences += expected.length > 0 ? 1 : 0;
    }
    assertTrue(withOccurrences > 2_000, "only " + withOccurrences);
  }

  @Test
  void anEmptyPhraseIsRefused() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new PhraseAutomaton(List.of("call", "")));
  }
}
