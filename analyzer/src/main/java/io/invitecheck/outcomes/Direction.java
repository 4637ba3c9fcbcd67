package io.invitecheck.outcomes;

import java.util.Locale;

/** Who sent an invitation: the member who made the export ({@code OUTGOING}) or someone else. */
public enum Direction {
  INCOMING,
  OUTGOING;

  /** The id used in the outcome corpus: {@code incoming} or {@code outgoing}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an id or an export's {@code Direction} value, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Direction fromId(String id) {
    for (Direction d : values()) {
      if (d.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown direction '" + id + "': expected INCOMING or OUTGOING");
  }
}
