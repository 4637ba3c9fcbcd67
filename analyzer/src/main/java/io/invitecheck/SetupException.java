package io.invitecheck;

/**
 * The analyzer could not be built: a model, corpus, index or configuration file is missing or
 * unreadable. Thrown by {@link InviteAnalyzer.Builder#build()}, never later by {@code analyze}; the
 * message names the file and what is wrong with it.
 */
public final class SetupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SetupException(String message) {
    super(message);
  }

  public SetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
