package io.invitecheck.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AfterUsesTest {

  @Test
  void absentForTheFirstUsesThenBuiltOnce() {
    AtomicInteger builds = new AtomicInteger();
    AfterUses<String> fast = new AfterUses<>(3, () -> "table " + builds.incrementAndGet());
    assertNull(fast.get());
    assertNull(fast.get());
    assertEquals("table 1", fast.get());
    assertEquals("table 1", fast.get());
    assertEquals(1, builds.get());
  }

  @Test
  void nowBuildsAtOnceAndAFastPathThatDoesNotApplyStaysAbsent() {
    AtomicInteger builds = new AtomicInteger();
    AfterUses<String> none =
        new AfterUses<>(
            100,
            () -> {
              builds.incrementAndGet();
              return null;
            });
    assertNull(none.now());
    for (int i = 0; i < 200; i++) {
      assertNull(none.get());
    }
    assertEquals(1, builds.get());
  }

  @Test
  void threadsRacingPastTheThresholdShareOneBuild() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    AfterUses<Object> fast =
        new AfterUses<>(
            50,
            () -> {
              builds.incrementAndGet();
              return new Object();
            });
    List<Thread> threads = new ArrayList<>();
    List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 8; t++) {
      Thread th =
          new Thread(
              () -> {
                for (int i = 0; i < 1_000; i++) {
                  Object v = fast.get();
                  if (v != null) {
                    seen.add(v);
                  }
                }
              });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(1, builds.get());
    assertEquals(8 * 1_000 - 49, seen.size()); // the first 49 calls had none
    for (Object v : seen) {
      assertSame(seen.get(0), v);
    }
  }
}
