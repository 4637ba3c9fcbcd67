package io.invitecheck.nlp;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model's best outcome, {@code model.getBestOutcome(model.eval(features))}, computed from its
 * sums of weights without exponentiating and normalising every outcome.
 *
 * <p>{@link GISModel#eval(String[])} starts each outcome at the uniform log prior, adds the weights
 * feature by feature (the order of {@code features}, then each feature's outcomes in order), then
 * exponentiates and divides by the total; {@code getBestOutcome} takes the first largest
 * probability. Exponentiation and division are monotone, so the first largest sum is the first
 * largest probability unless another sum is so close that the two could round to the same
 * probability. This class adds in the same order (so the sums are the same doubles), takes the
 * first largest sum when every other is more than {@link #TIE_MARGIN} below it, and otherwise
 * computes the probabilities exactly as OpenNLP does and takes the first largest. For the
 * lemmatizer (860 outcomes) that saves 860 calls of {@code StrictMath.exp} a token.
 *
 * <p>Thread-safe and immutable.
 */
final class GisArgmax {
  /**
   * Sums closer than this to the largest one send the choice through OpenNLP's exact probabilities.
   * Two sums can round to the same probability only when they differ by a few units in the last
   * place (about 1e-14 for sums of this size); this margin is a million times wider.
   */
  static final double TIE_MARGIN = 1e-8;

  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final double logPrior;

  private GisArgmax(Map<String, Context> predicates, String[] outcomes) {
    this.predicates = predicates;
    this.outcomes = outcomes;
    this.logPrior = logPrior(outcomes);
  }

  /** For a GIS model (whose prior is the uniform one its reader gives it); empty for any other. */
  static Optional<GisArgmax> of(MaxentModel model) {
    if (!(model instanceof GISModel gis)) {
      return Optional.empty();
    }
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    return Optional.of(new GisArgmax(predicates, (String[]) data[2]));
  }

  /** The model's predicates and their parameters (shared, not to be changed). */
  Map<String, Context> predicates() {
    return predicates;
  }

  /** The outcome labels (shared, not to be changed). */
  String[] outcomes() {
    return outcomes;
  }

  /** The best outcome's label for {@code features}, as {@code getBestOutcome(eval(features))}. */
  String best(String[] features) {
    return outcomes[bestIndex(features)];
  }

  /** The index of the best outcome for {@code features}: {@link #best} as an outcome id. */
  int bestIndex(String[] features) {
    double[] sums = new double[outcomes.length];
    sum(features, sums);
    return argmax(sums);
  }

  /**
   * The index of the best outcome for the features whose parameters are the first {@code count} of
   * {@code contexts}, in the features' order (the features the model does not have left out, as
   * {@code GISModel} skips them): {@link #bestIndex(String[])} without looking strings up.
   */
  int bestIndex(Context[] contexts, int count) {
    double[] sums = new double[outcomes.length];
    Arrays.fill(sums, logPrior);
    for (int i = 0; i < count; i++) {
      add(sums, contexts[i]);
    }
    return argmax(sums);
  }

  /** Each outcome's sum of weights for {@code features} into {@code sums}, as {@link GISModel}. */
  void sum(String[] features, double[] sums) {
    Arrays.fill(sums, logPrior);
    for (String f : features) {
      add(sums, predicates.get(f));
    }
  }

  /** The uniform log prior every outcome's sum starts from, as {@link UniformPrior} gives it. */
  static double logPrior(String[] outcomes) {
    double[] prior = new double[outcomes.length];
    UniformPrior uniform = new UniformPrior();
    uniform.setLabels(outcomes, new String[0]);
    uniform.logPrior(prior, new int[0]);
    return prior[0];
  }

  /** Adds one feature of value 1 as {@code ArrayMath.sumFeatures} does (times 1.0 is exact). */
  static void add(double[] sums, Context c) {
    if (c != null) {
      int[] ids = c.getOutcomes();
      double[] weights = c.getParameters();
      for (int j = 0; j < ids.length; j++) {
        sums[ids[j]] += weights[j];
      }
    }
  }

  /**
   * The first largest sum's index, which is also the first largest probability's unless another sum
   * is within {@link #TIE_MARGIN}; then the probabilities are computed as {@code GISModel.eval}
   * does and the first largest is taken as {@code ArrayMath.argmax} does. May overwrite {@code
   * sums}.
   */
  static int argmax(double[] sums) {
    // one pass: the first largest sum, the largest of the others, and whether any is NaN
    int best = 0;
    double top = sums[0];
    double second = Double.NEGATIVE_INFINITY;
    boolean nan = Double.isNaN(top);
    for (int k = 1; k < sums.length; k++) {
      double v = sums[k];
      if (v > top) {
        second = top; // the largest so far is now one of the others
        top = v;
        best = k;
      } else if (v > second) {
        second = v;
      } else if (v != v) {
        nan = true;
      }
    }
    return pick(sums, best, top, second, nan);
  }

  /**
   * The end of {@link #argmax}, for a caller that found in its own pass over {@code sums} the first
   * largest sum {@code top} at {@code best}, the largest of the others {@code second}, and whether
   * any is NaN.
   */
  static int pick(double[] sums, int best, double top, double second, boolean nan) {
    boolean close = nan || Double.isInfinite(top) || !(second < top - TIE_MARGIN);
    return close ? exactArgmax(sums) : best;
  }

  /** {@link #argmax} as it was written first, in two passes, for tests comparing. */
  static int argmaxInTwoPasses(double[] sums) {
    int best = 0;
    for (int k = 1; k < sums.length; k++) {
      if (sums[k] > sums[best]) {
        best = k;
      }
    }
    double top = sums[best];
    boolean close = Double.isNaN(top) || Double.isInfinite(top);
    for (int k = 0; k < sums.length && !close; k++) {
      close = k != best && !(sums[k] < top - TIE_MARGIN);
    }
    return close ? exactArgmax(sums) : best;
  }

  /**
   * OpenNLP's own steps: exponentiate, normalise, then the first largest. Overwrites {@code sums}
   * with the probabilities.
   */
  static int exactArgmax(double[] sums) {
    double normal = 0.0;
    for (int k = 0; k < sums.length; k++) {
      sums[k] = StrictMath.exp(sums[k]);
      normal += sums[k];
    }
    for (int k = 0; k < sums.length; k++) {
      sums[k] /= normal;
    }
    int best = 0;
    for (int k = 1; k < sums.length; k++) {
      if (sums[best] < sums[k]) {
        best = k;
      }
    }
    return best;
  }
}
