package io.invitecheck.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryBlendTest {

  private static HistoryEvidence evidence(boolean usable, double sim, int accepted, int rejected) {
    List<HistoryEvidence.Neighbor> n = new ArrayList<>();
    for (int i = 0; i < accepted; i++) {
      n.add(new HistoryEvidence.Neighbor("a" + i, sim, true, "note"));
    }
    for (int i = 0; i < rejected; i++) {
      n.add(new HistoryEvidence.Neighbor("r" + i, sim, false, "note"));
    }
    int size = n.size();
    return new HistoryEvidence(
        usable, 40, size, accepted, size == 0 ? 0 : (double) accepted / size, n, "m");
  }

  @Test
  void tenIdenticalRejectedNotesOutweighTheModelTwoToOne() {
    // (5 * 0.2 + 10 * 1) / (5 + 10)
    assertEquals(11.0 / 15, HistoryBlend.blend(0.2, evidence(true, 1.0, 0, 10)), 1e-12);
  }

  @Test
  void acceptedNeighboursPullTheRiskDown() {
    // (5 * 0.6 + 0) / (5 + 8 * 0.5)
    assertEquals(3.0 / 9, HistoryBlend.blend(0.6, evidence(true, 0.5, 8, 0)), 1e-12);
  }

  @Test
  void weakSimilarityMovesLittle() {
    // 7 of 9 not accepted at similarity 0.2: (5 * 0.3 + 7 * 0.2) / (5 + 9 * 0.2)
    double blended = HistoryBlend.blend(0.3, evidence(true, 0.2, 2, 7));
    assertEquals((1.5 + 1.4) / 6.8, blended, 1e-12);
  }

  @Test
  void unusableOrEmptyHistoryLeavesTheRisk() {
    assertEquals(0.2, HistoryBlend.blend(0.2, evidence(false, 1.0, 0, 10)), 0.0);
    assertEquals(0.2, HistoryBlend.blend(0.2, evidence(true, 1.0, 0, 0)), 0.0);
  }

  @Test
  void riskOutsideTheUnitIntervalIsRejected() {
    assertThrows(
        IllegalArgumentException.class, () -> HistoryBlend.blend(1.5, evidence(true, 1, 0, 1)));
  }
}
