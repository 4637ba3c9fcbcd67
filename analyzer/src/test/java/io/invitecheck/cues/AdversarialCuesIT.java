package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile input through every cue detector: long runs that would make a backtracking pattern
 * explode. Asserts what is found; the timeouts (on the detectors only) guard against a hang.
 *
 * <p>The notes are read by OpenNLP once, before the tests: reading itself is slow on some of them
 * (measured here: about 13 s for 50,000 'a's and 17 s for 10,000 braces, against under 0.1 s for
 * all cue detectors together), which is the reading stage's concern, not the detectors'.
 */
class AdversarialCuesIT {
  private static final String LETTERS = "a".repeat(50_000);
  private static final String BANGS = "!".repeat(10_000);
  private static final String EMOJI = "\uD83D\uDD25".repeat(5_000);
  private static final String BRACES = "{".repeat(2_000) + "name" + "}".repeat(2_000);
  private static final String SCHEMES = "http://".repeat(1_400);
  private static final String MIXED =
      "http:// ".repeat(200)
          + "a.".repeat(500)
          + " "
          + "1-".repeat(500)
          + " "
          + "[".repeat(300)
          + " "
          + "##".repeat(300)
          + " "
          + "x@".repeat(300)
          + " "
          + "$".repeat(300)
          + " "
          + "<".repeat(300);

  private static final Map<String, AnalyzedNote> READ = new HashMap<>();

  @BeforeAll
  static void read() {
    NoteReader reader = new NoteReader(NlpModels.load());
    for (String text : List.of(LETTERS, BANGS, EMOJI, BRACES, SCHEMES, MIXED)) {
      READ.put(text, reader.read(text));
    }
  }

  private static List<String> run(String text) {
    List<Reason> reasons =
        CueDetectors.standard()
            .detect(
                new CueInput(
                    READ.get(text),
                    Draft.of(text),
                    List.of(),
                    Settings.defaults(),
                    CueTesting.NOW));
    for (Reason r : reasons) {
      if (r.span() != null) {
        assertEquals(text.substring(r.span().start(), r.span().end()), r.text());
      }
    }
    return reasons.stream().map(CueTesting::line).sorted().toList();
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void fiftyThousandLetters() {
    assertEquals(
        List.of("no_personalization -", "too_long 300-50000 '" + LETTERS.substring(300) + "'"),
        run(LETTERS));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void tenThousandExclamationMarks() {
    assertEquals(
        List.of(
            "empty_note -",
            "excessive_formatting 0-10000 '" + BANGS + "'",
            "too_long 300-10000 '" + BANGS.substring(300) + "'"),
        run(BANGS));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void fiveThousandEmojiAreOneRunAndNeverSplitAPair() {
    assertEquals(
        List.of(
            "empty_note -",
            "excessive_formatting 0-10000 '" + EMOJI + "'",
            "too_long 300-10000 '" + EMOJI.substring(300) + "'"),
        run(EMOJI));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void nestedBracesGiveOnlyTheInnermostPlaceholder() {
    assertEquals(
        List.of(
            "no_personalization -",
            "too_long 300-4004 '" + BRACES.substring(300) + "'",
            "unfilled_placeholder 1998-2006 '{{name}}'"),
        run(BRACES));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void repeatedSchemesAreOneUrl() {
    assertEquals(
        List.of(
            "contains_link 0-9800 '" + SCHEMES + "'",
            "no_personalization -",
            "too_long 300-9800 '" + SCHEMES.substring(300) + "'"),
        run(SCHEMES));
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.SECONDS)
  void runsOfUrlEmailPhoneAndPlaceholderSyntaxFindNothingOfThem() {
    List<String> lines = run(MIXED);
    assertEquals(
        List.of("no_personalization -", "too_long"),
        lines.stream().map(l -> l.startsWith("too_long ") ? "too_long" : l).toList());
  }
}
