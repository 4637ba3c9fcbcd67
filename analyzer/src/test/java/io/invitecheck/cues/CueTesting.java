package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers of the cue tests: inputs, signals, and one assertion on codes and offsets. */
final class CueTesting {
  static final Instant NOW = ResendAfterRejectionCue.EXAMPLE_NOW;

  private CueTesting() {}

  static CueInput input(NoteReader reader, Draft draft, List<Signal> signals, Settings settings) {
    AnalyzedNote note = reader.read(draft.note());
    return new CueInput(note, draft, signals, settings, NOW);
  }

  static CueInput input(NoteReader reader, String note) {
    return input(reader, Draft.of(note), List.of(), Settings.defaults());
  }

  /** A signal of {@code type} on the first occurrence of {@code phrase} in {@code note}. */
  static Signal signal(String note, SignalType type, String phrase) {
    int i = note.indexOf(phrase);
    if (i < 0) {
      throw new IllegalArgumentException("'" + phrase + "' is not in '" + note + "'");
    }
    return new Signal(type, new Span(i, i + phrase.length()), phrase, "test", false);
  }

  /** A reason as a comparable line: code, start, end and text (or "-" for no span). */
  static String line(Reason r) {
    return r.span() == null
        ? r.code().id() + " -"
        : r.code().id() + " " + r.span().start() + "-" + r.span().end() + " '" + r.text() + "'";
  }

  /** An expected reason on the first occurrence of {@code text} in {@code note}. */
  static String at(ReasonCode code, String note, String text) {
    int i = note.indexOf(text);
    if (i < 0) {
      throw new IllegalArgumentException("'" + text + "' is not in '" + note + "'");
    }
    return code.id() + " " + i + "-" + (i + text.length()) + " '" + text + "'";
  }

  /** An expected reason about the whole draft. */
  static String about(ReasonCode code) {
    return code.id() + " -";
  }

  /**
   * Asserts the reasons, as a sorted set of lines, and that each reason's text is the note's text
   * at its span.
   */
  static void assertReasons(String note, List<Reason> reasons, List<String> expected) {
    List<String> actual = new ArrayList<>();
    for (Reason r : reasons) {
      if (r.span() != null) {
        assertEquals(note.substring(r.span().start(), r.span().end()), r.text(), line(r));
      }
      actual.add(line(r));
    }
    List<String> want = new ArrayList<>(expected);
    actual.sort(null);
    want.sort(null);
    assertEquals(String.join("\n", want), String.join("\n", actual), "reasons for: " + note);
  }
}
