package io.invitecheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile notes at the size limit (10,000 characters) go through the whole pipeline in bounded
 * time. The timeouts guard against a hang (catastrophic backtracking, quadratic loops); each is far
 * above what the input takes here, and the assertions check the reports themselves.
 */
class AdversarialAnalyzeIT {
  private static final int LIMIT = 10_000;
  private static InviteAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = InviteAnalyzer.builder().build();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  private static Report analyze(String note) {
    assertTrue(note.length() <= LIMIT, "fixture over the limit: " + note.length());
    return analyzer.analyze(
        Draft.builder(note).recipient(Profile.builder().name("Jane Doe").build()).build());
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void aTenThousandLetterWord() {
    Report r = analyze("a".repeat(LIMIT));
    assertTrue(r.has(ReasonCode.TOO_LONG));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void runsOfOneCharacter() {
    assertTrue(analyze("!".repeat(LIMIT)).has(ReasonCode.EXCESSIVE_FORMATTING));
    analyze("{".repeat(LIMIT));
    analyze("[".repeat(LIMIT / 2) + "]".repeat(LIMIT / 2));
    analyze(" ".repeat(LIMIT));
    analyze("\n".repeat(LIMIT));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void nestedAndRepeatedPatterns() {
    assertTrue(analyze("{{".repeat(LIMIT / 4) + "}}".repeat(LIMIT / 4)).has(ReasonCode.TOO_LONG));
    assertTrue(analyze("http://".repeat(LIMIT / 7)).has(ReasonCode.CONTAINS_LINK));
    analyze("a@".repeat(LIMIT / 2));
    analyze("1-".repeat(LIMIT / 2));
    analyze("www.".repeat(LIMIT / 4));
    analyze("%FIRST".repeat(LIMIT / 6));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void thousandsOfWordsInOneSentence() {
    Report r = analyze("Hi Jane, we help companies like yours ".repeat(LIMIT / 39));
    assertTrue(r.has(ReasonCode.SALES_PITCH));
    analyze("buy ".repeat(LIMIT / 4));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void emojiAndSurrogates() {
    Report r = analyze("\uD83D\uDE80".repeat(LIMIT / 2));
    assertTrue(r.has(ReasonCode.EXCESSIVE_FORMATTING));
    r.reasons().stream()
        .filter(x -> x.span() != null)
        .forEach(x -> assertEquals(0, x.span().start() % 2, "split pair: " + x.span()));
    analyze("\uD83D".repeat(LIMIT)); // lone high surrogates
  }
}
