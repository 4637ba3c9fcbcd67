package io.invitecheck.campaign;

import io.invitecheck.nlp.CodePoints;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The capitalised word after a greeting ("Hi Jana," "Dear Mr"): the spans of group 1 of {@link
 * #PATTERN} in a note, found by a hand scan that gives exactly what {@code Matcher.find} gives. The
 * pattern starts with a word boundary and no literal, so the regex engine tried it at every
 * character of every draft: a fifth of signing a mail merge's drafts. Stateless, thread-safe.
 */
final class GreetedNames {
  /** What the scan finds; the oracle of its test. Bounded quantifiers, no nesting. */
  static final Pattern PATTERN =
      Pattern.compile(
          "\\b(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|HI|HELLO|HEY|DEAR)\\s{1,3}(\\p{Lu}[\\p{L}'’-]{0,40})");

  private static final String[] GREETINGS = {
    "Hi", "hi", "Hello", "hello", "Hey", "hey", "Dear", "dear", "HI", "HELLO", "HEY", "DEAR"
  };
  private static final int MAX_SPACES = 3;
  private static final int MAX_NAME_TAIL = 40;

  private GreetedNames() {}

  /** The spans of the greeted names, in note order, as {@link #PATTERN}'s group 1 finds them. */
  static List<Span> find(String note) {
    List<Span> out = new ArrayList<>(2);
    int n = note.length();
    int i = 0;
    while (i < n) {
      int end = matchAt(note, i, out);
      i = end > 0 ? end : i + 1;
    }
    return out;
  }

  /**
   * The end of the match starting at {@code i}, after adding its name's span, or 0 when none starts
   * there. At most one greeting can match at a position: they differ in their first two letters or
   * in case, and each must be followed by white space.
   */
  private static int matchAt(String note, int i, List<Span> out) {
    char c = note.charAt(i);
    if (c != 'H' && c != 'h' && c != 'D' && c != 'd') {
      return 0;
    }
    if (wordBefore(note, i)) {
      return 0; // no word boundary: the greeting would continue a word
    }
    int j = -1;
    for (String g : GREETINGS) {
      if (note.startsWith(g, i)
          && i + g.length() < note.length()
          && CodePoints.isRegexSpace(note.charAt(i + g.length()))) {
        j = i + g.length();
        break;
      }
    }
    if (j < 0) {
      return 0;
    }
    int spaces = 0;
    while (j < note.length() && CodePoints.isRegexSpace(note.charAt(j))) {
      j++;
      spaces++;
    }
    if (spaces > MAX_SPACES || j >= note.length()) {
      return 0;
    }
    int first = note.codePointAt(j);
    if (Character.getType(first) != Character.UPPERCASE_LETTER) {
      return 0;
    }
    int start = j;
    j += Character.charCount(first);
    for (int tail = 0; tail < MAX_NAME_TAIL && j < note.length(); tail++) {
      int cp = note.codePointAt(j);
      if (!Character.isLetter(cp) && cp != '\'' && cp != '’' && cp != '-') {
        break;
      }
      j += Character.charCount(cp);
    }
    out.add(new Span(start, j));
    return j;
  }

  /**
   * What {@code \b} sees left of {@code i}: a word character, or a non-spacing mark on one (the
   * regex engine's rule, {@code java.util.regex.Pattern.Bound}).
   */
  private static boolean wordBefore(String s, int i) {
    if (i == 0) {
      return false;
    }
    int cp = s.codePointBefore(i);
    if (isWord(cp)) {
      return true;
    }
    if (Character.getType(cp) != Character.NON_SPACING_MARK) {
      return false;
    }
    for (int x = i - 1; x >= 0; x--) { // the mark's base, as Pattern.hasBaseCharacter looks
      int ch = s.codePointAt(x);
      if (Character.isLetterOrDigit(ch)) {
        return true;
      }
      if (Character.getType(ch) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }

  private static boolean isWord(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }
}
