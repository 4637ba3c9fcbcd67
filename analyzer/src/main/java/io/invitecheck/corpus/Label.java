package io.invitecheck.corpus;

import java.util.Locale;

/**
 * The label of a corpus note, decided by the guideline in {@code corpus/README.md} in this order:
 * spam, self-promotion, personalized, generic.
 */
public enum Label {
  /** Specific to this recipient, with no pitch. */
  PERSONALIZED,
  /** Impersonal: it could be sent to anyone. */
  GENERIC,
  /** A pitch, a solicitation, a deceptive offer. */
  SPAM,
  /** About the sender rather than a sale: boasts, "check out my ...", a job ask. */
  SELF_PROMOTION;

  private final String id = name().toLowerCase(Locale.ROOT);

  /** The stable id used in the corpus and in reports, e.g. {@code self_promotion}. */
  public String id() {
    return id;
  }

  /**
   * Parses an id.
   *
   * @throws IllegalArgumentException naming the accepted ids
   */
  public static Label fromId(String id) {
    for (Label l : values()) {
      if (l.id().equals(id)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "unknown label '" + id + "': expected personalized, generic, spam or self_promotion");
  }

  /** True for the labels whose notes are likely to be reported or declined. */
  public boolean unwanted() {
    return this == SPAM || this == SELF_PROMOTION;
  }
}
