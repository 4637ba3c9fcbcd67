package io.invitecheck.cli;

/**
 * Why one input record of a batch gave no report.
 *
 * @param code {@code invalid_draft} (the record is wrong: bad JSON, missing note, wrong type, a
 *     line over the size limit, bad CSV) or {@code internal_error} (the analyzer failed on a valid
 *     draft: a bug)
 * @param field the JSON path or CSV column that is wrong, {@code $} for the whole record
 * @param message what is wrong and how to fix it
 */
public record RecordError(String code, String field, String message) {
  public static final String INVALID_DRAFT = "invalid_draft";
  public static final String INTERNAL_ERROR = "internal_error";

  static RecordError invalid(String field, String message) {
    return new RecordError(INVALID_DRAFT, field, message);
  }
}
