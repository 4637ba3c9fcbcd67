package io.invitecheck.cues;

import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with a cheap necessary condition checked first: most notes hold none of the
 * few strings a pattern cannot match without ("min" for "15-minute call", "@" for an e-mail
 * address), and the scan for them costs a fraction of running the expression, which was half of the
 * cue stage's time. The condition must hold for every text the pattern matches in; {@code
 * GuardedPatternsIT} checks that on the corpus and every detector example. Immutable.
 */
final class Guarded {
  /**
   * The last text each thread folded, its fold and (once asked for) the fold's {@link Grams}: the
   * cue detectors guard a dozen patterns in turn on the same note (the same {@code String}), so it
   * is folded once per note, not once per pattern. A cache of pure functions, confined to its
   * thread.
   */
  private static final ThreadLocal<Object[]> LAST_FOLDED =
      ThreadLocal.withInitial(() -> new Object[3]);

  private final Pattern pattern;
  private final Guard mayMatch;

  /**
   * Where a match can start, or null when anywhere: {@code starts[c]} for an ASCII character {@code
   * c} that may begin one (a match never starts at any other character).
   */
  private final boolean[] starts;

  /** A match starts only where a word starts: never right after an ASCII letter, digit or _. */
  private final boolean wordStart;

  /** A necessary condition on a text, given also folded ({@link CaseFolded#fold(String)}). */
  @FunctionalInterface
  interface Guard {
    boolean test(String text, String folded);
  }

  private Guarded(Pattern pattern, Guard mayMatch) {
    this(pattern, mayMatch, null, false);
  }

  private Guarded(Pattern pattern, Guard mayMatch, boolean[] starts, boolean wordStart) {
    this.pattern = pattern;
    this.mayMatch = mayMatch;
    this.starts = starts;
    this.wordStart = wordStart;
  }

  /**
   * This pattern, tried only at the characters {@code first} (ASCII, each case listed) instead of
   * at every character: for a pattern whose every match begins with one of them. {@code
   * GuardedPatternsIT} checks that the matches stay the same.
   */
  Guarded startingAt(String first) {
    return new Guarded(pattern, mayMatch, table(first), false);
  }

  /**
   * As {@link #startingAt}, for a pattern whose every match also begins with a word boundary
   * ({@code \\b}) before a word character: never tried right after an ASCII word character, where
   * no boundary can be.
   */
  Guarded startingAtWordStart(String first) {
    return new Guarded(pattern, mayMatch, table(first), true);
  }

  private static boolean[] table(String first) {
    boolean[] t = new boolean[128];
    for (char c : first.toCharArray()) {
      if (c >= 128) {
        throw new IllegalArgumentException("not ASCII: " + c);
      }
      t[c] = true;
    }
    return t;
  }

  /**
   * A pattern that can only match in a text holding at least one of {@code needles}, compared
   * ignoring case (a superset of what {@code (?i)} matches).
   */
  static Guarded anyOf(String regex, String... needles) {
    Needles n = new Needles(needles);
    return new Guarded(Pattern.compile(regex), n::foundIn);
  }

  /** A pattern that can only match in a text for which {@code mayMatch} holds. */
  static Guarded when(String regex, Guard mayMatch) {
    return new Guarded(Pattern.compile(regex), Objects.requireNonNull(mayMatch));
  }

  Pattern pattern() {
    return pattern;
  }

  /** False only when the pattern cannot match anywhere in {@code text}. */
  boolean mayMatch(String text) {
    return mayMatch.test(text, folded(text));
  }

  /** Every match in {@code text}, as spans (see {@link Cues#find}). */
  List<Span> find(String text) {
    if (!mayMatch(text)) {
      return List.of();
    }
    return starts == null ? Cues.find(pattern, text) : findFromStarts(text);
  }

  /**
   * What {@link Cues#find} gives, trying the pattern only where a match can start: the first
   * position from which it matches is the leftmost match {@code Matcher.find} would return, and the
   * search goes on from its end. Transparent bounds let look-behinds and word boundaries see the
   * text before the position, as {@code find} does.
   */
  private List<Span> findFromStarts(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int n = text.length();
    int p = 0;
    while (p < n) {
      char c = text.charAt(p);
      if (c < 128 && starts[c] && !(wordStart && p > 0 && isAsciiWord(text.charAt(p - 1)))) {
        m.region(p, n);
        if (m.lookingAt()) {
          if (m.end() > m.start()) {
            spans.add(new Span(m.start(), m.end()));
            p = m.end();
          } else {
            p++;
          }
          continue;
        }
      }
      p++;
    }
    return spans;
  }

