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
   * The last text each thread folded, and its fold: the cue detectors guard a dozen patterns in
   * turn on the same note (the same {@code String}), so it is folded once per note, not once per
   * pattern. A cache of a pure function, confined to its thread.
   */
  private static final ThreadLocal<String[]> LAST_FOLDED =
      ThreadLocal.withInitial(() -> new String[2]);

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
    String[] last = LAST_FOLDED.get();
    if (last[0] != text) {
      last[1] = CaseFolded.fold(text);
      last[0] = text;
    }
    return last[1];
  }

  /** Strings of which a text must hold one, compared ignoring case. Immutable. */
  static final class Needles {
    private final String[] needles;
    private final String[] folded;

    /**
     * @throws IllegalArgumentException when there are none, or one is empty
     */
    Needles(String... needles) {
      if (needles.length == 0) {
        throw new IllegalArgumentException("no needles");
      }
      this.needles = needles.clone();
      this.folded = new String[needles.length];
      for (int i = 0; i < needles.length; i++) {
        if (this.needles[i].isEmpty()) {
          throw new IllegalArgumentException("an empty needle");
        }
        folded[i] = CaseFolded.fold(this.needles[i]);
      }
    }

    /** True when {@code text} (folded: {@code folded}) holds one of the needles. */
    boolean foundIn(String text, String folded) {
      for (int i = 0; i < needles.length; i++) {
        if (CaseFolded.containsIgnoreCase(text, folded, needles[i], this.folded[i])) {
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
