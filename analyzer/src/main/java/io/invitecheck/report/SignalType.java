package io.invitecheck.report;

import java.util.Locale;

/** The kinds of personalization a note can show. The ids are stable: never rename one. */
public enum SignalType {
  /** The note names the recipient. */
  RECIPIENT_NAME,
  /** An interest, skill or topic both share ("fellow Rust enthusiast"). */
  SHARED_INTEREST,
  /** Something the recipient achieved ("congrats on the new role"). */
  RECIPIENT_ACHIEVEMENT,
  /** Someone both know ("Jane suggested I reach out"). */
  MUTUAL_CONNECTION,
  /** An employer, school or group both belong or belonged to ("fellow Michigan alum"). */
  SHARED_ORG,
  /** An event both attended or will attend ("we met at the KubeCon booth"). */
  SHARED_EVENT,
  /** Something the recipient wrote or said ("your post on pricing"). */
  RECIPIENT_CONTENT,
  /** A stated, legitimate reason to connect ("I'd love to compare notes on ..."). */
  REASON_TO_CONNECT;

  /** The stable id, e.g. {@code shared_interest}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an id.
   *
   * @throws IllegalArgumentException for an unknown id
   */
  public static SignalType fromId(String id) {
    for (SignalType t : values()) {
      if (t.id().equals(id)) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown signal type '" + id + "'");
  }
}
