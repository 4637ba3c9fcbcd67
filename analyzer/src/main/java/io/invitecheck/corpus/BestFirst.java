package io.invitecheck.corpus;

import java.util.Arrays;

/**
 * The at most {@code capacity} items offered with the highest keys, best first, ties by lower item.
 * Kept by insertion into a short sorted array: the lists here hold 4 to 40 items, and sorting every
 * candidate, boxed, had cost more than the search it served. Mutable; one per use.
 */
final class BestFirst {
  private final int[] items;
  private final double[] keys;
  private int size;

  BestFirst(int capacity) {
    items = new int[capacity];
    keys = new double[capacity];
  }

  /** Keeps {@code item} if its key is among the best so far. */
  void offer(int item, double key) {
    int at = size;
    while (at > 0 && (key > keys[at - 1] || (key == keys[at - 1] && item < items[at - 1]))) {
      at--;
    }
    if (at == items.length) {
      return;
    }
    int last = Math.min(size, items.length - 1);
    System.arraycopy(items, at, items, at + 1, last - at);
    System.arraycopy(keys, at, keys, at + 1, last - at);
    items[at] = item;
    keys[at] = key;
    size = Math.min(size + 1, items.length);
  }

  /** The items kept, best first. */
  int[] items() {
    return Arrays.copyOf(items, size);
  }

  /** The keys of {@link #items()}, in the same order. */
  double[] keys() {
    return Arrays.copyOf(keys, size);
  }
}
