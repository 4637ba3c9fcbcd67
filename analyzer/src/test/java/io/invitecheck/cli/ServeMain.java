package io.invitecheck.cli;

import picocli.CommandLine;

/**
 * Runs {@link ServeCommand} as a program, for tests that start the server in its own JVM without
 * the rest of {@link Main}.
 */
public final class ServeMain {
  private ServeMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }
}
