package io.invitecheck.corpus.eval;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.corpus.CorpusIdentity;
import io.invitecheck.corpus.CorpusIndex;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.CorpusReader;
import io.invitecheck.corpus.CorpusScorer;
import io.invitecheck.corpus.Label;
import io.invitecheck.corpus.LabeledCorpusScorer;
import io.invitecheck.corpus.train.TrainClassifier;
import io.invitecheck.corpus.train.Training;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Evaluates the analyzer on the held-out test split of a corpus, against two baselines, in one run.
 * The index, the classifier and its calibration are built from the TRAIN split only, by the same
 * recipe as the shipped model ({@link Training}); no test note is seen before it is scored.
 *
 * <p>Systems:
 *
 * <ol>
 *   <li><b>analyzer (rules + corpus)</b>: the full {@link InviteAnalyzer} with this corpus scorer;
 *   <li><b>naive Bayes (bag of words)</b>: {@link NaiveBayes} trained on the whole train split;
 *   <li><b>rules alone</b>: the {@link InviteAnalyzer} with a scorer that returns {@link
 *       CorpusEvidence#NONE}.
 * </ol>
 *
 * <p>The predicted label of an analyzer report: if the larger of the report's spam and
 * self-promotion scores is at least 0.5, that label (spam on a tie); otherwise, when the corpus was
 * consulted, personalized if its personalized probability is at least its generic probability, else
 * generic; without a corpus, personalized if the report's personalization score is at least 0.5,
 * else generic. Naive Bayes predicts its most probable label; its spam score is P(spam), its risk
 * score P(not personalized) and its risk level the expected level of its predicted label.
 *
 * <p>Expected risk levels: personalized → low, generic → medium, spam and self_promotion → high.
 */
public final class Evaluator {
  private static final List<String> LABELS = Arrays.stream(Label.values()).map(Label::id).toList();
  private static final List<String> LEVELS =
      Arrays.stream(RiskLevel.values()).map(RiskLevel::id).toList();

  private Evaluator() {}

  /**
   * Runs the evaluation: {@code Evaluator CORPUS_JSONL [OUT.md [OUT.json]]}. Prints the Markdown
   * report; the {@code invitecheck eval} command does the same.
   */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length < 1) {
      System.err.println("usage: Evaluator CORPUS_JSONL [OUT.md [OUT.json]]");
      System.exit(2);
    }
    EvalReport r = evaluate(Path.of(args[0]));
    String md = r.toMarkdown();
    System.out.print(md);
    if (args.length > 1) {
      java.nio.file.Files.writeString(Path.of(args[1]), md);
    }
    if (args.length > 2) {
      java.nio.file.Files.writeString(Path.of(args[2]), r.toJson());
    }
  }

  /**
   * Evaluates on the corpus file.
   *
   * @throws io.invitecheck.corpus.CorpusFormatException naming a bad corpus line
   * @throws IllegalArgumentException when the corpus has no test or no train notes
   */
  public static EvalReport evaluate(Path corpus) {
    List<CorpusNote> notes = CorpusReader.read(corpus);
    return evaluate(
        notes,
        CorpusIdentity.describe(
            corpus.getFileName().toString(), notes.size(), CorpusIdentity.sha256(corpus)));
  }

  /** Evaluates on notes already read; {@code corpusIdentity} names them in the report. */
  public static EvalReport evaluate(List<CorpusNote> notes, String corpusIdentity) {
    List<CorpusNote> train = notes.stream().filter(n -> !n.isTest()).toList();
    List<CorpusNote> test = notes.stream().filter(CorpusNote::isTest).toList();
    if (test.isEmpty() || train.isEmpty()) {
      throw new IllegalArgumentException(
          "the corpus needs notes in both splits; it has "
              + train.size()
              + " train and "
              + test.size()
              + " test notes");
    }
    int k = TrainClassifier.NEIGHBORS;
    Training.Result trained = Training.fit(train, k);
    List<EvalReport.SystemResult> systems = new ArrayList<>();
    LabeledCorpusScorer scorer =
        new LabeledCorpusScorer(
            CorpusIndex.inMemory(train, "train split of " + corpusIdentity), trained.model(), k);
    double[] corpusMs;
    List<EvalReport.WriterResult> writers;
    try (InviteAnalyzer full = InviteAnalyzer.builder().corpus(scorer).build()) {
      systems.add(runAnalyzer("analyzer (rules + corpus)", full, scorer, test));
      corpusMs = corpusStageMs(scorer, train, test, k);
      writers = crossWriter(train, test, scorer, k);
    }
    NaiveBayes nb = NaiveBayes.train(train);
    systems.add(runNaiveBayes(nb, test));
    try (InviteAnalyzer rules = InviteAnalyzer.builder().corpus(new NoCorpus()).build()) {
      systems.add(runAnalyzer("rules alone", rules, null, test));
    }
    List<Integer> perLabel = new ArrayList<>();
    for (Label l : Label.values()) {
      perLabel.add((int) test.stream().filter(n -> n.label() == l).count());
    }
    return new EvalReport(
        corpusIdentity,
        train.size(),
        test.size(),
        perLabel,
        trained.model().identity(),
        corpusMs[0],
        corpusMs[1],
        systems,
        writers);
  }

  /**
   * Mean wall-clock and CPU time of the corpus stage alone per test note, in milliseconds, on a
   * scorer warmed up on the training notes: each test note is scored for the first time (the scorer
   * remembers notes it has scored, which a repeated pass would measure instead). The CPU time of
   * the thread is the steadier figure on a shared machine.
   */
  private static double[] corpusStageMs(
      LabeledCorpusScorer trainedOn, List<CorpusNote> train, List<CorpusNote> test, int k) {
    // shares the index and model, not the memo; closing it would close the shared index
    LabeledCorpusScorer scorer = new LabeledCorpusScorer(trainedOn.index(), trainedOn.model(), k);
    for (CorpusNote n : train) {
      scorer.score(n.text(), n.recipient(), n.sender());
    }
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = mx.isCurrentThreadCpuTimeSupported();
    long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
    long t0 = System.nanoTime();
    for (CorpusNote n : test) {
      scorer.score(n.text(), n.recipient(), n.sender());
    }
    long wall = System.nanoTime() - t0;
    long used = cpu ? mx.getCurrentThreadCpuTime() - c0 : -1;
    return new double[] {wall / 1e6 / test.size(), cpu ? used / 1e6 / test.size() : Double.NaN};
  }

  /**
   * The writer check: for each writer with at least 20 test notes, the corpus stage alone (label =
   * highest calibrated probability) on that writer's test notes, once trained on the whole train
   * split and once trained on the other writers' train notes only. The gap shows how much the model
   * leans on a writer's style. Writers are the id prefixes before the first '-'; with one writer
   * there is nothing to compare and the list is empty.
   */
  static List<EvalReport.WriterResult> crossWriter(
      List<CorpusNote> train, List<CorpusNote> test, LabeledCorpusScorer all, int k) {
    java.util.SortedSet<String> names = new java.util.TreeSet<>();
    notesByWriter(train).keySet().forEach(names::add);
    List<EvalReport.WriterResult> out = new ArrayList<>();
    if (names.size() < 2) {
      return out;
    }
    java.util.Map<String, List<CorpusNote>> testBy = notesByWriter(test);
    for (String w : names) {
      List<CorpusNote> own = testBy.getOrDefault(w, List.of());
      List<CorpusNote> others = train.stream().filter(n -> !writerOf(n).equals(w)).toList();
      if (own.size() < 20 || others.isEmpty()) {
        continue;
      }
      Confusion withAll = new Confusion(LABELS);
      for (CorpusNote n : own) {
        withAll.add(n.label().ordinal(), argmax(all.score(n.text(), n.recipient(), n.sender())));
      }
      Confusion withOthers = new Confusion(LABELS);
      Training.Result r;
      try {
        r = Training.fit(others, k);
      } catch (IllegalArgumentException e) {
        continue; // another writer lacks a label: nothing to compare
      }
      try (LabeledCorpusScorer s =
          new LabeledCorpusScorer(CorpusIndex.inMemory(others, "others"), r.model(), k)) {
        for (CorpusNote n : own) {
          withOthers.add(n.label().ordinal(), argmax(s.score(n.text(), n.recipient(), n.sender())));
        }
      }
      out.add(new EvalReport.WriterResult(w, own.size(), others.size(), withAll, withOthers));
    }
    return out;
  }

  private static java.util.Map<String, List<CorpusNote>> notesByWriter(List<CorpusNote> notes) {
    java.util.Map<String, List<CorpusNote>> by = new java.util.TreeMap<>();
    for (CorpusNote n : notes) {
      by.computeIfAbsent(writerOf(n), x -> new ArrayList<>()).add(n);
    }
    return by;
  }

  private static String writerOf(CorpusNote n) {
    int dash = n.id().indexOf('-');
    return dash < 0 ? n.id() : n.id().substring(0, dash);
  }

  private static int argmax(CorpusEvidence e) {
    double[] p = new double[Label.values().length];
    p[Label.PERSONALIZED.ordinal()] = e.personalized();
    p[Label.GENERIC.ordinal()] = e.generic();
    p[Label.SPAM.ordinal()] = e.spam();
    p[Label.SELF_PROMOTION.ordinal()] = e.selfPromotion();
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  /** One prediction. */
  private record Outcome(
      CorpusNote note,
      Label predicted,
      double confidence,
      double spam,
      double selfPromotion,
      double risk,
      RiskLevel level) {}

  private static EvalReport.SystemResult runAnalyzer(
      String name, InviteAnalyzer analyzer, LabeledCorpusScorer scorer, List<CorpusNote> test) {
    for (int i = 0; i < Math.min(5, test.size()); i++) {
      analyzer.analyze(draft(test.get(i))); // warm up
    }
    List<Outcome> out = new ArrayList<>(test.size());
    long nanos = 0;
    for (CorpusNote n : test) {
      long t0 = System.nanoTime();
      Report r = analyzer.analyze(draft(n));
      nanos += System.nanoTime() - t0;
      CorpusEvidence e =
          scorer == null ? CorpusEvidence.NONE : scorer.score(n.text(), n.recipient(), n.sender());
      double spam = r.scores().spam();
      double self = r.scores().selfPromotion();
      Label predicted;
      double confidence;
      if (Math.max(spam, self) >= 0.5) {
        predicted = spam >= self ? Label.SPAM : Label.SELF_PROMOTION;
        confidence = Math.max(spam, self);
      } else if (e.generic() + e.personalized() > 0) {
        predicted = e.personalized() >= e.generic() ? Label.PERSONALIZED : Label.GENERIC;
        confidence = Math.max(e.personalized(), e.generic());
      } else {
        double pers = r.scores().personalization();
        predicted = pers >= 0.5 ? Label.PERSONALIZED : Label.GENERIC;
        confidence = Math.max(pers, 1 - pers);
      }
      out.add(
          new Outcome(n, predicted, confidence, spam, self, r.risk().score(), r.risk().level()));
    }
    return result(name, out, nanos / 1e6 / test.size());
  }

  private static EvalReport.SystemResult runNaiveBayes(NaiveBayes nb, List<CorpusNote> test) {
    List<Outcome> out = new ArrayList<>(test.size());
    long nanos = 0;
    for (CorpusNote n : test) {
      long t0 = System.nanoTime();
      double[] p = nb.probabilities(n.text());
      nanos += System.nanoTime() - t0;
      int best = 0;
      for (int l = 1; l < p.length; l++) {
        if (p[l] > p[best]) {
          best = l;
        }
      }
      Label predicted = Label.values()[best];
      out.add(
          new Outcome(
              n,
              predicted,
              p[best],
              p[Label.SPAM.ordinal()],
              p[Label.SELF_PROMOTION.ordinal()],
              1 - p[Label.PERSONALIZED.ordinal()],
              expectedLevel(predicted)));
    }
    return result("naive Bayes (bag of words)", out, nanos / 1e6 / test.size());
  }

  private static EvalReport.SystemResult result(String name, List<Outcome> out, double ms) {
    Confusion labels = new Confusion(LABELS);
    Confusion levels = new Confusion(LEVELS);
    int n = out.size();
    double[] spam = new double[n];
    double[] self = new double[n];
    double[] risk = new double[n];
    boolean[] isSpam = new boolean[n];
    boolean[] isSelf = new boolean[n];
    boolean[] notPersonalized = new boolean[n];
    List<Outcome> wrong = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Outcome o = out.get(i);
      Label truth = o.note().label();
      labels.add(truth.ordinal(), o.predicted().ordinal());
      levels.add(expectedLevel(truth).ordinal(), o.level().ordinal());
      spam[i] = o.spam();
      self[i] = o.selfPromotion();
      risk[i] = o.risk();
      isSpam[i] = truth == Label.SPAM;
      isSelf[i] = truth == Label.SELF_PROMOTION;
      notPersonalized[i] = truth != Label.PERSONALIZED;
      if (o.predicted() != truth) {
        wrong.add(o);
      }
    }
    wrong.sort(
        Comparator.comparingDouble(Outcome::confidence)
            .reversed()
            .thenComparing(o -> o.note().id()));
    List<EvalReport.ErrorCase> worst =
        wrong.stream()
            .limit(10)
            .map(
                o ->
                    new EvalReport.ErrorCase(
                        o.note().id(),
                        o.note().label().id(),
                        o.predicted().id(),
                        o.level().id(),
                        o.confidence(),
                        o.note().text()))
            .toList();
    return new EvalReport.SystemResult(
        name,
        labels,
        levels,
        Metrics.rocAuc(spam, isSpam),
        Metrics.rocAuc(self, isSelf),
        Metrics.brier(spam, isSpam),
        Metrics.reliability(spam, isSpam, 10),
        Metrics.brier(risk, notPersonalized),
        Metrics.reliability(risk, notPersonalized, 10),
        worst,
        ms);
  }

  /** The risk level a note of this label should get. */
  public static RiskLevel expectedLevel(Label label) {
    return switch (label) {
      case PERSONALIZED -> RiskLevel.LOW;
      case GENERIC -> RiskLevel.MEDIUM;
      case SPAM, SELF_PROMOTION -> RiskLevel.HIGH;
    };
  }

  private static Draft draft(CorpusNote n) {
    return Draft.builder(n.text()).id(n.id()).recipient(n.recipient()).sender(n.sender()).build();
  }

  /** The rules-alone baseline's scorer: consults no corpus. */
  private static final class NoCorpus implements CorpusScorer {
    @Override
    public CorpusEvidence score(AnalyzedNote note, Draft draft) {
      return CorpusEvidence.NONE;
    }

    @Override
    public String corpusIdentity() {
      return "none";
    }

    @Override
    public String classifierIdentity() {
      return "none";
    }

    @Override
    public void close() {}
  }
}
