package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedChunksTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(3);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void resultsComeBackInInputOrderWhateverTheWorkTakes() throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<String> out = new ArrayList<>();
    List<String> threads = new ArrayList<>();
    OrderedChunks.run(
        pool,
        3,
        () -> next.get() < 1_000 ? next.getAndIncrement() : null,
        i -> {
          // later inputs finish first within and across chunks
          LockSupport.parkNanos((1_000 - i) % 7 * 20_000L);
          return "line " + i + " " + Thread.currentThread().getName();
        },
        r -> {
          out.add(r.substring(0, r.indexOf(' ', 5)));
          threads.add(r.substring(r.indexOf(' ', 5) + 1));
        });
    assertEquals(1_000, out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals("line " + i, out.get(i));
    }
    assertTrue(threads.stream().distinct().count() > 1, "the work ran on the pool: " + threads);
    assertTrue(threads.stream().noneMatch(t -> t.equals(Thread.currentThread().getName())));
  }

  @Test
  void readsOnlyAFewChunksAheadOfWhatIsConsumed() throws Exception {
    AtomicInteger read = new AtomicInteger();
    int[] maxAhead = {0};
    int[] consumed = {0};
    OrderedChunks.run(
        pool,
        2,
        () -> {
          maxAhead[0] = Math.max(maxAhead[0], read.get() - consumed[0]);
          return read.get() < 5_000 ? read.getAndIncrement() : null;
        },
        i -> i,
        r -> consumed[0]++);
    assertEquals(5_000, consumed[0]);
    int window = 2 * OrderedChunks.CHUNKS_PER_THREAD * OrderedChunks.CHUNK;
    assertTrue(maxAhead[0] <= window + OrderedChunks.CHUNK, "read ahead " + maxAhead[0]);
  }

  @Test
  void anEmptyStreamGivesNothingAndAShortOneAllOfIt() throws Exception {
    List<Integer> out = new ArrayList<>();
    OrderedChunks.<Integer, Integer>run(pool, 2, () -> null, i -> i, out::add);
    assertEquals(List.of(), out);
    AtomicInteger next = new AtomicInteger();
    OrderedChunks.run(
        pool, 2, () -> next.get() < 3 ? next.getAndIncrement() : null, i -> i * 10, out::add);
    assertEquals(List.of(0, 10, 20), out);
  }

  @Test
  void aFailingTaskStopsTheRunWithItsCause() {
    AtomicInteger next = new AtomicInteger();
    IllegalArgumentException boom = new IllegalArgumentException("boom at 77");
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                OrderedChunks.run(
                    pool,
                    2,
                    () -> next.get() < 200 ? next.getAndIncrement() : null,
                    i -> {
                      if (i == 77) {
                        throw boom;
                      }
                      return i;
                    },
                    r -> {}));
    assertSame(boom, e.getCause());
  }
}
