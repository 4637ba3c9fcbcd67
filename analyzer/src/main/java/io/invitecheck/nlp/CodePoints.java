package io.invitecheck.nlp;

import java.util.List;

/** Character classes the hand-written scanners share. Stateless. */
public final class CodePoints {
  private CodePoints() {}

  /**
   * Whether the code point is a letter or a number: what {@code [\p{L}\p{N}]} matches (Unicode
   * categories L and N), with a fast path for ASCII.
   */
  public static boolean isLetterOrNumber(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * Whether the char is white space as a regular expression's {@code \\s} means it without flags:
   * space, tab, line feed, vertical tab, form feed, carriage return.
   */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Whether the char splits a person's name into parts: {@code [\\s.]}, white space or a dot. */
  public static boolean isNameSeparator(char c) {
    return c == '.' || isRegexSpace(c);
  }

  /**
   * Adds the parts of a name of two characters or more, in order, split at {@link
   * #isNameSeparator}: what {@code name.split("[\\s.]+")} gives of two characters or more, without
   * the regular expression. "J. R. R. Tolkien" gives "Tolkien".
   */
  public static void addNameParts(String name, List<String> out) {
    int start = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || isNameSeparator(name.charAt(i))) {
        if (i - start >= 2) {
          out.add(name.substring(start, i));
        }
        start = i + 1;
      }
    }
  }
}
