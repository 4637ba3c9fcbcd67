package io.invitecheck.cues;

import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.signals.Example;
import java.util.List;

/**
 * Finds one kind of risk cue and reports it as {@link Reason}s with the code's default severity
 * (the risk stage applies the configured severities and switches). Implementations are stateless
 * and thread-safe.
 */
public interface CueDetector {

  /** The reason code this detector reports. */
  ReasonCode code();

  /** The reasons of {@link #code()} for this input, in note order. */
  List<Reason> detect(CueInput input);

  /**
   * Examples that document and test the detector: at least one flagged (with the expected span, or
   * {@link Example#flaggedWithoutSpan} for a reason about the whole draft) and one clean.
   */
  List<Example> examples();
}
