package io.invitecheck.config;

import java.nio.file.Path;

/**
 * Reads the configuration file shared by the CLI, the server and the builder. (Being written on the
 * {@code http} branch; this placeholder keeps the other branches compiling and is replaced at
 * merge.)
 */
public final class ConfigFile {
  private ConfigFile() {}

  /**
   * Reads settings from a file.
   *
   * @throws io.invitecheck.SetupException naming the file and the key that is wrong
   */
  public static Settings load(Path file) {
    throw new UnsupportedOperationException("configuration files arrive with the http branch");
  }
}
