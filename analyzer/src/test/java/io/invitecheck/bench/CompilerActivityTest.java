package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompilerActivityTest {
  private static final long SECOND = 1_000_000_000L;

  /** A clock and a compile-time counter the test moves by hand. */
  private long now = 5 * SECOND;

  private long compileMillis;

  private CompilerActivity activity() {
    return new CompilerActivity(
        () -> compileMillis, () -> now, CompilerActivity.WINDOW_NANOS, CompilerActivity.BUSY_SHARE);
  }

  /** One second passes, {@code millis} of it compiling; then the activity is asked. */
  private boolean second(CompilerActivity a, long millis) {
    now += SECOND;
    compileMillis += millis;
    return a.settled();
  }

  @Test
  void idleCompilersHaveSettledOnlyOnceTheSamplesSpanTheWindow() {
    CompilerActivity a = activity();
    assertFalse(a.settled()); // the first sample spans nothing
    assertFalse(second(a, 0));
    assertFalse(second(a, 0));
    assertTrue(second(a, 0)); // three idle seconds
  }

  @Test
  void busyCompilersHaveNotSettledThenSettleThreeQuietSecondsLater() {
    // the shape of a warm-up on 2 cores: C2 compiling all the time, then a trickle
    CompilerActivity a = activity();
    a.settled();
    for (int s = 0; s < 30; s++) {
      assertFalse(second(a, 1_000), "second " + s);
    }
    assertFalse(second(a, 300)); // last 3 s: 1,000 + 1,000 + 300 ms compiling
    assertFalse(second(a, 200)); // 1,000 + 300 + 200
    assertFalse(second(a, 100)); // 300 + 200 + 100 = 600 ms: 20% of 3 s is not under 20%
    assertTrue(second(a, 100)); // 200 + 100 + 100 = 400 ms
    assertFalse(second(a, 900)); // a burst of compiling: busy again
  }

  @Test
  void samplesAskedOftenerThanTheWindowAreKeptBackToTheWindow() {
    CompilerActivity a = activity();
    a.settled();
    // four samples a second, the compilers busy for the first two seconds
    for (int q = 0; q < 8; q++) {
      now += SECOND / 4;
      compileMillis += 250;
      assertFalse(a.settled());
    }
    // the window looks back 3 s from the newest sample to the newest sample at least that old;
    // until 2.5 s after the burst it holds 750 ms or more of it, 20% of 3 s is 600
    for (int q = 0; q < 9; q++) {
      now += SECOND / 4;
      assertFalse(a.settled(), "quarter " + q);
    }
    now += SECOND / 4; // 2.5 s after: 500 ms of compiling in the last 3 s
    assertTrue(a.settled());
  }

  @Test
  void aWindowOrShareOfZeroIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new CompilerActivity(() -> 0, () -> 0, 0, 0.2));
    assertThrows(
        IllegalArgumentException.class, () -> new CompilerActivity(() -> 0, () -> 0, SECOND, 0));
  }
}
