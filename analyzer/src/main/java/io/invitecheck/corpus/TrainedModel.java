package io.invitecheck.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Objects;

/**
 * The trained part of the corpus stage: the note classifier and the calibration that combines it
 * with the neighbour vote. Written by {@code TrainClassifier} as {@code note-classifier.bin} (the
 * OpenNLP model) and {@code note-classifier.json} (its card: parameters, corpus, SHA-256,
 * calibration, metrics). Immutable and thread-safe.
 *
 * @param classifier the OpenNLP document categorizer
 * @param calibration the per-label Platt scaling fitted on the validation part
 * @param neighbors the number of neighbours the calibration was fitted with
 */
public record TrainedModel(NoteClassifier classifier, Calibration calibration, int neighbors) {
  /** The model file name. */
  public static final String MODEL_FILE = "note-classifier.bin";

  /** The card file name. */
  public static final String CARD_FILE = "note-classifier.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  public TrainedModel {
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(calibration, "calibration");
    if (neighbors <= 0) {
      throw new IllegalArgumentException("neighbors must be positive, was " + neighbors);
    }
  }

  /** E.g. {@code note-classifier.bin sha256 9f8e7d6c}. */
  public String identity() {
    return MODEL_FILE + " sha256 " + classifier.sha256().substring(0, 8);
  }

  /**
   * Reads a model and its card, checking that the card describes this model.
   *
   * @param where names the two files in error messages, e.g. a directory or "bundled models"
   * @throws IOException naming what is wrong: unreadable model, malformed card, SHA-256 mismatch
   */
  public static TrainedModel read(byte[] model, byte[] card, String where) throws IOException {
    return read(model, null, card, where);
  }

  /**
   * {@link #read(byte[], byte[], String)} of a model whose SHA-256 is known ({@code modelSha256},
   * hex; null when not, and it is hashed): the bundled model's, recorded when the jar was built
   * ({@link BundledDigests}). The card is checked against it as against a hashed one.
   */
  static TrainedModel read(byte[] model, String modelSha256, byte[] card, String where)
      throws IOException {
    NoteClassifier classifier;
    try {
      classifier = NoteClassifier.load(model, modelSha256);
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          where + "/" + MODEL_FILE + " is not a valid OpenNLP doccat model: " + e.getMessage(), e);
    }
    JsonNode root;
    try {
      root = JSON.readTree(card);
    } catch (IOException e) {
      throw new IOException(where + "/" + CARD_FILE + " is not valid JSON: " + e.getMessage(), e);
    }
    String expected = root.path("model").path("sha256").asText("");
    if (!expected.equals(classifier.sha256())) {
      throw new IOException(
          where
              + "/"
              + CARD_FILE
              + " describes a model with sha256 "
              + expected
              + " but "
              + MODEL_FILE
              + " has sha256 "
              + classifier.sha256()
              + "; retrain both with TrainClassifier");
    }
    JsonNode cal = root.path("calibration").path("weights");
    double[][] w = new double[Label.values().length][];
    for (Label l : Label.values()) {
      JsonNode lw = cal.path(l.id());
      if (!lw.isObject()) {
        throw new IOException(
            where + "/" + CARD_FILE + " has no calibration weights for " + l.id());
      }
      w[l.ordinal()] =
          new double[] {
            lw.path("knn").asDouble(Double.NaN),
            lw.path("classifier").asDouble(Double.NaN),
            lw.path("bias").asDouble(Double.NaN)
          };
    }
    try {
      return new TrainedModel(
          classifier, new Calibration(w), root.path("calibration").path("neighbors").asInt(10));
    } catch (IllegalArgumentException e) {
      throw new IOException(where + "/" + CARD_FILE + ": " + e.getMessage(), e);
    }
  }
}
