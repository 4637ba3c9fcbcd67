package io.invitecheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every standard detector over its own examples: a flagged example must give a signal of the
 * detector's type on exactly the marked span, a clean one no signal of that type.
 */
class SignalDetectorExamplesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());

  @Test
  void standardHasOneDetectorPerTypeInOrder() {
    List<SignalType> types = new ArrayList<>();
    for (SignalDetector d : SignalDetectors.standard().detectors()) {
      types.add(d.type());
    }
    assertEquals(List.of(SignalType.values()), types);
  }

  @Test
  void everyDetectorCarriesEnoughExamples() {
    for (SignalDetector d : SignalDetectors.standard().detectors()) {
      long flagged = d.examples().stream().filter(Example::isFlagged).count();
      long clean = d.examples().size() - flagged;
      assertTrue(flagged >= 3, d.type().id() + " has " + flagged + " flagged examples");
      assertTrue(clean >= 3, d.type().id() + " has " + clean + " clean examples");
    }
  }

  @Test
  void everyDetectorPassesItsExamples() {
    List<String> failures = new ArrayList<>();
    Set<SignalType> seen = EnumSet.noneOf(SignalType.class);
    for (SignalDetector d : SignalDetectors.standard().detectors()) {
      seen.add(d.type());
      for (Example e : d.examples()) {
        String failure = check(d, e);
        if (failure != null) {
          failures.add(d.type().id() + ": " + failure + "\n    note: " + e.draft().note());
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " example(s) failed:\n  " + String.join("\n  ", failures));
    }
    assertEquals(EnumSet.allOf(SignalType.class), seen);
  }

  /** The failure of one example, or null. */
  static String check(SignalDetector d, Example e) {
    String note = e.draft().note();
    AnalyzedNote analyzed = READER.read(note);
    List<Signal> found = d.detect(analyzed, e.draft());
    for (Signal s : found) {
      if (s.type() != d.type()) {
        return "reported a signal of another type: " + s;
      }
      if (!s.text().equals(note.substring(s.start(), s.end()))) {
        return "signal text does not match its span: " + s;
      }
    }
    if (e.isFlagged()) {
      boolean hit = found.stream().anyMatch(s -> s.span().equals(e.expected()));
      if (!hit) {
        return "expected '"
            + e.expected().textIn(note)
            + "' "
            + e.expected()
            + " but found "
            + describe(found);
      }
    } else if (!found.isEmpty()) {
      return "expected no signal but found " + describe(found);
    }
    return null;
  }

  private static String describe(List<Signal> found) {
    List<String> out = new ArrayList<>();
    for (Signal s : found) {
      out.add(
          "'"
              + s.text()
              + "' ["
              + s.start()
              + ","
              + s.end()
              + ") "
              + (s.confirmed() ? "confirmed" : "unconfirmed")
              + " ("
              + s.evidence()
              + ")");
    }
    return out.isEmpty() ? "nothing" : String.join(", ", out);
  }
}
