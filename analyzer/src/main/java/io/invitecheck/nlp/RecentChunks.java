package io.invitecheck.nlp;

/**
 * One thread's last {@value #SLOTS} white-space chunks met by the tokenizer, by the hash of their
 * characters, in front of the reader's shared memo of chunks: a chunk met again ("Hi", "your",
 * "talk,") is found from the sentence's characters with one comparison against the characters its
 * slot keeps inline, without cutting its string out of the sentence (for a note held as UTF-16,
 * also an attempt to compress it to Latin-1), hashing that string and looking it up in the shared
 * {@code ConcurrentHashMap} (a node, its key and the key's bytes, each a likely cache miss, and a
 * {@code String.equals} the client compiler does not make intrinsic).
 *
 * <p>Exact: a slot gives its chunk only when the slot's characters are the chunk's, and that chunk
 * is the one the shared memo gave for those characters (the memo's chunks are a function of their
 * characters). Chunks of {@value #WIDTH} characters or more are not kept here.
 *
 * <p>Not thread-safe: each thread has its own (the reader's per-thread engines hold one). 8,192
 * slots are 256 KB of characters and 32-64 KB of references a thread.
 */
final class RecentChunks {
  private static final int BITS = 13;

  /** Slots, direct-mapped by hash. */
  static final int SLOTS = 1 << BITS;

  /** Characters per slot: its length + 1 (0 when empty), then up to {@code WIDTH - 1} chars. */
  static final int WIDTH = 16;

  private final char[] chars = new char[SLOTS * WIDTH];
  private final NoteReader.Chunk[] chunks = new NoteReader.Chunk[SLOTS];

  /** Whether a chunk of {@code length} characters can be kept here. */
  static boolean fits(int length) {
    return length < WIDTH;
  }

  private static int slot(int hash) {
    return (hash * 0x9E3779B9) >>> (32 - BITS);
  }

  /**
   * The chunk kept for {@code text[start, start + length)}, whose {@link String#hashCode} is {@code
   * hash}, or null; {@code length} must {@link #fits}.
   */
  NoteReader.Chunk get(char[] text, int start, int length, int hash) {
    int at = slot(hash) * WIDTH;
    char[] kept = chars;
    if (kept[at] != length + 1) {
      return null;
    }
    for (int i = 0; i < length; i++) {
      if (kept[at + 1 + i] != text[start + i]) {
        return null;
      }
    }
    return chunks[at / WIDTH];
  }

  /** Keeps {@code chunk} for {@code text[start, start + length)} (hash as in {@link #get}). */
  void put(char[] text, int start, int length, int hash, NoteReader.Chunk chunk) {
    int slot = slot(hash);
    int at = slot * WIDTH;
    chars[at] = (char) (length + 1);
    System.arraycopy(text, start, chars, at + 1, length);
    chunks[slot] = chunk;
  }
}
