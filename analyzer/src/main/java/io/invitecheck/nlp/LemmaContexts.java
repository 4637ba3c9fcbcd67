package io.invitecheck.nlp;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.ml.model.Context;

/**
 * The lemmatizer model's parameters for a token's features, as {@code predicates.get(f)} gives them
 * for each string {@code f} of OpenNLP's {@link DefaultLemmatizerContextGenerator}, in its order,
 * without building those strings for every (word, tag, previous outcome) the memo has not seen.
 *
 * <p>The generator gives, for word {@code w} with tag {@code t} after outcome {@code o} ({@code
 * bos} at a sentence's start): {@code w0=w}, {@code t0=t}, {@code p_1=o}, {@code p_1=ot0=t}, {@code
 * p_1=ow0=w}, six suffixes {@code suf=} and four prefixes {@code pre=} of {@code w}, and {@code h},
 * {@code c}, {@code d} when {@code w} has a hyphen, an ASCII capital, an ASCII digit. Eleven of
 * them depend on the word alone and are looked up once per word ({@link Word}, kept in its {@link
 * KnownWord}); {@code t0}, {@code p_1} and {@code p_1=ot0=t} are looked up once per tag, outcome
 * and pair and kept in arrays; only {@code p_1=ow0=w} is built and looked up per token. The
 * parameters come in the generator's order, so {@link GisArgmax#bestIndex(Context[], int)} adds the
 * same doubles in the same order as {@code GISModel.eval} of the strings: the same sums, the same
 * outcome. {@code LemmaContextsIT} compares with the generator's strings on every corpus token and
 * on generated words.
 *
 * <p>Thread-safe: the arrays are filled on first use by plain writes, each cell with a reference to
 * a parameter object of the model (published with the model, before any thread reads it) or to
 * {@link #ABSENT} (published by class initialisation); a thread that sees null looks the string up
 * itself, and racing threads write the same reference. {@link Word} is immutable (final fields).
 */
final class LemmaContexts {
  /** Stands for a predicate the model does not have in the lazily filled arrays; adds nothing. */
  private static final Context ABSENT = new Context(new int[0], new double[0]);

  private static final String BOS = "bos";

  /**
   * Features a token has at most: w0, t0, p, p+t0, p+w0, suf=null, 6 suffixes, pre=null, 4
   * prefixes, h, c, d.
   */
  static final int MAX_FEATURES = 20;

  private final Map<String, Context> predicates;
  private final String[] outcomes;
  private final String[] tags;
  private final Context[] byTag; // t0=tag, per tag id
  private final Context[] byPrevious; // p_1=o, per previous outcome + 1
  private final Context[] byPreviousAndTag; // p_1=o t0=tag, per (previous outcome + 1, tag id)
  private final String[] previousAndWordPrefixes; // "p_1=o" + "w0=", per previous outcome + 1

  private LemmaContexts(Map<String, Context> predicates, String[] outcomes, String[] tags) {
    this.predicates = predicates;
    this.outcomes = outcomes;
    this.tags = tags;
    this.byTag = new Context[tags.length];
    this.byPrevious = new Context[outcomes.length + 1];
    this.byPreviousAndTag = new Context[(outcomes.length + 1) * tags.length];
    this.previousAndWordPrefixes = new String[outcomes.length + 1];
  }

  /**
   * For the lemmatizer model's predicates and outcomes and the tagger's tags (by id), when the
   * generator is OpenNLP's default one (whose features this class knows) and agrees on a probe;
   * empty otherwise.
   */
  static Optional<LemmaContexts> of(
      LemmatizerContextGenerator generator, GisArgmax gis, String[] tags) {
    if (generator.getClass() != DefaultLemmatizerContextGenerator.class || tags.length == 0) {
      return Optional.empty();
    }
    LemmaContexts made = new LemmaContexts(gis.predicates(), gis.outcomes(), tags.clone());
    return made.agrees(generator) ? Optional.of(made) : Optional.empty();
  }

  /** Words of varied shapes for {@link #agrees}. */
  static final String[] PROBE = {"Hi", "talks", "co-founder", "Q3", "I", "'s", "\u00e9t\u00e9", ""};

