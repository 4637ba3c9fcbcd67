package io.invitecheck.cues;

import io.invitecheck.report.Span;
import java.util.List;
import java.util.Objects;
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

  /** A necessary condition on a text, given also folded ({@link CaseFolded#fold(String)}). */
  @FunctionalInterface
  interface Guard {
    boolean test(String text, String folded);
  }

  private Guarded(Pattern pattern, Guard mayMatch) {
    this.pattern = pattern;
    this.mayMatch = mayMatch;
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
    return mayMatch(text) ? Cues.find(pattern, text) : List.of();
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
