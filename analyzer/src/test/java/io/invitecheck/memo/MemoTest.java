package io.invitecheck.memo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  @Test
  void computesAKeyOnceAndAnswersRepeatsFromMemory() {
    Memo<String, Integer> memo = new Memo<>(10);
    AtomicInteger calls = new AtomicInteger();
    assertEquals(5, memo.get("Hello", k -> calls.incrementAndGet() * 0 + k.length()));
    assertEquals(5, memo.get("Hello", k -> calls.incrementAndGet() * 0 + k.length()));
    assertEquals(1, calls.get());
    assertEquals(5, memo.getIfPresent("Hello"));
    assertNull(memo.getIfPresent("Goodbye"));
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    Memo<Integer, String> memo = new Memo<>(100);
    for (int i = 0; i < 1_000; i++) {
      assertEquals("v" + i, memo.get(i, k -> "v" + k));
      assertTrue(memo.size() <= 100, "size " + memo.size() + " after " + i);
    }
    // emptied when full: the last key is kept, the first long gone
    assertEquals("v999", memo.getIfPresent(999));
    assertNull(memo.getIfPresent(0));
  }

  @Test
  void keepsTheValuePut() {
    Memo<String, List<String>> memo = new Memo<>(2);
    List<String> tokens = List.of("Hi", "Ana");
    memo.put("Hi Ana", tokens);
    assertSame(tokens, memo.get("Hi Ana", k -> List.of("computed")));
  }

  @Test
  void givesTheFunctionsValueUnderConcurrentUse() throws Exception {
    Memo<Integer, String> memo = new Memo<>(64);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> wrong = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        wrong.add(
            pool.submit(
                () -> {
                  int bad = 0;
                  for (int i = 0; i < 20_000; i++) {
                    int key = (i * 31 + seed) % 200;
                    if (!memo.get(key, k -> "n" + k).equals("n" + key)) {
                      bad++;
                    }
                  }
                  return bad;
                }));
      }
      for (Future<Integer> f : wrong) {
        assertEquals(0, f.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsANonPositiveCapacity() {
    assertThrows(IllegalArgumentException.class, () -> new Memo<String, String>(0));
  }
}
