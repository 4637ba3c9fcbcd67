package io.invitecheck.corpus;

import java.util.Arrays;

/**
 * Platt scaling of the two corpus scores into one calibrated probability per label: for each label,
 * p = σ(a·logit(kNN share) + b·logit(classifier probability) + c), a logistic regression fitted on
 * the validation part of the training split (notes neither the classifier nor the validation index
 * saw). The weights a and b are kept at 0 or above, so the calibrated probability never falls when
 * either score rises. Platt rather than isotonic regression because the validation part has only
 * about 80 notes per label: three parameters per label do not overfit them, a step function would.
 * Immutable and thread-safe.
 *
 * <p>The four probabilities are calibrated one label against the rest and need not sum to 1.
 */
public final class Calibration {
  /** Scores are clipped to [ε, 1 − ε] before the logit. */
  static final double EPSILON = 1e-4;

  private final double[][] weights;

  /**
   * A calibration from its weights: {@code weights[label.ordinal()] = {a, b, c}}.
   *
   * @throws IllegalArgumentException when a weight is missing, not finite, or a or b is negative
   */
  public Calibration(double[][] weights) {
    if (weights.length != Label.values().length) {
      throw new IllegalArgumentException("need weights for " + Label.values().length + " labels");
    }
    this.weights = new double[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      double[] w = weights[i];
      if (w.length != 3 || Arrays.stream(w).anyMatch(v -> !Double.isFinite(v))) {
        throw new IllegalArgumentException(
            "calibration of " + Label.values()[i].id() + " needs three finite weights");
      }
      if (w[0] < 0 || w[1] < 0) {
        throw new IllegalArgumentException(
            "calibration weights of " + Label.values()[i].id() + " must not be negative");
      }
      this.weights[i] = w.clone();
    }
  }

  /** The identity-like calibration used before fitting: the mean of the two logits. */
  public static Calibration uncalibrated() {
    double[][] w = new double[Label.values().length][];
    for (int i = 0; i < w.length; i++) {
      w[i] = new double[] {0.5, 0.5, 0};
    }
    return new Calibration(w);
  }

  /** The weights {a, b, c} of a label. */
  public double[] weights(Label label) {
    return weights[label.ordinal()].clone();
  }

  /** The calibrated probability of {@code label} given the kNN share and classifier probability. */
  public double apply(Label label, double knn, double classifier) {
    double[] w = weights[label.ordinal()];
    return sigmoid(w[0] * logit(knn) + w[1] * logit(classifier) + w[2]);
  }

  /**
   * Fits one label's weights by Newton's method on the mean log-loss with a small L2 penalty (0.01)
   * on a and b, keeping a and b at 0 or above (a weight that would go negative is fixed at 0 and
   * the others refitted). Deterministic: fixed start and at most 100 steps.
   *
   * @param knn the kNN shares of the validation notes
   * @param classifier the classifier probabilities of the same notes
   * @param positive whether each note has the label
   */
  public static double[] fit(double[] knn, double[] classifier, boolean[] positive) {
    int n = knn.length;
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {logit(knn[i]), logit(classifier[i]), 1};
    }
    double[] w = {0.5, 0.5, 0};
    boolean[] fixed = new boolean[3];
    for (int it = 0; it < 100; it++) {
      double[] g = new double[3];
      double[][] h = new double[3][3];
      for (int i = 0; i < n; i++) {
        double p = sigmoid(dot(w, x[i]));
        double err = p - (positive[i] ? 1 : 0);
        double v = Math.max(p * (1 - p), 1e-9);
        for (int j = 0; j < 3; j++) {
          g[j] += err * x[i][j] / n;
          for (int k = 0; k < 3; k++) {
            h[j][k] += v * x[i][j] * x[i][k] / n;
          }
        }
      }
      for (int j = 0; j < 2; j++) {
        g[j] += L2 * w[j];
        h[j][j] += L2;
      }
      for (int j = 0; j < 2; j++) {
        fixed[j] = w[j] <= 0 && g[j] > 0;
      }
      double[] step = solve(h, g, fixed);
      double before = loss(w, x, positive);
      double t = 1;
      double[] next = w;
      for (int half = 0; half < 30; half++) {
        next = new double[] {w[0] - t * step[0], w[1] - t * step[1], w[2] - t * step[2]};
        next[0] = Math.max(0, next[0]);
        next[1] = Math.max(0, next[1]);
        if (loss(next, x, positive) <= before) {
          break;
        }
        t /= 2;
      }
      double change =
          Math.abs(next[0] - w[0]) + Math.abs(next[1] - w[1]) + Math.abs(next[2] - w[2]);
      w = next;
      if (change < 1e-9) {
        break;
      }
    }
    return w;
  }

  private static final double L2 = 0.01;

  private static double loss(double[] w, double[][] x, boolean[] positive) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double p = Math.max(1e-12, Math.min(1 - 1e-12, sigmoid(dot(w, x[i]))));
      sum -= positive[i] ? Math.log(p) : Math.log(1 - p);
    }
    return sum / x.length + L2 / 2 * (w[0] * w[0] + w[1] * w[1]);
  }

  private static double dot(double[] w, double[] x) {
    return w[0] * x[0] + w[1] * x[1] + w[2] * x[2];
  }

  /** Solves h·d = g over the free coordinates (Gaussian elimination); fixed ones get d = 0. */
  private static double[] solve(double[][] h, double[] g, boolean[] fixed) {
    int[] free = new int[3];
    int m = 0;
    for (int j = 0; j < 3; j++) {
      if (!fixed[j]) {
        free[m++] = j;
      }
    }
    double[][] a = new double[m][m + 1];
    for (int r = 0; r < m; r++) {
      for (int c = 0; c < m; c++) {
        a[r][c] = h[free[r]][free[c]];
      }
      a[r][m] = g[free[r]];
    }
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      double[] tmp = a[col];
      a[col] = a[pivot];
      a[pivot] = tmp;
      double d = Math.abs(a[col][col]) < 1e-12 ? 1e-12 : a[col][col];
      for (int r = 0; r < m; r++) {
        if (r != col) {
          double f = a[r][col] / d;
          for (int c = col; c <= m; c++) {
            a[r][c] -= f * a[col][c];
          }
        }
      }
    }
    double[] d = new double[3];
    for (int r = 0; r < m; r++) {
      d[free[r]] = a[r][m] / (Math.abs(a[r][r]) < 1e-12 ? 1e-12 : a[r][r]);
    }
    return d;
  }

  static double logit(double p) {
    double q = Math.max(EPSILON, Math.min(1 - EPSILON, p));
    return Math.log(q / (1 - q));
  }

  static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }
}
