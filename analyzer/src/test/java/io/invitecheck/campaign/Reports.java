package io.invitecheck.campaign;

import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.Risk;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports made directly, for counts that depend on signals and reasons (the detectors are still
 * sparse on this branch).
 */
final class Reports {
  private static final Provenance PROVENANCE = new Provenance("test", "test", "none", "none");

  private Reports() {}

  static RiskLevel level(double score) {
    return score >= 0.65 ? RiskLevel.HIGH : score >= 0.35 ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  /** A report on {@code note} with this risk, a name signal when {@code personal}, and reasons. */
  static Report of(String note, double risk, boolean personal, ReasonCode... codes) {
    List<Signal> signals = new ArrayList<>();
    if (personal) {
      int end = Math.min(note.length(), 6);
      signals.add(
          new Signal(
              SignalType.RECIPIENT_NAME,
              new Span(0, end),
              note.substring(0, end),
              "matches recipient.name",
              true));
    }
    List<Reason> reasons = new ArrayList<>();
    for (ReasonCode c : codes) {
      reasons.add(Reason.about(c, c.description(), null));
    }
    return new Report(
        Report.SCHEMA_VERSION,
        null,
        "eng",
        new Risk(risk, level(risk)),
        new Scores(personal ? 0.5 : 0, 0, 0, null),
        signals,
        reasons,
        List.of(),
        PROVENANCE);
  }
}
