package io.invitecheck.bench;

/**
 * A set of 64-bit hashes, open addressing, 8 bytes a member at most half full: it tells the
 * generator whether a text was made before without keeping the texts (a million drafts take 32 MB
 * here, not the 500 MB of their strings). Not thread-safe.
 */
final class LongHashSet {
  private long[] slots = new long[1024];
  private boolean hasZero;
  private int size;

  /** Adds the value; false when it was already there. */
  boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      size += added ? 1 : 0;
      return added;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (!insert(slots, value)) {
      return false;
    }
    size++;
    return true;
  }

  int size() {
    return size;
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = (int) (value ^ (value >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long v : slots) {
      if (v != 0) {
        insert(bigger, v);
      }
    }
    slots = bigger;
  }

  /** A 64-bit hash of a string: FNV-1a over its chars, then the murmur3 finalizer. */
  static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
