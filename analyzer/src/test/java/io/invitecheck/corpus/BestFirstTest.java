package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
}
