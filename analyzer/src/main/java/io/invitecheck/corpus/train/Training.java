package io.invitecheck.corpus.train;

import io.invitecheck.corpus.Calibration;
import io.invitecheck.corpus.CorpusIndex;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.Label;
import io.invitecheck.corpus.LabeledCorpusScorer;
import io.invitecheck.corpus.NearDuplicates;
import io.invitecheck.corpus.NoteClassifier;
import io.invitecheck.corpus.TrainedModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The training recipe, shared by {@link TrainClassifier} and the evaluator so both build exactly
 * the same model from the same notes:
 *
 * <ol>
 *   <li>the train notes are clustered ({@link NearDuplicates#clusters}) and a stable-hash 20% of
 *       the clusters becomes the validation part, the rest the fit part;
 *   <li>the {@link NoteClassifier} is trained on the fit part, and an index is built of it;
 *   <li>each validation note is scored against them (kNN shares and classifier probabilities) and
 *       the per-label {@link Calibration} is fitted to its labels.
 * </ol>
 *
 * Test notes must not be passed in; {@link #fit} refuses them. Deterministic.
 */
public final class Training {
  private Training() {}

  /** Calibration quality of one label on the validation part. */
  public record LabelMetrics(
      Label label,
      int positives,
      double brierKnn,
      double brierClassifier,
      double brierCalibrated) {}

  /**
   * What training produced.
   *
   * @param model the trained classifier and its calibration
   * @param fitCount notes the classifier was trained on
   * @param validationCount notes the calibration was fitted on
   * @param accuracy share of validation notes whose highest calibrated label is their label
   * @param logLoss mean log-loss of the calibrated probability of the true label (one-vs-rest)
   * @param perLabel Brier scores per label of the two raw scores and the calibrated one
   */
  public record Result(
      TrainedModel model,
      int fitCount,
      int validationCount,
      double accuracy,
      double logLoss,
      List<LabelMetrics> perLabel) {}

  /**
   * Trains on {@code train} (notes of the train split only).
   *
   * @throws IllegalArgumentException when a test note is passed, or a label has no note
   */
  public static Result fit(List<CorpusNote> train, int k) {
    for (CorpusNote n : train) {
      if (n.isTest()) {
        throw new IllegalArgumentException("test note " + n.id() + " passed to training");
      }
    }
    Map<String, String> clusters = NearDuplicates.clusters(train);
    List<CorpusNote> fitPart = new ArrayList<>();
    List<CorpusNote> validation = new ArrayList<>();
    for (CorpusNote n : train) {
      (NearDuplicates.isValidationCluster(clusters.get(n.id())) ? validation : fitPart).add(n);
    }
    NoteClassifier classifier = NoteClassifier.train(fitPart);
    int labels = Label.values().length;
    double[][] knn = new double[labels][validation.size()];
    double[][] cls = new double[labels][validation.size()];
    TrainedModel uncalibrated = new TrainedModel(classifier, Calibration.uncalibrated(), k);
    try (LabeledCorpusScorer scorer =
        new LabeledCorpusScorer(
            CorpusIndex.inMemory(fitPart, "fit part of the train split"), uncalibrated, k)) {
      for (int i = 0; i < validation.size(); i++) {
        CorpusNote n = validation.get(i);
        LabeledCorpusScorer.Raw raw = scorer.raw(n.text(), n.recipient(), n.sender());
        for (int l = 0; l < labels; l++) {
          knn[l][i] = raw.knn()[l];
          cls[l][i] = raw.classifier()[l];
        }
      }
    }
    double[][] weights = new double[labels][];
    Map<Label, boolean[]> truth = new EnumMap<>(Label.class);
    for (Label l : Label.values()) {
      boolean[] y = new boolean[validation.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = validation.get(i).label() == l;
      }
      truth.put(l, y);
      weights[l.ordinal()] = Calibration.fit(knn[l.ordinal()], cls[l.ordinal()], y);
    }
    Calibration calibration = new Calibration(weights);
    List<LabelMetrics> perLabel = new ArrayList<>();
    double logLoss = 0;
    int correct = 0;
    double[][] cal = new double[labels][validation.size()];
    for (Label l : Label.values()) {
      int o = l.ordinal();
      boolean[] y = truth.get(l);
      double bk = 0;
      double bc = 0;
      double bcal = 0;
      int pos = 0;
      for (int i = 0; i < y.length; i++) {
        double t = y[i] ? 1 : 0;
        cal[o][i] = calibration.apply(l, knn[o][i], cls[o][i]);
        bk += (knn[o][i] - t) * (knn[o][i] - t);
        bc += (cls[o][i] - t) * (cls[o][i] - t);
        bcal += (cal[o][i] - t) * (cal[o][i] - t);
        pos += y[i] ? 1 : 0;
      }
      int n = Math.max(1, y.length);
      perLabel.add(new LabelMetrics(l, pos, bk / n, bc / n, bcal / n));
    }
    for (int i = 0; i < validation.size(); i++) {
      int best = 0;
      for (int l = 1; l < labels; l++) {
        if (cal[l][i] > cal[best][i]) {
          best = l;
        }
      }
      int truthIdx = validation.get(i).label().ordinal();
      correct += best == truthIdx ? 1 : 0;
      logLoss -= Math.log(Math.max(1e-12, cal[truthIdx][i]));
    }
    int n = Math.max(1, validation.size());
    return new Result(
        new TrainedModel(classifier, calibration, k),
        fitPart.size(),
        validation.size(),
        correct / (double) n,
        logLoss / n,
        perLabel);
  }
}
