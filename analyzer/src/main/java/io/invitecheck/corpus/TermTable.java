package io.invitecheck.corpus;

import java.util.Map;

/**
 * A read-only map from a field's terms to their ids, in a few flat arrays: an open-addressing table
 * of {@code long}s (the term's hash and its id) beside one of where its characters sit in a single
 * {@code char} array. A lookup reads three arrays where a {@code HashMap<String, Integer>} follows
 * a node, a key string, its bytes and a boxed id, each a likely cache miss in a map of tens of
 * thousands of terms; under the client compiler those lookups were most of the neighbour search's
 * query vector. Gives exactly what the map gives ({@code TermTableTest}). Immutable and
 * thread-safe.
 */
final class TermTable {
  // per slot, two longs: hash << 32 | (id + 1), 0 when empty; then start << 32 | length of the
  // term in chars
  private final long[] slots;
  private final char[] chars; // every term, one after another
  private final int mask;

  /** A table of the map's terms and ids (ids from 0). */
  TermTable(Map<String, Integer> ids) {
    int capacity = capacity(ids.size());
    slots = new long[capacity * 2];
    mask = capacity - 1;
    int total = 0;
    for (String term : ids.keySet()) {
      total += term.length();
    }
    chars = new char[total];
    int at = 0;
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      String term = e.getKey();
      int id = e.getValue();
      if (id < 0) {
        throw new IllegalArgumentException("negative id " + id + " of " + term);
      }
      term.getChars(0, term.length(), chars, at);
      place(term.hashCode(), id, at, term.length());
      at += term.length();
    }
  }

  /**
   * A table of {@code terms[from]} to {@code terms[to - 1]}, each without its first {@code skip}
   * characters (a prefix such as "s:"), whose id is its index in {@code terms}: the same table the
   * map of those cut terms to their indices gives, without making the cut strings or the map. The
   * terms must be distinct once cut.
   */
  TermTable(String[] terms, int from, int to, int skip) {
    int capacity = capacity(to - from);
    slots = new long[capacity * 2];
    mask = capacity - 1;
    int total = 0;
    for (int i = from; i < to; i++) {
      total += terms[i].length() - skip;
    }
    chars = new char[total];
    int at = 0;
    for (int i = from; i < to; i++) {
      String term = terms[i];
      int length = term.length() - skip;
      term.getChars(skip, term.length(), chars, at);
      int hash = 0; // String.hashCode of the cut term
      for (int k = at; k < at + length; k++) {
        hash = 31 * hash + chars[k];
      }
      place(hash, i, at, length);
      at += length;
    }
  }

  private static int capacity(int size) {
    return Integer.highestOneBit(Math.max(4, size * 2 + 1) - 1) << 1;
  }

  /** Puts the term at {@code chars[at, at + length)} with this hash and id in a free slot. */
  private void place(int hash, int id, int at, int length) {
    int slot = spread(hash) & mask;
    while (slots[2 * slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[2 * slot] = ((long) hash << 32) | (id + 1L);
    slots[2 * slot + 1] = ((long) at << 32) | length;
  }

  /** The id of {@code term}, or -1 when the table does not have it. */
  int id(String term) {
    int hash = term.hashCode();
    int slot = spread(hash) & mask;
    long entry;
    while ((entry = slots[2 * slot]) != 0) {
      if ((int) (entry >>> 32) == hash && matches(term, slots[2 * slot + 1])) {
        return (int) entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private boolean matches(String term, long place) {
    int length = (int) place;
    if (term.length() != length) {
      return false;
    }
    int start = (int) (place >>> 32);
    for (int i = 0; i < length; i++) {
      if (term.charAt(i) != chars[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** Mixes the string hash's high bits into the low ones, which pick the slot. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
