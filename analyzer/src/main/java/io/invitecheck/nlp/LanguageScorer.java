package io.invitecheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language detector's answer, {@code LanguageDetectorME.predictLanguage(text)}, with the same
 * language and the same confidence (bit for bit), computed without its n-gram maps.
 *
 * <p>OpenNLP normalizes the text (emoji, URLs, Twitter handles, numbers, repeated characters),
 * lower-cases it, puts every distinct character 1-, 2- and 3-gram into a {@code HashMap} keyed by
 * {@code CharBuffer}, copies them into a second {@code HashMap} to count them (each once), turns
 * them into strings, and sums the model's weights for them in the second map's iteration order,
 * then exponentiates, normalises and sorts the 103 languages by probability (a stable sort, so the
 * first of equal ones wins).
 *
 * <p>This class normalizes with the same normalizers and lower-cases the same way, then finds the
 * grams' order without the maps: both maps hold the same keys, inserted first-seen first, and end
 * with the same table size, so both iterate by bucket ({@code CharBuffer.hashCode} spread as {@code
 * HashMap} spreads it, masked by the table size) and within a bucket by insertion; that holds while
 * no bucket ever grows long enough for {@code HashMap} to turn it into a tree or resize early
 * (eight entries), which is checked at every table size the maps go through; a text where it does
 * not hold goes to OpenNLP. The weights are looked up in the model's own map (a table of its
 * 146,000 predicates built for this cost more than all the look-ups of a batch), added in that
 * order from the same uniform log prior, and the probabilities computed as {@code GISModel}
 * computes them ({@link GisArgmax#exactArgmax}), so they are the same doubles.
 *
 * <p>{@link #of} gives a scorer only for a model made by OpenNLP's own {@link
 * LanguageDetectorFactory} whose generator gives, on a probe, the grams this class orders.
 * Immutable and thread-safe.
 */
final class LanguageScorer {
  private static final int MIN_LENGTH = 1;
  private static final int MAX_LENGTH = 3;
  private static final int INITIAL_CAPACITY = 16;

  /** A bucket this long could be turned into a tree (at nine) or resize the table early. */
  private static final int LONGEST_SAFE_BUCKET = 7;

  private final LanguageDetectorModel model;
  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final double logPrior;
  private final CharSequenceNormalizer normalizer =
      new AggregateCharSequenceNormalizer(
          EmojiCharSequenceNormalizer.getInstance(),
          UrlCharSequenceNormalizer.getInstance(),
          TwitterCharSequenceNormalizer.getInstance(),
          NumberCharSequenceNormalizer.getInstance(),
          ShrinkCharSequenceNormalizer.getInstance());

  private LanguageScorer(LanguageDetectorModel model, GisArgmax gis) {
    this.model = model;
    this.predicates = gis.predicates();
    this.outcomes = gis.outcomes();
    this.logPrior = GisArgmax.logPrior(outcomes);
  }

  /** Texts of several scripts, URLs, handles, numbers and repeats: the probe for {@link #of}. */
  static final String[] PROBE = {
    "Hola María, me encantó tu charla sobre pagos en Madrid. ¿Conectamos?",
    "Bonjour Élodie ! J'ai adoré votre intervention à https://exemple.fr/talk #fintech @elodie",
    "Привет, Иван! Давай дружить 🚀🚀 2024 года",
    "Hiii!!! Sooooo great 100% 3,500 USD www.acme.com",
    "こんにちは、よろしくお願いします。",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbbbb"
  };

  /**
   * A scorer for {@code model}, or empty when it is not a GIS model made by OpenNLP's default
   * factory, or when its context generator or its answers differ from this class's on {@link
   * #PROBE}.
   */
  static Optional<LanguageScorer> of(LanguageDetectorModel model) {
    if (model.getFactory().getClass() != LanguageDetectorFactory.class) {
      return Optional.empty();
    }
    Optional<GisArgmax> gis = GisArgmax.of(model.getMaxentModel());
    if (gis.isEmpty()) {
      return Optional.empty();
    }
    LanguageScorer scorer = new LanguageScorer(model, gis.get());
    LanguageDetectorContextGenerator contexts = model.getFactory().getContextGenerator();
    LanguageDetectorME reference = new LanguageDetectorME(model);
    for (String text : PROBE) {
      String[] theirs =
          Arrays.stream(contexts.getContext(text)).map(Object::toString).toArray(String[]::new);
      String[] ours = scorer.features(text);
      Language expected = reference.predictLanguage(text);
      Language got = scorer.predict(text);
      if (ours == null
          || !Arrays.equals(theirs, ours)
          || !expected.getLang().equals(got.getLang())
          || Double.compare(expected.getConfidence(), got.getConfidence()) != 0) {
        return Optional.empty();
      }
    }
    return Optional.of(scorer);
  }

  /** The text normalized and lower-cased as OpenNLP's generator does; null when it cannot tell. */
  String lowerCased(String text) {
    CharSequence normalized = normalizer.normalize(text);
    int length = normalized.length();
    char[] lower = new char[length];
    int n = 0;
    for (int i = 0; i < length; ) {
      int cp = Character.codePointAt(normalized, i);
      i += Character.charCount(cp);
      int l = Character.toLowerCase(cp);
      if (n + Character.charCount(l) > length) {
        return null; // OpenNLP's buffer would overflow
      }
      n += Character.toChars(l, lower, n);
    }
    return n == length ? new String(lower) : null;
  }

  /**
   * The grams of {@code text} in the order OpenNLP's maps give them, as [start, end) pairs into
   * {@code lower}; null when that order cannot be told without the maps.
   */
  static int[] orderedGrams(String lower) {
    int length = lower.length();
    int max = 0;
    for (int g = MIN_LENGTH; g <= MAX_LENGTH; g++) {
      max += Math.max(0, length - g + 1);
    }
    int[] starts = new int[max];
    int[] ends = new int[max];
    int[] hashes = new int[max];
    int count = 0;
    // distinct grams in first-seen order; a small open-addressed set of indices by hash
    int setSize = Integer.highestOneBit(Math.max(4, max * 2 - 1)) << 1;
    int[] set = new int[setSize];
    Arrays.fill(set, -1);
    for (int g = MIN_LENGTH; g <= MAX_LENGTH; g++) {
      for (int i = 0; i + g - 1 < length; i++) {
        int h = 1;
        for (int k = i + g - 1; k >= i; k--) {
          h = 31 * h + lower.charAt(k);
        }
        int at = spread(h) & (setSize - 1);
        boolean seen = false;
        while (set[at] >= 0) {
          int o = set[at];
          if (hashes[o] == h
              && lower.regionMatches(starts[o], lower, i, g)
              && ends[o] - starts[o] == g) {
            seen = true;
            break;
          }
          at = (at + 1) & (setSize - 1);
        }
        if (!seen) {
          set[at] = count;
          starts[count] = i;
          ends[count] = i + g;
          hashes[count] = h;
          count++;
        }
      }
    }
    int capacity = INITIAL_CAPACITY;
    while (count > capacity * 3 / 4) {
      capacity <<= 1;
    }
    if (!safe(hashes, count, identity(count))) {
      return null;
    }
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    int mask = capacity - 1;
    Arrays.sort(
        order, (a, b) -> Integer.compare(spread(hashes[a]) & mask, spread(hashes[b]) & mask));
    int[] iteration = new int[count];
    for (int i = 0; i < count; i++) {
      iteration[i] = order[i];
    }
    if (!safe(hashes, count, iteration)) {
      return null;
    }
    int[] out = new int[2 * count];
    for (int i = 0; i < count; i++) {
      out[2 * i] = starts[iteration[i]];
      out[2 * i + 1] = ends[iteration[i]];
    }
    return out;
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  /**
   * Whether inserting the keys of {@code hashes} in the order {@code order} into a default {@code
   * HashMap} keeps every bucket at every table size short of {@link #LONGEST_SAFE_BUCKET} + 1: then
   * no bucket becomes a tree and the table grows only by its load factor.
   */
  private static boolean safe(int[] hashes, int count, int[] order) {
    for (int capacity = INITIAL_CAPACITY; ; capacity <<= 1) {
      int present = Math.min(count, capacity * 3 / 4 + 1);
      int[] buckets = new int[capacity];
      for (int i = 0; i < present; i++) {
        if (++buckets[spread(hashes[order[i]]) & (capacity - 1)] > LONGEST_SAFE_BUCKET) {
          return false;
        }
      }
      if (present == count) {
        return true;
      }
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * The feature strings in OpenNLP's order (for the probe and tests); null as {@link
   * #orderedGrams}.
   */
  String[] features(String text) {
    String lower = lowerCased(text);
    int[] grams = lower == null ? null : orderedGrams(lower);
    if (grams == null) {
      return null;
    }
    List<String> out = new ArrayList<>(grams.length / 2);
    for (int i = 0; i < grams.length; i += 2) {
      out.add(lower.substring(grams[i], grams[i + 1]));
    }
    return out.toArray(new String[0]);
  }

  /**
   * Each language's sum of weights for {@code text} into a new array, the same doubles as {@code
   * GISModel} sums; null when the grams' order cannot be told (see {@link #orderedGrams}).
   */
  double[] sums(String text) {
    String lower = lowerCased(text);
    int[] grams = lower == null ? null : orderedGrams(lower);
    if (grams == null) {
      return null;
    }
    double[] sums = new double[outcomes.length];
    Arrays.fill(sums, logPrior);
    GramContexts recent = recentGrams.get();
    char[] chars = lower.toCharArray();
    for (int i = 0; i < grams.length; i += 2) {
      GisArgmax.add(sums, recent.get(chars, grams[i], grams[i + 1], predicates));
    }
    return sums;
  }

  /**
   * {@link #sums} looking every gram up in the model's map by its string, as first written: for
   * tests comparing.
   */
  double[] sumsByMap(String text) {
    String lower = lowerCased(text);
    int[] grams = lower == null ? null : orderedGrams(lower);
    if (grams == null) {
      return null;
    }
    double[] sums = new double[outcomes.length];
    Arrays.fill(sums, logPrior);
    for (int i = 0; i < grams.length; i += 2) {
      GisArgmax.add(sums, predicates.get(lower.substring(grams[i], grams[i + 1])));
    }
    return sums;
  }

  /** Each thread's recent grams and their contexts ({@link GramContexts}). */
  private final ThreadLocal<GramContexts> recentGrams = ThreadLocal.withInitial(GramContexts::new);

  /**
   * One thread's recent grams (1 to 3 chars) and the model's {@link Context} for each (null for a
   * gram the model lacks), in front of the model's map of 146,000 predicates.
   *
   * <p>Why: a note that is not plainly English reads a hundred or more grams, and each one cut out
   * as a {@code String}, hashed and looked up in that map (a node, its key and the key's bytes,
   * each a likely cache miss, and a {@code String.equals} the client compiler does not make
   * intrinsic) was half of the scorer's time. A gram's chars, packed into a {@code long} behind a
   * leading 1 bit that tells its length, are its key here: one slot, direct-mapped by the key's
   * hash, compared as one {@code long}.
   *
   * <p>Exact: two grams have the same key only when they have the same chars, and a slot gives the
   * context the map gave for the chars of its key; the contexts are the model's own objects, so
   * {@link GisArgmax#add} adds the same weights in the same order. Not thread-safe: one per thread.
   * 16,384 slots are 128 KB of keys and 64-128 KB of references.
   */
  static final class GramContexts {
    private static final int BITS = 14;
    private final long[] keys = new long[1 << BITS]; // 0: an empty slot (no key is 0)
    private final Context[] contexts = new Context[1 << BITS];

    /** The context of the gram {@code chars[start, end)} (1 to 3 chars) in {@code predicates}. */
    Context get(char[] chars, int start, int end, Map<String, Context> predicates) {
      if (end - start > MAX_LENGTH) {
        return predicates.get(new String(chars, start, end - start)); // no key of its own
      }
      long key = 1;
      for (int i = start; i < end; i++) {
        key = key << 16 | chars[i];
      }
      int slot = (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> (64 - BITS));
      if (keys[slot] == key) {
        return contexts[slot];
      }
      Context c = predicates.get(new String(chars, start, end - start));
      keys[slot] = key;
      contexts[slot] = c;
      return c;
    }
  }

  /**
   * {@code new LanguageDetectorME(model).predictLanguage(text)}: the same language and confidence.
   */
  Language predict(String text) {
    double[] p = sums(text);
    if (p != null) {
      GisArgmax.exactArgmax(p); // now the probabilities, as GISModel computes them
      int best = 0;
      boolean nan = false;
      for (int k = 0; k < p.length; k++) {
        nan |= Double.isNaN(p[k]);
        if (p[k] > p[best]) {
          best = k;
        }
      }
      if (!nan) {
        return new Language(outcomes[best], p[best]);
      }
    }
    return new LanguageDetectorME(model).predictLanguage(text);
  }
}
