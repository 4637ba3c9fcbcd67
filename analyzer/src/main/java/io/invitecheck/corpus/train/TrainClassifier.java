package io.invitecheck.corpus.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invitecheck.corpus.CorpusIdentity;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.CorpusReader;
import io.invitecheck.corpus.Label;
import io.invitecheck.corpus.NearDuplicates;
import io.invitecheck.corpus.NoteClassifier;
import io.invitecheck.corpus.TrainedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the note classifier and its calibration on the train split of a corpus and writes {@code
 * note-classifier.bin} and {@code note-classifier.json} (see {@link Training} for the recipe).
 * Deterministic: the same corpus gives byte-identical files.
 *
 * <p>Usage: {@code TrainClassifier [CORPUS_JSONL [OUT_DIR]]}, by default {@code corpus/notes.jsonl}
 * and {@code models}.
 */
public final class TrainClassifier {
  /** Neighbours the calibration is fitted with (the analyzer's default). */
  public static final int NEIGHBORS = 10;

  private TrainClassifier() {}

  public static void main(String[] args) {
    Path corpus = Path.of(args.length > 0 ? args[0] : "corpus/notes.jsonl");
    Path out = Path.of(args.length > 1 ? args[1] : "models");
    Training.Result r = train(corpus, out);
    System.out.println(summary(r));
  }

  /**
   * Trains on the train split of {@code corpus} and writes the model and its card into {@code
   * outDir}.
   *
   * @throws io.invitecheck.corpus.CorpusFormatException naming a bad corpus line
   * @throws UncheckedIOException when a file cannot be read or written
   */
  public static Training.Result train(Path corpus, Path outDir) {
    return train(
        CorpusReader.read(corpus),
        corpus.getFileName().toString(),
        CorpusIdentity.sha256(corpus),
        outDir);
  }

  /**
   * Trains on the train split of {@code notes}; {@code corpusName} and {@code corpusSha256} are
   * recorded in the card.
   */
  public static Training.Result train(
      List<CorpusNote> notes, String corpusName, String corpusSha256, Path outDir) {
    List<CorpusNote> train = notes.stream().filter(n -> !n.isTest()).toList();
    Training.Result r = Training.fit(train, NEIGHBORS);
    byte[] model = r.model().classifier().bytes();
    String card = card(r, corpusName, corpusSha256, notes, train);
    try {
      Files.createDirectories(outDir);
      Files.write(outDir.resolve(TrainedModel.MODEL_FILE), model);
      Files.writeString(outDir.resolve(TrainedModel.CARD_FILE), card, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write into " + outDir + ": " + e.getMessage(), e);
    }
    return r;
  }

  /** The card: what the model is, how it was made, its calibration and validation metrics. */
  static String card(
      Training.Result r,
      String corpusName,
      String corpusSha,
      List<CorpusNote> notes,
      List<CorpusNote> train) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    ObjectNode model = root.putObject("model");
    model.put("file", TrainedModel.MODEL_FILE);
    model.put("sha256", r.model().classifier().sha256());
    model.put("type", "OpenNLP 2.5.8 DocumentCategorizerME (doccat), maximum entropy");
    model.put(
        "features",
        "bag of words over the masked note: Porter stems without the 33 Lucene English stop"
            + " words, lower-case word pairs, shape tokens (#link, #money_or_percent, #question,"
            + " #exclaim_run, #emoji, #shouting, #len0-3)");
    ObjectNode params = model.putObject("parameters");
    Map<String, String> sorted = new TreeMap<>(NoteClassifier.PARAMETERS);
    sorted.forEach(params::put);
    ObjectNode c = root.putObject("corpus");
    c.put("file", corpusName);
    c.put("sha256", corpusSha);
    c.put("notes", notes.size());
    c.put("trainSplit", train.size());
    c.put("fitPart", r.fitCount());
    c.put("validationPart", r.validationCount());
    c.put(
        "validationRule",
        "train clusters whose SHA-256 of 'validation:' + smallest id falls below "
            + NearDuplicates.VALIDATION_SHARE);
    ObjectNode cal = root.putObject("calibration");
    cal.put(
        "method",
        "Platt scaling on two inputs per label: p = sigmoid(knn * logit(kNN share) + classifier *"
            + " logit(classifier probability) + bias), fitted on the validation part by Newton's"
            + " method, L2 0.01, knn and classifier >= 0");
    cal.put("neighbors", r.model().neighbors());
    ObjectNode weights = cal.putObject("weights");
    for (Label l : Label.values()) {
      double[] w = r.model().calibration().weights(l);
      ObjectNode lw = weights.putObject(l.id());
      lw.put("knn", round(w[0]));
      lw.put("classifier", round(w[1]));
      lw.put("bias", round(w[2]));
    }
    ObjectNode v = root.putObject("validation");
    v.put("notes", r.validationCount());
    v.put("accuracy", round(r.accuracy()));
    v.put("logLoss", round(r.logLoss()));
    ObjectNode brier = v.putObject("brier");
    for (Training.LabelMetrics m : r.perLabel()) {
      ObjectNode b = brier.putObject(m.label().id());
      b.put("positives", m.positives());
      b.put("knnShare", round(m.brierKnn()));
      b.put("classifier", round(m.brierClassifier()));
      b.put("calibrated", round(m.brierCalibrated()));
    }
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A few lines for the console. */
  public static String summary(Training.Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            java.util.Locale.ROOT,
            "trained on %d notes, calibrated on %d; validation accuracy %.3f, log-loss %.3f%n",
            r.fitCount(),
            r.validationCount(),
            r.accuracy(),
            r.logLoss()));
    for (Training.LabelMetrics m : r.perLabel()) {
      sb.append(
          String.format(
              java.util.Locale.ROOT,
              "  %-15s Brier kNN %.3f  classifier %.3f  calibrated %.3f%n",
              m.label().id(),
              m.brierKnn(),
              m.brierClassifier(),
              m.brierCalibrated()));
    }
    sb.append("model sha256 ").append(r.model().classifier().sha256());
    return sb.toString();
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
