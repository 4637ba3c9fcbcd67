package io.invitecheck.signals;

import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.util.List;

/**
 * Finds one type of personalization signal. Implementations are stateless and thread-safe: all they
 * know comes from their arguments.
 *
 * <p>A detector finds the signal from the note alone ("congrats on the new role") and, when the
 * draft carries profiles, checks it against them: a confirmed signal has {@code confirmed=true}; a
 * signal the profile contradicts (the note congratulates on a role the recipient does not have) is
 * not reported.
 */
public interface SignalDetector {

  /** The type of signal this detector finds. */
  SignalType type();

  /** The signals of {@link #type()} in the note, in note order. */
  List<Signal> detect(AnalyzedNote note, Draft draft);

  /**
   * Examples that document and test the detector: at least one flagged (with the expected span) and
   * one clean.
   */
  List<Example> examples();
}
