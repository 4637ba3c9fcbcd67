package io.invitecheck.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * What kind of batch {@link DraftGenerator} makes.
 *
 * <ul>
 *   <li>{@link #MAIL_MERGE}: campaigns, one corpus note sent to many recipients with each
 *       recipient's first name, last name and company substituted; campaign sizes from 1 to 300,
 *       log-uniform (median about 17, mean about 52).
 *   <li>{@link #UNIQUE}: every draft's text and every draft's template (the text with the
 *       recipient's names and company masked) distinct, never a repeat: sentences of different
 *       corpus notes of one label recombined around a new recipient. The worst case for a cache of
 *       whole notes or templates (sentences themselves come from the corpus and do repeat).
 *   <li>{@link #MIXED}: each draft is a unique one with probability 0.3, else the next draft of the
 *       current mail-merge campaign: 70% mail-merge, 30% unique, interleaved.
 * </ul>
 */
public enum Workload {
  MAIL_MERGE,
  UNIQUE,
  MIXED;

  /** The share of unique drafts in {@link #MIXED}. */
  public static final double MIXED_UNIQUE_SHARE = 0.3;

  /** The id used on the command line and in results: {@code mail-merge}, {@code unique}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses an id, ignoring case; {@code mail_merge} is accepted too.
   *
   * @throws IllegalArgumentException naming the accepted ids
   */
  public static Workload fromId(String id) {
    String s = id == null ? "" : id.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Workload w : values()) {
      if (w.id().equals(s)) {
        return w;
      }
    }
    throw new IllegalArgumentException(
        "unknown workload '"
            + id
            + "': expected one of "
            + String.join(", ", Arrays.stream(values()).map(Workload::id).toList()));
  }
}
