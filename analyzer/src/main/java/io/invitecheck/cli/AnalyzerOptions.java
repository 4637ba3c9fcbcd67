package io.invitecheck.cli;

import io.invitecheck.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that choose how the analyzer is built: {@code --config FILE}, {@code --index DIR};
 * and {@code --debug}. {@code --config} and {@code --debug} may also be given before the command.
 */
final class AnalyzerOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read settings (limits, thresholds, phrase lists, corpus) from this file.")
  Path config;

  @Option(names = "--debug", description = "Print the stack trace of an internal failure.")
  boolean debug;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Use the on-disk corpus index built by 'invitecheck index' instead of indexing the"
              + " bundled corpus at start-up.")
  Path index;

  @Option(
      names = "--outcomes",
      paramLabel = "FILE",
      description =
          "Your outcome corpus from 'invitecheck import-linkedin': reports cite your most similar"
              + " earlier notes and, from 30 known outcomes on, their acceptance moves the risk.")
  Path outcomes;

  /** The settings of {@code --config} with this command's overrides. */
  Settings settings(Main main) {
    Settings s = config != null ? Main.settings(config) : main.settings();
    if (index != null) {
      if (!Files.isDirectory(index)) {
        throw CliException.badInput(
            "index directory '" + index + "' does not exist (build it with 'invitecheck index')");
      }
      s = s.toBuilder().index(index).build();
    }
    if (outcomes != null) {
      if (!Files.isRegularFile(outcomes)) {
        throw CliException.badInput(
            "outcome corpus '"
                + outcomes
                + "' does not exist (write one with 'invitecheck import-linkedin')");
      }
      s = s.toBuilder().outcomes(outcomes).build();
    }
    return s;
  }
}
