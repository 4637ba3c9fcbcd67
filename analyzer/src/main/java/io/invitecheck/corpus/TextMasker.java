package io.invitecheck.corpus;

import io.invitecheck.draft.Profile;
import io.invitecheck.nlp.CodePoints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Hides what differs between copies of a mail-merge template: the names, companies and schools of
 * the two profiles, the name after a greeting ("Hi Priya,"), and, for template comparison, every
 * capitalised word inside a sentence and every number. Stateless and thread-safe; linear in the
 * note times the number of profile values, with no regular expressions.
 */
public final class TextMasker {
  // first, as static initialisers below may read words: per ASCII char, isLetterOrDigit
  private static final boolean[] ASCII_WORD_CHAR = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD_CHAR[c] = Character.isLetterOrDigit(c);
    }
  }

  /** Stands for a person's name in masked text. */
  public static final String NAME = "zzname";

  /** Stands for an organisation (company or school) in masked text. */
  public static final String ORG = "zzorg";

  /** Stands for another capitalised word (a proper noun) in template tokens. */
  public static final String CAP = "zzcap";

  /** Stands for a number in template tokens. */
  public static final String NUM = "zznum";

  private static final Set<String> GREETINGS =
      Set.of("hi", "hey", "hello", "dear", "hiya", "greetings", "morning", "afternoon", "yo");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "there",
          "all",
          "team",
          "everyone",
          "folks",
          "again",
          "friend",
          "sir",
          "madam",
          "i",
          "i'm",
          "i'd",
          "hope",
          "my",
          "just",
          "love",
          "thanks",
          "great",
          "quick");
  private static final Set<String> PRONOUN_I = Set.of("i", "i'm", "i'd", "i've", "i'll");

  private TextMasker() {}

  /**
   * The note with the profiles' names, companies and schools and the greeted name replaced by
   * {@link #NAME} or {@link #ORG} (surrounded by spaces). Used for the index and the classifier, so
   * that a name teaches nothing.
   */
  public static String mask(String text, Profile recipient, Profile sender) {
    return mask(text, null, recipient, sender);
  }

  /**
   * {@link #mask(String, Profile, Profile)} of a text whose chars the caller already copied out
   * ({@code chars}, not changed; null when not), so that they are not copied again: the corpus
   * stage reads one note's chars in three places ({@link LabeledCorpusScorer}).
   */
  static String mask(String text, char[] chars, Profile recipient, Profile sender) {
    List<String[]> values = values(recipient, sender);
    String masked = text;
    Folded folded = null; // masked's chars folded, made when a value is first looked for
    for (String[] v : values) {
      if (folded == null && !skips(masked, v[0])) {
        folded = folded(masked, masked == text ? chars : null);
      }
      String next = replaceWord(masked, folded, v[0], v[1]);
      if (next != masked) {
        masked = next;
        folded = null;
      }
    }
    return maskGreetedName(masked);
  }

  /**
   * The {value, mask} pairs {@link #mask} replaces, in the order it replaces them: the longest
   * value first.
   */
  static List<String[]> values(Profile recipient, Profile sender) {
    List<String[]> values = new ArrayList<>();
    addPerson(values, recipient);
    addPerson(values, sender);
    values.sort(Comparator.comparingInt((String[] v) -> v[0].length()).reversed());
    return values;
  }

  /**
   * The words of a note as a template sees them: lower case; profile values, greeted names and
   * capitalised words inside a sentence all as {@link #CAP} (so that a name found through a profile
   * and one found by its capital look the same), numbers as {@link #NUM}, runs of one mask
   * collapsed, punctuation dropped.
   */
  public static List<String> templateTokens(String text, Profile recipient, Profile sender) {
    return templateTokens(mask(text, recipient, sender));
  }

  /**
   * The {@link #templateTokens} of a note already {@link #mask masked}, read from one copy of its
   * chars: under the client compiler {@code charAt} on a masked note with a char above U+00FF is a
   * call with a bounds check per char. A word of ASCII chars is lowered into its one string where
   * it stands (its {@code toLowerCase(Locale.ROOT)} maps A-Z to a-z and keeps every other ASCII
   * char, and it has no U+2019), and its first char's {@code isDigit} and {@code isUpperCase} are
   * 0-9 and A-Z, so it costs one string instead of a substring, its lower case and the tests'
   * calls; a word with another char goes the old way. The same tokens as {@link
   * #templateTokensByStrings}, which tests compare.
   */
  static List<String> templateTokens(String masked) {
    char[] s = masked.toCharArray();
    int n = s.length;
    List<String> out = new ArrayList<>(Math.max(10, n / 5)); // unique-20k: a word per 5.5 chars
    char[] lowered = new char[n]; // each ASCII word lowered here before its string is made
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = s[i];
      if (!isWordChar(c)) {
        sentenceStart |= endsSentence(c);
        i++;
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < n && (isWordChar(s[i]) || isInnerApostrophe(s, i))) {
        ascii &= s[i] < 128;
        i++;
      }
      String token =
          ascii
              ? asciiToken(s, start, i, sentenceStart, lowered)
              : token(masked, start, i, sentenceStart);
      add(out, token);
      sentenceStart = false;
    }
    return out;
  }

  /**
   * The template token of the ASCII word {@code s[start, end)}, as {@link #token} gives it, lowered
   * in {@code lowered} (room for the word; its contents do not matter).
   */
  private static String asciiToken(
      char[] s, int start, int end, boolean sentenceStart, char[] lowered) {
    char first = s[start];
    if (first >= '0' && first <= '9') {
      return NUM;
    }
    for (int k = start; k < end; k++) {
      char c = s[k];
      lowered[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    String lower = new String(lowered, 0, end - start);
    if (lower.equals(NAME) || lower.equals(ORG)) {
      return CAP; // a name with a profile and one without must look the same
    }
    if (!sentenceStart && first >= 'A' && first <= 'Z' && !PRONOUN_I.contains(lower)) {
      return CAP;
    }
    return lower;
  }

  /** Whether a template token after {@code c} starts a sentence. */
  private static boolean endsSentence(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';';
  }

  /** Adds a template token, but a placeholder only once for a run of the same placeholder. */
  private static void add(List<String> out, String token) {
    if (!(token.startsWith("zz") && !out.isEmpty() && out.get(out.size() - 1).equals(token))) {
      out.add(token);
    }
  }

  /** The template token of the word {@code masked[start, end)}. */
  private static String token(String masked, int start, int end, boolean sentenceStart) {
    String word = masked.substring(start, end);
    String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (Character.isDigit(word.charAt(0))) {
      return NUM;
    } else if (lower.equals(NAME) || lower.equals(ORG)) {
      return CAP; // a name with a profile and one without must look the same
    } else if (!sentenceStart
        && Character.isUpperCase(word.charAt(0))
        && !PRONOUN_I.contains(lower)) {
      return CAP;
    }
    return lower;
  }

  /**
   * {@link #templateTokens(String)} as it was written first, by strings, every word through {@link
   * #token}: for tests comparing the ASCII path with it.
   */
  static List<String> templateTokensByStrings(String masked) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = masked.length();
    boolean sentenceStart = true;
    while (i < n) {
      char c = masked.charAt(i);
      if (!isWordChar(c)) {
        sentenceStart |= endsSentence(c);
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(masked.charAt(i)) || isInnerApostrophe(masked, i))) {
        i++;
      }
      String token = token(masked, start, i, sentenceStart);
      add(out, token);
      sentenceStart = false;
    }
    return out;
  }

  /**
   * Word 3-shingles of the template tokens; a note of fewer words gives one shingle of them all.
   */
  public static Set<String> shingles(List<String> tokens) {
    Set<String> out = new LinkedHashSet<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < 3) {
      out.add(String.join(" ", tokens));
      return out;
    }
    for (int i = 0; i + 3 <= tokens.size(); i++) {
      out.add(tokens.get(i) + ' ' + tokens.get(i + 1) + ' ' + tokens.get(i + 2));
    }
    return out;
  }

  /**
   * {@link #jaccard} when it can reach {@code threshold}, else -1 without comparing the sets: the
   * shared part is at most the smaller set and the union at least the larger, so the similarity is
   * at most their sizes' ratio (computed the same way, so the bound is exact). Most template
   * candidates differ too much in length to be near copies.
   */
  public static double jaccardIfAtLeast(Set<String> a, Set<String> b, double threshold) {
    int min = Math.min(a.size(), b.size());
    int max = Math.max(a.size(), b.size());
    if (max > 0 && min / (double) (min + max - min) < threshold) {
      return -1;
    }
    return jaccard(a, b);
  }

  /** Jaccard similarity of two sets: shared / union, 0 when both are empty. */
  public static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String s : small) {
      if (large.contains(s)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }

  private static void addPerson(List<String[]> values, Profile p) {
    String name = p.name();
    if (name != null) {
      values.add(new String[] {name, NAME});
      List<String> parts = new ArrayList<>(4); // as name.split("[\\s.]+"), of two chars or more
      CodePoints.addNameParts(name, parts);
      for (String part : parts) {
        values.add(new String[] {part, NAME});
      }
    }
    if (p.company() != null) {
      values.add(new String[] {p.company(), ORG});
    }
    if (p.school() != null) {
      values.add(new String[] {p.school(), ORG});
    }
  }

  /** Replaces whole-word, case-insensitive occurrences of {@code value}. */
  static String replaceWord(String text, String value, String replacement) {
    return replaceWord(text, skips(text, value) ? null : folded(text, null), value, replacement);
  }

  /** Whether {@link #replaceWord} returns the text without looking for the value. */
  private static boolean skips(String text, String value) {
    return value.isBlank() || value.length() > text.length();
  }

  /**
   * A text's chars {@link #fold folded}, and where a value could start a whole word: at 0 and after
   * each char that is not a word char. A note's values (some eight a draft) are looked for in one
   * array, and only at those places (a fifth of a note's chars): every other place fails {@link
   * #replaceWord}'s test that no word char comes before.
   */
  private record Folded(char[] chars, int[] starts, int count) {}

  /** The {@link Folded} of {@code text}, read from {@code chars} (its chars) unless null. */
  private static Folded folded(String text, char[] chars) {
    char[] out = chars == null ? text.toCharArray() : new char[chars.length];
    char[] in = chars == null ? out : chars;
    int[] starts = new int[out.length + 1];
    int count = 0;
    boolean afterWordChar = false;
    for (int i = 0; i < out.length; i++) {
      char c = in[i];
      if (!afterWordChar) {
        starts[count++] = i;
      }
      afterWordChar = isWordChar(c);
      out[i] = fold(c);
    }
    return new Folded(out, starts, count);
  }

  /**
   * {@link #replaceWord(String, String, String)}, with the text's chars {@link #folded} (null when
   * it {@link #skips} the value). It tries only the places after a non-word char (or at 0), where
   * the scan over every place would also test the rest, in the same order: the matches are the
   * scan's, leftmost first and not overlapping.
   */
  private static String replaceWord(String text, Folded folded, String value, String replacement) {
    if (skips(text, value)) {
      return text;
    }
    StringBuilder sb = null;
    int last = 0;
    int length = value.length();
    int textLength = text.length();
    char[] chars = folded.chars();
    int[] starts = folded.starts();
    // regionMatches ignoring case compares chars by toLowerCase(toUpperCase(c)); checking the
    // first char so first skips the call at nearly every place (a surrogate is left to it)
    char first = value.charAt(0);
    boolean checkFirst = !Character.isSurrogate(first);
    char firstFolded = fold(first);
    for (int k = 0, count = folded.count(); k < count; k++) {
      int i = starts[k];
      if (i + length > textLength) {
        break;
      }
      if (i >= last
          && (!checkFirst || chars[i] == firstFolded)
          && text.regionMatches(true, i, value, 0, length)
          && (i + length == textLength || !isWordChar(text.charAt(i + length)))) {
        if (sb == null) {
          sb = new StringBuilder(textLength + 16);
        }
        sb.append(text, last, i).append(' ').append(replacement).append(' ');
        last = i + length;
      }
    }
    if (sb == null) {
      return text;
    }
    return sb.append(text, last, textLength).toString();
  }

  /**
   * The char as {@link String#regionMatches(boolean, int, String, int, int)} ignoring case sees it.
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * The capitalised word right after a greeting word ("Priya" in "Hi Priya,"), or {@code null} when
   * the note greets nobody by name.
   */
  public static String greetedName(String text) {
    return greetedName(text, text.toCharArray());
  }

  /**
   * {@link #greetedName(String)} from the text's chars ({@code chars}, not changed): the scan stops
   * at the first greeted name, the one it gives, instead of finding them all ({@link
   * #greetedNameSpans}); most notes greet in their first two words.
   */
  static String greetedName(String text, char[] chars) {
    List<int[]> spans = greetedNameSpans(text, chars, true);
    return spans.isEmpty() ? null : text.substring(spans.get(0)[0], spans.get(0)[1]);
  }

  /** "Hi Priya," → "Hi zzname,": every capitalised word right after a greeting. */
  private static String maskGreetedName(String text) {
    List<int[]> spans = greetedNameSpans(text);
    if (spans.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8);
    int last = 0;
    for (int[] span : spans) {
      sb.append(text, last, span[0]).append(NAME);
      last = span[1];
    }
    return sb.append(text, last, text.length()).toString();
  }

  /**
   * The {start, end} of every capitalised word right after a greeting word, in text order. A word
   * of ASCII letters is compared with the greetings where it stands; only other words are copied
   * and lower-cased ({@link #greetedNameSpansByCopies}, the old way, which tests compare).
   */
  static List<int[]> greetedNameSpans(String note) {
    // the chars read from one copy: under the client compiler charAt on a UTF-16 note (one char
    // above U+00FF is enough) is a call with a bounds check per char
    return greetedNameSpans(note, note.toCharArray(), false);
  }

  /** {@link #greetedNameSpans(String)} from the note's chars, only the first when {@code first}. */
  private static List<int[]> greetedNameSpans(String note, char[] text, boolean first) {
    List<int[]> spans = new ArrayList<>(1);
    int i = 0;
    int n = text.length;
    boolean afterGreeting = false;
    while (i < n) {
      if (!isWordChar(text[i])) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(text[i]) || isInnerApostrophe(text, i))) {
        i++;
      }
      if (afterGreeting
          && Character.isUpperCase(text[start])
          && !NOT_NAMES.contains(note.substring(start, i).toLowerCase(Locale.ROOT))
          && start > 0
          && (text[start - 1] == ' ' || text[start - 1] == '\u00A0')) {
        spans.add(new int[] {start, i});
        if (first) {
          return spans;
        }
      }
      afterGreeting = isGreeting(note, text, start, i);
    }
    return spans;
  }

  /**
   * Whether {@code text[start, end)} lower-cased (as {@link Locale#ROOT}) is a greeting. A word of
   * ASCII chars lower-cases to the same length, A-Z to a-z, so it is compared where it stands; a
   * word with another char is copied and lower-cased.
   */
  private static boolean isGreeting(String note, char[] text, int start, int end) {
    char first = text[start];
    if (first < 128 && !GREETING_FIRST[first]) {
      return false; // an ASCII char lower-cases (in Locale.ROOT) to its ASCII lower case, in place
    }
    for (int k = start; k < end; k++) {
      if (text[k] >= 128) {
        return GREETINGS.contains(note.substring(start, end).toLowerCase(Locale.ROOT));
      }
    }
    int length = end - start;
    for (String g : GREETING_LIST) {
      if (g.length() == length && asciiEqualsIgnoreCase(text, start, g)) {
        return true;
      }
    }
    return false;
  }

  private static final String[] GREETING_LIST = GREETINGS.toArray(String[]::new);

  /**
   * For each ASCII char, whether a greeting starts with its lower case: most words of a note are
   * not greetings, and their first char says so.
   */
  private static final boolean[] GREETING_FIRST = new boolean[128];

  static {
    for (String g : GREETING_LIST) {
      char c = g.charAt(0);
      if (c >= 128 || !g.equals(g.toLowerCase(Locale.ROOT))) {
        throw new ExceptionInInitializerError("a greeting not in ASCII lower case: " + g);
      }
      GREETING_FIRST[c] = true;
      GREETING_FIRST[Character.toUpperCase(c)] = true;
    }
  }

  /** Whether the ASCII chars of {@code text} from {@code start} lower-cased spell {@code lower}. */
  private static boolean asciiEqualsIgnoreCase(char[] text, int start, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = text[start + k];
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #greetedNameSpans} by copying and lower-casing every word, for tests. */
  static List<int[]> greetedNameSpansByCopies(String text) {
    List<int[]> spans = new ArrayList<>(1);
    int i = 0;
    int n = text.length();
    String previous = null;
    while (i < n) {
      if (!isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && (isWordChar(text.charAt(i)) || isInnerApostrophe(text, i))) {
        i++;
      }
      String word = text.substring(start, i);
      if (previous != null
          && GREETINGS.contains(previous)
          && Character.isUpperCase(word.charAt(0))
          && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
          && onlySpacesBetween(text, start)) {
        spans.add(new int[] {start, i});
      }
      previous = word.toLowerCase(Locale.ROOT);
    }
    return spans;
  }

  private static boolean onlySpacesBetween(String text, int wordStart) {
    int j = wordStart - 1;
    return j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0');
  }

  /**
   * {@link Character#isLetterOrDigit(char)}, read from a table for ASCII chars (most of a note):
   * under the client compiler the general test is a few calls per char.
   */
  private static boolean isWordChar(char c) {
    return c < 128 ? ASCII_WORD_CHAR[c] : Character.isLetterOrDigit(c);
  }

  /** {@link #isInnerApostrophe(String, int)} on the chars of a string. */
  private static boolean isInnerApostrophe(char[] s, int i) {
    char c = s[i];
    return (c == '\'' || c == '\u2019')
        && i + 1 < s.length
        && Character.isLetter(s[i + 1])
        && i > 0
        && Character.isLetter(s[i - 1]);
  }

  private static boolean isInnerApostrophe(String s, int i) {
    char c = s.charAt(i);
    return (c == '\'' || c == '\u2019')
        && i + 1 < s.length()
        && Character.isLetter(s.charAt(i + 1))
        && i > 0
        && Character.isLetter(s.charAt(i - 1));
  }
}
