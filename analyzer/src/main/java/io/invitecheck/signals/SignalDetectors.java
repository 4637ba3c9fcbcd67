package io.invitecheck.signals;

import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.report.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stage 2a: all personalization detectors, run in order. Immutable and thread-safe. */
public final class SignalDetectors {
  private final List<SignalDetector> detectors;

  public SignalDetectors(List<SignalDetector> detectors) {
    this.detectors = List.copyOf(detectors);
  }

  /** Every built-in detector, one per {@link io.invitecheck.report.SignalType}. */
  public static SignalDetectors standard() {
    return new SignalDetectors(
        List.of(
            new RecipientNameDetector(),
            new SharedInterestDetector(),
            new RecipientAchievementDetector(),
            new MutualConnectionDetector(),
            new SharedOrgDetector(),
            new SharedEventDetector(),
            new RecipientContentDetector(),
            new ReasonToConnectDetector()));
  }

  public List<SignalDetector> detectors() {
    return detectors;
  }

  /** The signals of every detector, in note order. */
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> all = new ArrayList<>();
    for (SignalDetector d : detectors) {
      all.addAll(d.detect(note, draft));
    }
    all.sort(Comparator.comparingInt(Signal::start).thenComparingInt(Signal::end));
    return List.copyOf(all);
  }
}
