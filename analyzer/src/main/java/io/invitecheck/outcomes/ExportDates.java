package io.invitecheck.outcomes;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The date forms LinkedIn exports have used over the years, all read as UTC: {@code 12/27/21, 8:55
 * AM}, {@code 28-Dec-21}, {@code 02 Nov 2023}, {@code 2023-11-02 09:30:00 UTC} and ISO-8601 dates
 * and date-times. Month names are English, in any case; a narrow or non-breaking space before "AM"
 * counts as a space. Two-digit years are 2000 to 2099. Impossible dates such as 31 Nov are errors,
 * not silently moved to another day. Thread-safe.
 */
final class ExportDates {
  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(
          pattern("M/d/uu, h:mm a"),
          pattern("M/d/uuuu, h:mm a"),
          pattern("M/d/uu h:mm a"),
          pattern("uuuu-MM-dd HH:mm:ss"),
          pattern("uuuu-MM-dd HH:mm"),
          DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  private static final List<DateTimeFormatter> DATES =
      List.of(
          pattern("d-MMM-uu"),
          pattern("d-MMM-uuuu"),
          pattern("d MMM uuuu"),
          pattern("MMM d, uuuu"),
          pattern("M/d/uu"),
          DateTimeFormatter.ISO_LOCAL_DATE);

  private ExportDates() {}

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH)
        .withResolverStyle(ResolverStyle.STRICT);
  }

  /**
   * Parses one export date; a date without time is midnight UTC.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  static LocalDateTime parse(String text) {
    String s = text == null ? "" : text.replace('\u202f', ' ').replace('\u00a0', ' ').strip();
    if (s.endsWith(" UTC")) {
      s = s.substring(0, s.length() - 4);
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        return LocalDateTime.parse(s, f);
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    for (DateTimeFormatter f : DATES) {
      try {
        return LocalDate.parse(s, f).atStartOfDay();
      } catch (DateTimeParseException e) {
        // try the next form
      }
    }
    try {
      return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "unreadable date '"
              + text
              + "': expected e.g. 12/27/21, 8:55 AM or 28-Dec-21 or 02 Nov 2023 or 2023-11-02");
    }
  }
}
