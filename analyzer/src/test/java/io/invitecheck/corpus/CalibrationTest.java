package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibrationTest {

  @Test
  void mapsIntoTheUnitIntervalAndRisesWithEachScore() {
    Calibration c =
        new Calibration(
            new double[][] {{0.8, 1.2, -0.3}, {0, 2.0, 0.1}, {1.5, 0, 0}, {0.3, 0.3, -2}});
    for (Label l : Label.values()) {
      double previousByKnn = -1;
      for (double knn = 0; knn <= 1.0; knn += 0.05) {
        double p = c.apply(l, knn, 0.4);
        assertTrue(p >= 0 && p <= 1, l + " " + p);
        assertTrue(p >= previousByKnn, l + " not monotone in knn at " + knn);
        previousByKnn = p;
      }
      double previousByClassifier = -1;
      for (double cls = 0; cls <= 1.0; cls += 0.05) {
        double p = c.apply(l, 0.3, cls);
        assertTrue(p >= 0 && p <= 1, l + " " + p);
        assertTrue(p >= previousByClassifier, l + " not monotone in classifier at " + cls);
        previousByClassifier = p;
      }
    }
    // extreme inputs stay finite and inside [0, 1]
    assertTrue(c.apply(Label.SPAM, 0, 0) > 0 && c.apply(Label.SPAM, 1, 1) < 1);
  }

  @Test
  void fitLearnsAnInformativeScoreAndIgnoresANoisyOne() {
    int n = 400;
    double[] good = new double[n];
    double[] noise = new double[n];
    boolean[] y = new boolean[n];
    java.util.Random r = new java.util.Random(7);
    for (int i = 0; i < n; i++) {
      y[i] = i % 2 == 0;
      good[i] = y[i] ? 0.6 + 0.4 * r.nextDouble() : 0.4 * r.nextDouble();
      noise[i] = r.nextDouble();
    }
    double[] w = Calibration.fit(good, noise, y);
    assertTrue(w[0] > 0.5, "weight of the informative score " + w[0]);
    assertTrue(w[1] < 0.2, "weight of the noise " + w[1]);
    Calibration c = new Calibration(new double[][] {w, w, w, w});
    assertTrue(c.apply(Label.SPAM, 0.9, 0.5) > 0.8);
    assertTrue(c.apply(Label.SPAM, 0.1, 0.5) < 0.2);
  }

  @Test
  void fitNeverGivesNegativeWeights() {
    double[] knn = {0.9, 0.8, 0.2, 0.1, 0.7, 0.3};
    double[] anti = {0.1, 0.2, 0.8, 0.9, 0.3, 0.7};
    boolean[] y = {true, true, false, false, true, false};
    double[] w = Calibration.fit(knn, anti, y);
    assertTrue(w[0] >= 0 && w[1] >= 0, java.util.Arrays.toString(w));
  }

  @Test
  void rejectsNegativeOrMissingWeights() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Calibration(new double[][] {{-1, 1, 0}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}}));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Calibration(new double[][] {{1, 1}, {1, 1, 0}, {1, 1, 0}, {1, 1, 0}}));
  }
}
