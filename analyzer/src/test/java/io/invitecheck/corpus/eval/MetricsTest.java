package io.invitecheck.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void precisionRecallAndF1OfAKnownConfusion() {
    // truth a: 3 as a, 1 as b; truth b: 2 as a, 4 as b
    Confusion c = new Confusion(List.of("a", "b"));
    for (int i = 0; i < 3; i++) {
      c.add(0, 0);
    }
    c.add(0, 1);
    c.add(1, 0);
    c.add(1, 0);
    for (int i = 0; i < 4; i++) {
      c.add(1, 1);
    }
    assertEquals(10, c.total());
    assertEquals(3 / 5.0, c.precision(0), 1e-12);
    assertEquals(3 / 4.0, c.recall(0), 1e-12);
    assertEquals(2 * 0.6 * 0.75 / 1.35, c.f1(0), 1e-12);
    assertEquals(4 / 5.0, c.precision(1), 1e-12);
    assertEquals(4 / 6.0, c.recall(1), 1e-12);
    assertEquals(0.7, c.accuracy(), 1e-12);
    assertEquals(4, c.support(0));
    assertEquals((c.f1(0) + c.f1(1)) / 2, c.macroF1(), 1e-12);
  }

  @Test
  void classNeverPredictedHasPrecisionZero() {
    Confusion c = new Confusion(List.of("a", "b"));
    c.add(0, 1);
    assertEquals(0, c.precision(0));
    assertEquals(0, c.recall(0));
    assertEquals(0, c.f1(0));
  }

  @Test
  void rocAucCountsOrderedPairsAndHalfTies() {
    // positives 0.9 and 0.3, negatives 0.8 and 0.2: 3 of 4 pairs ordered
    assertEquals(
        0.75,
        Metrics.rocAuc(new double[] {0.9, 0.8, 0.3, 0.2}, new boolean[] {true, false, true, false}),
        1e-12);
    // a tie between one positive and one negative counts half
    assertEquals(0.5, Metrics.rocAuc(new double[] {0.5, 0.5}, new boolean[] {true, false}), 1e-12);
    assertEquals(
        1.0,
        Metrics.rocAuc(new double[] {0.1, 0.2, 0.9}, new boolean[] {false, false, true}),
        1e-12);
    assertEquals(true, Double.isNaN(Metrics.rocAuc(new double[] {0.1}, new boolean[] {true})));
  }

  @Test
  void brierAndReliability() {
    double[] p = {0.05, 0.15, 0.95, 1.0};
    boolean[] y = {false, true, true, true};
    assertEquals((0.0025 + 0.7225 + 0.0025 + 0) / 4, Metrics.brier(p, y), 1e-12);
    List<Metrics.Bin> bins = Metrics.reliability(p, y, 10);
    assertEquals(10, bins.size());
    assertEquals(1, bins.get(0).count());
    assertEquals(0.0, bins.get(0).observed());
    assertEquals(1, bins.get(1).count());
    assertEquals(1.0, bins.get(1).observed());
    assertEquals(2, bins.get(9).count(), "1.0 falls into the last bin");
    assertEquals(0.975, bins.get(9).meanPredicted(), 1e-12);
    assertEquals(true, Double.isNaN(bins.get(5).observed()));
  }
}
