package io.invitecheck.corpus;

import io.invitecheck.SetupException;
import io.invitecheck.StartupTrace;
import io.invitecheck.config.Settings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens the corpus scorer the settings ask for: the corpus bundled in the jar ({@value
 * #BUNDLED_CORPUS}; its index ships prebuilt, see {@link PrebuiltIndex}, and is built in memory at
 * start-up only when that is missing or stale) unless {@link Settings#index()} names an on-disk
 * index or {@link Settings#corpus()} another corpus file, with the bundled trained model ({@value
 * #BUNDLED_MODELS}). Every problem surfaces here, at open time, as a {@link SetupException} naming
 * the file and what is wrong.
 */
public final class DefaultCorpus {
  /** The classpath resource of the bundled corpus. */
  public static final String BUNDLED_CORPUS = "/io/invitecheck/corpus/notes.jsonl";

  /** How reports name the bundled corpus. */
  static final String BUNDLED_NAME = "bundled notes.jsonl";

  /** The classpath folder of the bundled model and its card. */
  public static final String BUNDLED_MODELS = "/io/invitecheck/models";

  private DefaultCorpus() {}

  /**
   * Opens the corpus scorer.
   *
   * @throws SetupException naming the corpus, index or model file that is missing or wrong
   */
  public static CorpusScorer open(Settings settings) {
    return open(settings, bundledModel());
  }

  /**
   * Opens the corpus scorer with a trained model already read (e.g. the bundled one, read on
   * another thread while the command line was parsed).
   *
   * @throws SetupException naming the corpus or index file that is missing or wrong
   */
  public static CorpusScorer open(Settings settings, TrainedModel model) {
    return open(settings, model, null);
  }

  /**
   * Opens the corpus scorer with a trained model and, when the settings ask for the bundled corpus,
   * its index already opened (both e.g. read on other threads while the command line was parsed);
   * {@code bundled} may be null, and is not used (nor closed) when the settings name another index
   * or corpus.
   *
   * @throws SetupException naming the corpus or index file that is missing or wrong
   */
  public static CorpusScorer open(Settings settings, TrainedModel model, CorpusIndex bundled) {
    java.util.Objects.requireNonNull(model, "model");
    CorpusIndex index;
    if (settings.index() != null) {
      index = CorpusIndex.open(settings.index());
    } else if (settings.corpus() != null) {
      index = indexFile(settings.corpus());
    } else {
      index = bundled != null ? bundled : bundledIndex();
    }
    return new LabeledCorpusScorer(index, model, settings.neighbors());
  }

  /** Whether these settings use the bundled corpus (no other index or corpus file named). */
  public static boolean usesBundledCorpus(Settings settings) {
    return settings.index() == null && settings.corpus() == null;
  }

  /**
   * The bundled trained model.
   *
   * @throws SetupException when it is missing or does not match its card
   */
  public static TrainedModel bundledModel() {
    try (StartupTrace.Span t = StartupTrace.span("classifier load")) {
      return readBundledModel();
    }
  }

  private static TrainedModel readBundledModel() {
    byte[] bin = resource(BUNDLED_MODELS + "/" + TrainedModel.MODEL_FILE);
    byte[] card = resource(BUNDLED_MODELS + "/" + TrainedModel.CARD_FILE);
    try {
      String sha256 =
          BundledDigests.of(BUNDLED_MODELS + "/" + TrainedModel.MODEL_FILE).orElse(null);
      return TrainedModel.read(bin, sha256, card, "bundled " + BUNDLED_MODELS);
    } catch (IOException e) {
      throw new SetupException(e.getMessage(), e);
    }
  }

  /** The bundled notes. */
  public static List<CorpusNote> bundledNotes() {
    byte[] bytes = resource(BUNDLED_CORPUS);
    try {
      return CorpusReader.read(new ByteArrayInputStream(bytes), "bundled " + BUNDLED_CORPUS);
    } catch (CorpusFormatException e) {
      throw new SetupException("the bundled corpus is broken: " + e.getMessage(), e);
    }
  }

  /**
   * The hex SHA-256 of the bundled corpus file: recorded when the jar was built ({@link
   * BundledDigests}), else hashed now.
   */
  public static String bundledSha256() {
    return BundledDigests.of(BUNDLED_CORPUS)
        .orElseGet(() -> CorpusIdentity.sha256(resource(BUNDLED_CORPUS)));
  }

  /** E.g. {@code bundled notes.jsonl, 2,160 notes, sha256 1a2b3c4d}. */
  public static String bundledIdentity(List<CorpusNote> notes) {
    return CorpusIdentity.describe(BUNDLED_NAME, notes.size(), bundledSha256());
  }

  /**
   * The index of the bundled corpus: the {@link PrebuiltIndex} the jar ships when it was built from
   * this corpus, else (no prebuilt index, or a stale one) the corpus indexed in memory now.
   */
  public static CorpusIndex bundledIndex() {
    String sha256;
    try (StartupTrace.Span t = StartupTrace.span("corpus sha256")) {
      sha256 = bundledSha256();
    }
    Optional<CorpusIndex> prebuilt;
    try (StartupTrace.Span t = StartupTrace.span("prebuilt index open")) {
      prebuilt = PrebuiltIndex.open(sha256);
    }
    if (prebuilt.isPresent()) {
      return prebuilt.get();
    }
    List<CorpusNote> notes;
    try (StartupTrace.Span t = StartupTrace.span("corpus read")) {
      notes = bundledNotes();
    }
    try (StartupTrace.Span t = StartupTrace.span("corpus index build")) {
      return CorpusIndex.inMemory(
          notes, CorpusIdentity.describe(BUNDLED_NAME, notes.size(), sha256));
    }
  }

  private static CorpusIndex indexFile(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new SetupException("corpus file " + file + " does not exist or is not a file");
    }
    try {
      List<CorpusNote> notes = CorpusReader.read(file);
      if (notes.isEmpty()) {
        throw new SetupException("corpus file " + file + " has no notes");
      }
      return CorpusIndex.inMemory(
          notes,
          CorpusIdentity.describe(
              file.getFileName().toString(), notes.size(), CorpusIdentity.sha256(file)));
    } catch (CorpusFormatException e) {
      throw new SetupException("corpus file " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new SetupException(e.getMessage(), e);
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = DefaultCorpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new SetupException(
            name
                + " is not on the classpath: the analyzer jar ships it from corpus/ and models/;"
                + " rebuild the jar (mvn package) after assembling the corpus and training");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new SetupException(name + " cannot be read: " + e.getMessage(), e);
    }
  }
}
