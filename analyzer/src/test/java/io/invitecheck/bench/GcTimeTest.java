package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GcTimeTest {
  @Test
  void aCollectionBetweenTwoReadingsIsCounted() {
    GcTime before = GcTime.now();
    System.gc();
    GcTime after = GcTime.now();
    assertTrue(after.collections() > before.collections(), () -> before + " then " + after);
    assertTrue(after.secondsSince(before) >= 0, () -> before + " then " + after);
  }

  @Test
  void theSecondsAreTheDifferenceOfTheMilliseconds() {
    assertEquals(0.734, new GcTime(12, 1_000).secondsSince(new GcTime(9, 266)), 1e-12);
    assertEquals(0.0, new GcTime(3, 40).secondsSince(new GcTime(3, 40)));
  }
}
