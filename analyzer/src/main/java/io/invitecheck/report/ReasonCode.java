package io.invitecheck.report;

import java.util.Locale;

/**
 * The catalogue of reasons a note may be ignored, declined or reported. The ids are stable: users
 * map them to their UI and configuration, so never rename one; add new ones instead.
 */
public enum ReasonCode {
  EMPTY_NOTE(
      Severity.MEDIUM,
      "The invitation has no note.",
      "Add one or two sentences: who you are and why you want to connect with this person."),
  UNFILLED_PLACEHOLDER(
      Severity.CRITICAL,
      "A mail-merge placeholder was left in the note.",
      "Replace the placeholder with the real value, or remove it."),
  DEFAULT_NOTE(
      Severity.HIGH,
      "The note is the platform's stock text.",
      "Write your own note: name the person and the reason you want to connect."),
  NO_PERSONALIZATION(
      Severity.HIGH,
      "Nothing in the note is specific to the recipient.",
      "Mention something only this person would recognise: their work, a post, a shared"
          + " connection, school or event."),
  NO_REASON_TO_CONNECT(
      Severity.MEDIUM,
      "The note does not say why you want to connect.",
      "Add a short, professional reason: a shared project, a question about their field, a"
          + " common interest."),
  GENERIC_FLATTERY(
      Severity.MEDIUM,
      "The compliment could be sent to anyone.",
      "Replace the general praise with one specific thing you read or saw of theirs."),
  NAME_MISMATCH(
      Severity.CRITICAL,
      "The note greets someone other than the recipient.",
      "Use the recipient's own name; check the mail merge."),
  SALES_PITCH(
      Severity.HIGH,
      "The note pitches a product, service, call or demo.",
      "Connect first; offer nothing in the invitation. Pitch later, if at all, once they know"
          + " you."),
  SELF_PROMOTION(
      Severity.MEDIUM,
      "The note is about the sender rather than the recipient.",
      "Cut the credentials; say what you have in common with them or what you admire in their"
          + " work."),
  CONTAINS_LINK(
      Severity.HIGH,
      "The note contains a link.",
      "Remove the link: links in invitations look like spam. Share it after they accept."),
  CONTACT_DETAILS(
      Severity.MEDIUM,
      "The note gives or asks for a phone number or e-mail address.",
      "Leave contact details out of a first invitation; exchange them once connected."),
  ASKS_TOO_SOON(
      Severity.HIGH,
      "The note asks for a favour (a job, a referral, a review, time) in the first contact.",
      "Connect first and build some rapport; ask later, and make the ask small."),
  TOO_LONG(
      Severity.CRITICAL,
      "The note is longer than the account allows.",
      "Shorten the note to the limit; keep the name, the shared context and the reason."),
  EXCESSIVE_FORMATTING(
      Severity.MEDIUM,
      "Shouting capitals, repeated punctuation or runs of emoji.",
      "Write in plain sentence case with ordinary punctuation."),
  RESEND_AFTER_REJECTION(
      Severity.CRITICAL,
      "An earlier invitation to this person was declined, ignored or recently withdrawn.",
      "Do not invite again now; wait, or reach them through a shared connection or event."),
  UNSUPPORTED_LANGUAGE(
      Severity.LOW,
      "The note is not in English, which this analyzer does not score.",
      "Check the note by hand; the scores below assume English and are not reliable for it."),
  SPAM_LIKE(
      Severity.HIGH,
      "The note reads like notes known to be spam.",
      "Rewrite it around the recipient: drop the offer, the urgency and the generic phrasing."),
  MASS_TEMPLATE(
      Severity.HIGH,
      "The note is a near copy of a known mass-outreach template.",
      "Write this note for this person; a template is recognised at a glance."),
  NO_COMMON_GROUND(
      Severity.MEDIUM,
      "You share no connections, organisations or interests that the note makes visible.",
      "Say how you know of them or what links your work; without it they may not recognise"
          + " you.");

  private final Severity defaultSeverity;
  private final String description;
  private final String suggestion;

  ReasonCode(Severity defaultSeverity, String description, String suggestion) {
    this.defaultSeverity = defaultSeverity;
    this.description = description;
    this.suggestion = suggestion;
  }

  /** The stable id, e.g. {@code unfilled_placeholder}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity unless the configuration sets another. */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One sentence that says what the reason means. */
  public String description() {
    return description;
  }

  /** The general fix; a reason may carry a more specific one. */
  public String suggestion() {
    return suggestion;
  }

  /**
   * Parses an id.
   *
   * @throws IllegalArgumentException for an unknown id
   */
  public static ReasonCode fromId(String id) {
    for (ReasonCode c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown reason code '" + id + "'");
  }
}
