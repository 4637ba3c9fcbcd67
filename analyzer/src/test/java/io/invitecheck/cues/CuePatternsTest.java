package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.report.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model-free parts of the cue detectors: patterns, runs and the phrase cache. */
class CuePatternsTest {

  private static List<String> texts(String text, List<Span> spans) {
    return spans.stream().map(s -> s.textIn(text)).toList();
  }

  @Test
  void placeholderContentNeedsAFieldWord() {
    assertTrue(UnfilledPlaceholderCue.isField("FIRST NAME"));
    assertTrue(UnfilledPlaceholderCue.isField("insert company name"));
    assertTrue(UnfilledPlaceholderCue.isField("Job Title"));
    assertTrue(UnfilledPlaceholderCue.isField("some_field"));
    assertFalse(UnfilledPlaceholderCue.isField("PhD"));
    assertFalse(UnfilledPlaceholderCue.isField("2019"));
    assertFalse(UnfilledPlaceholderCue.isField("ex-Google"));
    assertFalse(UnfilledPlaceholderCue.isField("sic"));
  }

  @Test
  void linksAreTrimmedOfTrailingPunctuation() {
    String text =
        "See https://acme.io/a?b=1, (www.acme.io/x) and calendly.com/jo. Or bit.ly! Not acme.io,"
            + " Node.js, ASP.NET, e.g. report.pdf or jo@acme.io/x.";
    assertEquals(
        List.of("https://acme.io/a?b=1", "www.acme.io/x", "calendly.com/jo", "bit.ly"),
        texts(text, ContainsLinkCue.find(text)));
  }

  @Test
  void phonesAreSevenToFifteenDigitsAndNotDates() {
    String text =
        "Call +1 (555) 010-2030 or 07700 900123 or 555.123.4567; not 2019-2023, 2026-11-02,"
            + " 02.11.2026, 24/7, top 10, v2.10.15, 10.15.7, 1,200 or 555-1234 5";
    // "555-1234 5": the trailing single digit is no group of 2; 555-1234 alone has 7 digits
    assertEquals(
        List.of("+1 (555) 010-2030", "07700 900123", "555.123.4567", "555-1234"),
        texts(text, ContactDetailsCue.phones(text)));
  }

  @Test
  void capsRunsSkipAcronymsAndOneLetterWords() {
    // two shouting words among acronyms are not a run
    assertEquals(List.of(), ExcessiveFormattingCue.capsRuns("I LOVE AWS AND SQL"));
    // a lower-case word breaks a run; a full stop does not
    String text = "I LOVE AWS and SQL. BUY NOW, LIMITED OFFER! As CEO of a B2B SaaS at NYC.";
    assertEquals(
        List.of("BUY NOW, LIMITED OFFER"), texts(text, ExcessiveFormattingCue.capsRuns(text)));
    String across = "LOVE AWS AND SQL. BUY NOW";
    assertEquals(List.of(across), texts(across, ExcessiveFormattingCue.capsRuns(across)));
    String acronyms = "AI ML NLP CEO MBA PhD UX SQL AWS";
    assertEquals(List.of(), ExcessiveFormattingCue.capsRuns(acronyms));
  }

  @Test
  void emojiRunsCountCodePointsAndKeepModifiers() {
    String thumbs = "\uD83D\uDC4D\uD83C\uDFFD"; // thumbs up, medium skin tone: one emoji
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // ZWJ sequence
    String text = "ok " + thumbs + thumbs + " then " + thumbs + " " + family + "\u2605 end";
    // the first run has 2 emoji; the second 1 + 3 (family members) + 1 star
    assertEquals(
        List.of(thumbs + " " + family + "\u2605"),
        texts(text, ExcessiveFormattingCue.emojiRuns(text)));
    String twoSpaces = "\uD83D\uDD25  \uD83D\uDD25  \uD83D\uDD25";
    assertEquals(List.of(), ExcessiveFormattingCue.emojiRuns(twoSpaces));
  }

  @Test
  void phraseCacheReusesTheMatcherForTheSameExtras() {
    PhraseCache cache = new PhraseCache(PhraseMatcher.of("free trial"));
    assertSame(cache.builtIn(), cache.with(List.of()));
    PhraseMatcher a = cache.with(List.of("growth sprint"));
    assertSame(a, cache.with(List.of("growth sprint")));
    assertTrue(a.matches("Join the growth sprint"));
    assertTrue(a.matches("Start a free trial"));
    assertFalse(cache.with(List.of()).matches("Join the growth sprint"));
  }
}
