package io.invitecheck.report;

import java.util.Locale;

/** How much a reason matters, from a hint to a reason not to send at all. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The id used in JSON and configuration, e.g. {@code high}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an id, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Severity fromId(String id) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + id + "': expected low, medium, high or critical");
  }
}
