package io.invitecheck.cli;

/**
 * A failure the command line reports with a one-line message and a chosen exit code (2 for bad
 * input or usage, 3 for an internal failure), without a stack trace.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad input or usage: exit code 2. */
  static CliException badInput(String message) {
    return new CliException(ExitCodes.BAD_INPUT, message);
  }

  int exitCode() {
    return exitCode;
  }
}
