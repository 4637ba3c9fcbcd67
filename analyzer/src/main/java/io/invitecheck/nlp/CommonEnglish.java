package io.invitecheck.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Words common in English invitation notes ("hi", "you", "the", "connect", ...). A note where at
 * least {@link #ENGLISH_SHARE} of the words are among them is English: the language detector, which
 * costs more than tagging the note and misreads short English notes (see {@code
 * UnsupportedLanguageCue}), is not asked.
 */
public final class CommonEnglish {
  /** The share of a note's words that makes it English. */
  public static final double ENGLISH_SHARE = 0.2;

  private static final Set<String> WORDS =
      WordSet.of(
          "the",
          "a",
          "an",
          "and",
          "or",
          "but",
          "to",
          "of",
          "in",
          "on",
          "at",
          "for",
          "with",
          "from",
          "by",
          "about",
          "as",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "am",
          "i",
          "i'm",
          "you",
          "your",
          "we",
          "our",
          "my",
          "me",
          "it",
          "this",
          "that",
          "would",
          "could",
          "will",
          "can",
          "love",
          "like",
          "hi",
          "hello",
          "hey",
          "thanks",
          "thank",
          "connect",
          "great",
          "here",
          "let's",
          "have",
          "has",
          "do",
          "not",
          "so",
          "if",
          "just",
          "really",
          "nice",
          "meet",
          "meeting",
          "work",
          "talk",
          "post",
          "fellow",
          "congrats",
          "network",
          "looking",
          "forward",
          "best",
          "regards",
          "what",
          "how",
          "when",
          "new",
          "next",
          "week",
          "team");

  private CommonEnglish() {}

  /**
   * How many of a note's words (tokens with a letter) there are, and how many are common English.
   */
  public record Count(int words, int english) {
    /** True when at least {@link #ENGLISH_SHARE} of the words (one at least) are common English. */
    public boolean isEnglish() {
      return words > 0 && english >= ENGLISH_SHARE * words;
    }
  }

  /** Counts the words among {@code tokens} tokens, token {@code i} being {@code token.apply(i)}. */
  public static Count count(int tokens, IntFunction<String> token) {
    byte[] kinds = new byte[tokens];
    for (int i = 0; i < tokens; i++) {
      kinds[i] = kind(token.apply(i));
    }
    return count(kinds);
  }

  /** {@link #kind} of a token without a letter. */
  static final byte NOT_A_WORD = 0;

  /** {@link #kind} of a word (a token with a letter) that is not common English. */
  static final byte WORD = 1;

  /** {@link #kind} of a common English word. */
  static final byte COMMON_WORD = 2;

  /**
   * What {@link #count} counts a token as: {@link #NOT_A_WORD}, {@link #WORD} or {@link
   * #COMMON_WORD}.
   */
  static byte kind(String token) {
    String t = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    return !hasLetter(t) ? NOT_A_WORD : WORDS.contains(t) ? COMMON_WORD : WORD;
  }

  /** {@link #count} of tokens whose {@link #kind}s are given. */
  static Count count(byte[] kinds) {
    int words = 0;
    int english = 0;
    for (byte kind : kinds) {
      if (kind != NOT_A_WORD) {
        words++;
        if (kind == COMMON_WORD) {
          english++;
        }
      }
    }
    return new Count(words, english);
  }

  /** {@code t.codePoints().anyMatch(Character::isLetter)}, without a stream. */
  private static boolean hasLetter(String t) {
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      if (Character.isLetter(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** True for a common English word given in lower case ("i'm" with an ASCII apostrophe). */
  public static boolean contains(String lowerCaseWord) {
    return WORDS.contains(lowerCaseWord);
  }
}
