package io.invitecheck.risk;

import io.invitecheck.config.Settings;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Risk;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Severity;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule-based risk model: every score is a "noisy OR" of weights, so each reason and signal
 * visibly moves it, and the README documents the weights.
 *
 * <ul>
 *   <li>personalization = 1 − Π(1 − w<sub>type</sub>) over the distinct signal types found, a
 *       signal not confirmed by a profile counting 80% of its weight;
 *   <li>relevance (only with profiles) = the same over confirmed signals other than the name;
 *   <li>spam and self-promotion = 1 − (1 − corpus probability) · Π(1 − w<sub>cue</sub>) over the
 *       rule cues of that kind;
 *   <li>risk = 1 − (1 − base) · (1 − corpus risk) · Π(1 − w<sub>severity</sub>) over the reasons,
 *       then reduced by up to 40% by personalization; a critical reason keeps the risk at or above
 *       the high threshold. The corpus risk is what the labeled corpus implies on its own: the
 *       larger of its calibrated spam and self-promotion probabilities (such notes are reported or
 *       declined) and {@value #GENERIC_RISK} times its generic probability (generic notes are often
 *       ignored; not counted again when the rules give {@code no_personalization}, which says the
 *       same); 0 when no corpus was consulted.
 * </ul>
 */
public final class RuleRiskModel implements RiskModel {
  /** Risk of a note with no reason at all: some invitations are ignored whatever they say. */
  static final double BASE_RISK = 0.10;

  static final Map<Severity, Double> SEVERITY_WEIGHT =
      new EnumMap<>(
          Map.of(
              Severity.LOW, 0.05,
              Severity.MEDIUM, 0.18,
              Severity.HIGH, 0.38,
              Severity.CRITICAL, 0.80));

  static final Map<SignalType, Double> SIGNAL_WEIGHT =
      new EnumMap<>(
          Map.of(
              SignalType.RECIPIENT_NAME, 0.20,
              SignalType.SHARED_INTEREST, 0.40,
              SignalType.RECIPIENT_ACHIEVEMENT, 0.45,
              SignalType.MUTUAL_CONNECTION, 0.50,
              SignalType.SHARED_ORG, 0.45,
              SignalType.SHARED_EVENT, 0.50,
              SignalType.RECIPIENT_CONTENT, 0.50,
              SignalType.REASON_TO_CONNECT, 0.35));

  static final Map<ReasonCode, Double> SPAM_CUE_WEIGHT =
      new EnumMap<>(
          Map.of(
              ReasonCode.CONTAINS_LINK, 0.55,
              ReasonCode.SALES_PITCH, 0.60,
              ReasonCode.CONTACT_DETAILS, 0.35,
              ReasonCode.EXCESSIVE_FORMATTING, 0.30,
              ReasonCode.UNFILLED_PLACEHOLDER, 0.40,
              ReasonCode.MASS_TEMPLATE, 0.40));

  static final Map<ReasonCode, Double> SELF_PROMOTION_CUE_WEIGHT =
      new EnumMap<>(Map.of(ReasonCode.SELF_PROMOTION, 0.60, ReasonCode.SALES_PITCH, 0.25));

  /** Chance that a note the corpus calls generic is ignored, as a term of the noisy OR. */
  static final double GENERIC_RISK = 0.45;

  /** Share of the risk that full personalization can take away. */
  static final double PERSONALIZATION_RELIEF = 0.40;

  @Override
  public Assessment assess(
      Draft draft, List<Signal> signals, List<Reason> reasons, CorpusEvidence corpus, Settings s) {
    double personalization = personalization(signals, false);
    Double relevance = draft.hasProfiles() ? personalization(signals, true) : null;
    double spam = cueScore(corpus.spam(), reasons, SPAM_CUE_WEIGHT);
    double selfPromotion = cueScore(corpus.selfPromotion(), reasons, SELF_PROMOTION_CUE_WEIGHT);

    boolean impersonal = reasons.stream().anyMatch(r -> r.code() == ReasonCode.NO_PERSONALIZATION);
    double keep = (1 - BASE_RISK) * (1 - corpusRisk(corpus, impersonal));
    boolean critical = false;
    for (Reason r : reasons) {
      keep *= 1 - SEVERITY_WEIGHT.get(r.severity());
      critical |= r.severity() == Severity.CRITICAL;
    }
    double risk = (1 - keep) * (1 - PERSONALIZATION_RELIEF * personalization);
    if (critical) {
      risk = Math.max(risk, s.highThreshold());
    }
    risk = clamp(risk);
    return new Assessment(
        new Risk(risk, level(risk, s)),
        new Scores(
            clamp(personalization),
            clamp(spam),
            clamp(selfPromotion),
            relevance == null ? null : clamp(relevance)));
  }

  /** The level of a score under the configured thresholds. */
  public static RiskLevel level(double score, Settings s) {
    if (score >= s.highThreshold()) {
      return RiskLevel.HIGH;
    }
    return score >= s.mediumThreshold() ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  /**
   * What the corpus alone says about the risk (see the class comment). When the rules already give
   * {@code no_personalization}, the corpus's generic probability measures the same thing and is not
   * counted a second time.
   */
  static double corpusRisk(CorpusEvidence corpus, boolean noPersonalizationGiven) {
    double generic = noPersonalizationGiven ? 0 : GENERIC_RISK * corpus.generic();
    return clamp(Math.max(Math.max(corpus.spam(), corpus.selfPromotion()), generic));
  }

  private static double personalization(List<Signal> signals, boolean confirmedOnly) {
    Map<SignalType, Double> best = new EnumMap<>(SignalType.class);
    for (Signal sig : signals) {
      if (confirmedOnly && (!sig.confirmed() || sig.type() == SignalType.RECIPIENT_NAME)) {
        continue;
      }
      double w = SIGNAL_WEIGHT.get(sig.type()) * (sig.confirmed() ? 1.0 : 0.8);
      best.merge(sig.type(), w, Math::max);
    }
    double keep = 1;
    for (double w : best.values()) {
      keep *= 1 - w;
    }
    return 1 - keep;
  }

  private static double cueScore(
      double corpusProbability, List<Reason> reasons, Map<ReasonCode, Double> weights) {
    double keep = 1 - corpusProbability;
    Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
    for (Reason r : reasons) {
      Double w = weights.get(r.code());
      if (w != null && seen.add(r.code())) {
        keep *= 1 - w;
      }
    }
    return 1 - keep;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
