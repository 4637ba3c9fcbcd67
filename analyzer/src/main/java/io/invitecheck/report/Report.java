package io.invitecheck.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What InviteCheck says about one draft. Immutable. Its JSON form (see {@code
 * io.invitecheck.json.ReportJson}) is the documented contract.
 *
 * @param schemaVersion the version of the report contract, {@link #SCHEMA_VERSION}
 * @param id the draft's id, {@code null} when it had none
 * @param language the detected language of the note as an ISO 639-3 code ("eng"), or "und"
 * @param risk the rejection risk
 * @param scores the component scores
 * @param signals the personalization signals, in note order
 * @param reasons the risk reasons, most severe first, then in note order
 * @param neighbors the closest labeled corpus notes, closest first
 * @param provenance what produced the report
 * @param history what the sender's own earlier invitations say; {@code null} when no outcome corpus
 *     is loaded
 */
public record Report(
    int schemaVersion,
    String id,
    String language,
    Risk risk,
    Scores scores,
    List<Signal> signals,
    List<Reason> reasons,
    List<Neighbor> neighbors,
    Provenance provenance,
    History history) {

  /** The version of the report contract this code writes. */
  public static final int SCHEMA_VERSION = 1;

  /** Most severe first; then by position in the note (reasons about the whole draft first). */
  public static final Comparator<Reason> REASON_ORDER =
      Comparator.comparing(Reason::severity, Comparator.reverseOrder())
          .thenComparingInt(r -> r.span() == null ? -1 : r.span().start())
          .thenComparing(r -> r.code().id());

  public Report {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(scores, "scores");
    Objects.requireNonNull(provenance, "provenance");
    signals = List.copyOf(signals);
    reasons = reasons.stream().sorted(REASON_ORDER).toList();
    neighbors = List.copyOf(neighbors);
  }

  /** A report without history evidence. */
  public Report(
      int schemaVersion,
      String id,
      String language,
      Risk risk,
      Scores scores,
      List<Signal> signals,
      List<Reason> reasons,
      List<Neighbor> neighbors,
      Provenance provenance) {
    this(schemaVersion, id, language, risk, scores, signals, reasons, neighbors, provenance, null);
  }

  public Optional<History> historyOpt() {
    return Optional.ofNullable(history);
  }

  public Optional<String> idOpt() {
    return Optional.ofNullable(id);
  }

  /** The most severe reason, if any. */
  public Optional<Reason> topReason() {
    return reasons.isEmpty() ? Optional.empty() : Optional.of(reasons.get(0));
  }

  /** True when a reason with this code was given. */
  public boolean has(ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }

  /** True when a signal of this type was found. */
  public boolean has(SignalType type) {
    return signals.stream().anyMatch(s -> s.type() == type);
  }
}
