package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.report.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

  @Test
  void matchesAtWordBoundariesOnly() {
    PhraseMatcher m = PhraseMatcher.of("free");
    String note = "Freelance designer here; free trial inside";
    assertEquals(List.of(new Span(25, 29)), m.findAll(note));
    assertEquals("free", note.substring(25, 29));
  }

  @Test
  void ignoresCaseAccentsAndWhitespaceRunsAndMapsOffsetsBack() {
    PhraseMatcher m = PhraseMatcher.of("book a demo", "zurich");
    String note = "Hi Zoë, greetings from Zürich!\nBook  a\n demo today?";
    List<Span> spans = m.findAll(note);
    assertEquals(2, spans.size());
    assertEquals("Zürich", spans.get(0).textIn(note));
    assertEquals("Book  a\n demo", spans.get(1).textIn(note));
  }

  @Test
  void longerPhraseWinsAnOverlap() {
    PhraseMatcher m = PhraseMatcher.of("demo", "quick demo");
    String note = "Open to a quick demo?";
    assertEquals(List.of(new Span(10, 20)), m.findAll(note));
  }

  @Test
  void typographicApostropheMatchesAscii() {
    PhraseMatcher m = PhraseMatcher.of("i'd like to add you");
    String note = "I\u2019d like to add you to my professional network.";
    Span s = m.findFirst(note);
    assertEquals(new Span(0, 19), s);
  }

  @Test
  void aPhraseThatFoldsToNothingMatchesNothingAndEnds() {
    // found by Jazzer: a recipient name of one combining mark folded to "", and indexOf("") at
    // the end of the text looped for ever
    PhraseMatcher m = PhraseMatcher.of("\u0301", " \u0308 ", "");
    assertEquals(List.of(), m.phrases());
    assertEquals(List.of(), m.findAll("Hi Zoe\u0301, nice to meet you"));
  }

  @Test
  void emojiBeforeAMatchKeepsOffsetsRight() {
    PhraseMatcher m = PhraseMatcher.of("call");
    String note = "\uD83D\uDE80\uD83D\uDE80 quick call?";
    Span s = m.findFirst(note);
    assertEquals("call", s.textIn(note));
    assertTrue(s.start() == 11);
  }

  @Test
  void collapsingSpacesIsWhatTheRegularExpressionGives() {
    assertEquals("Jana van der Berg", PhraseMatcher.collapseSpaces("Jana  van\tder \r\n Berg"));
    String plain = "Jana van der Berg";
    assertTrue(plain == PhraseMatcher.collapseSpaces(plain)); // nothing to change: the same string
    char[] alphabet = {
      ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'a', 'B', 'é', '-'
    };
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(0, 12); k > 0; k--) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      assertEquals(text.replaceAll("\\s+", " "), PhraseMatcher.collapseSpaces(text), text);
    }
  }
}
