package io.invitecheck.cues;

/**
 * Case-insensitive substring search that folds the text once and then lets {@link
 * String#indexOf(String)} do the scanning.
 *
 * <p>{@link String#regionMatches(boolean, int, String, int, int) regionMatches} ignoring case takes
 * two chars as equal when they are equal, have equal upper cases, or have equal lower cases of
 * their upper cases; that is exactly when their {@link #fold folds} ({@code
 * toLowerCase(toUpperCase(c))}) are equal. So a folded text holds a folded needle at {@code i} if
 * and only if the text {@code regionMatches} the needle there, ignoring case, and {@link
 * #containsIgnoreCase} gives what a char-by-char scan with {@code regionMatches} gave, at the cost
 * of one fold per text instead of one {@code toLowerCase} per char per needle. Stateless.
 */
final class CaseFolded {
  private CaseFolded() {}

  /** The char as {@code regionMatches} ignoring case compares it. */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * {@code s} with every char {@link #fold folded}: same length, same offsets. Folds in a copy of
   * the chars (most notes have a capital to fold), ASCII without a call: the client compiler does
   * not inline {@code charAt} of a note with a char beyond Latin-1, nor {@link #fold(char)}.
   */
  static String fold(String s) {
    char[] out = s.toCharArray();
    boolean changed = false;
    for (int i = 0; i < out.length; i++) {
      char c = out[i];
      char f = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : fold(c);
      if (f != c) {
        out[i] = f;
        changed = true;
      }
    }
    return changed ? new String(out) : s;
  }

  /**
   * True when {@code text} holds {@code needle} ignoring case: at some {@code i} where the text
   * {@code regionMatches} the needle ignoring case and its char is the needle's first char, that
   * char's upper case, or a char whose lower case is the needle's first char in lower case.
   *
   * @param folded {@code fold(text)}
   * @param needle not empty
   * @param foldedNeedle {@code fold(needle)}
   */
  static boolean containsIgnoreCase(
      String text, String folded, String needle, String foldedNeedle) {
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    for (int i = folded.indexOf(foldedNeedle); i >= 0; i = folded.indexOf(foldedNeedle, i + 1)) {
      char c = text.charAt(i);
      if (c == lower || c == upper || Character.toLowerCase(c) == lower) {
        return true;
      }
    }
    return false;
  }
}
