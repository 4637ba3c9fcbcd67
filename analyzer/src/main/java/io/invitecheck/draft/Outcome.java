package io.invitecheck.draft;

import java.util.Locale;

/** How an earlier invitation to the same person ended. */
public enum Outcome {
  PENDING,
  ACCEPTED,
  IGNORED,
  DECLINED,
  WITHDRAWN;

  /** The id used in JSON and CSV, e.g. {@code declined}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an id, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Outcome fromId(String id) {
    for (Outcome o : values()) {
      if (o.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "unknown outcome '" + id + "': expected pending, accepted, ignored, declined or withdrawn");
  }
}
