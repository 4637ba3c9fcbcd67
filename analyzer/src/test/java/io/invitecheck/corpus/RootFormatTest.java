package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link RootFormat#format} gives what {@code String.format(Locale.ROOT, ...)} gives. */
class RootFormatTest {
  private static final String[] FORMATS = {
    " (similarity %.2f)",
    "; calibrated spam probability %.2f",
    " (%.2f)",
    "The note reads like spam notes in the corpus (spam probability %.0f%%); the closest is %s.",
    "With names and companies set aside, the note is a near copy (%.0f%% of its word sequences)"
        + " of the known %s note %s%s.",
  };

  private static double value(SplittableRandom r) {
    switch (r.nextInt(6)) {
      case 0:
        return r.nextInt(10_001) / 10_000.0; // four decimals, as rounded scores are
      case 1:
        return r.nextInt(201) / 200.0 + (r.nextBoolean() ? 0 : 0.005); // halves to round
      case 2:
        return r.nextDouble() * 100;
      case 3:
        return new double[] {0, -0.0, 1, 0.005, 0.015, 0.125, 1.005, 2.675, 99.5, 0.995, 1e-9}
            [r.nextInt(11)];
      default:
        return r.nextDouble();
    }
  }

  private static void assertSame(SplittableRandom r) {
    String f = FORMATS[r.nextInt(FORMATS.length)];
    double v = value(r);
    Object[] args = {v, "sp-0042", "s1-0" + r.nextInt(100), r.nextBoolean() ? "" : ", one of x"};
    assertEquals(String.format(Locale.ROOT, f, args), RootFormat.format(f, args), f + " " + v);
  }

  @Test
  void formatsAsStringFormatInTheRootLocale() {
    SplittableRandom r = new SplittableRandom(1127);
    for (int i = 0; i < 200_000; i++) {
      assertSame(r);
    }
    // a long text once, then short ones again
    String longText = "x".repeat(10_000);
    assertEquals(
        String.format(Locale.ROOT, "%s (%.2f)", longText, 0.5),
        RootFormat.format("%s (%.2f)", longText, 0.5));
    assertEquals(" (0.50)", RootFormat.format(" (%.2f)", 0.5));
  }

  @Test
  void fixedWritesWhatTheFormatterWrites() {
    SplittableRandom r = new SplittableRandom(8);
    double[] odd = {
      -0.0,
      -0.005,
      -1,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.MIN_VALUE,
      1e-5,
      1e-3,
      0.5,
      9.995,
      99.995,
      999_999.995,
      1e6,
      1e7,
      1e20,
      0.045,
      0.055,
      12.345,
      1.0e-7
    };
    for (int i = 0; i < 300_000; i++) {
      double v;
      switch (i % 4) {
        case 0 -> v = value(r);
        case 1 -> v = value(r) * 100;
        case 2 -> v = odd[r.nextInt(odd.length)];
        default -> v = Double.longBitsToDouble(r.nextLong()); // any double at all
      }
      for (int digits = 0; digits <= 3; digits++) {
        String expected = String.format(Locale.ROOT, "%." + digits + "f", v);
        assertEquals(expected, RootFormat.fixed(v, digits), v + " to " + digits);
      }
    }
  }

  @Test
  void eachThreadHasItsOwnFormatter() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        long seed = t;
        done.add(
            pool.submit(
                () -> {
                  SplittableRandom r = new SplittableRandom(seed);
                  for (int i = 0; i < 20_000; i++) {
                    assertSame(r);
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
