package io.invitecheck.nlp;

import io.invitecheck.StartupTrace;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models, loaded once from the classpath (Apache's English UD models 1.3.0 and the
 * language detection model). Models are immutable and shared between threads; the {@code *ME}
 * classes that use them are not (see {@link NoteReader}).
 */
public final class NlpModels {
  static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  static final String LANGUAGES = "/langdetect-183.bin";

  /** A short identity of the models for the report's provenance. */
  public static final String IDENTITY = "opennlp-en-ud-ewt-1.3 (sentence, tokens, pos, lemmas)";

  final SentenceModel sentences;
  final TokenizerModel tokens;
  final POSModel pos;
  final LemmatizerModel lemmas;
  private final Languages languages;

  private NlpModels(
      SentenceModel sentences,
      TokenizerModel tokens,
      POSModel pos,
      LemmatizerModel lemmas,
      Languages languages) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.lemmas = lemmas;
    this.languages = languages;
  }

  /**
   * The language model, read on first use: a note is read without it when enough of its words are
   * common English ({@link CommonEnglish}), so a check of an English note and a batch of English
   * notes never load it. It is the largest model (10.6 MB on disk, about 50 MB in memory, 0.4 s of
   * CPU to read); {@link #loadLanguagesInBackground} reads it ahead for a long-running server.
   *
   * @throws IllegalStateException when it cannot be read (its presence is checked at loading)
   */
  LanguageDetectorModel languages() {
    return languages.get();
  }

  /** Whether the language model has been read (for tests and the start-up trace). */
  boolean languagesLoaded() {
    return languages.loaded();
  }

  /** Starts reading the language model on a background thread, unless it is read already. */
  public void loadLanguagesInBackground() {
    if (!languages.loaded()) {
      startDaemon(languages::get);
    }
  }

  /** The language model, read once, by the first thread that needs it. Thread-safe. */
  private static final class Languages {
    private volatile LanguageDetectorModel model;

    LanguageDetectorModel get() {
      LanguageDetectorModel m = model;
      if (m == null) {
        synchronized (this) {
          m = model;
          if (m == null) {
            m = readLanguages();
            model = m;
          }
        }
      }
      return m;
    }

    boolean loaded() {
      return model != null;
    }
  }

  /**
   * Loads the four English models from the classpath and waits for them; the language model is read
   * on first use ({@link #languages()}).
   *
   * @throws IllegalStateException naming the model that is missing or unreadable (for the language
   *     model: missing)
   */
  public static NlpModels load() {
    return loadInBackground().await();
  }

  /**
   * Starts loading all models on background threads and returns at once, so that the caller can do
   * other start-up work meanwhile; {@link Loading#await()} gives the models. The four English
   * models load one after another on one background thread; the language model, the slowest and the
   * least needed, only on first use.
   */
  public static Loading loadInBackground() {
    CompletableFuture<English> english =
        CompletableFuture.supplyAsync(
            () ->
                new English(
                    read(SENTENCE, SentenceModel::new),
                    read(TOKENS, TokenizerModel::new),
                    read(POS, POSModel::new),
                    read(LEMMAS, LemmatizerModel::new)),
            NlpModels::startDaemon);
    return new Loading(english, new Languages());
  }

  private static void startDaemon(Runnable r) {
    Thread t = new Thread(r, "invitecheck-model-loader");
    t.setDaemon(true); // a failed start-up must not be kept alive by a load nobody waits for
    t.start();
  }

  /** The four English models, loaded one after another on one thread. */
  private record English(
      SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {}

  /**
   * The models being loaded by {@link #loadInBackground()}. Thread-safe; {@link #await()} may be
   * called any number of times.
   */
  public static final class Loading {
    private final CompletableFuture<English> english;
    private final Languages languages;

    private Loading(CompletableFuture<English> english, Languages languages) {
      this.english = english;
      this.languages = languages;
    }

    /**
     * Starts reading the language model too, on a new loader thread once the English models are
     * read (so that it does not slow them), unless it is read already: for a caller that will read
     * many notes, so that the first note that is not common English does not wait half a second for
     * it on a scoring thread. Returns at once; a failure surfaces, as without this call, when a
     * note needs the model.
     */
    public void loadLanguagesAfterEnglish() {
      if (!languages.loaded() && languagesAsked.compareAndSet(false, true)) {
        english.thenRunAsync(languages::get, NlpModels::startDaemon);
      }
    }

    /** Whether {@link #loadLanguagesAfterEnglish} has started a loader already (one is enough). */
    private final AtomicBoolean languagesAsked = new AtomicBoolean();

    /**
     * Waits for all models.
     *
     * @throws IllegalStateException naming the model that is missing or unreadable (an English one
     *     first when several are)
     */
    public NlpModels await() {
      English e = join(english);
      if (NlpModels.class.getResource(LANGUAGES) == null) {
        throw new IllegalStateException(missing(LANGUAGES));
      }
      return new NlpModels(e.sentences(), e.tokens(), e.pos(), e.lemmas(), languages);
    }

    private static <M> M join(CompletableFuture<M> f) {
      try {
        return f.join();
      } catch (CompletionException | CancellationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalStateException ise) {
          throw new IllegalStateException(ise.getMessage(), ise);
        }
        throw new IllegalStateException("OpenNLP models could not be loaded: " + cause, e);
      }
    }
  }

  /**
   * The language model, read by {@link GisModelReader} (about twice as fast), or by OpenNLP when
   * that reader does not know the file's form.
   */
  static LanguageDetectorModel readLanguages() {
    LanguageDetectorModel fast =
        read(LANGUAGES, in -> GisModelReader.readLanguageModel(in).orElse(null));
    return fast != null ? fast : read(LANGUAGES, LanguageDetectorModel::new);
  }

  interface ModelFactory<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M read(String resource, ModelFactory<M> factory) {
    try (StartupTrace.Span t = StartupTrace.span("model " + resource)) {
      return readResource(resource, factory);
    }
  }

  private static <M> M readResource(String resource, ModelFactory<M> factory) {
    InputStream in = NlpModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(missing(resource));
    }
    return readFrom(resource, in, factory);
  }

  private static String missing(String resource) {
    return "OpenNLP model "
        + resource
        + " is not on the classpath: add the org.apache.opennlp opennlp-models-*-en and"
        + " opennlp-models-langdetect 1.3.0 jars";
  }

  /** Reads one model, turning any failure into a message that names it. Closes {@code in}. */
  static <M> M readFrom(String name, InputStream in, ModelFactory<M> factory) {
    try (in) {
      return factory.read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "OpenNLP model " + name + " could not be read (corrupt or wrong version): " + e, e);
    }
  }
}