  /** Whether every probe word, after the start and after an outcome, gives the generator's. */
  private boolean agrees(LemmatizerContextGenerator generator) {
    Context[] ours = new Context[MAX_FEATURES];
    Context[] theirs = new Context[MAX_FEATURES + 8];
    for (String w : PROBE) {
      Word word = word(w);
      for (int previous = -1; previous < Math.min(2, outcomes.length); previous++) {
        int tag = (previous + 1) % tags.length;
        int n = contexts(word, tag, previous, ours);
        int m = fromStrings(generator, w, tag, previous, theirs);
        if (n != m || !java.util.Arrays.equals(ours, 0, n, theirs, 0, m)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The parameters of the generator's strings for the token, nulls left out, into {@code out}; the
   * count is returned. For tests and the probe: the way {@link #contexts} must agree with.
   */
  int fromStrings(
      LemmatizerContextGenerator generator, String word, int tag, int previous, Context[] out) {
    String[] features =
        previous < 0
            ? generator.getContext(0, new String[] {word}, new String[] {tags[tag]}, new String[0])
            : generator.getContext(
                1,
                new String[] {"", word},
                new String[] {"", tags[tag]},
                new String[] {outcomes[previous], null});
    int n = 0;
    for (String f : features) {
      Context c = predicates.get(f);
      if (c != null) {
        if (n == out.length) {
          return -1;
        }
        out[n++] = c;
      }
    }
    return n;
  }

  /** What a word alone gives: its {@code w0=} parameters and those of its suffixes to {@code d}. */
  static final class Word {
    final String text;
    final Context w0; // null when the model does not have it
    final Context[] rest; // the suffixes, prefixes, h, c, d the model has, in order

    private Word(String text, Context w0, Context[] rest) {
      this.text = text;
      this.w0 = w0;
      this.rest = rest;
    }
  }

  /** The word-only parameters of {@code w}, looked up by the generator's strings. */
  Word word(String w) {
    Context[] rest = new Context[15];
    int n = 0;
    int length = w.length();
    n = keep(rest, n, "suf=null"); // getSuffixes fills its array of 7 from index 1
    for (int i = 1; i < 7; i++) { // the last i + 1 characters, or all
      n = keep(rest, n, "suf=" + w.substring(Math.max(length - i - 1, 0)));
    }
    n = keep(rest, n, "pre=null"); // getPrefixes fills its array of 5 from index 1
    for (int i = 1; i < 5; i++) { // the first i + 1 characters, or all
      n = keep(rest, n, "pre=" + w.substring(0, Math.min(i + 1, length)));
    }
    if (w.indexOf('-') != -1) {
      n = keep(rest, n, "h");
    }
    boolean capital = false;
    boolean digit = false;
    for (int i = 0; i < length; i++) {
      char c = w.charAt(i);
      capital |= c >= 'A' && c <= 'Z'; // the generator's [A-Z]: ASCII capitals only
      digit |= c >= '0' && c <= '9'; // and [0-9]
    }
    if (capital) {
      n = keep(rest, n, "c");
    }
    if (digit) {
      n = keep(rest, n, "d");
    }
    return new Word(w, predicates.get("w0=" + w), java.util.Arrays.copyOf(rest, n));
  }

  private int keep(Context[] out, int n, String feature) {
    Context c = predicates.get(feature);
    if (c != null) {
      out[n++] = c;
    }
    return n;
  }

  /**
   * The parameters of the token's features the model has, in the generator's order, into {@code
   * out} (at least {@link #MAX_FEATURES} long); returns how many.
   *
   * @param tag the tagger's outcome id of the token's tag
   * @param previous the lemmatizer's outcome id for the token before, -1 at a sentence's start
   */
  int contexts(Word word, int tag, int previous, Context[] out) {
    int n = 0;
    if (word.w0 != null) {
      out[n++] = word.w0;
    }
    n = keep(out, n, tagContext(tag));
    n = keep(out, n, previousContext(previous));
    n = keep(out, n, previousAndTagContext(previous, tag));
    Context pw = predicates.get(previousAndWordPrefix(previous).concat(word.text));
    if (pw != null) {
      out[n++] = pw;
    }
    System.arraycopy(word.rest, 0, out, n, word.rest.length);
    return n + word.rest.length;
  }

  private static int keep(Context[] out, int n, Context c) {
    if (c != ABSENT) {
      out[n++] = c;
    }
    return n;
  }

  private String previousFeature(int previous) {
    return "p_1=" + (previous < 0 ? BOS : outcomes[previous]);
  }

  /** {@code "p_1=o" + "w0="}, to which the word is appended. */
  private String previousAndWordPrefix(int previous) {
    String s = previousAndWordPrefixes[previous + 1];
    if (s == null) {
      s = previousFeature(previous) + "w0=";
      previousAndWordPrefixes[previous + 1] = s;
    }
    return s;
  }

  private Context tagContext(int tag) {
    Context c = byTag[tag];
    if (c == null) {
      c = orAbsent(predicates.get("t0=" + tags[tag]));
      byTag[tag] = c;
    }
    return c;
  }

  private Context previousContext(int previous) {
    Context c = byPrevious[previous + 1];
    if (c == null) {
      c = orAbsent(predicates.get(previousFeature(previous)));
      byPrevious[previous + 1] = c;
    }
    return c;
  }

  private Context previousAndTagContext(int previous, int tag) {
    int at = (previous + 1) * tags.length + tag;
    Context c = byPreviousAndTag[at];
    if (c == null) {
      c = orAbsent(predicates.get(previousFeature(previous) + "t0=" + tags[tag]));
      byPreviousAndTag[at] = c;
    }
    return c;
  }

  private static Context orAbsent(Context c) {
    return c == null ? ABSENT : c;
  }
}
