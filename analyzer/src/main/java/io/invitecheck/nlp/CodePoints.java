package io.invitecheck.nlp;

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
}
