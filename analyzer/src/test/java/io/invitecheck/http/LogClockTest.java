package io.invitecheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LogClock} prints what {@code Instant.toString()} prints, fraction or none. */
class LogClockTest {

  @Test
  void formatsAsInstantDoesAcrossSecondsAndMilliseconds() {
    LogClock clock = new LogClock();
    long start = Instant.parse("2026-11-27T02:43:58.990Z").toEpochMilli();
    for (long ms = start; ms < start + 3_000; ms++) { // whole seconds, .001 .010 .100, rollovers
      assertEquals(Instant.ofEpochMilli(ms).toString(), clock.format(ms));
    }
    assertEquals("2026-11-27T02:44:00Z", clock.format(start + 1_010));
    assertEquals("2026-11-27T02:44:00.007Z", clock.format(start + 1_017));
    assertEquals("2026-11-27T02:44:00.070Z", clock.format(start + 1_080));
  }

  @Test
  void formatsRandomInstantsInAnyOrder() {
    LogClock clock = new LogClock();
    SplittableRandom r = new SplittableRandom(27);
    for (int i = 0; i < 20_000; i++) {
      long ms = r.nextLong(-2_000_000_000_000L, 4_000_000_000_000L);
      if (i % 3 == 0) {
        ms -= Math.floorMod(ms, 1000); // a whole second now and then
      }
      assertEquals(Instant.ofEpochMilli(ms).toString(), clock.format(ms), Long.toString(ms));
    }
  }

  @Test
  void nowIsTheCurrentMillisecond() {
    LogClock clock = new LogClock();
    long before = System.currentTimeMillis();
    Instant printed = Instant.parse(clock.now());
    long after = System.currentTimeMillis();
    long at = printed.toEpochMilli();
    assertTrue(at >= before && at <= after, before + " <= " + at + " <= " + after);
  }
}
