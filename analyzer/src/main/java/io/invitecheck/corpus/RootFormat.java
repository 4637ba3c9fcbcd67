package io.invitecheck.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Formatter;
import java.util.Locale;

/**
 * {@code String.format(Locale.ROOT, ...)} through one {@link Formatter} per thread. Each {@code
 * String.format} makes a new formatter, and a formatter for any locale but {@code Locale.US} makes
 * a new {@code DecimalFormatSymbols} for its first number: that was most of the time the corpus
 * stage spent on the few numbers in a reason's message and evidence. A formatter keeps no state
 * between calls but its output, which is cleared, so the text is the same. Confined to its thread.
 */
final class RootFormat {
  private static final ThreadLocal<Formatter> FORMATTER =
      ThreadLocal.withInitial(() -> new Formatter(new StringBuilder(64), Locale.ROOT));

  private RootFormat() {}

  /** {@code String.format(Locale.ROOT, format, args)}. */
  static String format(String format, Object... args) {
    Formatter f = FORMATTER.get();
    StringBuilder out = (StringBuilder) f.out();
    out.setLength(0);
    f.format(format, args);
    String s = out.toString();
    if (out.capacity() > 4096) {
      FORMATTER.remove(); // a long one once: do not keep its buffer
    }
    return s;
  }

  /** Values {@link #fixed} writes itself; others go through the formatter. */
  private static final double FIXED_LIMIT = 1e6;

  /**
   * {@code format("%." + digits + "f", value)}, written without the formatter for a finite value
   * from +0 to a million: the formatter rounds the shortest decimal of the double ({@link
   * Double#toString}) half up to {@code digits} places and writes it with the root locale's digits
   * and '.', which is what {@link BigDecimal#setScale(int, RoundingMode)} with {@code HALF_UP} of
   * that decimal gives. The formatter parses its pattern and finds the locale's symbols for each
   * number; the corpus stage writes up to eight numbers for a note like spam. -0.0, negative, huge,
   * infinite and NaN values take the formatter ({@code RootFormatTest} compares on random values
   * and on halves to round).
   */
  static String fixed(double value, int digits) {
    if (!(value >= 0 && value < FIXED_LIMIT) || Double.doubleToRawLongBits(value) < 0) {
      return format("%." + digits + "f", value);
    }
    return new BigDecimal(Double.toString(value))
        .setScale(digits, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
