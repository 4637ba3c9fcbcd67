package io.invitecheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The tokenizer model's splits of a white-space-free chunk, the same as {@code
 * TokenizerME.tokenizePos(chunk)} gives, computed without building feature strings.
 *
 * <p>For each position inside a chunk OpenNLP's {@code DefaultTokenContextGenerator} builds some 15
 * strings (the prefix {@code p=...} and suffix {@code s=...} at the position, the characters and
 * character pairs around it and their classes), the model looks each up in its map of predicates,
 * exponentiates and normalises two outcome sums, and splits where "T" is the most probable. This
 * class looks the same predicates up in a {@link PredicateTable} straight from the chunk's
 * characters, adds their weights in the generator's order (so each outcome's sum is the same double
 * as {@code GISModel}'s) and takes the best outcome with {@link GisArgmax#argmax}, which falls back
 * to OpenNLP's exact probabilities when two sums are within {@link GisArgmax#TIE_MARGIN}.
 *
 * <p>{@link #of} gives a scorer only for a GIS model with OpenNLP's default context generator and
 * no abbreviation dictionary, whose features on a probe equal the ones this class computes; for any
 * other model the caller keeps {@link TokenizerME}. Immutable and thread-safe.
 */
final class TokenScorer {
  private static final String[] KEYS = {"p1", "p2", "f1", "f2"};
  private static final int P1 = 0;
  private static final int P2 = 1;
  private static final int F1 = 2;
  private static final int F2 = 3;

  /** The character classes {@code addCharPreds} adds after {@code key=c}. */
  private static final String[] CLASSES = {
    "_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"
  };

  private static final int ALPHA = 0;
  private static final int CAPS = 1;
  private static final int NUM = 2;
  private static final int WS = 3;
  private static final int EOS = 4;
  private static final int QUOTE = 5;
  private static final int LP = 6;
  private static final int RP = 7;

  private final PredicateTable table;
  private final double logPrior;
  private final int outcomeCount;
  private final int split;
  private final Pattern alphanumeric;
  private final char[][] keyEquals = new char[KEYS.length][];
  private final int[] keyEqualsHash = new int[KEYS.length];
  private final Context[][] classes = new Context[KEYS.length][CLASSES.length];
  private final Context p1bok;
  private final Context p2bok;
  private final Context f2bok;
  private final Context cc;

  private TokenScorer(GisArgmax gis, Pattern alphanumeric) {
    this.table = new PredicateTable(gis.predicates());
    this.logPrior = GisArgmax.logPrior(gis.outcomes());
    this.outcomeCount = gis.outcomes().length;
    this.split = Arrays.asList(gis.outcomes()).indexOf(TokenizerME.SPLIT);
    this.alphanumeric = alphanumeric;
    for (int k = 0; k < KEYS.length; k++) {
      keyEquals[k] = (KEYS[k] + "=").toCharArray();
      keyEqualsHash[k] = (KEYS[k] + "=").hashCode();
      for (int c = 0; c < CLASSES.length; c++) {
        classes[k][c] = table.get(KEYS[k] + CLASSES[c]);
      }
    }
    p1bok = table.get("p1=bok");
    p2bok = table.get("p2=bok");
    f2bok = table.get("f2=bok");
    cc = table.get("cc");
  }

  /**
   * A scorer for {@code tokens}, or empty when its model, context generator or abbreviations are
   * not those this class computes the features of, or when it disagrees with the model's own
   * generator on a probe.
   */
  static Optional<TokenScorer> of(TokenizerModel tokens) {
    TokenizerFactory factory = tokens.getFactory();
    TokenContextGenerator contexts = factory.getContextGenerator();
    MaxentModel model = tokens.getMaxentModel();
    Optional<GisArgmax> gis = GisArgmax.of(model);
    if (gis.isEmpty()
        || tokens.getAbbreviations() != null
        || contexts.getClass() != DefaultTokenContextGenerator.class
        || !Arrays.asList(gis.get().outcomes()).contains(TokenizerME.SPLIT)) {
      return Optional.empty();
    }
    Pattern alphanumeric =
        factory.isUseAlphaNumericOptimization() ? factory.getAlphaNumericPattern() : null;
    TokenScorer scorer = new TokenScorer(gis.get(), alphanumeric);
    return scorer.agrees(contexts, tokens) ? Optional.of(scorer) : Optional.empty();
  }

  /** Chunks of varied shapes: the probe for {@link #agrees}. */
  static final String[] PROBE = {
    "Hi",
    "Jane,",
    "I'd",
    "don't",
    "(it's",
    "free!!!)",
    "https://x.co/a?b=1",
    "&amp;",
    "e.g.",
    "U.S.",
    "3.5x",
    "$1,000",
    "10/12",
    "\"Quoted\"",
    "[link]",
    "{x}",
    "São",
    "ŞEN",
    "🚀!",
    "--",
    "a",
    "ab"
  };

  private boolean agrees(TokenContextGenerator contexts, TokenizerModel tokens) {
    TokenizerME reference = new TokenizerME(tokens);
    for (String chunk : PROBE) {
      for (int i = 1; i < chunk.length(); i++) {
        if (!Arrays.equals(contexts.getContext(chunk, i), features(chunk, i))) {
          return false;
        }
      }
      int[] expected = bounds(reference.tokenizePos(chunk));
      if (!Arrays.equals(expected, bounds(chunk))) {
        return false;
      }
    }
    return true;
  }

  /** Spans as the flat start, end, start, end... array the scorer gives. */
  static int[] bounds(Span[] spans) {
    int[] b = new int[spans.length * 2];
    for (int i = 0; i < spans.length; i++) {
      b[2 * i] = spans[i].getStart();
      b[2 * i + 1] = spans[i].getEnd();
    }
    return b;
  }

  /**
   * Whether {@link #bounds(String)} reads {@code chunk} as OpenNLP would: a chunk with no character
   * that OpenNLP's white-space tokenizer splits at (those the reader's chunker missed go to {@link
   * TokenizerME}).
   */
  static boolean handles(String chunk) {
    for (int i = 0; i < chunk.length(); i++) {
      if (StringUtil.isWhitespace(chunk.charAt(i))) {
        return false;
      }
    }
    return !chunk.isEmpty();
  }

  /**
   * The tokens of a chunk for which {@link #handles} holds, as [start, end) pairs: the same as
   * {@code TokenizerME.tokenizePos(chunk)}.
   */
  int[] bounds(String chunk) {
    int n = chunk.length();
    if (n < 2 || (alphanumeric != null && alphanumeric.matcher(chunk).matches())) {
      return new int[] {0, n};
    }
    char[] c = chunk.toCharArray();
    int[] prefixes = prefixHashes(c);
    int[] suffixes = suffixHashes(c);
    int[] out = new int[8];
    int count = 0;
    int start = 0;
    double[] sums = new double[outcomeCount];
    for (int i = 1; i < n; i++) {
      sum(c, i, prefixes, suffixes, sums);
      if (GisArgmax.argmax(sums) == split) {
        if (count + 2 > out.length) {
          out = Arrays.copyOf(out, out.length * 2);
        }
        out[count++] = start;
        out[count++] = i;
        start = i;
      }
    }
    if (count + 2 > out.length) {
      out = Arrays.copyOf(out, out.length + 2);
    }
    out[count++] = start;
    out[count++] = n;
    return Arrays.copyOf(out, count);
  }

  /**
   * Each outcome's sum of weights for the split before position {@code i} of {@code chunk} into
   * {@code sums}: the same doubles as {@code GISModel} sums for {@code getContext(chunk, i)}.
   */
  void sum(String chunk, int i, double[] sums) {
    char[] c = chunk.toCharArray();
    sum(c, i, prefixHashes(c), suffixHashes(c), sums);
  }

  /** {@code ("p=" + chunk.substring(0, i)).hashCode()} for each i from 0 to the length. */
  private static int[] prefixHashes(char[] c) {
    int[] h = new int[c.length + 1];
    h[0] = PREFIX_HASH;
    for (int i = 0; i < c.length; i++) {
      h[i + 1] = 31 * h[i] + c[i];
    }
    return h;
  }

  /** {@code ("s=" + chunk.substring(i)).hashCode()} for each i from 0 to the length. */
  private static int[] suffixHashes(char[] c) {
    int n = c.length;
    int[] h = new int[n + 1];
    int tail = 0; // chunk.substring(i).hashCode()
    int power = 1; // 31 to the power n - i
    h[n] = SUFFIX_HASH;
    for (int i = n - 1; i >= 0; i--) {
      tail += c[i] * power;
      power *= 31;
      h[i] = SUFFIX_HASH * power + tail;
    }
    return h;
  }

  private void sum(char[] chunk, int i, int[] prefixes, int[] suffixes, double[] sums) {
    Arrays.fill(sums, logPrior);
    int n = chunk.length;
    add(sums, table.get(prefixes[i], P, chunk, 0, i));
    add(sums, table.get(suffixes[i], S, chunk, i, n));
    if (i > 0) {
      addChar(sums, P1, chunk, i - 1);
      if (i > 1) {
        addChar(sums, P2, chunk, i - 2);
        add(sums, get(P21, P21_HASH, chunk, i - 2, i));
      } else {
        add(sums, p2bok);
      }
      add(sums, get(P1F1, P1F1_HASH, chunk, i - 1, i + 1));
    } else {
      add(sums, p1bok);
    }
    addChar(sums, F1, chunk, i);
    if (i + 1 < n) {
      addChar(sums, F2, chunk, i + 1);
      add(sums, get(F12, F12_HASH, chunk, i, i + 2));
    } else {
      add(sums, f2bok);
    }
    if (chunk[0] == '&' && chunk[n - 1] == ';') {
      add(sums, cc);
    }
  }

  private Context get(char[] literal, int literalHash, char[] chunk, int from, int to) {
    return table.get(PredicateTable.hash(literalHash, chunk, from, to), literal, chunk, from, to);
  }

  // the literals of the looked-up predicates, as chars for PredicateTable's comparison
  private static final char[] P = "p=".toCharArray();
  private static final char[] S = "s=".toCharArray();
  private static final char[] P21 = "p21=".toCharArray();
  private static final char[] P1F1 = "p1f1=".toCharArray();
  private static final char[] F12 = "f12=".toCharArray();

  private static final int PREFIX_HASH = "p=".hashCode();
  private static final int SUFFIX_HASH = "s=".hashCode();
  private static final int P21_HASH = "p21=".hashCode();
  private static final int P1F1_HASH = "p1f1=".hashCode();
  private static final int F12_HASH = "f12=".hashCode();

  private void addChar(double[] sums, int key, char[] chunk, int at) {
    add(sums, get(keyEquals[key], keyEqualsHash[key], chunk, at, at + 1));
    char c = chunk[at];
    Context[] cls = classes[key];
    if (Character.isLetter(c)) {
      add(sums, cls[ALPHA]);
      if (Character.isUpperCase(c)) {
        add(sums, cls[CAPS]);
      }
    } else if (Character.isDigit(c)) {
      add(sums, cls[NUM]);
    } else if (StringUtil.isWhitespace(c)) {
      add(sums, cls[WS]);
    } else if (c == '.' || c == '?' || c == '!') {
      add(sums, cls[EOS]);
    } else if (c == '`' || c == '"' || c == '\'') {
      add(sums, cls[QUOTE]);
    } else if (c == '[' || c == '{' || c == '(') {
      add(sums, cls[LP]);
    } else if (c == ']' || c == '}' || c == ')') {
      add(sums, cls[RP]);
    }
  }

  private static void add(double[] sums, Context c) {
    GisArgmax.add(sums, c);
  }

  /**
   * The feature strings OpenNLP's default generator gives position {@code i} of {@code chunk} (for
   * {@link #agrees} and tests), with no abbreviations.
   */
  static String[] features(String chunk, int i) {
    List<String> f = new ArrayList<>();
    f.add("p=" + chunk.substring(0, i));
    f.add("s=" + chunk.substring(i));
    if (i > 0) {
      charFeatures(f, "p1", chunk.charAt(i - 1));
      if (i > 1) {
        charFeatures(f, "p2", chunk.charAt(i - 2));
        f.add("p21=" + chunk.charAt(i - 2) + chunk.charAt(i - 1));
      } else {
        f.add("p2=bok");
      }
      f.add("p1f1=" + chunk.charAt(i - 1) + chunk.charAt(i));
    } else {
      f.add("p1=bok");
    }
    charFeatures(f, "f1", chunk.charAt(i));
    if (i + 1 < chunk.length()) {
      charFeatures(f, "f2", chunk.charAt(i + 1));
      f.add("f12=" + chunk.charAt(i) + chunk.charAt(i + 1));
    } else {
      f.add("f2=bok");
    }
    if (chunk.charAt(0) == '&' && chunk.charAt(chunk.length() - 1) == ';') {
      f.add("cc");
    }
    return f.toArray(new String[0]);
  }

  private static void charFeatures(List<String> f, String key, char c) {
    f.add(key + "=" + c);
    if (Character.isLetter(c)) {
      f.add(key + "_alpha");
      if (Character.isUpperCase(c)) {
        f.add(key + "_caps");
      }
    } else if (Character.isDigit(c)) {
      f.add(key + "_num");
    } else if (StringUtil.isWhitespace(c)) {
      f.add(key + "_ws");
    } else if (c == '.' || c == '?' || c == '!') {
      f.add(key + "_eos");
    } else if (c == '`' || c == '"' || c == '\'') {
      f.add(key + "_quote");
    } else if (c == '[' || c == '{' || c == '(') {
      f.add(key + "_lp");
    } else if (c == ']' || c == '}' || c == ')') {
      f.add(key + "_rp");
    }
  }
}
