package io.invitecheck.corpus;

import java.util.Arrays;

/**
 * The at most {@code capacity} items offered with the highest keys, best first, ties by lower item.
 * Kept by insertion into a short sorted array: the lists here hold 4 to 40 items, and sorting every
 * candidate, boxed, had cost more than the search it served. A caller offering many items (a search
 * offers every note it touched, hundreds, most of them below the last kept) makes {@link
 * #wouldKeep}'s test itself first, from {@link #isFull}, {@link #lastKey}, {@link #lastItem} and
 * {@link #goesBefore}: small methods the client compiler inlines, where {@link #offer} and {@link
 * #wouldKeep} (too large to inline) are calls. Mutable; one per use.
 */
final class BestFirst {
  private final int[] items;
  private final double[] keys;
  private int size;
  private boolean nan; // whether a NaN key was offered: then offer scans as it always did

  BestFirst(int capacity) {
    items = new int[capacity];
    keys = new double[capacity];
  }

  /**
   * What offering {@code items[0, n)} with {@code keys[0, n)} in that order to a new {@code
   * BestFirst(capacity)} leaves, for {@code n <= capacity}: each of those offers finds room, so
   * without a NaN key the kept list is the {@code n} items in the total order of {@link
   * #goesBefore}, each inserted after the equal ones before it, which is where {@link #offer}'s
   * halving puts it; here one insertion sort in this method's loop places them, where {@code n}
   * offers were {@code n} calls with a search and two array copies each. With a NaN key the items
   * are offered one by one, as before ({@code BestFirstTest}).
   */
  static BestFirst filledWith(int[] items, double[] keys, int n, int capacity) {
    if (n > capacity) {
      throw new IllegalArgumentException(n + " items for a capacity of " + capacity);
    }
    BestFirst best = new BestFirst(capacity);
    for (int i = 0; i < n; i++) {
      if (keys[i] != keys[i]) {
        for (int k = 0; k < n; k++) {
          best.offer(items[k], keys[k]);
        }
        return best;
      }
    }
    int[] own = best.items;
    double[] ownKeys = best.keys;
    for (int i = 0; i < n; i++) {
      int item = items[i];
      double key = keys[i];
      int at = i;
      while (at > 0 && goesBefore(item, key, own[at - 1], ownKeys[at - 1])) {
        own[at] = own[at - 1];
        ownKeys[at] = ownKeys[at - 1];
        at--;
      }
      own[at] = item;
      ownKeys[at] = key;
    }
    best.size = n;
    return best;
  }

  /**
   * Whether {@link #offer} would keep {@code item}: exactly when there is room or it goes before
   * the last one kept (its rejection test, taken out).
   */
  boolean wouldKeep(int item, double key) {
    return !isFull() || goesBefore(item, key, lastItem(), lastKey());
  }

  /**
   * The order kept: whether {@code item} with {@code key} goes before {@code other} with {@code
   * otherKey} (a higher key, or the same key and a lower item). False both ways when a key is NaN.
   */
  static boolean goesBefore(int item, double key, int other, double otherKey) {
    return key > otherKey || (key == otherKey && item < other);
  }

  /** Whether as many items are kept as there is room for. */
  boolean isFull() {
    return size == items.length;
  }

  /** The last kept item's key; only when some item is kept. */
  double lastKey() {
    return keys[size - 1];
  }

  /** The last kept item; only when some item is kept. */
  int lastItem() {
    return items[size - 1];
  }

  /** Keeps {@code item} if its key is among the best so far. */
  void offer(int item, double key) {
    int at = size;
    if (key != key || nan) { // NaN compares false both ways: the scan from the end decides
      nan = true;
      while (at > 0 && goesBefore(item, key, items[at - 1], keys[at - 1])) {
        at--;
      }
    } else {
      // Without NaN the kept items are in a total order (key down, then item up), so "the new
      // item goes before item j" holds for a suffix of them: find where it starts by halving,
      // the place the scan from the end stops at.
      int low = 0;
      int high = size;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (goesBefore(item, key, items[mid], keys[mid])) {
          high = mid;
        } else {
          low = mid + 1;
        }
      }
      at = low;
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