  private static boolean isAsciiWord(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** {@link CaseFolded#fold(String)} of {@code text}, from the thread's last one when it is. */
  private static String folded(String text) {
    Object[] last = LAST_FOLDED.get();
    if (last[0] != text) {
      last[1] = CaseFolded.fold(text);
      last[2] = null;
      last[0] = text;
    }
    return (String) last[1];
  }

  /** The {@link Grams} of a folded text, from the thread's last fold when it is that one. */
  private static long[] grams(String folded) {
    Object[] last = LAST_FOLDED.get();
    if (last[1] != folded) {
      return Grams.of(folded);
    }
    if (last[2] == null) {
      last[2] = Grams.of(folded);
    }
    return (long[]) last[2];
  }

  /**
   * A 4,096-bit set of a text's chars and pairs of adjacent chars, each hashed to one bit: a text
   * holding a string has every one of that string's bits. A needle missing a bit is not in the
   * text, and its {@code indexOf} scan of the note can be skipped; most needles of most notes are
   * turned away so, at the cost of one pass over the note.
   */
  static final class Grams {
    private Grams() {}

    /** The bits of {@code text}'s chars and adjacent pairs. */
    static long[] of(String text) {
      long[] bits = new long[64];
      char[] chars = text.toCharArray(); // an array, not charAt (a call under the client compiler)
      int n = chars.length;
      char previous = 0;
      for (int i = 0; i < n; i++) {
        char c = chars[i];
        set(bits, bit(c));
        if (i > 0) {
          set(bits, bit(previous, c));
        }
        previous = c;
      }
      return bits;
    }

    /** The bits a text must have to hold {@code s} (not empty). */
    static int[] needed(String s) {
      if (s.length() == 1) {
        return new int[] {bit(s.charAt(0))};
      }
      int[] out = new int[s.length() - 1];
      for (int i = 1; i < s.length(); i++) {
        out[i - 1] = bit(s.charAt(i - 1), s.charAt(i));
      }
      return out;
    }

    /** Whether {@code bits} has every one of {@code needed}. */
    static boolean hasAll(long[] bits, int[] needed) {
      for (int b : needed) {
        if ((bits[b >>> 6] & (1L << b)) == 0) {
          return false;
        }
      }
      return true;
    }

    private static void set(long[] bits, int b) {
      bits[b >>> 6] |= 1L << b;
    }

    private static int bit(char c) {
      return (c * 0x9E37_79B9) >>> 20;
    }

    private static int bit(char a, char b) {
      return (((a << 16) | b) * 0x85EB_CA6B + 0x2F) * 0x9E37_79B9 >>> 20;
    }
  }

  /** Strings of which a text must hold one, compared ignoring case. Immutable. */
  static final class Needles {
    private final String[] needles;
    private final String[] folded;
    private final int[][] grams; // the Grams each folded needle needs

    /**
     * @throws IllegalArgumentException when there are none, or one is empty
     */
    Needles(String... needles) {
      if (needles.length == 0) {
        throw new IllegalArgumentException("no needles");
      }
      this.needles = needles.clone();
      this.folded = new String[needles.length];
      this.grams = new int[needles.length][];
      for (int i = 0; i < needles.length; i++) {
        if (this.needles[i].isEmpty()) {
          throw new IllegalArgumentException("an empty needle");
        }
        folded[i] = CaseFolded.fold(this.needles[i]);
        grams[i] = Grams.needed(folded[i]);
      }
    }

    /**
     * True when {@code text} (folded: {@code folded}) holds one of the needles. A needle whose
     * {@link Grams} the folded text lacks is not in it and is not searched for.
     */
    boolean foundIn(String text, String folded) {
      long[] bits = grams(folded);
      for (int i = 0; i < needles.length; i++) {
        if (Grams.hasAll(bits, grams[i])
            && CaseFolded.containsIgnoreCase(text, folded, needles[i], this.folded[i])) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
