package io.invitecheck.nlp;

import io.invitecheck.StartupTrace;
import java.io.IOException;
import java.io.InputStream;
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
  final LanguageDetectorModel languages;

  private NlpModels(
      SentenceModel sentences,
      TokenizerModel tokens,
      POSModel pos,
      LemmatizerModel lemmas,
      LanguageDetectorModel languages) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
    this.lemmas = lemmas;
    this.languages = languages;
  }

  /**
   * Loads all models from the classpath.
   *
   * @throws IllegalStateException naming the model that is missing or unreadable
   */
  public static NlpModels load() {
    return new NlpModels(
        read(SENTENCE, SentenceModel::new),
        read(TOKENS, TokenizerModel::new),
        read(POS, POSModel::new),
        read(LEMMAS, LemmatizerModel::new),
        read(LANGUAGES, LanguageDetectorModel::new));
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
      throw new IllegalStateException(
          "OpenNLP model "
              + resource
              + " is not on the classpath: add the org.apache.opennlp opennlp-models-*-en and"
              + " opennlp-models-langdetect 1.3.0 jars");
    }
    return readFrom(resource, in, factory);
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
