package io.invitecheck.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A document categorizer's probabilities, {@code new
 * DocumentCategorizerME(model).categorize(tokens)} bit for bit, without building a feature string
 * per token or looking each up in the model's map of predicates.
 *
 * <p>OpenNLP's bag-of-words generator turns each token into {@code "bow=" + token}, and {@code
 * QNModel.eval} looks each string up in a {@code LinkedHashMap} of the model's predicates (some
 * 28,000 for the note classifier) and adds the predicate's weights to the outcome sums. Under the
 * client compiler those lookups were most of the classifier's time: a fresh string to hash, then a
 * map node, its key, the key's bytes, the predicate's context and its two arrays, each a likely
 * cache miss. This class keeps the predicates in one open-addressing table of {@code long}s (hash
 * and entry offset), their names in one {@code char} array and their weights in one {@code double}
 * array, looked up by the token itself (the {@code "bow="} prefix is taken off the keys once). A
 * phrase token may also be looked up with its space read as the underscore the classifier's
 * features join word pairs with ({@link #probabilities(List, List, List)}), so the joined string
 * need not be built.
 *
 * <p>Identical results, not close ones: like {@code QNModel.eval} the sums start at zero, each
 * known token adds its predicate's weights in token order (one addition per outcome per token, so
 * the order within a token does not matter), then the sums are normalised with {@link
 * ArrayMath#logSumOfExps} and {@link StrictMath#exp} in outcome order. An outcome a predicate has
 * no weight for is given the weight 0.0, which leaves a sum unchanged: sums start at +0.0 and
 * round-to-nearest addition never makes -0.0 from it.
 *
 * <p>{@link #of(DoccatModel)} applies only to what it replicates: a {@link QNModel} whose only
 * feature generator is OpenNLP's plain {@link BagOfWordsFeatureGenerator}, and it checks a few
 * probe documents against OpenNLP before it says yes; for any other model it gives nothing and the
 * caller keeps {@link DocumentCategorizerME}.
 *
 * <p>Immutable and thread-safe.
 */
final class DoccatScorer {
  /** What {@link BagOfWordsFeatureGenerator} puts before every token. */
  static final String PREFIX = "bow=";

  private static final int PHI = 0x9E3779B9;
  private static final int HEADER = 3; // an entry: length, predicate id (two chars), the name

  private final int outcomes;
  private final long[] slots; // (hash << 32) | entry offset + 1; 0 is an empty slot
  private final int shift;
  private final int mask;
  private final char[] names; // per entry: length, id >>> 16, id & 0xFFFF, the name's chars
  private final double[] weights; // predicate id * outcomes + outcome
  private final WordPairs pairs; // the predicates of word pairs, by the ids of their two words

  private DoccatScorer(List<String> keys, List<Context> contexts, int outcomes) {
    this.outcomes = outcomes;
    int n = keys.size();
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1; // at most half full
    slots = new long[capacity];
    mask = capacity - 1;
    shift = 32 - Integer.numberOfTrailingZeros(capacity);
    int chars = 0;
    for (String k : keys) {
      chars += HEADER + k.length();
    }
    names = new char[chars];
    weights = new double[n * outcomes];
    int offset = 0;
    for (int id = 0; id < n; id++) {
      String key = keys.get(id);
      names[offset] = (char) key.length();
      names[offset + 1] = (char) (id >>> 16);
      names[offset + 2] = (char) id;
      key.getChars(0, key.length(), names, offset + HEADER);
      int h = key.hashCode();
      int i = (h * PHI) >>> shift;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = ((long) h << 32) | (offset + 1);
      offset += HEADER + key.length();
      Context c = contexts.get(id);
      int[] ids = c.getOutcomes();
      double[] params = c.getParameters();
      for (int j = 0; j < ids.length; j++) {
        weights[id * outcomes + ids[j]] = params[j];
      }
    }
    // the predicates' ids are their indices: no map of them needed
    pairs = WordPairs.of(keys.toArray(String[]::new), 0, n, 0, '_');
  }

  /**
   * For a model this class replicates exactly (see the class comment), checked on probe documents
   * against {@link DocumentCategorizerME}; empty for any other.
   */
  static Optional<DoccatScorer> of(DoccatModel model) {
    MaxentModel maxent = model.getMaxentModel();
    FeatureGenerator[] generators = model.getFactory().getFeatureGenerators();
    if (maxent == null
        || maxent.getClass() != QNModel.class
        || generators == null
        || generators.length != 1
        || generators[0].getClass() != BagOfWordsFeatureGenerator.class
        || !plainBagOfWords(generators[0])) {
      return Optional.empty();
    }
    Object[] data = ((QNModel) maxent).getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    int outcomes = maxent.getNumOutcomes();
    List<String> keys = new ArrayList<>(predicates.size());
    List<Context> contexts = new ArrayList<>(predicates.size());
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(PREFIX)) {
        continue; // no token makes this feature: the generator prefixes every one
      }
      if (key.length() - PREFIX.length() > Character.MAX_VALUE || !distinct(e.getValue())) {
        return Optional.empty();
      }
      keys.add(key.substring(PREFIX.length()));
      contexts.add(e.getValue());
    }
    DoccatScorer scorer = new DoccatScorer(keys, contexts, outcomes);
    return scorer.agrees(new DocumentCategorizerME(model), keys)
        ? Optional.of(scorer)
        : Optional.empty();
  }

  /** Whether the generator makes {@code "bow=" + token} of every token, letters or not. */
  private static boolean plainBagOfWords(FeatureGenerator generator) {
    String[] probe = {"#len2", "add_you", "Über", "2024", "?"};
    Collection<String> features = generator.extractFeatures(probe, Map.of());
    List<String> expected = new ArrayList<>();
    for (String t : probe) {
      expected.add(PREFIX + t);
    }
    return expected.equals(new ArrayList<>(features));
  }

  /** Whether each of the context's outcomes appears once (so one addition per outcome). */
  private static boolean distinct(Context c) {
    int[] ids = c.getOutcomes();
    int[] sorted = ids.clone();
    Arrays.sort(sorted);
    for (int j = 1; j < sorted.length; j++) {
      if (sorted[j] == sorted[j - 1]) {
        return false;
      }
    }
    return ids.length == c.getParameters().length;
  }

  /** Whether this scorer gives OpenNLP's probabilities on a few documents made of the keys. */
  private boolean agrees(DocumentCategorizerME categorizer, List<String> keys) {
    List<String[]> probes = new ArrayList<>();
    probes.add(new String[] {"no-such-token-in-any-model"});
    for (int start = 0; start < Math.min(keys.size(), 60); start += 20) {
      List<String> doc = new ArrayList<>(keys.subList(start, Math.min(keys.size(), start + 20)));
      doc.add("no-such-token-in-any-model");
      doc.addAll(doc.subList(0, Math.min(3, doc.size())));
      probes.add(doc.toArray(new String[0]));
    }
    for (String[] p : probes) {
      if (!Arrays.equals(categorizer.categorize(p), probabilities(p))) {
        return false;
      }
    }
    return true;
  }

  /** The number of outcomes, the length of the arrays this class returns. */
  int outcomeCount() {
    return outcomes;
  }

  /**
   * The probability of each outcome, in the model's outcome order: {@code
   * categorizer.categorize(tokens)}.
   */
  double[] probabilities(String[] tokens) {
    double[] sums = new double[outcomes];
    for (String t : tokens) {
      add(sums, find(t == null ? "null" : t, false));
    }
    return normalise(sums);
  }

  /**
   * The probabilities of the document made of {@code words}, then {@code pairs} with each space
   * read as an underscore ({@code "add you"} is the token {@code "add_you"}), then {@code rest}:
   * the same doubles as {@link #probabilities(String[])} on those tokens.
   */
  double[] probabilities(List<String> words, List<String> pairs, List<String> rest) {
    double[] sums = new double[outcomes];
    for (int i = 0, n = words.size(); i < n; i++) {
      add(sums, find(words.get(i), false));
    }
    for (int i = 0, n = pairs.size(); i < n; i++) {
      add(sums, find(pairs.get(i), true));
    }
    for (int i = 0, n = rest.size(); i < n; i++) {
      add(sums, find(rest.get(i), false));
    }
    return normalise(sums);
  }

  /**
   * {@link #probabilities(List, List, List)} of {@code terms.stems()}, {@code terms.phrases()} and
   * {@code rest} when the terms came with two or more words ({@link NoteTerms.Both#words}), from
   * the ids each word keeps for this scorer ({@link NoteTerms.Word#inClassifier}: its stem's
   * predicate and its word id among the halves of word-pair predicates, looked up once per word)
   * and the word pairs' predicates by {@link WordPairs}; null otherwise, or when a word has a
   * space. The same predicates added in the same order, so the same doubles: a stem's predicate is
   * what {@link #find} gives its string, and a pair's what {@code find(first + " " + second, true)}
   * gives, the predicate {@code first + "_" + second} (see {@link WordPairs}).
   */
  double[] probabilities(NoteTerms.Both terms, List<String> rest) {
    List<NoteTerms.Word> words = terms.words();
    if (words == null || words.size() < 2) {
      return null;
    }
    int n = words.size();
    int[] wordIds = new int[n];
    double[] sums = new double[outcomes];
    for (int i = 0; i < n; i++) {
      NoteTerms.Word w = words.get(i);
      if (!w.plain) {
        return null;
      }
      NoteTerms.Ids ids = w.inClassifier;
      if (ids == null || ids.owner() != this) {
        ids =
            new NoteTerms.Ids(
                this, w.stem == null ? -1 : find(w.stem, false), pairs.word(w.lowered));
        w.inClassifier = ids;
      }
      if (w.stem != null) {
        add(sums, ids.term());
      }
      wordIds[i] = ids.word();
    }
    for (int i = 0; i + 1 < n; i++) {
      add(sums, pairs.id(wordIds[i], wordIds[i + 1]));
    }
    for (int i = 0, r = rest.size(); i < r; i++) {
      add(sums, find(rest.get(i), false));
    }
    return normalise(sums);
  }

  private void add(double[] sums, int id) {
    if (id >= 0) {
      int base = id * outcomes;
      for (int o = 0; o < sums.length; o++) {
        sums[o] += weights[base + o];
      }
    }
  }

  /** As the end of {@code QNModel.eval}: each sum minus their log-sum-exp, exponentiated. */
  private static double[] normalise(double[] sums) {
    double logSum = ArrayMath.logSumOfExps(sums);
    for (int o = 0; o < sums.length; o++) {
      sums[o] = StrictMath.exp(sums[o] - logSum);
    }
    return sums;
  }

  /**
   * The predicate id of {@code "bow=" + token} (with each space as {@code '_'} when {@code
   * spaceAsUnderscore}), or -1 when the model has no such predicate.
   */
  int find(String token, boolean spaceAsUnderscore) {
    int length = token.length();
    int h;
    if (spaceAsUnderscore) {
      h = 0;
      for (int i = 0; i < length; i++) {
        char c = token.charAt(i);
        h = 31 * h + (c == ' ' ? '_' : c);
      }
    } else {
      h = token.hashCode();
    }
    long tag = (long) h << 32;
    for (int i = (h * PHI) >>> shift; ; i = (i + 1) & mask) {
      long slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if ((slot & 0xFFFF_FFFF_0000_0000L) == tag) {
        int at = (int) slot - 1;
        if (names[at] == length && same(token, at + HEADER, length, spaceAsUnderscore)) {
          return (names[at + 1] << 16) | names[at + 2];
        }
      }
    }
  }

  private boolean same(String token, int at, int length, boolean spaceAsUnderscore) {
    char[] chars = names;
    if (spaceAsUnderscore) {
      for (int i = 0; i < length; i++) {
        char c = token.charAt(i);
        if (chars[at + i] != (c == ' ' ? '_' : c)) {
          return false;
        }
      }
    } else {
      for (int i = 0; i < length; i++) {
        if (chars[at + i] != token.charAt(i)) {
          return false;
        }
      }
    }
    return true;
  }
}
