package io.invitecheck.corpus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The ids of word-pair terms ({@code "add you"}, {@code "add_you"}) by the ids of their two words,
 * so that a note whose words are already known by id ({@link NoteTerms.Word}) finds each of its
 * word pairs with one probe of a table of {@code long}s, instead of building the pair's string,
 * hashing it and comparing its characters with a term's in a table of tens of thousands (two or
 * three cache misses each under the client compiler).
 *
 * <p>Exact: every term is split at each of its separators into a first and a second half, every
 * half gets a word id ({@link #word}), and the pair of ids is keyed to the term's id. A term is
 * determined by its two halves (it is first + separator + second), so no two terms share a key; and
 * the string {@code a + separator + b} is a term exactly when its split after {@code a} was keyed,
 * that is when both {@code a} and {@code b} have word ids and {@link #id} finds the pair. Immutable
 * and thread-safe.
 */
final class WordPairs {
  private static final long EMPTY = -1L; // no key: word ids are never negative
  private static final long PHI = 0x9E3779B97F4A7C15L;

  private final TermTable words; // every half of a term, ids from 0
  private final long[] keys; // per slot: first << 32 | second, or EMPTY
  private final int[] ids; // per slot: the term's id
  private final int shift;
  private final int mask;

  private WordPairs(TermTable words, long[] keys, int[] ids) {
    this.words = words;
    this.keys = keys;
    this.ids = ids;
    this.mask = keys.length - 1;
    this.shift = 64 - Integer.numberOfTrailingZeros(keys.length);
  }

  /** The pairs of {@code terms} (term to id, ids not negative), split at each {@code separator}. */
  static WordPairs of(Map<String, Integer> terms, char separator) {
    String[] keys = new String[terms.size()];
    int[] ids = new int[keys.length];
    int n = 0;
    for (Map.Entry<String, Integer> e : terms.entrySet()) {
      keys[n] = e.getKey();
      ids[n++] = e.getValue();
    }
    return of(keys, ids, 0, n, 0, separator);
  }

  /**
   * The pairs of {@code terms[from]} to {@code terms[to - 1]}, each without its first {@code skip}
   * characters (a prefix such as "p:"), whose id is its index in {@code terms}: what {@link
   * #of(Map, char)} gives for the map of the cut terms to their indices, without making that map.
   */
  static WordPairs of(String[] terms, int from, int to, int skip, char separator) {
    return of(terms, null, from, to, skip, separator);
  }

  /**
   * The pairs of the terms from {@code from} to {@code to}, ids by index when {@code ids} is null.
   */
  private static WordPairs of(
      String[] terms, int[] termIds, int from, int to, int skip, char separator) {
    // one pass: each split's halves numbered as met, its key and the term's id kept in order
    Map<String, Integer> halves = new HashMap<>(Math.max(16, to - from));
    long[] splitKeys = new long[Math.max(16, to - from)];
    int[] splitIds = new int[splitKeys.length];
    int splits = 0;
    for (int t = from; t < to; t++) {
      String term = terms[t];
      int id = termIds == null ? t : termIds[t];
      for (int at = term.indexOf(separator, skip); at >= 0; at = term.indexOf(separator, at + 1)) {
        if (splits == splitKeys.length) {
          splitKeys = Arrays.copyOf(splitKeys, splits * 2);
          splitIds = Arrays.copyOf(splitIds, splits * 2);
        }
        splitKeys[splits] =
            key(half(halves, term.substring(skip, at)), half(halves, term.substring(at + 1)));
        splitIds[splits++] = id;
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, splits) * 2 - 1) << 1; // at most half full
    long[] keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    int[] ids = new int[capacity];
    int shift = 64 - Integer.numberOfTrailingZeros(capacity);
    for (int s = 0; s < splits; s++) {
      long key = splitKeys[s];
      int slot = (int) ((key * PHI) >>> shift);
      while (keys[slot] != EMPTY) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = key;
      ids[slot] = splitIds[s];
    }
    return new WordPairs(new TermTable(halves), keys, ids);
  }

  /** The word id of {@code half}, numbering it next when it is new. */
  private static int half(Map<String, Integer> halves, String half) {
    Integer id = halves.putIfAbsent(half, halves.size());
    return id != null ? id : halves.size() - 1;
  }

  private static long key(int first, int second) {
    return ((long) first << 32) | second;
  }

  /** The word id of {@code word} as a half of a term, or -1 when no term has it as one. */
  int word(String word) {
    return words.id(word);
  }

  /**
   * The id of the term made of the words {@code first} and {@code second} ({@link #word} ids) with
   * the separator between them, or -1 when there is none or either id is -1.
   */
  int id(int first, int second) {
    if ((first | second) < 0) {
      return -1;
    }
    long key = key(first, second);
    long[] k = keys;
    for (int slot = (int) ((key * PHI) >>> shift); ; slot = (slot + 1) & mask) {
      long at = k[slot];
      if (at == key) {
        return ids[slot];
      }
      if (at == EMPTY) {
        return -1;
      }
    }
  }
}
