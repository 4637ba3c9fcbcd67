package io.invitecheck.report;

import java.util.Locale;

/** The rejection risk of a note, in three levels. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH;

  /** The id used in JSON, CSV and on the command line, e.g. {@code medium}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this level is the same as or above {@code other}. */
  public boolean atLeast(RiskLevel other) {
    return compareTo(other) >= 0;
  }

  /**
   * Parses an id, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static RiskLevel fromId(String id) {
    for (RiskLevel l : values()) {
      if (l.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "unknown risk level '" + id + "': expected low, medium or high");
  }
}
