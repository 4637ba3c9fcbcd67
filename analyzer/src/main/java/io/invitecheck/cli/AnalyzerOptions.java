package io.invitecheck.cli;

import io.invitecheck.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that choose how the analyzer is built: {@code --index DIR}. */
final class AnalyzerOptions {
  @Option(
      names = "--index",
      paramLabel = "DIR",
      description =
          "Use the on-disk corpus index built by 'invitecheck index' instead of indexing the"
              + " bundled corpus at start-up.")
  Path index;

  /** The settings of {@code --config} with this command's overrides. */
  Settings settings(Main main) {
    Settings s = main.settings();
    if (index != null) {
      if (!Files.isDirectory(index)) {
        throw CliException.badInput(
            "index directory '" + index + "' does not exist (build it with 'invitecheck index')");
      }
      s = s.toBuilder().index(index).build();
    }
    return s;
  }
}
