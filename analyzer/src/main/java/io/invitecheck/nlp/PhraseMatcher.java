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
 * over the note ({@link PhraseAutomaton}); a shorter list is searched phrase by phrase. The
 * detectors' built-in lists are made with {@link #shared} and read one pass of one automaton over
 * all of them. None uses regular expressions, so hostile input cannot make them backtrack.
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
  private final PhraseAutomaton automaton; // null for short lists and shared ones
  private final int shared; // the index among the shared lists, or -1

  private PhraseMatcher(List<String> phrases) {
    this.phrases = phrases;
    this.automaton = phrases.size() >= AUTOMATON_MIN_PHRASES ? new PhraseAutomaton(phrases) : null;
    this.shared = -1;
  }

  private PhraseMatcher(List<String> phrases, int shared) {
    this.phrases = phrases;
    this.automaton = null;
    this.shared = shared;
  }

  /** A matcher for these phrases (any case; blank ones are skipped). */
  public static PhraseMatcher of(Collection<String> phrases) {
    return new PhraseMatcher(prepared(phrases));
  }

  /** The phrases folded, without blanks and repeats, longest first. */
  private static List<String> prepared(Collection<String> phrases) {
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
    return List.copyOf(folded);
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

  /**
   * A matcher for these phrases, finding what {@link #of(Collection)} finds, that searches a note
   * together with the other shared matchers: one automaton holds the phrases of them all, runs once
   * over a note, and each shared matcher reads its own phrases' occurrences from that one result
   * ({@link Shared}). For the detectors' built-in lists, made once per class (a constant): each
   * call adds a list to the shared automaton for the life of the JVM, so past {@value
   * Shared#MAX_LISTS} lists this gives a matcher of its own, as {@link #of(Collection)} does.
   */
  public static PhraseMatcher shared(Collection<String> phrases) {
    List<String> folded = prepared(phrases);
    int index = Shared.register(folded);
    return index < 0 ? new PhraseMatcher(folded) : new PhraseMatcher(folded, index);
  }

  /** {@link #shared(Collection)} of these phrases. */
  public static PhraseMatcher shared(String... phrases) {
    return shared(List.of(phrases));
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
    if (shared >= 0) {
      return findShared(f);
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
   * The same matches read from the shared automaton's occurrences in the note: sorted by global
   * phrase index, then start, this list's phrases are one stretch of them ({@code offset} up to
   * {@code offset + phrases.size()}) in the order {@link #findWithAutomaton} takes its own, and an
   * occurrence of a phrase in a text does not depend on which other phrases the automaton holds.
   */
  private List<Span> findShared(Folded f) {
    Shared s = Shared.covering(shared);
    long[] all = f.sharedOccurrences(s);
    int offset = s.offsets[shared];
    int from = Shared.firstAtLeast(all, (long) offset << 32);
    int to = Shared.firstAtLeast(all, (long) (offset + phrases.size()) << 32);
    List<Span> found = new ArrayList<>();
    for (int k = from; k < to; k++) {
      long o = all[k];
      accept(found, f, phrases.get((int) (o >>> 32) - offset), (int) o);
    }
    if (found.size() > 1) {
      found.sort(Comparator.comparingInt(Span::start));
    }
    return found;
  }

  /**
   * The phrase lists of the {@link #shared} matchers, and one automaton over all of them.
   *
   * <p>Why: the detectors search every note with a dozen built-in lists; one automaton per list
   * read the note's folded chars a dozen times, and that loop was 3% of a unique note's time with
   * the client compiler. One automaton over the concatenated lists reads it once; a list's phrases
   * keep their order, shifted by the list's offset, so the occurrences of list {@code i}'s phrase
   * {@code k} are those of global phrase {@code offsets[i] + k}.
   *
   * <p>The automaton is built again when a list is registered after the last build (at class
   * initialisation of the detectors, before the first search in practice). Immutable once built;
   * the registry is guarded by the class lock.
   */
  static final class Shared {
    /** Lists the registry takes; a bound so that a misuse cannot grow the automaton for ever. */
    static final int MAX_LISTS = 64;

    private static final List<List<String>> LISTS = new ArrayList<>();
    private static volatile Shared current = new Shared(List.of());

    final int lists; // how many registered lists this automaton covers
    final int[] offsets; // offsets[i]: the global index of list i's first phrase
    final PhraseAutomaton automaton; // null when no phrase

    private Shared(List<List<String>> lists) {
      this.lists = lists.size();
      this.offsets = new int[lists.size()];
      List<String> all = new ArrayList<>();
      for (int i = 0; i < lists.size(); i++) {
        offsets[i] = all.size();
        all.addAll(lists.get(i));
      }
      this.automaton = all.isEmpty() ? null : new PhraseAutomaton(all);
    }

    /** Adds a list (of folded, distinct phrases); its index, or -1 when the registry is full. */
    static synchronized int register(List<String> phrases) {
      if (LISTS.size() == MAX_LISTS) {
        return -1;
      }
      LISTS.add(List.copyOf(phrases));
      return LISTS.size() - 1;
    }

    /** An automaton that covers list {@code index}, building it anew if need be. */
    static Shared covering(int index) {
      Shared s = current;
      if (index < s.lists) {
        return s;
      }
      synchronized (Shared.class) {
        if (index >= current.lists) {
          current = new Shared(List.copyOf(LISTS));
        }
        return current;
      }
    }

    /** Every occurrence in the folded chars, sorted: global phrase index, then start. */
    long[] occurrences(Folded f) {
      if (automaton == null) {
        return new long[0];
      }
      long[] all = automaton.occurrences(f.chars, f.text.length());
      Arrays.sort(all);
      return all;
    }

    /** The first index of the sorted {@code a} whose value is {@code key} or more. */
    static int firstAtLeast(long[] a, long key) {
      int lo = 0;
      int hi = a.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (a[mid] < key) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
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

    private Shared sharedBy; // the automaton that found sharedFound, or null
    private long[] sharedFound; // its occurrences in this note, sorted

    private Folded(String original, String text, int[] origin, char[] chars) {
      this.original = original;
      this.text = text;
      this.origin = origin;
      this.chars = chars;
    }

    /**
     * The shared automaton's occurrences in this note, found once for the dozen shared matchers
     * that search it. A Folded lives on one thread ({@link #LAST}), so the memo needs no lock.
     */
    long[] sharedOccurrences(Shared s) {
      if (sharedBy != s) {
        sharedFound = s.occurrences(this);
        sharedBy = s;
      }
      return sharedFound;
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
      // the note's chars from an array: the client compiler makes each charAt of a note with a
      // char beyond Latin-1 a call with a coder and an index check
      char[] in = original.toCharArray();
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
        char c = in[i];
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
        int cp = Character.codePointAt(in, i);
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
