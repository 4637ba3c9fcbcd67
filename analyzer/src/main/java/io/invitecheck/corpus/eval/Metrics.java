package io.invitecheck.corpus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The evaluation's arithmetic: ROC AUC, Brier score and reliability tables. Stateless. */
public final class Metrics {
  private Metrics() {}

  /**
   * The area under the ROC curve: the probability that a random positive scores above a random
   * negative, ties counting half. {@code NaN} when there is no positive or no negative.
   */
  public static double rocAuc(double[] scores, boolean[] positive) {
    int n = scores.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    // mid-ranks, so that ties count half
    double[] rank = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
        j++;
      }
      double mid = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        rank[order[t]] = mid;
      }
      i = j + 1;
    }
    long pos = 0;
    double rankSum = 0;
    for (int t = 0; t < n; t++) {
      if (positive[t]) {
        pos++;
        rankSum += rank[t];
      }
    }
    long neg = n - pos;
    if (pos == 0 || neg == 0) {
      return Double.NaN;
    }
    return (rankSum - pos * (pos + 1) / 2.0) / (pos * (double) neg);
  }

  /** The mean squared difference between the probability and the outcome (0 or 1). */
  public static double brier(double[] p, boolean[] outcome) {
    double s = 0;
    for (int i = 0; i < p.length; i++) {
      double d = p[i] - (outcome[i] ? 1 : 0);
      s += d * d;
    }
    return p.length == 0 ? Double.NaN : s / p.length;
  }

  /** One bin of a reliability table. */
  public record Bin(double from, double to, int count, double meanPredicted, double observed) {}

  /**
   * A reliability table: the predictions cut into {@code bins} equal-width bins over [0, 1] (the
   * last one closed), with the mean prediction and the observed rate in each.
   */
  public static List<Bin> reliability(double[] p, boolean[] outcome, int bins) {
    int[] count = new int[bins];
    double[] sumP = new double[bins];
    int[] hits = new int[bins];
    for (int i = 0; i < p.length; i++) {
      int b = Math.min(bins - 1, Math.max(0, (int) Math.floor(p[i] * bins)));
      count[b]++;
      sumP[b] += p[i];
      hits[b] += outcome[i] ? 1 : 0;
    }
    List<Bin> out = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      out.add(
          new Bin(
              b / (double) bins,
              (b + 1) / (double) bins,
              count[b],
              count[b] == 0 ? Double.NaN : sumP[b] / count[b],
              count[b] == 0 ? Double.NaN : hits[b] / (double) count[b]));
    }
    return out;
  }
}
