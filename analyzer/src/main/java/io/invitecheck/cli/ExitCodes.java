package io.invitecheck.cli;

/** The exit codes of every command; the README documents them. */
public final class ExitCodes {
  /** Success; for {@code check} and {@code batch --fail-on}: no draft reached the level. */
  public static final int OK = 0;

  /** A draft reached the {@code --fail-on} level (or, with {@code batch --strict}, an error). */
  public static final int FAILED_GATE = 1;

  /** Bad usage or bad input: an unknown option, a missing file, an invalid draft. */
  public static final int BAD_INPUT = 2;

  /** An internal failure: a bug or a broken installation. The message says what failed. */
  public static final int INTERNAL = 3;

  private ExitCodes() {}
}
