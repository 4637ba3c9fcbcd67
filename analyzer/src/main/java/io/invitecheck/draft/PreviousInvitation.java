package io.invitecheck.draft;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An earlier invitation from the sender to the same recipient.
 *
 * @param sentAt when it was sent (a date without time counts as midnight UTC)
 * @param outcome how it ended
 */
public record PreviousInvitation(Instant sentAt, Outcome outcome) {

  public PreviousInvitation {
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Parses an ISO-8601 date ({@code 2026-11-02}), local date-time ({@code 2026-11-02T09:30}) or
   * date-time with offset ({@code 2026-11-02T09:30:00Z}, {@code 2026-11-02T09:30+01:00}). Dates and
   * local date-times are taken as UTC.
   *
   * @throws IllegalArgumentException saying which forms are accepted
   */
  public static Instant parseSentAt(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("sentAt is empty: expected an ISO-8601 date or date-time");
    }
    String s = text.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "sentAt '"
              + text
              + "' is not an ISO-8601 date or date-time (e.g. 2026-11-02 or 2026-11-02T09:30:00Z)",
          e);
    }
  }
}
