package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.config.Settings;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import io.invitecheck.signals.Example;
import io.invitecheck.signals.SignalDetectors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs cue detectors over their own examples: a flagged example must give a reason of the
 * detector's code on exactly the marked span (or a reason without a span for {@link
 * Example#flaggedWithoutSpan}), a clean one no reason of that code. Point {@link #DETECTORS} at
 * {@code CueDetectors.standard().detectors()} once every cue is registered there.
 */
class CueExamplesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  /** The detectors under test. */
  static final List<CueDetector> DETECTORS = List.of(new NameMismatchCue());

  @Test
  void everyDetectorCarriesExamples() {
    for (CueDetector d : DETECTORS) {
      long flagged = d.examples().stream().filter(Example::isFlagged).count();
      long clean = d.examples().size() - flagged;
      assertTrue(flagged >= 3, d.code().id() + " has " + flagged + " flagged examples");
      assertTrue(clean >= 3, d.code().id() + " has " + clean + " clean examples");
    }
  }

  @Test
  void everyDetectorPassesItsExamples() {
    List<String> failures = new ArrayList<>();
    for (CueDetector d : DETECTORS) {
      for (Example e : d.examples()) {
        String failure = check(d, e);
        if (failure != null) {
          failures.add(d.code().id() + ": " + failure + "\n    note: " + e.draft().note());
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " example(s) failed:\n  " + String.join("\n  ", failures));
    }
  }

  /** The failure of one example, or null. */
  static String check(CueDetector d, Example e) {
    String note = e.draft().note();
    AnalyzedNote analyzed = READER.read(note);
    CueInput input =
        new CueInput(
            analyzed,
            e.draft(),
            SignalDetectors.standard().detect(analyzed, e.draft()),
            Settings.defaults(),
            NOW);
    List<Reason> found = d.detect(input);
    for (Reason r : found) {
      if (r.code() != d.code()) {
        return "reported a reason of another code: " + r;
      }
      if (r.span() != null && !r.text().equals(note.substring(r.span().start(), r.span().end()))) {
        return "reason text does not match its span: " + r;
      }
    }
    if (e.expectsNoSpan()) {
      if (found.stream().noneMatch(r -> r.span() == null)) {
        return "expected a reason without a span but found " + describe(found);
      }
    } else if (e.isFlagged()) {
      if (found.stream().noneMatch(r -> e.expected().equals(r.span()))) {
        return "expected '"
            + e.expected().textIn(note)
            + "' "
            + e.expected()
            + " but found "
            + describe(found);
      }
    } else if (!found.isEmpty()) {
      return "expected no reason but found " + describe(found);
    }
    return null;
  }

  private static String describe(List<Reason> found) {
    List<String> out = new ArrayList<>();
    for (Reason r : found) {
      out.add(
          r.span() == null
              ? "(no span) " + r.message()
              : "'" + r.text() + "' " + r.span() + " " + r.message());
    }
    return out.isEmpty() ? "nothing" : String.join(", ", out);
  }
}
