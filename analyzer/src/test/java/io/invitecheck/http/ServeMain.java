package io.invitecheck.http;

import picocli.CommandLine;

/**
 * Runs {@link ServeCommand} as a program, for tests that start the server in its own JVM (the real
 * entry point, {@code io.invitecheck.cli.Main}, registers the command on another branch).
 */
public final class ServeMain {
  private ServeMain() {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServeCommand()).execute(args));
  }
}
