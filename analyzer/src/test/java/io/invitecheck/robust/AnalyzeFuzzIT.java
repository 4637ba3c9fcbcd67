package io.invitecheck.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.invitecheck.InvalidDraftException;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Report;
import io.invitecheck.report.Signal;
import io.invitecheck.report.Span;

/**
 * Fuzzes {@code analyze}: for any note and recipient name it returns a report whose spans point at
 * the note, or throws {@link InvalidDraftException} for a note over the limit — nothing else. The
 * normal test run replays the seeds in {@code
 * src/test/resources/io/invitecheck/robust/AnalyzeFuzzITInputs}; {@code JAZZER_FUZZ=1} fuzzes.
 */
class AnalyzeFuzzIT {
  private static final InviteAnalyzer ANALYZER = InviteAnalyzer.builder().build();

  @FuzzTest(maxDuration = "60s")
  void analyzeKeepsItsContract(FuzzedDataProvider data) {
    String name = data.consumeString(40);
    String note = data.consumeRemainingAsString();
    Report r;
    try {
      r =
          ANALYZER.analyze(
              Draft.builder(note).recipient(Profile.builder().name(name).build()).build());
    } catch (InvalidDraftException e) {
      if (note.length() <= ANALYZER.settings().maxNoteChars()) {
        throw new AssertionError("rejected a note within the limit", e);
      }
      return;
    }
    for (Signal s : r.signals()) {
      check(note, s.span(), s.text());
    }
    for (Reason x : r.reasons()) {
      if (x.span() != null) {
        check(note, x.span(), x.text());
      }
    }
  }

  private static void check(String note, Span span, String text) {
    if (span.end() > note.length() || !note.substring(span.start(), span.end()).equals(text)) {
      throw new AssertionError(span + " does not point at '" + text + "' in: " + note);
    }
  }
}
