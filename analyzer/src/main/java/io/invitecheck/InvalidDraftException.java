package io.invitecheck;

/**
 * A draft that cannot be analyzed, e.g. a note over the configured size limit. The message says
 * what is wrong and how to fix it; {@link #field()} names the offending field ({@code note}, {@code
 * recipient.name}, ...).
 */
public final class InvalidDraftException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidDraftException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The JSON path of the field that is wrong, e.g. {@code note}. */
  public String field() {
    return field;
  }
}
