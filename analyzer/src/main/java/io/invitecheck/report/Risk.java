package io.invitecheck.report;

import java.util.Objects;

/**
 * The rejection risk of a note.
 *
 * @param score the estimated probability, 0 to 1, that the invitation is ignored, declined or
 *     reported
 * @param level the score mapped onto the configured thresholds
 */
public record Risk(double score, RiskLevel level) {
  public Risk {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("risk score must lie in [0, 1], was " + score);
    }
    Objects.requireNonNull(level, "level");
  }
}
