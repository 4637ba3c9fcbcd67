package io.invitecheck.nlp;

import io.invitecheck.memo.Memo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The part-of-speech model's best outcome for a token, computed without building its feature
 * strings: the same answer as {@code model.getBestOutcome(model.eval(contexts.getContext(...)))},
 * in a fraction of the time.
 *
 * <p>OpenNLP builds some 25 strings for every token ({@code suf=ing}, {@code p1w=the}, {@code
 * t2=DET,ADJ}...), hashes each into the model's map of 33,518 predicates, and sums the weights.
 * Most of those features belong to one word wherever it stands (its suffixes, prefixes, lower-cased
 * form, class, and the {@code p1w=}/{@code p2w=}/{@code n1w=}/{@code n2w=} forms its neighbours
 * see), so this class resolves them once per word ({@link Word}, memoized) and the tag features
 * once per tag pair, and per token only adds the weights.
 *
 * <p>Identical results, not close ones: the weights are added in exactly OpenNLP's order (feature
 * by feature in the order its generator lists them, outcome by outcome within a feature), starting
 * from the same uniform log prior, so each outcome's sum is the same double as in {@code GISModel}.
 * The best outcome is the first largest sum; when another sum lies within {@link
 * GisArgmax#TIE_MARGIN} of it, where exponentiation and normalisation could round two outcomes to
 * the same probability, it is chosen from the probabilities computed exactly as OpenNLP does.
 * {@link #of(POSModel)} checks on a probe sentence that the features it computes are the model's;
 * for a model whose features differ it gives nothing and the caller keeps OpenNLP's path.
 *
 * <p>Thread-safe: the resolved features are immutable and the word memo is shared.
 */
final class TagScorer {
  /**
   * Words kept resolved, about 500 bytes each (mostly the 38 partial sums): 20,000 is some 10 MB, a
   * little less than the memo of 50,000 tagged windows this replaced.
   */
  static final int WORD_MEMO_CAPACITY = 20_000;

  private static final int AFFIX_LENGTH = 4;
  private static final String BEGIN = "S=begin";

  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final double logPrior;
  private final Context always;
  private final Context[] begin;
  private final Context[] previousTag;
  private final Context[][] previousTags;

  /**
   * The tag features' weights as dense rows, one double per outcome, 0.0 where the model has none
   * (this shared row when it lacks the feature): the last two features of every token, added and
   * the best outcome found in one pass ({@link #addTagsAndPick}). Adding 0.0 leaves every sum the
   * same double: {@code x + 0.0 == x} bit for bit except for {@code x == -0.0}, and no sum is ever
   * -0.0 (each starts at the nonzero log prior, and a sum of two doubles is -0.0 only when both
   * are). Some 110 KB.
   */
  private final double[] noTag;

  private final double[][] previousTagRow;
  private final double[][][] previousTagsRow;
  private final Memo<String, Word> words = new Memo<>(WORD_MEMO_CAPACITY);

  /**
   * A word's features resolved to the model's weights. {@code start} is each outcome's sum of the
   * features that come first in the model's order and belong to the word alone: the log prior, then
   * {@code def}, the word's suffixes, prefixes and lower-cased form, added in that order (so the
   * same doubles as OpenNLP's running sum at that point).
   *
   * <p>The word's other features are copied out of the model's {@link Context}s into one pair of
   * parallel arrays, {@code ids} (outcome ids) and {@code weights}, in {@link #SEGMENTS} runs: how
   * it is seen from one and two tokens after ({@code p1w=}, {@code p2w=}) and before ({@code n1w=},
   * {@code n2w=}), then its class and word-and-class features; run {@code k} is {@code [bounds[k],
   * bounds[k + 1])}, each feature's outcomes in the model's order (an unknown feature adds
   * nothing). Why copy: a sentence reads each of these runs once, from a neighbouring token, and
   * the model keeps every feature in three objects of its own (the context, its outcome ids, its
   * weights) spread over the heap, so a token read some fifteen cold objects; the copies lie
   * together with {@code start} and are read while the word's neighbours are read. About 450 bytes
   * a word more.
   */
  record Word(double[] start, int[] ids, double[] weights, int[] bounds) {}

  /** The runs of a {@link Word}'s copied features, in this order. */
  static final int SEEN_AFTER_1 = 0;

  static final int SEEN_AFTER_2 = 1;
  static final int SEEN_BEFORE_1 = 2;
  static final int SEEN_BEFORE_2 = 3;
  static final int CLASS = 4;
  static final int SEGMENTS = 5;

  private TagScorer(Map<String, Context> predicates, String[] outcomes) {
    this.predicates = predicates;
    this.outcomes = outcomes;
    this.logPrior = GisArgmax.logPrior(outcomes);
    this.always = predicates.get("def");
    this.begin =
        new Context[] {
          predicates.get(BEGIN), predicates.get("p1" + BEGIN), predicates.get("p2" + BEGIN)
        };
    this.previousTag = new Context[outcomes.length];
    this.previousTags = new Context[outcomes.length][outcomes.length];
    for (int t1 = 0; t1 < outcomes.length; t1++) {
      previousTag[t1] = predicates.get("t=" + outcomes[t1]);
      for (int t2 = 0; t2 < outcomes.length; t2++) {
        previousTags[t2][t1] = predicates.get("t2=" + outcomes[t2] + "," + outcomes[t1]);
      }
    }
    this.noTag = new double[outcomes.length];
    this.previousTagRow = new double[outcomes.length][];
    this.previousTagsRow = new double[outcomes.length][outcomes.length][];
    for (int t1 = 0; t1 < outcomes.length; t1++) {
      previousTagRow[t1] = row(previousTag[t1]);
      for (int t2 = 0; t2 < outcomes.length; t2++) {
        previousTagsRow[t2][t1] = row(previousTags[t2][t1]);
      }
    }
  }

  /** A context's weights as a dense row, or null when it names an outcome twice. */
  private double[] row(Context c) {
    if (c == null) {
      return noTag;
    }
    double[] row = new double[outcomes.length];
    boolean[] seen = new boolean[outcomes.length];
    int[] ids = c.getOutcomes();
    for (int j = 0; j < ids.length; j++) {
      if (seen[ids[j]]) {
        return null;
      }
      seen[ids[j]] = true;
      row[ids[j]] = c.getParameters()[j];
    }
    return row;
  }

  /** Whether every tag feature has its dense row (no outcome listed twice in the model). */
  private boolean rowsComplete() {
    for (int t1 = 0; t1 < outcomes.length; t1++) {
      if (previousTagRow[t1] == null) {
        return false;
      }
      for (int t2 = 0; t2 < outcomes.length; t2++) {
        if (previousTagsRow[t2][t1] == null) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A scorer for {@code pos}, or empty when its model is not a GIS model or its feature generator
   * gives other features than this class computes (checked on a probe sentence).
   */
  static Optional<TagScorer> of(POSModel pos) {
    MaxentModel model = pos.getArtifact("pos.model");
    Optional<GisArgmax> gis = GisArgmax.of(model);
    if (gis.isEmpty()) {
      return Optional.empty();
    }
    TagScorer scorer = new TagScorer(gis.get().predicates(), gis.get().outcomes());
    return scorer.rowsComplete() && scorer.agrees(pos, model)
        ? Optional.of(scorer)
        : Optional.empty();
  }

  /** Words of varied shapes, their classes and affixes: the probe for {@link #agrees}. */
  static final String[] PROBE = {
    "Hi",
    "Dr.",
    "O'Neil-Smith",
    ",",
    "I",
    "loved",
    "your",
    "2024",
    "talk",
    "at",
    "ACME",
    "in",
    "São",
    "Paulo",
    "(",
    "3.5",
    "x",
    "ROI",
    ")",
    "-",
    "e.g.",
    "B2B",
    "SaaS",
    "10/12",
    "1,000",
    "12",
    "ŞEN",
    "!",
    "?"
  };

  /** Whether this class's features equal the model's generator's on {@link #PROBE}. */
  private boolean agrees(POSModel pos, MaxentModel model) {
    POSContextGenerator contexts = pos.getFactory().getPOSContextGenerator();
    String[] tags = new String[PROBE.length];
    for (int i = 0; i < PROBE.length; i++) {
      String[] theirs = contexts.getContext(i, PROBE.clone(), tags, null);
      if (!Arrays.equals(theirs, features(PROBE, i, tags))) {
        return false;
      }
      tags[i] = model.getBestOutcome(model.eval(theirs));
    }
    return true;
  }

  /** The number of outcomes (tags). */
  int outcomeCount() {
    return outcomes.length;
  }

  /** The tag of outcome {@code id}. */
  String outcome(int id) {
    return outcomes[id];
  }

  /** The words of a sentence, resolved (from the memo when seen before). */
  Word[] resolve(String[] sentence) {
    Word[] out = new Word[sentence.length];
    for (int i = 0; i < sentence.length; i++) {
      out[i] = words.get(sentence[i], this::resolve);
    }
    return out;
  }

  /** One word resolved, without the memo (for a caller that keeps its own). */
  Word resolve(String word) {
    String lower = StringUtil.toLowerCase(word);
    String cls = FeatureGeneratorUtil.tokenFeature(word);
    List<String> own = new ArrayList<>(2 * AFFIX_LENGTH + 1);
    addOwn(own, word, lower);
    double[] start = new double[outcomes.length];
    Arrays.fill(start, logPrior);
    add(start, always);
    add(start, contexts(own));
    Context[][] runs = {
      {predicates.get("p1w=" + lower)},
      {predicates.get("p2w=" + lower)},
      {predicates.get("n1w=" + lower)},
      {predicates.get("n2w=" + lower)},
      contexts(List.of("wc=" + cls, "w&c=" + lower + "," + cls))
    };
    int[] bounds = new int[SEGMENTS + 1];
    for (int k = 0; k < SEGMENTS; k++) {
      bounds[k + 1] = bounds[k];
      for (Context c : runs[k]) {
        bounds[k + 1] += c == null ? 0 : c.getOutcomes().length;
      }
    }
    int[] ids = new int[bounds[SEGMENTS]];
    double[] weights = new double[bounds[SEGMENTS]];
    for (int k = 0; k < SEGMENTS; k++) {
      int at = bounds[k];
      for (Context c : runs[k]) {
        if (c != null) {
          int n = c.getOutcomes().length;
          System.arraycopy(c.getOutcomes(), 0, ids, at, n);
          System.arraycopy(c.getParameters(), 0, weights, at, n);
          at += n;
        }
      }
    }
    return new Word(start, ids, weights, bounds);
  }

  private Context[] contexts(List<String> features) {
    List<Context> known = new ArrayList<>(features.size());
    for (String f : features) {
      Context c = predicates.get(f);
      if (c != null) {
        known.add(c);
      }
    }
    return known.toArray(new Context[0]);
  }

  /** Suffixes, prefixes and the lower-cased word, as the model's generators list them. */
  private static void addOwn(List<String> features, String word, String lower) {
    int affixes = Math.min(AFFIX_LENGTH, word.length());
    for (int i = 0; i < affixes; i++) {
      features.add("suf=" + word.substring(Math.max(word.length() - i - 1, 0)));
    }
    for (int i = 0; i < affixes; i++) {
      features.add("pre=" + word.substring(0, Math.min(i + 1, word.length())));
    }
    features.add("w=" + lower);
  }

  /**
   * The feature strings OpenNLP's generator gives token {@code i} (for {@link #agrees} and tests):
   * the outcome prior, the word's own features, the words two either side, sentence-begin marks,
   * the word's class, the previous tags.
   */
  static String[] features(String[] sentence, int i, String[] tags) {
    List<String> f = new ArrayList<>();
    f.add("def");
    String word = sentence[i];
    String lower = StringUtil.toLowerCase(word);
    addOwn(f, word, lower);
    for (int d = 1; d <= 2; d++) {
      if (i - d >= 0) {
        f.add("p" + d + "w=" + StringUtil.toLowerCase(sentence[i - d]));
      }
    }
    for (int d = 1; d <= 2; d++) {
      if (i + d < sentence.length) {
        f.add("n" + d + "w=" + StringUtil.toLowerCase(sentence[i + d]));
      }
    }
    if (i == 0) {
      f.add(BEGIN);
    } else if (i <= 2) {
      f.add("p" + i + BEGIN);
    }
    String cls = FeatureGeneratorUtil.tokenFeature(word);
    f.add("wc=" + cls);
    f.add("w&c=" + lower + "," + cls);
    if (i >= 1 && tags[i - 1] != null) {
      f.add("t=" + tags[i - 1]);
    }
    if (i >= 2 && tags[i - 2] != null) {
      f.add("t2=" + tags[i - 2] + "," + tags[i - 1]);
    }
    return f.toArray(new String[0]);
  }

  /**
   * The best outcome for token {@code i} of a resolved sentence given the outcome ids of the tokens
   * before it; {@code sums} is scratch space of {@link #outcomeCount()} doubles.
   */
  int best(Word[] sentence, int i, int[] tagIds, double[] sums) {
    sumBeforeTags(sentence, i, sums);
    double[] t1 = i >= 1 ? previousTagRow[tagIds[i - 1]] : noTag;
    double[] t2 = i >= 2 ? previousTagsRow[tagIds[i - 2]][tagIds[i - 1]] : noTag;
    return addTagsAndPick(sums, t1, t2);
  }

  /**
   * Each outcome's sum of weights for token {@code i} into {@code sums}: the same doubles as {@code
   * GISModel} sums before exponentiating (and as {@link #best} leaves there unless it had to
   * compute OpenNLP's probabilities).
   */
  void sum(Word[] sentence, int i, int[] tagIds, double[] sums) {
    sumBeforeTags(sentence, i, sums);
    if (i >= 1) {
      add(sums, previousTag[tagIds[i - 1]]);
      if (i >= 2) {
        add(sums, previousTags[tagIds[i - 2]][tagIds[i - 1]]);
      }
    }
  }

  /** The sums of every feature but the previous tags', which come last in the model's order. */
  private void sumBeforeTags(Word[] sentence, int i, double[] sums) {
    Word w = sentence[i];
    System.arraycopy(w.start(), 0, sums, 0, sums.length);
    if (i >= 1) {
      add(sums, sentence[i - 1], SEEN_AFTER_1);
      if (i >= 2) {
        add(sums, sentence[i - 2], SEEN_AFTER_2);
      }
    }
    if (i + 1 < sentence.length) {
      add(sums, sentence[i + 1], SEEN_BEFORE_1);
      if (i + 2 < sentence.length) {
        add(sums, sentence[i + 2], SEEN_BEFORE_2);
      }
    }
    if (i <= 2) {
      add(sums, begin[i]);
    }
    add(sums, w, CLASS);
  }

  /**
   * Adds the previous tag's row and then the two previous tags' row to {@code sums} (OpenNLP's
   * order) and picks the best outcome as {@link GisArgmax#argmax} does, in one pass instead of two
   * sparse additions and a pass to compare.
   */
  private static int addTagsAndPick(double[] sums, double[] t1, double[] t2) {
    double top = sums[0] + t1[0] + t2[0];
    sums[0] = top;
    int best = 0;
    double second = Double.NEGATIVE_INFINITY;
    boolean nan = Double.isNaN(top);
    for (int k = 1; k < sums.length; k++) {
      double v = sums[k] + t1[k] + t2[k];
      sums[k] = v;
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
    return GisArgmax.pick(sums, best, top, second, nan);
  }

  /** Adds run {@code k} of a word's copied features, as {@link GisArgmax#add} adds each. */
  private static void add(double[] sums, Word w, int k) {
    int[] ids = w.ids();
    double[] weights = w.weights();
    int end = w.bounds()[k + 1];
    for (int j = w.bounds()[k]; j < end; j++) {
      sums[ids[j]] += weights[j];
    }
  }

  private static void add(double[] sums, Context[] features) {
    for (Context c : features) {
      add(sums, c);
    }
  }

  private static void add(double[] sums, Context c) {
    GisArgmax.add(sums, c);
  }
}
