package io.invitecheck.spark;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ConfigFile;
import io.invitecheck.config.Settings;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a scoring job needs to build its analyzer on every executor: the configuration file's name
 * and text (shipped with the task, not read from a path the executors may not see) and the mass
 * template size. Immutable, serializable; equal settings share one analyzer per JVM.
 *
 * <p>Paths inside the configuration (a corpus, an index, an outcome corpus) must be readable on
 * every executor; the bundled corpus and models ship inside the job jar.
 *
 * @param configName the configuration file's name (its extension picks YAML or JSON), or null for
 *     the default settings
 * @param configText the configuration file's text, or null for the default settings
 * @param massTemplateSize drafts of a template cluster from this many on get {@code mass_template},
 *     as {@code batch --mass-template-size} (2 or more; 5 by default)
 */
public record JobSettings(String configName, String configText, int massTemplateSize)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One analyzer per JVM and settings, built on first use. */
  private static final Map<JobSettings, InviteAnalyzer> ANALYZERS = new ConcurrentHashMap<>();

  private static final Map<JobSettings, Settings> SETTINGS = new ConcurrentHashMap<>();

  public JobSettings {
    if ((configName == null) != (configText == null)) {
      throw new IllegalArgumentException("give both the configuration's name and text, or neither");
    }
    if (massTemplateSize < 2) {
      throw new IllegalArgumentException(
          "the mass template size must be 2 or more, was " + massTemplateSize);
    }
  }

  /** The default settings and mass template size 5, as {@code batch} without options. */
  public static JobSettings defaults() {
    return new JobSettings(null, null, 5);
  }

  /** The settings of a configuration file, read now (on the driver) and shipped as text. */
  public static JobSettings of(Path config, int massTemplateSize) {
    Objects.requireNonNull(config, "config");
    try {
      ConfigFile.load(config); // fails here, on the driver, naming the file and the wrong key
      String text = Files.readString(config, StandardCharsets.UTF_8);
      return new JobSettings(String.valueOf(config.getFileName()), text, massTemplateSize);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration " + config, e);
    }
  }

  /** The analysis settings, parsed once per JVM. */
  public Settings settings() {
    return SETTINGS.computeIfAbsent(this, JobSettings::parse);
  }

  /**
   * The analyzer of these settings in this JVM: built on first use (about a second: models and
   * corpus index), then shared by every task of every job, never closed while the JVM runs.
   */
  public InviteAnalyzer analyzer() {
    return ANALYZERS.computeIfAbsent(
        this, s -> InviteAnalyzer.builder().settings(s.settings()).build());
  }

  private Settings parse() {
    if (configText == null) {
      return Settings.defaults();
    }
    try {
      Path dir = Files.createTempDirectory("invitecheck-config");
      Path file = dir.resolve(configName);
      try {
        Files.writeString(file, configText, StandardCharsets.UTF_8);
        return ConfigFile.load(file);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
