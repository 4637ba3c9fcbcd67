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
 * <p>Open addressing with linear probing over {@link String#hashCode()}. The keys' characters sit
 * in one array, so a comparison reads chars, not {@code String.charAt}, which the client compiler
 * compiles to a call with its coder test and bounds check per character; the literal comes as a
 * {@code char[]} for the same reason. Immutable and thread-safe once built.
 */
final class PredicateTable {
  private final int[] hashes;
  private final int[] keyStarts; // per slot: where its key starts in keyChars
  private final int[] keyLengths; // per slot: its key's length, -1 for an empty slot
  private final char[] keyChars;
  private final Context[] values;
  private final int mask;

  PredicateTable(Map<String, Context> predicates) {
    int capacity = Integer.highestOneBit(Math.max(4, predicates.size() * 2 - 1)) << 1;
    hashes = new int[capacity];
    keyStarts = new int[capacity];
    keyLengths = new int[capacity];
    java.util.Arrays.fill(keyLengths, -1);
    values = new Context[capacity];
    mask = capacity - 1;
    int total = 0;
    for (String key : predicates.keySet()) {
      total += key.length();
    }
    keyChars = new char[total];
    int next = 0;
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      String key = e.getKey();
      int h = key.hashCode();
      int at = spread(h) & mask;
      while (keyLengths[at] >= 0) {
        at = (at + 1) & mask;
      }
      hashes[at] = h;
      keyStarts[at] = next;
      keyLengths[at] = key.length();
      key.getChars(0, key.length(), keyChars, next);
      next += key.length();
      values[at] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  private static final char[] NO_CHARS = new char[0];

  /** The parameters of predicate {@code key}, or null when the model does not know it. */
  Context get(String key) {
    return get(key.hashCode(), key.toCharArray(), NO_CHARS, 0, 0);
  }

  /**
   * The parameters of the predicate {@code new String(literal) + new String(text, from, to -
   * from)}, or null; {@code hash} is that string's {@link String#hashCode()}, computed by the
   * caller (often incrementally).
   */
  Context get(int hash, char[] literal, char[] text, int from, int to) {
    int length = literal.length + to - from;
    int[] lengths = keyLengths;
    for (int at = spread(hash) & mask; lengths[at] >= 0; at = (at + 1) & mask) {
      if (hashes[at] == hash
          && lengths[at] == length
          && matches(keyStarts[at], literal, text, from, to)) {
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

  /** Whether the key at {@code start} in {@link #keyChars} is the literal and then the span. */
  private boolean matches(int start, char[] literal, char[] text, int from, int to) {
    char[] key = keyChars;
    int n = literal.length;
    for (int k = 0; k < n; k++) {
      if (key[start + k] != literal[k]) {
        return false;
      }
    }
    int offset = start + n - from;
    for (int k = from; k < to; k++) {
      if (key[offset + k] != text[k]) {
        return false;
      }
    }
    return true;
  }
}
