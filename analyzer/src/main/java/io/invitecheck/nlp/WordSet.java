package io.invitecheck.nlp;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An immutable set of strings for the detectors' word lists, asked {@link #contains} for every
 * token of every note. {@code Set.of} probes its slots calling {@code equals} on each string it
 * meets, so a word that is not in the set (most tokens) costs a load of each probed string and its
 * bytes; here the slots' hashes sit in their own array, and a string is compared only when its hash
 * is the one asked for. Under the client compiler the {@code Set.of} probes were 4% of analysing a
 * unique note. Same membership as {@code Set.of} of the same words ({@code WordSetTest}); like it,
 * refuses null and duplicate words, and {@code contains(null)} throws. Iteration order is the
 * table's (unspecified, as {@code Set.of}'s). Internal: not part of the analyzer's API.
 * Thread-safe.
 */
public final class WordSet extends AbstractSet<String> {
  private final String[] words; // open addressing, null when empty
  private final int[] hashes; // hashes[i] == words[i].hashCode() where words[i] != null
  private final int mask;
  private final int size;

  private WordSet(String[] list) {
    int capacity =
        Integer.highestOneBit(Math.max(4, list.length) * 2 - 1) << 1; // at most half full
    words = new String[capacity];
    hashes = new int[capacity];
    mask = capacity - 1;
    for (String w : list) {
      Objects.requireNonNull(w, "a word");
      int h = w.hashCode();
      int i = slot(h);
      while (words[i] != null) {
        if (hashes[i] == h && words[i].equals(w)) {
          throw new IllegalArgumentException("duplicate word: " + w);
        }
        i = (i + 1) & mask;
      }
      words[i] = w;
      hashes[i] = h;
    }
    size = list.length;
  }

  /** The set of these words (none null, no two equal). */
  public static WordSet of(String... words) {
    return new WordSet(words.clone());
  }

  /** The set of these words (none null, no two equal). */
  public static WordSet copyOf(java.util.Collection<String> words) {
    return new WordSet(words.toArray(new String[0]));
  }

  private int slot(int hash) {
    int h = hash * 0x9E37_79B9;
    return (h ^ (h >>> 16)) & mask;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      Objects.requireNonNull(o);
      return false;
    }
    int h = s.hashCode();
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String w = words[i];
      if (w == null) {
        return false;
      }
      if (hashes[i] == h && (w == s || w.equals(s))) {
        return true;
      }
    }
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    return new Iterator<>() {
      private int next = advance(0);

      private int advance(int from) {
        int i = from;
        while (i < words.length && words[i] == null) {
          i++;
        }
        return i;
      }

      @Override
      public boolean hasNext() {
        return next < words.length;
      }

      @Override
      public String next() {
        if (next >= words.length) {
          throw new NoSuchElementException();
        }
        String w = words[next];
        next = advance(next + 1);
        return w;
      }
    };
  }
}
