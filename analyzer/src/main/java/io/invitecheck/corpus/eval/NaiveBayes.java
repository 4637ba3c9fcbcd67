package io.invitecheck.corpus.eval;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.Label;
import io.invitecheck.corpus.NoteTerms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: a multinomial naive Bayes over the lower-case words of the raw note (Lucene's
 * standard tokenizer, no masking, no stemming, no stop words), Laplace smoothing (α = 1), class
 * priors from the training notes. Immutable and thread-safe once trained.
 */
public final class NaiveBayes {
  private final double[] logPrior;
  private final List<Map<String, Double>> logLikelihood;
  private final double[] logUnseen;

  private NaiveBayes(
      double[] logPrior, List<Map<String, Double>> logLikelihood, double[] logUnseen) {
    this.logPrior = logPrior;
    this.logLikelihood = logLikelihood;
    this.logUnseen = logUnseen;
  }

  /** Trains on the notes. */
  public static NaiveBayes train(List<CorpusNote> notes) {
    int labels = Label.values().length;
    int[] docs = new int[labels];
    List<Map<String, Integer>> counts = new java.util.ArrayList<>();
    for (int l = 0; l < labels; l++) {
      counts.add(new HashMap<>());
    }
    Map<String, Boolean> vocabulary = new HashMap<>();
    long[] totals = new long[labels];
    for (CorpusNote n : notes) {
      int l = n.label().ordinal();
      docs[l]++;
      for (String w : NoteTerms.words(n.text())) {
        counts.get(l).merge(w, 1, Integer::sum);
        vocabulary.put(w, Boolean.TRUE);
        totals[l]++;
      }
    }
    int v = vocabulary.size();
    double[] prior = new double[labels];
    double[] unseen = new double[labels];
    List<Map<String, Double>> ll = new java.util.ArrayList<>();
    for (int l = 0; l < labels; l++) {
      prior[l] = Math.log((docs[l] + 1.0) / (notes.size() + labels));
      double denominator = totals[l] + v + 1.0;
      unseen[l] = Math.log(1.0 / denominator);
      Map<String, Double> m = new HashMap<>();
      for (Map.Entry<String, Integer> e : counts.get(l).entrySet()) {
        m.put(e.getKey(), Math.log((e.getValue() + 1.0) / denominator));
      }
      ll.add(m);
    }
    return new NaiveBayes(prior, ll, unseen);
  }

  /** The posterior probability of each label, indexed by {@link Label#ordinal()}. */
  public double[] probabilities(String text) {
    List<String> words = NoteTerms.words(text);
    int labels = logPrior.length;
    double[] log = new double[labels];
    double max = Double.NEGATIVE_INFINITY;
    for (int l = 0; l < labels; l++) {
      double s = logPrior[l];
      for (String w : words) {
        s += logLikelihood.get(l).getOrDefault(w, logUnseen[l]);
      }
      log[l] = s;
      max = Math.max(max, s);
    }
    double sum = 0;
    double[] p = new double[labels];
    for (int l = 0; l < labels; l++) {
      p[l] = Math.exp(log[l] - max);
      sum += p[l];
    }
    for (int l = 0; l < labels; l++) {
      p[l] /= sum;
    }
    return p;
  }
}
