package io.invitecheck.cli;

/** The output of {@code analyze} and {@code check}: for people, or the JSON report contract. */
enum OutputFormat {
  HUMAN,
  JSON
}
