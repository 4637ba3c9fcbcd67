package io.invitecheck.outcomes;

import java.util.Locale;

/** What became of an invitation, as far as an export can tell. */
public enum OutcomeLabel {
  /** The counterpart is among the connections. */
  ACCEPTED,
  /** Not among the connections although old enough to have been answered. */
  NOT_ACCEPTED,
  /** Not among the connections, but too young at export to say: probably still pending. */
  UNKNOWN;

  /** The id used in the outcome corpus, e.g. {@code not_accepted}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for {@link #ACCEPTED} and {@link #NOT_ACCEPTED}. */
  public boolean known() {
    return this != UNKNOWN;
  }

  /**
   * Parses an id.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static OutcomeLabel fromId(String id) {
    for (OutcomeLabel o : values()) {
      if (o.id().equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "unknown outcome '" + id + "': expected accepted, not_accepted or unknown");
  }
}
