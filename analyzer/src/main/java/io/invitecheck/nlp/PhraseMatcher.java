package io.invitecheck.nlp;

import io.invitecheck.report.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds phrases in a note, ignoring case, accents and runs of white space, at word boundaries:
 * "free" matches "Free trial" but not "freelance". Made once from a phrase list, immutable and
 * thread-safe. A search of a list of {@value #AUTOMATON_MIN_PHRASES} phrases or more is one pass
 * over the note ({@link PhraseAutomaton}); a shorter list is searched phrase by phrase. Neither
 * uses regular expressions, so hostile input cannot make them backtrack.
 */
public final class PhraseMatcher {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  /**
   * Lists this long or longer are searched with an automaton (built once, a few hundred
   * microseconds for the longest lists); shorter ones, such as the recipient's names matched once
   * per note, phrase by phrase.
   */
  static final int AUTOMATON_MIN_PHRASES = 8;

  private final List<String> phrases;
  private final PhraseAutomaton automaton; // null for short lists

  private PhraseMatcher(List<String> phrases) {
    this.phrases = phrases;
    this.automaton = phrases.size() >= AUTOMATON_MIN_PHRASES ? new PhraseAutomaton(phrases) : null;
  }

  /** A matcher for these phrases (any case; blank ones are skipped). */
  public static PhraseMatcher of(Collection<String> phrases) {
    List<String> folded = new ArrayList<>();
    for (String p : phrases) {
      if (p != null && !p.isBlank()) {
        String f = collapseSpaces(fold(p.strip())).strip();
        if (!f.isEmpty() && !folded.contains(f)) { // a phrase of combining marks folds to nothing
          folded.add(f);
        }
      }
    }
    // longest first, so that the longer of two overlapping phrases wins
    folded.sort(Comparator.comparingInt(String::length).reversed());
    return new PhraseMatcher(List.copyOf(folded));
  }

  /**
   * {@code s} with every run of white space ({@code \\s}: space, tab, line feed, vertical tab, form
   * feed, carriage return) replaced by one space: what {@code s.replaceAll("\\s+", " ")} gives,
   * without a regular expression (a matcher is built for every recipient's name).
   */
  public static String collapseSpaces(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !changesAt(s, i)) {
      i++; // nothing to change up to here: other characters and lone spaces
    }
    if (i == n) {
      return s;
    }
    StringBuilder b = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (CodePoints.isRegexSpace(c)) {
        b.append(' ');
        while (i < n && CodePoints.isRegexSpace(s.charAt(i))) {
          i++;
        }
      } else {
        b.append(c);
        i++;
      }
    }
    return b.toString();
  }

  /** Whether the white space at {@code i} is not already one lone space. */
  private static boolean changesAt(String s, int i) {
    char c = s.charAt(i);
    return CodePoints.isRegexSpace(c)
        && (c != ' ' || (i + 1 < s.length() && CodePoints.isRegexSpace(s.charAt(i + 1))));
  }

  /** A matcher for these phrases. */
  public static PhraseMatcher of(String... phrases) {
    return of(List.of(phrases));
  }

  /** This matcher with more phrases (e.g. the configured extra phrases). */
  public PhraseMatcher plus(Collection<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(phrases);
    all.addAll(more);
    return of(all);
  }

  public List<String> phrases() {
    return phrases;
  }

  /**
   * Every non-overlapping match in {@code text}, in text order, as spans of the original text.
   * Where two phrases overlap, the longer one wins.
   */
  public List<Span> findAll(String text) {
    Folded f = Folded.of(text);
    if (phrases.isEmpty()) {
      return List.of();
    }
    return automaton != null ? findWithAutomaton(f) : findPhraseByPhrase(f);
  }

  /** {@link #findAll} searching the note once per phrase (package-private: tests compare). */
  List<Span> findPhraseByPhrase(String text) {
    return findPhraseByPhrase(Folded.of(text));
  }

  private List<Span> findPhraseByPhrase(Folded f) {
    List<Span> found = new ArrayList<>();
    for (String phrase : phrases) {
      int from = 0;
      while (from <= f.text.length()) {
        int i = f.text.indexOf(phrase, from);
        if (i < 0) {
          break;
        }
        accept(found, f, phrase, i);
        from = i + 1;
      }
    }
    found.sort(Comparator.comparingInt(Span::start));
    return found;
  }

  /**
   * The same matches from one pass of the automaton: its occurrences, taken in the order the
   * phrase-by-phrase search meets them (by phrase, longest first, then by position), go through the
   * same test.
   */
  private List<Span> findWithAutomaton(Folded f) {
    long[] occurrences = automaton.occurrences(f.chars, f.text.length());
    Arrays.sort(occurrences); // phrase index << 32 | start
    List<Span> found = new ArrayList<>();
    for (long o : occurrences) {
      accept(found, f, phrases.get((int) (o >>> 32)), (int) o);
    }
    found.sort(Comparator.comparingInt(Span::start));
    return found;
  }

  /**
   * Adds the occurrence of {@code phrase} at folded index {@code i} when it stands at word
   * boundaries and overlaps no match found before.
   */
  private static void accept(List<Span> found, Folded f, String phrase, int i) {
    int end = i + phrase.length();
    if (!boundaryBefore(f.text, i, phrase) || !boundaryAfter(f.text, end, phrase)) {
      return;
    }
    int start = f.start(i);
    int originalEnd = f.end(end);
    for (Span s : found) {
      if (overlaps(s, start, originalEnd)) {
        return;
      }
    }
    found.add(new Span(start, originalEnd));
  }

  /** The first match in text order, or {@code null}. */
  public Span findFirst(String text) {
    List<Span> all = findAll(text);
    return all.isEmpty() ? null : all.get(0);
  }

  /** True when any phrase occurs in {@code text}. */
  public boolean matches(String text) {
    return !findAll(text).isEmpty();
  }

  private static boolean overlaps(Span s, int start, int end) {
    return s.start() < end && start < s.end();
  }

  private static boolean boundaryBefore(String text, int i, String phrase) {
    return i == 0
        || !Character.isLetterOrDigit(phrase.charAt(0))
        || !Character.isLetterOrDigit(text.charAt(i - 1));
  }

  private static boolean boundaryAfter(String text, int end, String phrase) {
    return end == text.length()
        || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))
        || !Character.isLetterOrDigit(text.charAt(end));
  }

  /** Lower case without accents: "Zürich" → "zurich". */
  public static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /**
   * The note folded for search (lower case, no accents, one space for any white-space run,
   * typographic apostrophes made ASCII), with a map from each folded index back to the original.
   */
  static final class Folded {
    final String original;
    final String text;
    final int[] origin; // origin[i] = index in the original text of folded char i
    final char[] chars; // text's chars from 0 (the array may be longer; not to be changed)

    private Folded(String original, String text, int[] origin, char[] chars) {
      this.original = original;
      this.text = text;
      this.origin = origin;
      this.chars = chars;
    }

    /**
     * The last note folded on this thread: the detectors search one note with a dozen matchers in a
     * row, and fold it once.
     */
    private static final ThreadLocal<Folded> LAST = new ThreadLocal<>();

    static Folded of(String original) {
      Folded last = LAST.get();
      if (last != null && last.original == original) {
        return last;
      }
      Folded f = fold(original);
      LAST.set(f);
      return f;
    }

    /**
     * Folds the note into a char array: ASCII by a table, white space by a table, and any other
     * code point by its own fold remembered in {@link #CODE_POINT_FOLDS}; the same text and origins
     * as appending {@code fold} of each code point to a {@code StringBuilder} ({@code
     * PhraseMatcherTest}), without a normalisation and a regular expression per accented letter,
     * dash or emoji.
     */
    static Folded fold(String original) {
      int length = original.length();
      char[] out = new char[length];
      int[] origin = new int[length + 1];
      int n = 0;
      boolean lastSpace = false;
      for (int i = 0; i < length; ) {
        // Each branch below writes at most one char, except a fold, which makes its own room.
        if (n == out.length) {
          out = Arrays.copyOf(out, n * 2 + 1);
          origin = Arrays.copyOf(origin, n * 2 + 2);
        }
        char c = original.charAt(i);
        if (c < 128) { // ASCII, nearly every character of a note: no string to fold
          if (ASCII_SPACE[c]) {
            if (!lastSpace) {
              out[n] = ' ';
              origin[n++] = i;
            }
            lastSpace = true;
          } else {
            out[n] = ASCII_FOLD[c];
            origin[n++] = i;
            lastSpace = false;
          }
          i++;
          continue;
        }
        int cp = original.codePointAt(i);
        if (Character.isWhitespace(cp)) {
          if (!lastSpace) {
            out[n] = ' ';
            origin[n++] = i;
          }
          lastSpace = true;
        } else {
          lastSpace = false;
          String f = foldOf(cp);
          if (n + f.length() > out.length) {
            out = Arrays.copyOf(out, (n + f.length()) * 2);
            origin = Arrays.copyOf(origin, (n + f.length()) * 2 + 1);
          }
          for (int k = 0; k < f.length(); k++) {
            out[n] = f.charAt(k);
            origin[n++] = i;
          }
        }
        i += Character.charCount(cp);
      }
      origin[n] = length;
      return new Folded(original, new String(out, 0, n), origin, out);
    }

    /** ASCII white space ({@link Character#isWhitespace}), by char. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    /** Each ASCII char folded: A-Z to lower case, any other as it is. */
    private static final char[] ASCII_FOLD = new char[128];

    static {
      for (char c = 0; c < 128; c++) {
        ASCII_SPACE[c] = Character.isWhitespace(c);
        ASCII_FOLD[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
    }

    /**
     * The folds of code points above ASCII met so far: a pure function of the code point (a string
     * of one code point has no context for {@code toLowerCase} to look at), bounded to {@value
     * #CODE_POINT_FOLDS_MAX} entries; past that, folds are computed each time.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, String> CODE_POINT_FOLDS =
        new java.util.concurrent.ConcurrentHashMap<>();

    private static final int CODE_POINT_FOLDS_MAX = 8_192;

    /** The fold of one non-white-space code point above ASCII, as {@link #fold} folds it. */
    static String foldOf(int cp) {
      if (cp == '\u2018' || cp == '\u2019') {
        return "'";
      }
      Integer key = cp;
      String f = CODE_POINT_FOLDS.get(key);
      if (f == null) {
        f = PhraseMatcher.fold(new String(Character.toChars(cp)));
        if (CODE_POINT_FOLDS.size() < CODE_POINT_FOLDS_MAX) {
          CODE_POINT_FOLDS.putIfAbsent(key, f);
        }
      }
      return f;
    }

    int start(int foldedIndex) {
      return origin[foldedIndex];
    }

    /** The original end (exclusive) of the folded range ending at {@code foldedEnd}. */
    int end(int foldedEnd) {
      if (foldedEnd >= text.length()) {
        return original.length();
      }
      int last = origin[foldedEnd - 1];
      return last + Character.charCount(original.codePointAt(last));
    }
  }
}
