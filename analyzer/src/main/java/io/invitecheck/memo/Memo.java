package io.invitecheck.memo;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function: the same key always gives an equal value, so what
 * the memo holds changes how fast an answer comes, never the answer. When full it is emptied and
 * fills again from what the current input repeats (a mail merge repeats its sentences, words and
 * word pairs); that keeps memory bounded without bookkeeping on every hit.
 *
 * <p>Two threads missing the same key at once both compute it; the values are equal, so either may
 * stay.
 */
public final class Memo<K, V> {
  private final int capacity;
  private final ConcurrentHashMap<K, V> map;

  /** A memo that keeps at most {@code capacity} entries. */
  public Memo(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.capacity = capacity;
    this.map = new ConcurrentHashMap<>(Math.min(capacity, 1 << 12));
  }

  /** The value for {@code key}, computed by {@code function} unless the memo holds it. */
  public V get(K key, Function<? super K, ? extends V> function) {
    V v = map.get(key);
    if (v == null) {
      v = function.apply(key);
      put(key, v);
    }
    return v;
  }

  /** The value kept for {@code key}, or null. */
  public V getIfPresent(K key) {
    return map.get(key);
  }

  /** Keeps {@code value} for {@code key}; it must be what the function gives for the key. */
  public void put(K key, V value) {
    if (map.size() >= capacity) {
      map.clear();
    }
    map.put(key, value);
  }

  /** The number of entries kept now. */
  public int size() {
    return map.size();
  }
}
