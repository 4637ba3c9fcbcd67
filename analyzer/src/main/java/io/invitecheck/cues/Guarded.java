package io.invitecheck.cues;

import io.invitecheck.report.Span;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A regular expression with a cheap necessary condition checked first: most notes hold none of the
 * few strings a pattern cannot match without ("min" for "15-minute call", "@" for an e-mail
 * address), and the scan for them costs a fraction of running the expression, which was half of the
 * cue stage's time. The condition must hold for every text the pattern matches in; {@code
 * GuardedPatternsIT} checks that on the corpus and every detector example. Immutable.
 */
final class Guarded {
  private final Pattern pattern;
  private final Predicate<String> mayMatch;

  private Guarded(Pattern pattern, Predicate<String> mayMatch) {
    this.pattern = pattern;
    this.mayMatch = mayMatch;
  }

  /**
   * A pattern that can only match in a text holding at least one of {@code needles}, compared
   * ignoring case (a superset of what {@code (?i)} matches).
   */
  static Guarded anyOf(String regex, String... needles) {
    if (needles.length == 0) {
      throw new IllegalArgumentException("no needles for " + regex);
    }
    String[] copy = needles.clone();
    return new Guarded(Pattern.compile(regex), text -> containsAnyIgnoreCase(text, copy));
  }

  /** A pattern that can only match in a text for which {@code mayMatch} holds. */
  static Guarded when(String regex, Predicate<String> mayMatch) {
    return new Guarded(Pattern.compile(regex), Objects.requireNonNull(mayMatch));
  }

  Pattern pattern() {
    return pattern;
  }

  /** False only when the pattern cannot match anywhere in {@code text}. */
  boolean mayMatch(String text) {
    return mayMatch.test(text);
  }

  /** Every match in {@code text}, as spans (see {@link Cues#find}). */
  List<Span> find(String text) {
    return mayMatch(text) ? Cues.find(pattern, text) : List.of();
  }

  static boolean containsAnyIgnoreCase(String text, String[] needles) {
    for (String needle : needles) {
      if (containsIgnoreCase(text, needle)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsIgnoreCase(String text, String needle) {
    int n = needle.length();
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    for (int i = 0, last = text.length() - n; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == lower || c == upper || Character.toLowerCase(c) == lower)
          && text.regionMatches(true, i, needle, 0, n)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }
}
