package io.invitecheck.memo;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A faster path that pays for itself only over many notes: absent for the first uses, then built
 * once. The analyzer's fast paths (the classifier's and tokenizer's predicate tables, the corpus's
 * template shingles) give exactly what their slow paths give, but building them costs tens of
 * milliseconds, which a one-note {@code check} would spend for nothing. Thread-safe; the value is
 * built at most once.
 *
 * @param <T> the fast path; its supplier may give null when it does not apply
 */
public final class AfterUses<T> {
  private static final Object NONE = new Object();

  private final int uses;
  private final Supplier<? extends T> build;
  private final AtomicInteger calls = new AtomicInteger();
  private volatile Object value; // null: not built yet; NONE: built, and it does not apply

  /** A fast path built on the {@code uses}-th call of {@link #get} (the first when 1). */
  public AfterUses(int uses, Supplier<? extends T> build) {
    if (uses < 1) {
      throw new IllegalArgumentException("uses < 1: " + uses);
    }
    this.uses = uses;
    this.build = build;
  }

  /** The fast path, or null while it is not built yet or when it does not apply. */
  public T get() {
    Object v = value;
    if (v == null) {
      if (calls.get() < uses && calls.incrementAndGet() < uses) {
        return null;
      }
      v = now();
    }
    return unwrap(v);
  }

  /** The fast path, built now if it is not yet; null when it does not apply. */
  public T now() {
    Object v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          T t = build.get();
          v = t == null ? NONE : t;
          value = v;
        }
      }
    }
    return unwrap(v);
  }

  @SuppressWarnings("unchecked")
  private static <T> T unwrap(Object v) {
    return v == NONE ? null : (T) v;
  }
}
