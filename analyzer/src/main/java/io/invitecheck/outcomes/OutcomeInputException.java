package io.invitecheck.outcomes;

/**
 * A LinkedIn export or an outcome corpus that cannot be used at all: a missing file, a missing
 * column, a malformed corpus line. The message names the file (and line) and says what to do.
 * Single unreadable export rows are not exceptions: they are listed in {@link
 * LinkedInExport#unreadable()}.
 */
public final class OutcomeInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OutcomeInputException(String message) {
    super(message);
  }

  public OutcomeInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
