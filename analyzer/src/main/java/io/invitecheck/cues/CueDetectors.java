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

  /**
   * Every built-in cue detector, one per reason code they own. The corpus reasons ({@code
   * spam_like}, {@code mass_template}) come from the corpus stage, not from here.
   */
  public static CueDetectors standard() {
    return new CueDetectors(
        List.of(
            new EmptyNoteCue(),
            new UnfilledPlaceholderCue(),
            new DefaultNoteCue(),
            new NameMismatchCue(),
            new NoPersonalizationCue(),
            new NoReasonToConnectCue(),
            new GenericFlatteryCue(),
            new SalesPitchCue(),
            new SelfPromotionCue(),
            new ContainsLinkCue(),
            new ContactDetailsCue(),
            new AsksTooSoonCue(),
            new TooLongCue(),
            new ExcessiveFormattingCue(),
            new ResendAfterRejectionCue(),
            new UnsupportedLanguageCue(),
            new NoCommonGroundCue()));
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
