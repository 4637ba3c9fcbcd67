package io.invitecheck.nlp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over a list of phrases: one pass over a text finds every occurrence of
 * every phrase, overlapping ones included, in time linear in the text plus the occurrences.
 *
 * <p>It replaces one {@code indexOf} scan of the note per phrase: the cue and signal detectors hold
 * some 800 phrases in a dozen lists, and scanning the note once per phrase was a fifth of a mail
 * merge's analysis time with the client compiler, which does not vectorise {@code indexOf}.
 *
 * <p>The transitions form a complete table over the phrases' alphabet (the distinct characters they
 * contain), so each character of the text costs one array read. A character outside the alphabet
 * can neither start nor continue a phrase and sends the automaton back to its root. Immutable and
 * thread-safe.
 */
final class PhraseAutomaton {
  private static final int ASCII = 128;

  private final int[] asciiSymbol; // the symbol of each ASCII character, or -1
  private final Map<Character, Integer> otherSymbol; // the symbols of other characters
  private final int symbols;

  /**
   * The complete transitions, each as the start of the next state's row: {@code moves[row +
   * symbol]} is {@code next * symbols << 1}, plus 1 when phrases end at {@code next}. The row start
   * saves a multiplication a character, the low bit a read of {@link #ending} at every character
   * where none ends.
   */
  private final int[] moves;

  private final int[][] ending; // ending[state]: the phrases that end there, or null
  private final int[] lengths; // of each phrase

  /** The automaton of {@code phrases} (none empty); occurrences name a phrase by its index. */
  PhraseAutomaton(List<String> phrases) {
    asciiSymbol = new int[ASCII];
    Arrays.fill(asciiSymbol, -1);
    otherSymbol = new HashMap<>();
    lengths = phrases.stream().mapToInt(String::length).toArray();
    int size = 0;
    int states = 1;
    for (String p : phrases) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("an empty phrase");
      }
      states += p.length();
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (symbolOf(c) < 0) {
          if (c < ASCII) {
            asciiSymbol[c] = size++;
          } else {
            otherSymbol.put(c, size++);
          }
        }
      }
    }
    symbols = Math.max(size, 1);

    // the trie: next[] holds child edges (0 = none: the root is never a child)
    int[] trie = new int[states * symbols];
    int[][] own = new int[states][];
    int count = 1;
    for (int k = 0; k < phrases.size(); k++) {
      String p = phrases.get(k);
      int s = 0;
      for (int i = 0; i < p.length(); i++) {
        int edge = s * symbols + symbolOf(p.charAt(i));
        if (trie[edge] == 0) {
          trie[edge] = count++;
        }
        s = trie[edge];
      }
      own[s] = append(own[s], k);
    }

    // breadth first: failure links, complete transitions and inherited outputs
    if ((long) count * symbols > MAX_MOVES) {
      throw new IllegalArgumentException("too many phrases for one automaton: " + phrases.size());
    }
    int[] next = Arrays.copyOf(trie, count * symbols);
    ending = new int[count][];
    int[] fail = new int[count];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int a = 0; a < symbols; a++) {
      int child = next[a];
      if (child != 0) {
        fail[child] = 0;
        queue.add(child);
      }
    }
    ending[0] = own[0];
    while (!queue.isEmpty()) {
      int s = queue.poll();
      ending[s] = concat(own[s], ending[fail[s]]);
      for (int a = 0; a < symbols; a++) {
        int child = next[s * symbols + a]; // still the trie's edge: this row is not done yet
        int viaFail = next[fail[s] * symbols + a]; // that row is done: fail[s] is shallower
        if (child != 0) {
          fail[child] = viaFail;
          queue.add(child);
        } else {
          next[s * symbols + a] = viaFail;
        }
      }
    }
    moves = new int[next.length];
    for (int r = 0; r < next.length; r++) {
      moves[r] = (next[r] * symbols) << 1 | (ending[next[r]] != null ? 1 : 0);
    }
  }

  /** Transitions one automaton can hold: a row start shifted left once stays an int. */
  private static final int MAX_MOVES = 1 << 30;

  /**
   * Every occurrence of every phrase in {@code text}, each as {@code (long) phrase << 32 | start},
   * in order of their end, then of phrase index.
   */
  long[] occurrences(String text) {
    // an array, not charAt: the client compiler checks a string's coder and index on every call,
    // which was a third of this loop on notes with a character beyond Latin-1 (an emoji, a dash)
    return occurrences(text.toCharArray(), text.length());
  }

  /**
   * {@link #occurrences(String)} of the text in {@code chars[0, length)}: a note's folded chars,
   * made once for the dozen automata that search it.
   */
  long[] occurrences(char[] chars, int length) {
    long[] found = new long[8];
    int n = 0;
    int row = 0; // the state's row start: state * symbols
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      // ASCII read here, not in a call: the client compiler does not inline symbolOf
      int a = c < ASCII ? asciiSymbol[c] : symbolOf(c);
      if (a < 0) {
        row = 0; // the root, where no phrase ends (none is empty)
        continue;
      }
      int move = moves[row + a];
      row = move >>> 1;
      if ((move & 1) != 0) {
        for (int k : ending[row / symbols]) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = (long) k << 32 | (i + 1 - lengths[k]);
        }
      }
    }
    return Arrays.copyOf(found, n);
  }

  private int symbolOf(char c) {
    if (c < ASCII) {
      return asciiSymbol[c];
    }
    if (otherSymbol.isEmpty()) {
      return -1; // no phrase has a char beyond ASCII: no box and lookup a dash or emoji
    }
    Integer a = otherSymbol.get(c);
    return a == null ? -1 : a;
  }

  private static int[] append(int[] a, int k) {
    if (a == null) {
      return new int[] {k};
    }
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = k;
    return b;
  }

  private static int[] concat(int[] a, int[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
