package io.invitecheck.cues;

import io.invitecheck.report.Reason;
import java.util.ArrayList;
import java.util.List;

/** Stage 2b: all risk-cue detectors. Immutable and thread-safe. */
public final class CueDetectors {
  private final List<CueDetector> detectors;

  public CueDetectors(List<CueDetector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  /** Every built-in cue detector. */
  public static CueDetectors standard() {
    return new CueDetectors(List.of());
  }

  public List<CueDetector> detectors() {
    return detectors;
  }

  /** The reasons of every enabled detector. */
  public List<Reason> detect(CueInput input) {
    List<Reason> all = new ArrayList<>();
    for (CueDetector d : detectors) {
      if (input.settings().enabled(d.code())) {
        all.addAll(d.detect(input));
      }
    }
    return all;
  }
}
