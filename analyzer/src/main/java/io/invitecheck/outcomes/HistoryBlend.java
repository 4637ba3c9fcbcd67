package io.invitecheck.outcomes;

/**
 * How the risk takes the sender's own history into account: a Bayesian blend in which the model's
 * risk is a prior worth {@link #PRIOR_WEIGHT} fully similar notes, and each neighbour adds its
 * similarity as weight to the evidence "not accepted" or "accepted":
 *
 * <pre>
 *   risk' = (m · risk + Σ sim<sub>i</sub> · [neighbour i not accepted]) / (m + Σ sim<sub>i</sub>)
 * </pre>
 *
 * This is the posterior mean of a Beta prior centred on the model's risk with strength {@code m},
 * updated by similarity-weighted observations. With no neighbour, or an unusable history, the risk
 * is unchanged; ten identical earlier notes (similarity 1) get twice the model's weight; ten
 * neighbours of similarity 0.3 get 3/8 of the say. Pure function, thread-safe.
 */
public final class HistoryBlend {
  /**
   * How many fully similar notes the model's own risk is worth (5). Below five observations a
   * sender's rate swings by 20 points per note, so the model should still dominate; from ten close
   * matches on, the sender's own record should.
   */
  public static final double PRIOR_WEIGHT = 5.0;

  private HistoryBlend() {}

  /**
   * The risk after the history.
   *
   * @param modelRisk the model's risk, 0 to 1
   * @param evidence the history's evidence for the same note
   * @return the blended risk, 0 to 1; {@code modelRisk} when the history is unusable or has no
   *     similar note
   */
  public static double blend(double modelRisk, HistoryEvidence evidence) {
    if (!(modelRisk >= 0 && modelRisk <= 1)) {
      throw new IllegalArgumentException("modelRisk must lie in [0, 1], was " + modelRisk);
    }
    if (!evidence.usable() || evidence.neighbors().isEmpty()) {
      return modelRisk;
    }
    double weight = PRIOR_WEIGHT;
    double notAccepted = PRIOR_WEIGHT * modelRisk;
    for (HistoryEvidence.Neighbor n : evidence.neighbors()) {
      weight += n.similarity();
      if (!n.accepted()) {
        notAccepted += n.similarity();
      }
    }
    return Math.min(1.0, Math.max(0.0, notAccepted / weight));
  }
}
