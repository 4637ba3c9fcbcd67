package io.invitecheck.report;

import java.util.Optional;

/**
 * The component scores behind the risk, each from 0 to 1.
 *
 * @param personalization how specific the note is to its recipient (higher is better)
 * @param spam how much the note resembles spam (higher is worse)
 * @param selfPromotion how much the note is about the sender (higher is worse)
 * @param relevance how visibly the note connects the two profiles (higher is better); {@code null}
 *     when no profile was given
 */
public record Scores(double personalization, double spam, double selfPromotion, Double relevance) {
  public Scores {
    check("personalization", personalization);
    check("spam", spam);
    check("selfPromotion", selfPromotion);
    if (relevance != null) {
      check("relevance", relevance);
    }
  }

  public Optional<Double> relevanceOpt() {
    return Optional.ofNullable(relevance);
  }

  private static void check(String name, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(name + " must lie in [0, 1], was " + v);
    }
  }
}
