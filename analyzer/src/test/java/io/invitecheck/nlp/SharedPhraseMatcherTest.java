package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PhraseMatcher#shared} against {@link PhraseMatcher#of}: the same spans for every list,
 * whichever lists search a note and in whatever order, on the bundled corpus and on random texts
 * with accents, typographic apostrophes, emoji, lone surrogates and white-space runs.
 */
class SharedPhraseMatcherTest {

  /** Lists like the detectors': overlapping, nested, repeated across lists, some short. */
  private static final List<List<String>> LISTS =
      List.of(
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
              "connect"),
          List.of("zürich", "café", "$", "@", "www.", "limited time offer", "time", "offer"),
          List.of("our platform", "platform", "grow your business", "your business", "a call"),
          List.of("call", "demo", "let's hop on a call", "hop on", "love"), // repeats list 0's
          List.of("\u2014", "\uD83D\uDE80", "naïve", "c'est", "i'd love"),
          List.of("congrats on", "congratulations on", "your new role", "new role", "role"),
          List.of("the", "and", "to", "you", "i", "a"));

  private static final List<PhraseMatcher> SHARED = new ArrayList<>();
  private static final List<PhraseMatcher> PLAIN = new ArrayList<>();

  static {
    for (List<String> l : LISTS) {
      SHARED.add(PhraseMatcher.shared(l));
      PLAIN.add(PhraseMatcher.of(l));
    }
  }

  private static final List<String> PIECES =
      List.of(
          "Hi Anna, ",
          "quick",
          " call",
          "15-minute call",
          "Book a ",
          "demo",
          "DEMO",
          "free",
          "freelance",
          " ",
          "  ",
          "\n",
          "\t",
          "I'd",
          "I\u2019d",
          " love to ",
          "connect",
          "Zürich",
          "ZÜRICH",
          "cafe\u0301",
          "$99",
          "anna@acme.com",
          "www.acme.com",
          " time ",
          "offer",
          " platform",
          "grow your",
          " business",
          "let's hop on",
          " a call",
          "C'EST",
          "na\u00EFve",
          "Congrats on",
          " your new role",
          ".",
          ",",
          "!",
          "\u2014",
          "\uD83D\uDE80",
          "\uD83D",
          "\uDE80",
          "e",
          "the",
          "and you");

  private static void assertSameSpans(String text, int[] order) {
    for (int k : order) {
      assertEquals(PLAIN.get(k).findAll(text), SHARED.get(k).findAll(text), () -> k + ": " + text);
    }
  }

  @Test
  void everyListFindsInRandomTextsWhatItsOwnMatcherFinds() {
    Random random = new Random(20_261_127);
    int found = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int p = random.nextInt(30); p > 0; p--) {
        sb.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String text = sb.toString();
      int[] order = new int[1 + random.nextInt(2 * LISTS.size())];
      for (int i = 0; i < order.length; i++) {
        order[i] = random.nextInt(LISTS.size());
      }
      assertSameSpans(text, order);
      found += SHARED.get(0).findAll(text).size();
    }
    assertTrue(found > 2_500, "matches of the first list: " + found);
  }

  @Test
  void everyListFindsInTheCorpusWhatItsOwnMatcherFinds() {
    int[] all = new int[LISTS.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = all.length - 1 - i;
    }
    int found = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      assertSameSpans(n.text(), all);
      found += SHARED.get(5).findAll(n.text()).size();
    }
    assertTrue(found > 50, "congratulations in the corpus: " + found);
  }

  @Test
  void realisticNotesGiveOffsetsIntoTheOriginal() {
    String note = "Hi Zoë \uD83D\uDE80 — I\u2019d love to connect; quick  call about our platform?";
    List<Span> spans = SHARED.get(0).findAll(note);
    assertEquals(List.of("I\u2019d love to connect", "quick  call"), texts(note, spans));
    assertEquals(
        List.of("\uD83D\uDE80", "\u2014", "I\u2019d love"),
        texts(note, SHARED.get(4).findAll(note)));
    assertEquals(List.of("our platform"), texts(note, SHARED.get(2).findAll(note)));
    assertEquals(List.of(), SHARED.get(5).findAll(note));
    assertEquals(List.of(), SHARED.get(0).findAll(""));
    assertEquals(List.of(), SHARED.get(1).findAll("\uD83D"));
  }

  @Test
  void aListSharedAfterASearchIsFoundToo() {
    String note = "Big news: your new role at Acme, and the late-registered phrase too.";
    assertEquals(List.of("your new role"), texts(note, SHARED.get(5).findAll(note)));
    PhraseMatcher late = PhraseMatcher.shared("late-registered phrase", "acme", "news");
    PhraseMatcher own = PhraseMatcher.of("late-registered phrase", "acme", "news");
    assertEquals(own.findAll(note), late.findAll(note));
    assertEquals(
        List.of("news", "Acme", "late-registered phrase"), texts(note, late.findAll(note)));
    assertEquals(List.of("your new role"), texts(note, SHARED.get(5).findAll(note)));
  }

  @Test
  void aSharedMatcherWithMorePhrasesIsAnOrdinaryOne() {
    PhraseMatcher more = SHARED.get(2).plus(List.of("growth"));
    String note = "Growth for your business on our platform";
    assertEquals(
        List.of("Growth", "your business", "our platform"), texts(note, more.findAll(note)));
    assertEquals(PhraseMatcher.of(LISTS.get(2)).phrases(), SHARED.get(2).phrases());
  }

  private static List<String> texts(String note, List<Span> spans) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      out.add(s.textIn(note));
    }
    return out;
  }
}
