package io.invitecheck.corpus;

import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Reason;
import java.util.List;

/**
 * What the labeled corpus says about a note.
 *
 * @param spam calibrated probability that the note is spam, 0 to 1
 * @param selfPromotion calibrated probability that the note is self-promotion, 0 to 1
 * @param generic probability that the note is generic (impersonal but harmless)
 * @param personalized probability that the note is personalized
 * @param neighbors the closest labeled notes, closest first
 * @param reasons reasons the corpus supports ({@code spam_like}, {@code mass_template}), each
 *     naming the notes it matched
 */
public record CorpusEvidence(
    double spam,
    double selfPromotion,
    double generic,
    double personalized,
    List<Neighbor> neighbors,
    List<Reason> reasons) {

  /** No corpus was consulted. */
  public static final CorpusEvidence NONE = new CorpusEvidence(0, 0, 0, 0, List.of(), List.of());

  public CorpusEvidence {
    neighbors = List.copyOf(neighbors);
    reasons = List.copyOf(reasons);
  }
}
