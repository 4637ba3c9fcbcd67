package io.invitecheck.campaign;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} keys to non-negative {@code int} values, at most three
 * quarters full: 16 to 32 bytes an entry, where a {@code HashMap<Long, Integer>} needs about 80.
 * Not thread-safe.
 */
final class LongIntMap {
  private static final int EMPTY = -1;
  private long[] keys = new long[64];
  private int[] values = filled(64);
  private int size;

  /** The value for {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == EMPTY) {
        return EMPTY;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /** Puts {@code value} unless the key is present; returns the value now stored. */
  int putIfAbsent(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must be 0 or more, was " + value);
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == EMPTY) {
        keys[i] = key;
        values[i] = value;
        if (++size * 4 > keys.length * 3) {
          grow();
        }
        return value;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /** Sets the value of a key that is present. */
  void put(long key, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("values must be 0 or more, was " + value);
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == EMPTY) {
        throw new IllegalStateException("no such key");
      }
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = filled(keys.length);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != EMPTY) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) (MinHash.mix(key) & mask);
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, EMPTY);
    return a;
  }
}
