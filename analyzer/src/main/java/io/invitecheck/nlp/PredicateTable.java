package io.invitecheck.nlp;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A GIS model's predicates, looked up by a literal followed by a span of a string ({@code "p=" +
 * chunk.substring(0, i)}) without building that string: the lookup computes the string's hash from
 * its parts and compares characters in place. Under the client compiler a {@code HashMap} lookup of
 * a freshly concatenated string pays for the copy, for a hash that is computed once and thrown
 * away, and for a non-intrinsic {@code String.equals}.
 *
 * <p>Open addressing with linear probing over {@link String#hashCode()}; immutable and thread-safe
 * once built.
 */
final class PredicateTable {
  private final int[] hashes;
  private final String[] keys;
  private final Context[] values;
  private final int mask;

  PredicateTable(Map<String, Context> predicates) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    hashes = new int[capacity];
    keys = new String[capacity];
    values = new Context[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      int h = e.getKey().hashCode();
      int at = spread(h) & mask;
      while (keys[at] != null) {
        at = (at + 1) & mask;
      }
      hashes[at] = h;
      keys[at] = e.getKey();
      values[at] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static final char[] NO_CHARS = new char[0];

  /** The parameters of predicate {@code key}, or null when the model does not know it. */
  Context get(String key) {
    return get(key.hashCode(), key, NO_CHARS, 0, 0);
  }

  /**
   * The parameters of the predicate {@code literal + new String(text, from, to - from)}, or null;
   * {@code hash} is that string's {@link String#hashCode()}, computed by the caller (often
   * incrementally).
   */
  Context get(int hash, String literal, char[] text, int from, int to) {
    int length = literal.length() + to - from;
    for (int at = spread(hash) & mask; keys[at] != null; at = (at + 1) & mask) {
      if (hashes[at] == hash && matches(keys[at], length, literal, text, from, to)) {
        return values[at];
      }
    }
    return null;
  }

  /** The hash of {@code literal + new String(text, from, to - from)} given the literal's. */
  static int hash(int literalHash, char[] text, int from, int to) {
    int h = literalHash;
    for (int k = from; k < to; k++) {
      h = 31 * h + text[k];
    }
    return h;
  }

  private static boolean matches(
      String key, int length, String literal, char[] text, int from, int to) {
    if (key.length() != length) {
      return false;
    }
    int n = literal.length();
    for (int k = 0; k < n; k++) {
      if (key.charAt(k) != literal.charAt(k)) {
        return false;
      }
    }
    for (int k = from; k < to; k++) {
      if (key.charAt(n + k - from) != text[k]) {
        return false;
      }
    }
    return true;
  }
}
