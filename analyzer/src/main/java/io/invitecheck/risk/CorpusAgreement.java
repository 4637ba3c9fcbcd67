package io.invitecheck.risk;

import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reconciles the rules with the corpus where they disagree about personalization. The signal
 * detectors only see the kinds of reference they know ("your post on …", "fellow … alum"); the
 * classifier trained on labeled notes recognises many more ("the Recife hackathon we built the
 * flood-alert bot at"). When it is confident that a note is personalized, a rule saying "nothing
 * specific" is most likely a detector miss: the reason stays in the report, so the user still sees
 * it, but at low severity and with the corpus's view in its message. Immutable.
 */
public final class CorpusAgreement {
  /** Calibrated probability of "personalized" from which the corpus overrides the rules. */
  public static final double CONFIDENT_PERSONALIZED = 0.7;

  private static final Set<ReasonCode> ABOUT_PERSONALIZATION =
      EnumSet.of(
          ReasonCode.NO_PERSONALIZATION,
          ReasonCode.NO_REASON_TO_CONNECT,
          ReasonCode.NO_COMMON_GROUND);

  private CorpusAgreement() {}

  /** The reasons, with those the corpus confidently contradicts lowered to low severity. */
  public static List<Reason> reconcile(List<Reason> reasons, CorpusEvidence corpus) {
    if (corpus.personalized() < CONFIDENT_PERSONALIZED) {
      return reasons;
    }
    List<Reason> out = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      if (ABOUT_PERSONALIZATION.contains(r.code()) && r.severity() != Severity.LOW) {
        String view =
            String.format(
                Locale.ROOT,
                " The labeled corpus disagrees: notes like this one are personalized (p = %.2f),"
                    + " so the note may name something specific the detectors do not recognise.",
                corpus.personalized());
        out.add(
            new Reason(
                r.code(),
                Severity.LOW,
                r.span(),
                r.text(),
                r.message() + view,
                r.suggestion(),
                r.evidence()));
      } else {
        out.add(r);
      }
    }
    return out;
  }
}
