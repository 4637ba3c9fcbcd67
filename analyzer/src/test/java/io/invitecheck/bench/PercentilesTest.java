package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, medians and the hash set the generator uses. */
class PercentilesTest {
  @Test
  void nearestRankPercentilesOfAThousandTimes() {
    long[] nanos = new long[1000];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = (1000 - i) * 1_000_000L; // 1..1000 ms, in reverse order
    }
    Percentiles p = Percentiles.ofNanos(nanos);
    assertEquals(1000, p.count());
    assertEquals(500.0, p.p50());
    assertEquals(900.0, p.p90());
    assertEquals(990.0, p.p99());
    assertEquals(999.0, p.p999());
    assertEquals(1000.0, p.max());
    assertEquals(500.5, p.mean(), 1e-9);
  }

  @Test
  void fewTimesGiveTheLargestForHighPercentiles() {
    Percentiles p = Percentiles.ofNanos(new long[] {3_000_000, 1_000_000, 2_000_000});
    assertEquals(2.0, p.p50());
    assertEquals(3.0, p.p99());
    assertEquals(3.0, p.p999());
    assertThrows(IllegalArgumentException.class, () -> Percentiles.ofNanos(new long[0]));
  }

  @Test
  void batchThroughputIsDraftsOverTheMedianWallTime() {
    BatchThroughput t =
        BatchThroughput.of(
            1000,
            2,
            List.of(4.0, 2.0, 5.0),
            List.of(500.0, 1000.0, 400.0),
            List.of(0.0, 0.1, 0.3),
            List.of(0.2, 0.1, 0.4));
    assertEquals(3, t.runs());
    assertEquals(4.0, t.medianWallSeconds());
    assertEquals(250.0, t.notesPerSecond());
    assertEquals(500.0, t.medianScoringNotesPerSecond());
    // scoring took 2, 1 and 2.5 s of the 4, 2 and 5 s
    assertEquals(List.of(2.0, 1.0, 2.5), t.outsideScoringSeconds());
    assertEquals(2.0, t.medianOutsideScoringSeconds());
    assertEquals(3.0, ColdStart.median(new double[] {2.0, 4.0}));
    assertEquals(List.of(0.2, 0.1, 0.4), t.gcSeconds());
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchThroughput.of(1, 1, List.of(1.0), List.of(), List.of(0.0), List.of(0.0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchThroughput.of(1, 1, List.of(1.0), List.of(1.0), List.of(), List.of(0.0)));
    assertThrows(
        IllegalArgumentException.class,
        () -> BatchThroughput.of(1, 1, List.of(1.0), List.of(1.0), List.of(0.0), List.of()));
  }

  @Test
  void theHashSetKeepsEveryValueOnceThroughGrowth() {
    LongHashSet set = new LongHashSet();
    for (long i = -5000; i < 5000; i++) {
      assertEquals(true, set.add(i * 7919), "first add of " + i);
    }
    for (long i = -5000; i < 5000; i++) {
      assertEquals(false, set.add(i * 7919), "second add of " + i);
    }
    assertEquals(10_000, set.size());
    assertEquals(LongHashSet.hash("Hi Ana"), LongHashSet.hash(new StringBuilder("Hi Ana")));
  }
}
