package io.invitecheck.memo;

/**
 * One thread's last {@value #SLOTS} short keys and their values, in front of a shared {@link Memo}:
 * a key met again (a word, a white-space chunk of a sentence) is found from the characters where it
 * stands in the text, with one comparison against the characters its slot keeps inline, without
 * cutting its string out of the text (for a text held as UTF-16, also an attempt to compress it to
 * Latin-1), hashing that string and looking it up in the shared {@code ConcurrentHashMap} (a node,
 * its key and the key's bytes, each a likely cache miss, and a {@code String.equals} the client
 * compiler does not make intrinsic). Direct-mapped by the key's hash: a key evicts whatever had its
 * slot.
 *
 * <p>Exact when each value kept is the one the memo in front of which it stands gave for those
 * characters: a slot gives its value only when the slot's characters are the key's. Keys of {@value
 * #WIDTH} characters or more are not kept ({@link #fits}).
 *
 * <p>Not thread-safe: each thread has its own. 8,192 slots are 256 KB of characters and 32-64 KB of
 * references.
 *
 * @param <V> the values
 */
public final class RecentChars<V> {
  private static final int BITS = 13;

  /** Slots, direct-mapped by hash. */
  public static final int SLOTS = 1 << BITS;

  /**
   * Characters per slot: the key's length + 1 (0 when empty), then up to {@code WIDTH - 1} chars.
   */
  public static final int WIDTH = 16;

  private final char[] chars = new char[SLOTS * WIDTH];
  private final Object[] values = new Object[SLOTS];

  /** Whether a key of {@code length} characters can be kept here. */
  public static boolean fits(int length) {
    return length < WIDTH;
  }

  /** {@code new String(text, start, length).hashCode()}, without the string. */
  public static int hash(char[] text, int start, int length) {
    int h = 0;
    for (int i = start, end = start + length; i < end; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  private static int slot(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - BITS);
  }

  /**
   * The value kept for the key {@code text[start, start + length)}, whose {@link String#hashCode}
   * is {@code hash} ({@link #hash}), or null; {@code length} must {@link #fits}.
   */
  @SuppressWarnings("unchecked")
  public V get(char[] text, int start, int length, int hash) {
    int slot = slot(hash);
    int at = slot * WIDTH;
    char[] kept = chars;
    if (kept[at] != length + 1) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (kept[at + 1 + i] != text[start + i]) {
        return null;
      }
    }
    return (V) values[slot];
  }

  /**
   * Keeps {@code value} for the key {@code text[start, start + length)} (hash as in {@link #get}).
   */
  public void put(char[] text, int start, int length, int hash, V value) {
    int slot = slot(hash);
    int at = slot * WIDTH;
    chars[at] = (char) (length + 1);
    System.arraycopy(text, start, chars, at + 1, length);
    values[slot] = value;
  }
}
