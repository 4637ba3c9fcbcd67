package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link GisArgmax.argmax} against OpenNLP's own evaluation on sums that tie or nearly tie, where
 * exponentiation could round two outcomes to the same probability.
 */
class GisArgmaxTest {
  /** A model of one feature whose weights are {@code weights}; its sums are log(1/n) + weight. */
  private static int openNlpBest(double[] weights) {
    int[] outcomes = new int[weights.length];
    String[] names = new String[weights.length];
    for (int k = 0; k < weights.length; k++) {
      outcomes[k] = k;
      names[k] = "o" + k;
    }
    GISModel model =
        new GISModel(new Context[] {new Context(outcomes, weights)}, new String[] {"f"}, names);
    return ArrayMath.argmax(model.eval(new String[] {"f"}));
  }

  private static int ourBest(double[] weights) {
    double[] sums = new double[weights.length];
    double prior = Math.log(1.0 / weights.length);
    for (int k = 0; k < weights.length; k++) {
      sums[k] = prior;
      sums[k] += weights[k];
    }
    return GisArgmax.argmax(sums);
  }

  @Test
  void exactTiesGoToTheFirstOutcomeAsInOpenNlp() {
    double[] w = {0.5, 2.25, 2.25, -1};
    assertEquals(1, openNlpBest(w));
    assertEquals(openNlpBest(w), ourBest(w));
  }

  @Test
  void sumsAUnitInTheLastPlaceApartChooseAsOpenNlpDoes() {
    Random random = new Random(7);
    int decided = 0;
    for (int trial = 0; trial < 20_000; trial++) {
      double a = random.nextDouble() * 30 - 5;
      double[] w = new double[3 + random.nextInt(5)];
      for (int k = 0; k < w.length; k++) {
        w[k] = a - random.nextDouble() * 3;
      }
      int i = random.nextInt(w.length);
      int j = random.nextInt(w.length);
      w[i] = a;
      w[j] = a;
      for (int u = random.nextInt(4); u > 0; u--) {
        w[j] = Math.nextUp(w[j]);
      }
      assertEquals(openNlpBest(w), ourBest(w), () -> java.util.Arrays.toString(w));
      decided++;
    }
    assertEquals(20_000, decided);
  }

  @Test
  void clearWinnersAreTakenFromTheSums() {
    double[] w = {0.1, 4.0, 3.9999, -2};
    assertEquals(1, ourBest(w));
    assertEquals(openNlpBest(w), ourBest(w));
    double[] last = {-1, -1, -0.5};
    assertEquals(2, ourBest(last));
    assertEquals(openNlpBest(last), ourBest(last));
  }

  @Test
  void theOnePassArgmaxChoosesAsTheTwoPassOne() {
    java.util.Random random = new java.util.Random(1127);
    double[] specials = {
      Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, -3.2, -3.2 + 1e-9
    };
    int exact = 0;
    for (int t = 0; t < 200_000; t++) {
      int n = 1 + random.nextInt(t % 7 == 0 ? 900 : 40);
      double[] sums = new double[n];
      double base = -random.nextDouble() * 20;
      for (int k = 0; k < n; k++) {
        switch (random.nextInt(12)) {
          case 0 -> sums[k] = specials[random.nextInt(specials.length)];
          case 1, 2 -> sums[k] = base; // ties
          case 3 -> sums[k] = base - GisArgmax.TIE_MARGIN * random.nextDouble() * 2; // near ties
          default -> sums[k] = base - random.nextDouble() * 10;
        }
      }
      if (random.nextInt(3) == 0) { // mostly without the special values
        for (int k = 0; k < n; k++) {
          if (Double.isNaN(sums[k]) || Double.isInfinite(sums[k])) {
            sums[k] = base - 1;
          }
        }
      }
      int want = GisArgmax.argmaxInTwoPasses(sums.clone());
      int got = GisArgmax.argmax(sums.clone());
      assertEquals(want, got, java.util.Arrays.toString(sums));
      double[] copy = sums.clone();
      GisArgmax.argmax(copy);
      exact += java.util.Arrays.equals(copy, sums) ? 0 : 1; // exactArgmax overwrote the sums
    }
    assertTrue(exact > 10_000, "exact path taken " + exact + " times");
  }
}
