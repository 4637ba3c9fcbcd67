package io.invitecheck.risk;

import io.invitecheck.config.Settings;
import io.invitecheck.report.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Applies the configuration to the reasons the detectors found: drops switched-off reasons and
 * reasons that point only at words the user said never to flag, and sets configured severities.
 * Immutable and thread-safe.
 */
public final class ReasonPolicy {
  private final Settings settings;

  public ReasonPolicy(Settings settings) {
    this.settings = settings;
  }

  /** The reasons as configured. */
  public List<Reason> apply(String note, List<Reason> reasons) {
    List<Reason> kept = new ArrayList<>(reasons.size());
    for (Reason r : reasons) {
      if (!settings.enabled(r.code()) || neverFlagged(r)) {
        continue;
      }
      Reason adjusted =
          r.severity() == r.code().defaultSeverity()
              ? r.withSeverity(settings.severityOf(r.code()))
              : r;
      kept.add(adjusted);
    }
    return kept;
  }

  private boolean neverFlagged(Reason r) {
    if (r.text() == null || settings.neverFlag().isEmpty()) {
      return false;
    }
    String flagged = r.text().strip().toLowerCase(Locale.ROOT);
    for (String phrase : settings.neverFlag()) {
      if (phrase.contains(flagged) || flagged.equals(phrase)) {
        return true;
      }
    }
    return false;
  }
}
