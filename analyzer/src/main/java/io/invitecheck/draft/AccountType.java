package io.invitecheck.draft;

import java.util.Locale;

/** The sender's account type; it decides the note length limit. */
public enum AccountType {
  FREE,
  PREMIUM;

  /** The id used in JSON, CSV and on the command line: {@code free} or {@code premium}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an id, ignoring case.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static AccountType fromId(String id) {
    for (AccountType t : values()) {
      if (t.id().equalsIgnoreCase(id == null ? "" : id.strip())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown account type '" + id + "': expected free or premium");
  }
}
