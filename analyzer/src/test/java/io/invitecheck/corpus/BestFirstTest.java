package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BestFirstTest {

  @Test
  void keepsTheHighestKeysBestFirstTiesByLowerItem() {
    BestFirst best = new BestFirst(3);
    best.offer(7, 1.5);
    best.offer(2, 4.0);
    best.offer(9, 1.5);
    best.offer(4, 1.5);
    best.offer(1, 0.5);
    assertArrayEquals(new int[] {2, 4, 7}, best.items());
    assertArrayEquals(new double[] {4.0, 1.5, 1.5}, best.keys());
  }

  @Test
  void agreesWithSortingEverythingOnRandomKeysWithManyTies() {
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      int n = random.nextInt(60);
      int capacity = 1 + random.nextInt(12);
      int[] items = IntStream.range(0, n).map(i -> random.nextInt(1_000)).distinct().toArray();
      double[] keys = new double[1_000];
      BestFirst best = new BestFirst(capacity);
      for (int item : items) {
        keys[item] = random.nextInt(8) / 4.0; // few distinct keys: ties are common
        best.offer(item, keys[item]);
      }
      int[] expected =
          IntStream.of(items)
              .boxed()
              .sorted(
                  Comparator.comparingDouble((Integer i) -> keys[i])
                      .reversed()
                      .thenComparingInt(i -> i))
              .limit(capacity)
              .mapToInt(Integer::intValue)
              .toArray();
      assertArrayEquals(expected, best.items());
    }
  }

  /** The scan-from-the-end insertion {@link BestFirst#offer} replaced, for comparison. */
  private static final class ScanningBestFirst {
    final int[] items;
    final double[] keys;
    int size;

    ScanningBestFirst(int capacity) {
      items = new int[capacity];
      keys = new double[capacity];
    }

    boolean offer(int item, double key) {
      int at = size;
      while (at > 0 && (key > keys[at - 1] || (key == keys[at - 1] && item < items[at - 1]))) {
        at--;
      }
      if (at == items.length) {
        return false;
      }
      int last = Math.min(size, items.length - 1);
      System.arraycopy(items, at, items, at + 1, last - at);
      System.arraycopy(keys, at, keys, at + 1, last - at);
      items[at] = item;
      keys[at] = key;
      size = Math.min(size + 1, items.length);
      return true;
    }
  }

  @Test
  void keepsWhatTheScanFromTheEndKeptWithRepeatsZerosAndNaN() {
    Random random = new Random(8);
    double[] odd = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (int round = 0; round < 20_000; round++) {
      int capacity = 1 + random.nextInt(40);
      BestFirst best = new BestFirst(capacity);
      ScanningBestFirst scanning = new ScanningBestFirst(capacity);
      int n = random.nextInt(300);
      boolean withOdd = round % 4 == 0;
      for (int i = 0; i < n; i++) {
        int item = random.nextInt(round % 2 == 0 ? 50 : 5_000); // repeated items too
        double key =
            withOdd && random.nextInt(10) == 0
                ? odd[random.nextInt(odd.length)]
                : (float) (random.nextInt(round % 3 == 0 ? 6 : 1_000_000) / 7.0);
        boolean would = best.wouldKeep(item, key);
        boolean inlined =
            !best.isFull()
                || key > best.lastKey()
                || (key == best.lastKey() && item < best.lastItem());
        if (inlined != would) {
          throw new AssertionError("round " + round + ": the getters' test for " + key);
        }
        boolean kept = scanning.offer(item, key);
        if (would) {
          best.offer(item, key);
        }
        if (would != kept) {
          throw new AssertionError("round " + round + ": wouldKeep " + would + " for " + key);
        }
        assertArrayEquals(Arrays.copyOf(scanning.items, scanning.size), best.items());
        assertArrayEquals(Arrays.copyOf(scanning.keys, scanning.size), best.keys());
      }
    }
  }

  /**
   * {@link BestFirst#filledWith} leaves what offering the same items in the same order leaves, and
   * offers taken after it find the same list: random keys with many ties, negative zero, infinities
   * and NaN, from no item up to the capacity.
   */
  @Test
  void fillingAtOnceEqualsOfferingOneByOne() {
    Random random = new Random(29);
    double[] special = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    int withNaN = 0;
    for (int round = 0; round < 20_000; round++) {
      int capacity = 1 + random.nextInt(40);
      int n = random.nextInt(capacity + 1);
      int more = random.nextInt(60);
      int[] items = new int[n + more];
      double[] keys = new double[n + more];
      boolean nan = false;
      for (int i = 0; i < items.length; i++) {
        items[i] = random.nextInt(3_000);
        keys[i] =
            random.nextInt(50) == 0
                ? special[random.nextInt(special.length)]
                : random.nextInt(1 + random.nextInt(30)) / 4.0;
        nan |= i < n && Double.isNaN(keys[i]);
      }
      withNaN += nan ? 1 : 0;
      BestFirst offered = new BestFirst(capacity);
      for (int i = 0; i < n; i++) {
        offered.offer(items[i], keys[i]);
      }
      BestFirst filled = BestFirst.filledWith(items, keys, n, capacity);
      assertArrayEquals(offered.items(), filled.items());
      assertArrayEquals(offered.keys(), filled.keys());
      for (int i = n; i < items.length; i++) {
        offered.offer(items[i], keys[i]);
        filled.offer(items[i], keys[i]);
      }
      assertArrayEquals(offered.items(), filled.items());
      assertArrayEquals(offered.keys(), filled.keys());
    }
    assertTrue(withNaN > 100, "rounds with a NaN key among the first: " + withNaN);
    assertThrows(
        IllegalArgumentException.class,
        () -> BestFirst.filledWith(new int[3], new double[3], 3, 2));
  }
}
