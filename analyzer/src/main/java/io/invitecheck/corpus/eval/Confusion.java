package io.invitecheck.corpus.eval;

import java.util.List;

/**
 * A confusion matrix over a fixed list of classes: {@code counts[truth][predicted]}. Immutable once
 * built; {@link #add} is only called while building.
 */
public final class Confusion {
  private final List<String> classes;
  private final int[][] counts;

  public Confusion(List<String> classes) {
    this.classes = List.copyOf(classes);
    this.counts = new int[classes.size()][classes.size()];
  }

  /** Counts one case. */
  public void add(int truth, int predicted) {
    counts[truth][predicted]++;
  }

  public List<String> classes() {
    return classes;
  }

  public int count(int truth, int predicted) {
    return counts[truth][predicted];
  }

  public int total() {
    int t = 0;
    for (int[] row : counts) {
      for (int c : row) {
        t += c;
      }
    }
    return t;
  }

  /** Cases of class {@code c} predicted as {@code c}, over all cases predicted as {@code c}. */
  public double precision(int c) {
    int predicted = 0;
    for (int[] row : counts) {
      predicted += row[c];
    }
    return predicted == 0 ? 0 : counts[c][c] / (double) predicted;
  }

  /** Cases of class {@code c} predicted as {@code c}, over all cases of class {@code c}. */
  public double recall(int c) {
    int actual = 0;
    for (int v : counts[c]) {
      actual += v;
    }
    return actual == 0 ? 0 : counts[c][c] / (double) actual;
  }

  /** The harmonic mean of precision and recall; 0 when both are 0. */
  public double f1(int c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The number of cases of class {@code c}. */
  public int support(int c) {
    int s = 0;
    for (int v : counts[c]) {
      s += v;
    }
    return s;
  }

  /** The mean F1 over the classes. */
  public double macroF1() {
    double s = 0;
    for (int c = 0; c < classes.size(); c++) {
      s += f1(c);
    }
    return s / classes.size();
  }

  /** The share of cases on the diagonal. */
  public double accuracy() {
    int diag = 0;
    for (int c = 0; c < classes.size(); c++) {
      diag += counts[c][c];
    }
    int t = total();
    return t == 0 ? 0 : diag / (double) t;
  }
}
