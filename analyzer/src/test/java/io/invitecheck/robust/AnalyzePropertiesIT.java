package io.invitecheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Report;
import io.invitecheck.report.Signal;
import io.invitecheck.report.Span;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For any string up to the configured limit, {@code analyze} returns a report whose every offset
 * lies within the note, never splits a surrogate pair, and points at exactly the reported text; the
 * same input always gives the same report.
 */
class AnalyzePropertiesIT {
  private static InviteAnalyzer analyzer;

  @BeforeContainer
  static void build() {
    analyzer = InviteAnalyzer.builder().build();
  }

  @AfterContainer
  static void close() {
    analyzer.close();
  }

  @Property(tries = 250)
  void everyReportPointsAtTheNoteItself(@ForAll("notes") String note) {
    Draft draft =
        Draft.builder(note)
            .recipient(Profile.builder().name("Zoë Ångström-Ibáñez").company("Ünïcode Ltd").build())
            .build();
    Report first = analyzer.analyze(draft);
    for (Signal s : first.signals()) {
      checkSpan(note, s.span(), s.text());
    }
    for (Reason r : first.reasons()) {
      if (r.span() != null) {
        checkSpan(note, r.span(), r.text());
      }
    }
    assertTrue(first.risk().score() >= 0 && first.risk().score() <= 1);
    assertEquals(first, analyzer.analyze(draft), "same input, same report");
  }

  private static void checkSpan(String note, Span span, String text) {
    assertTrue(span.end() <= note.length(), () -> span + " outside a note of " + note.length());
    assertEquals(text, note.substring(span.start(), span.end()));
    assertFalse(splitsPair(note, span.start()), () -> span + " starts inside a surrogate pair");
    assertFalse(splitsPair(note, span.end()), () -> span + " ends inside a surrogate pair");
  }

  private static boolean splitsPair(String s, int i) {
    return i > 0
        && i < s.length()
        && Character.isHighSurrogate(s.charAt(i - 1))
        && Character.isLowSurrogate(s.charAt(i));
  }

  @Provide
  Arbitrary<String> notes() {
    Arbitrary<String> chunk =
        Arbitraries.oneOf(
            Arbitraries.strings().ascii().ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u00C0', '\u017F').ofMaxLength(20),
            Arbitraries.of(
                "\uD83D\uDE80",
                "\uD83D\uDC4B\uD83C\uDFFD",
                "\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25",
                "\u200D",
                "\uFE0F"),
            Arbitraries.strings().withCharRange('\u0590', '\u06FF').ofMaxLength(20),
            Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(5),
            Arbitraries.strings().withChars(' ', '\t', '\n', '\r').ofMaxLength(8),
            Arbitraries.strings().withChars("!?.,;:-—'\"()[]{}<>%#@/").ofMaxLength(15),
            Arbitraries.strings().alpha().ofMinLength(50).ofMaxLength(400),
            Arbitraries.of(
                "Hi Zoë,",
                "{{first_name}}",
                "https://bit.ly/x",
                "jane@example.com",
                "+1 (555) 010-2030",
                "Congrats on the new role at Ünïcode!",
                "I help companies like yours book a quick demo.",
                "FREE!!! CLICK NOW",
                "I'd like to add you to my professional network on LinkedIn."),
            Arbitraries.of("\uD83D", "\uDE80", "a\uD83Db", "\uDE80\uD83D"));
    return chunk
        .list()
        .ofMaxSize(12)
        .map(parts -> String.join("", parts))
        .filter(s -> s.length() <= 10_000);
  }

  @Property(tries = 20)
  void onlyWhitespaceOrPunctuationStillGivesAReport(@ForAll("blankish") String note) {
    Report r = analyzer.analyze(Draft.of(note));
    assertTrue(r.signals().stream().allMatch(s -> s.end() <= note.length()));
  }

  @Provide
  Arbitrary<String> blankish() {
    return Arbitraries.strings().withChars(" \t\n.,!?…-").ofMaxLength(300);
  }
}
