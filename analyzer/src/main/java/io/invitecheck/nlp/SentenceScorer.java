package io.invitecheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.DefaultSDContextGenerator;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * The sentence model's sentences of a text, the same spans (and probabilities) as {@code new
 * SentenceDetectorME(model).sentPosDetect(text)}, computed without building feature strings.
 *
 * <p>At each candidate sentence end ('.', '!', '?') OpenNLP's {@link DefaultSDContextGenerator}
 * cuts the text around it into four strings (the part of the token before the end mark, the token
 * before, the part after, the token after), trims them, builds some eight feature strings from them
 * ({@code x=Dr}, {@code v=see}, {@code 2}, {@code xcap}...) through a {@code StringBuffer}, and the
 * model looks each up in its map of predicates. This class finds the same spans in the note's
 * characters, looks the same predicates up in a {@link PredicateTable} without building the
 * strings, and adds their weights in the generator's order from the same uniform log prior, so each
 * outcome's sum is the same double as {@code GISModel}'s; the probabilities are then computed
 * exactly as OpenNLP does ({@link GisArgmax#exactArgmax}: two outcomes, so two exponentials). The
 * decoding around it ({@link #sentPosDetect}) is {@link SentenceDetectorME#sentPosDetect} step by
 * step for a model without an abbreviation dictionary.
 *
 * <p>{@link #of} gives a scorer only for a GIS model with OpenNLP's default context generator and
 * end-of-sentence scanner and no abbreviations, whose features and sentences agree with OpenNLP's
 * on a probe; for any other model the caller keeps {@link SentenceDetectorME}. Immutable and
 * thread-safe ({@code SentenceDetectorME} is not: it keeps the last probabilities).
 */
final class SentenceScorer {
  private static final int SHORT_LENGTHS = 64;

  private final PredicateTable table;
  private final double logPrior;
  private final int outcomeCount;
  private final int split;
  private final char[] eos;
  private final long lowEos;
  private final boolean useTokenEnd;
  private final Context sp;
  private final Context sn;
  private final Context lf;
  private final Context cr;
  private final Context xcap;
  private final Context vcap;
  private final Context scap;
  private final Context ncap;
  private final Context[] lengths = new Context[SHORT_LENGTHS];

  private SentenceScorer(GisArgmax gis, char[] eos, boolean useTokenEnd) {
    this.table = new PredicateTable(gis.predicates());
    this.logPrior = GisArgmax.logPrior(gis.outcomes());
    this.outcomeCount = gis.outcomes().length;
    this.split = Arrays.asList(gis.outcomes()).indexOf(SentenceDetectorME.SPLIT);
    this.eos = eos.clone();
    long low = 0;
    for (char c : eos) {
      if (c < 64) {
        low |= 1L << c;
      }
    }
    this.lowEos = low;
    this.useTokenEnd = useTokenEnd;
    sp = table.get("sp");
    sn = table.get("sn");
    lf = table.get("eos=<LF>");
    cr = table.get("eos=<CR>");
    xcap = table.get("xcap");
    vcap = table.get("vcap");
    scap = table.get("scap");
    ncap = table.get("ncap");
    for (int i = 0; i < SHORT_LENGTHS; i++) {
      lengths[i] = table.get(Integer.toString(i));
    }
  }

  /**
   * A scorer for {@code model}, or empty when its model, context generator, scanner or
   * abbreviations are not those this class replicates, or when it disagrees with OpenNLP on a
   * probe.
   */
  static Optional<SentenceScorer> of(SentenceModel model) {
    SentenceDetectorFactory factory = model.getFactory();
    MaxentModel maxent = model.getMaxentModel();
    Optional<GisArgmax> gis = GisArgmax.of(maxent);
    SDContextGenerator contexts = factory.getSDContextGenerator();
    EndOfSentenceScanner scanner = factory.getEndOfSentenceScanner();
    char[] eos = factory.getEOSCharacters();
    if (gis.isEmpty()
        || model.getAbbreviations() != null
        || factory.getAbbreviationDictionary() != null
        || contexts.getClass() != DefaultSDContextGenerator.class
        || scanner.getClass() != DefaultEndOfSentenceScanner.class
        || eos == null
        || eos.length == 0
        || !sameChars(eos, scanner.getEOSCharacters())
        || new HashSet<>(Arrays.asList(gis.get().outcomes())).size() != gis.get().outcomes().length
        || !Arrays.asList(gis.get().outcomes()).contains(SentenceDetectorME.SPLIT)) {
      return Optional.empty();
    }
    SentenceScorer scorer = new SentenceScorer(gis.get(), eos, model.useTokenEnd());
    return scorer.agrees(model, contexts) ? Optional.of(scorer) : Optional.empty();
  }

  private static boolean sameChars(char[] eos, Set<Character> scanners) {
    Set<Character> ours = new HashSet<>();
    for (char c : eos) {
      ours.add(c);
    }
    return ours.equals(scanners);
  }

  /** Texts of varied shapes around sentence ends: the probe for {@link #agrees}. */
  static final String[] PROBE = {
    "Hi Jane. I loved your talk at ACME! Can we connect?",
    "Dr. Smith, e.g. the U.S. team... Really?! Yes.",
    "  Thanks.  See you at 3.30 p.m. on Fri.\nBest,\r\nAnna",
    "São Paulo? ŞEN. 🚀 Launch!!! (soon.) \"Quoted.\" 'x.' [1.] end",
    ".",
    "?!",
    "a.b",
    "No end mark at all",
    "Version 2.0.1 is out. Try it.",
    "Mr. O'Neil-Smith. 100%. ok"
  };

  /** Whether this class's features and sentences equal OpenNLP's on {@link #PROBE}. */
  private boolean agrees(SentenceModel model, SDContextGenerator contexts) {
    SentenceDetectorME reference = new SentenceDetectorME(model);
    for (String text : PROBE) {
      for (int i = 0; i < text.length(); i++) {
        if (isEos(text.charAt(i))
            && !Arrays.equals(contexts.getContext(text, i), features(text, i))) {
          return false;
        }
      }
      if (!Arrays.equals(reference.sentPosDetect(text), sentPosDetect(text))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} is one of the model's end-of-sentence characters: for a character below 64
   * (where '.', '!' and '?' are) one bit of {@link #lowEos}, as every character of a note is asked.
   */
  private boolean isEos(char c) {
    if (c < 64) {
      return (lowEos >>> c & 1L) != 0;
    }
    for (char e : eos) {
      if (e == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * The sentences of {@code text} with their probabilities, as {@code
   * SentenceDetectorME.sentPosDetect(text)} gives them.
   */
  Span[] sentPosDetect(String text) {
    char[] s = text.toCharArray();
    int n = s.length;
    int[] enders = new int[8];
    int enderCount = 0;
    for (int i = 0; i < n; i++) {
      if (isEos(s[i])) {
        if (enderCount == enders.length) {
          enders = Arrays.copyOf(enders, enderCount * 2);
        }
        enders[enderCount++] = i;
      }
    }
    int[] positions = new int[enderCount];
    int count = 0;
    List<Double> sentProbs = new ArrayList<>();
    double[] probs = new double[outcomeCount];
    int index = 0;
    for (int i = 0; i < enderCount; i++) {
      int cint = enders[i];
      // skip over the leading parts of non-token final delimiters
      int fws = firstWhitespace(s, cint + 1);
      if (i + 1 < enderCount && enders[i + 1] < fws) {
        int next = cint + 1;
        if (next >= n || !Character.isUpperCase(s[next])) {
          continue;
        }
      }
      if (count > 0 && cint < positions[count - 1]) {
        continue;
      }
      sum(s, cint, probs);
      int best = GisArgmax.exactArgmax(probs);
      if (best == split) { // isAcceptableBreak: always, without an abbreviation dictionary
        if (index != cint) {
          positions[count++] =
              useTokenEnd
                  ? firstNonWhitespace(s, firstWhitespace(s, cint + 1))
                  : firstNonWhitespace(s, cint + 1);
          sentProbs.add(probs[best]);
        }
        index = cint + 1;
      }
    }
    return spans(text, Arrays.copyOf(positions, count), sentProbs);
  }

  /** The end of {@code SentenceDetectorME.sentPosDetect}: sentence starts to trimmed spans. */
  private static Span[] spans(String s, int[] starts, List<Double> sentProbs) {
    if (starts.length == 0) {
      int start = 0;
      int end = s.length();
      while (start < s.length() && StringUtil.isWhitespace(s.charAt(start))) {
        start++;
      }
      while (end > 0 && StringUtil.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      if (end - start > 0) {
        return new Span[] {new Span(start, end)}; // OpenNLP keeps the 1.0 in its list only
      }
      return new Span[0];
    }
    boolean leftover = starts[starts.length - 1] != s.length();
    Span[] spans = new Span[leftover ? starts.length + 1 : starts.length];
    for (int si = 0; si < starts.length; si++) {
      int start = si == 0 ? 0 : starts[si - 1];
      Span span = new Span(start, starts[si]).trim(s);
      if (span.length() > 0) {
        spans[si] = span;
      } else {
        sentProbs.remove(si);
      }
    }
    if (leftover) {
      Span span = new Span(starts[starts.length - 1], s.length()).trim(s);
      if (span.length() > 0) {
        spans[spans.length - 1] = span;
        sentProbs.add(1.0);
      }
    }
    for (int i = 0; i < spans.length; i++) {
      spans[i] = new Span(spans[i], sentProbs.get(i));
    }
    return spans;
  }

  private static int firstWhitespace(char[] s, int i) {
    while (i < s.length && !StringUtil.isWhitespace(s[i])) {
      i++;
    }
    return i;
  }

  private static int firstNonWhitespace(char[] s, int i) {
    while (i < s.length && StringUtil.isWhitespace(s[i])) {
      i++;
    }
    return i;
  }

  /**
   * Each outcome's sum of weights for the candidate end at {@code position} of {@code text} into
   * {@code sums}: the same doubles as {@code GISModel} sums for the generator's features there.
   */
  void sum(String text, int position, double[] sums) {
    sum(text.toCharArray(), position, sums);
  }

  private void sum(char[] s, int position, double[] sums) {
    Arrays.fill(sums, logPrior);
    int lastIndex = s.length - 1;
    if (position > 0 && StringUtil.isWhitespace(s[position - 1])) {
      GisArgmax.add(sums, sp);
    }
    if (position < lastIndex && StringUtil.isWhitespace(s[position + 1])) {
      GisArgmax.add(sums, sn);
    }
    char end = s[position];
    GisArgmax.add(
        sums, end == '\n' ? lf : end == '\r' ? cr : get(EOS, EOS_HASH, s, position, position + 1));
    int prefixStart = prefixStart(s, position);
    int prevStart = previousSpaceIndex(s, prefixStart);
    int suffixEnd = suffixEnd(s, position, lastIndex);
    int nextEnd = nextSpaceIndex(s, suffixEnd + 1, lastIndex + 1);
    // x=prefix, its length and capital; v=previous; s=suffix; n=next (trimmed, as String.trim)
    int from = trimStart(s, prefixStart, position);
    int to = trimEnd(s, from, position);
    GisArgmax.add(sums, get(X, X_HASH, s, from, to));
    if (to > from) {
      int length = to - from;
      GisArgmax.add(
          sums, length < SHORT_LENGTHS ? lengths[length] : table.get(Integer.toString(length)));
      if (Character.isUpperCase(s[from])) {
        GisArgmax.add(sums, xcap);
      }
    }
    addWord(sums, V, V_HASH, vcap, s, prevStart, prefixStart);
    if (position == lastIndex) {
      GisArgmax.add(sums, get(S, S_HASH, s, 0, 0));
      GisArgmax.add(sums, get(N, N_HASH, s, 0, 0));
    } else {
      addWord(sums, S, S_HASH, scap, s, position + 1, suffixEnd);
      addWord(sums, N, N_HASH, ncap, s, suffixEnd + 1, nextEnd);
    }
  }

  /** {@code literal + trimmed span} and, when the span is not empty and starts upper-case, cap. */
  private void addWord(
      double[] sums, char[] literal, int literalHash, Context cap, char[] s, int start, int end) {
    int from = trimStart(s, start, end);
    int to = trimEnd(s, from, end);
    GisArgmax.add(sums, get(literal, literalHash, s, from, to));
    if (to > from && Character.isUpperCase(s[from])) {
      GisArgmax.add(sums, cap);
    }
  }

  private Context get(char[] literal, int literalHash, char[] s, int from, int to) {
    return table.get(PredicateTable.hash(literalHash, s, from, to), literal, s, from, to);
  }

  // the literals of the looked-up predicates, as chars for PredicateTable's comparison
  private static final char[] EOS = "eos=".toCharArray();
  private static final char[] X = "x=".toCharArray();
  private static final char[] V = "v=".toCharArray();
  private static final char[] S = "s=".toCharArray();
  private static final char[] N = "n=".toCharArray();

  private static final int EOS_HASH = "eos=".hashCode();
  private static final int X_HASH = "x=".hashCode();
  private static final int V_HASH = "v=".hashCode();
  private static final int S_HASH = "s=".hashCode();
  private static final int N_HASH = "n=".hashCode();

  /** Where the end-mark token's part before {@code position} starts (stopping at an end mark). */
  private int prefixStart(char[] s, int position) {
    int prefixStart = previousSpaceIndex(s, position);
    int c = position;
    while (--c > prefixStart) {
      if (isEos(s[c])) {
        prefixStart = c;
        c++; // this gets us out of the loop, as in OpenNLP
      }
    }
    return prefixStart;
  }

  /** Where the end-mark token's part after {@code position} ends (stopping at an end mark). */
  private int suffixEnd(char[] s, int position, int lastIndex) {
    int suffixEnd = nextSpaceIndex(s, position, lastIndex);
    int c = position;
    while (++c < suffixEnd) {
      if (isEos(s[c])) {
        suffixEnd = c;
        c--; // this gets us out of the loop, as in OpenNLP
      }
    }
    return suffixEnd;
  }

  /** {@code DefaultSDContextGenerator.previousSpaceIndex}. */
  private static int previousSpaceIndex(char[] s, int seek) {
    seek--;
    while (seek > 0 && !StringUtil.isWhitespace(s[seek])) {
      seek--;
    }
    if (seek > 0 && StringUtil.isWhitespace(s[seek])) {
      while (seek > 0 && StringUtil.isWhitespace(s[seek - 1])) {
        seek--;
      }
      return seek;
    }
    return 0;
  }

  /** {@code DefaultSDContextGenerator.nextSpaceIndex}. */
  private static int nextSpaceIndex(char[] s, int seek, int lastIndex) {
    seek++;
    while (seek < lastIndex) {
      if (StringUtil.isWhitespace(s[seek])) {
        while (s.length > seek + 1 && StringUtil.isWhitespace(s[seek + 1])) {
          seek++;
        }
        return seek;
      }
      seek++;
    }
    return lastIndex;
  }

  /** The start of {@code new String(s, from, to - from).trim()} within {@code s}. */
  private static int trimStart(char[] s, int from, int to) {
    while (from < to && s[from] <= ' ') {
      from++;
    }
    return from;
  }

  /** The end of the trimmed span, given its trimmed start. */
  private static int trimEnd(char[] s, int from, int to) {
    while (to > from && s[to - 1] <= ' ') {
      to--;
    }
    return to;
  }

  /**
   * The feature strings OpenNLP's default generator (without abbreviations) gives the candidate end
   * at {@code position} of {@code text}, computed the way this class finds its spans (for {@link
   * #agrees} and tests).
   */
  String[] features(String text, int position) {
    char[] s = text.toCharArray();
    int lastIndex = s.length - 1;
    List<String> f = new ArrayList<>();
    if (position > 0 && StringUtil.isWhitespace(s[position - 1])) {
      f.add("sp");
    }
    if (position < lastIndex && StringUtil.isWhitespace(s[position + 1])) {
      f.add("sn");
    }
    char end = s[position];
    f.add("eos=" + (end == '\n' ? "<LF>" : end == '\r' ? "<CR>" : String.valueOf(end)));
    int prefixStart = prefixStart(s, position);
    int prevStart = previousSpaceIndex(s, prefixStart);
    int suffixEnd = suffixEnd(s, position, lastIndex);
    int nextEnd = nextSpaceIndex(s, suffixEnd + 1, lastIndex + 1);
    String prefix = trimmed(s, prefixStart, position);
    f.add("x=" + prefix);
    if (!prefix.isEmpty()) {
      f.add(Integer.toString(prefix.length()));
      if (Character.isUpperCase(prefix.charAt(0))) {
        f.add("xcap");
      }
    }
    addWord(f, "v", trimmed(s, prevStart, prefixStart));
    boolean last = position == lastIndex;
    addWord(f, "s", last ? "" : trimmed(s, position + 1, suffixEnd));
    addWord(f, "n", last ? "" : trimmed(s, suffixEnd + 1, nextEnd));
    return f.toArray(new String[0]);
  }

  private static void addWord(List<String> f, String key, String word) {
    f.add(key + "=" + word);
    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
      f.add(key + "cap");
    }
  }

  private static String trimmed(char[] s, int from, int to) {
    int start = trimStart(s, from, to);
    return new String(s, start, trimEnd(s, start, to) - start);
  }
}
