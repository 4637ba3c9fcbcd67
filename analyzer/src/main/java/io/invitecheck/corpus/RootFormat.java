package io.invitecheck.corpus;

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
}
