package io.invitecheck.campaign;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online near-duplicate clustering of a batch's templates. Each new text is compared, through LSH
 * band buckets, with the representatives (first members) of earlier clusters; it joins every
 * cluster whose representative's estimated Jaccard similarity reaches the threshold (merging them),
 * or founds a new one.
 *
 * <p>Memory: only representatives are stored: a signature (60 16-bit values, in one shared array)
 * and one {@code int} per band in an open-addressing table whose entries name the representative
 * and the band, compared by the band's values themselves, so no band key is stored — about 300
 * bytes a representative in all; per text nothing; sample text and line numbers only for clusters
 * of two or more, lines capped at {@link #MAX_LINES}. Not thread-safe: the batch adds in input
 * order.
 */
final class TemplateClusters {
  static final int MAX_LINES = 20;
  static final int MAX_SAMPLE_CHARS = 400;
  private static final int EMPTY = -1;

  private final double threshold;
  private char[] signatures = new char[64 * MinHash.HASHES];
  private int[] bands = filled(256);
  private int bandEntries;
  private final long[] bandKeys = new long[MinHash.BANDS];
  private final int[] belowThreshold = new int[MinHash.BANDS];
  private int count;
  private int[] parent = new int[64];
  private int[] size = new int[64];
  private int[] firstLine = new int[64];
  private final Map<Integer, Members> members = new HashMap<>();

  /** The sample and lines of a cluster of two or more. */
  static final class Members {
    String sample;
    final List<Integer> lines = new ArrayList<>();

    void addLine(int line) {
      if (lines.size() < MAX_LINES) {
        lines.add(line);
      }
    }
  }

  TemplateClusters(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Adds a template by its masked text and MinHash signature ({@code null} for a text without
   * words); returns its cluster id (resolve with {@link #root} once all are in), or -1 for a text
   * without words.
   *
   * <p>Each band's key is computed once (a new representative looked its bands up, then computed
   * them again to store them), and a representative already found below the threshold under an
   * earlier band is not compared again: a near-duplicate shares several bands with the same
   * representative, and its similarity, a function of the two signatures, cannot have changed (nor
   * can its cluster have been joined, which alone would make the comparison moot). So the clusters
   * are the ones found by comparing under every band ({@code TemplateClustersTest}).
   */
  int add(int line, String masked, char[] sig) {
    if (sig == null) {
      return -1;
    }
    long[] keys = bandKeys;
    for (int b = 0; b < MinHash.BANDS; b++) {
      keys[b] = MinHash.bandKey(sig, b);
    }
    int joined = -1;
    // representatives compared and found below the threshold: belowThreshold[0, below)
    int below = 0;
    for (int b = 0; b < MinHash.BANDS; b++) {
      int candidate = find(sig, b, keys[b]);
      if (candidate < 0 || comparedBelow(candidate, below)) {
        continue;
      }
      int root = root(candidate);
      if (root == joined) {
        continue;
      }
      if (similarity(sig, candidate) >= threshold) {
        joined = joined < 0 ? root : union(joined, root);
      } else {
        belowThreshold[below++] = candidate;
      }
    }
    if (joined >= 0) {
      size[joined]++;
      Members m = members.computeIfAbsent(joined, k -> new Members());
      if (m.lines.isEmpty()) {
        m.addLine(firstLine[joined]);
      }
      if (m.sample == null) {
        m.sample = cap(masked);
      }
      m.addLine(line);
      return joined;
    }
    int id = count++;
    ensureCapacity(count);
    System.arraycopy(sig, 0, signatures, id * MinHash.HASHES, MinHash.HASHES);
    parent[id] = id;
    size[id] = 1;
    firstLine[id] = line;
    for (int b = 0; b < MinHash.BANDS; b++) {
      insert(sig, b, keys[b], id);
    }
    return id;
  }

  private boolean comparedBelow(int candidate, int below) {
    for (int i = 0; i < below; i++) {
      if (belowThreshold[i] == candidate) {
        return true;
      }
    }
    return false;
  }

  /**
   * The representative first stored under band {@code b} (key {@code key}) of {@code sig}, or -1.
   */
  private int find(char[] sig, int b, long key) {
    int mask = bands.length - 1;
    for (int i = (int) key & mask; ; i = (i + 1) & mask) {
      int e = bands[i];
      if (e == EMPTY) {
        return -1;
      }
      if ((e & BAND_MASK) == b && sameBand(sig, e >>> BAND_BITS, b)) {
        return e >>> BAND_BITS;
      }
    }
  }

  /** Stores {@code id} under band {@code b} unless a representative holds that band already. */
  private void insert(char[] sig, int b, long key, int id) {
    int mask = bands.length - 1;
    for (int i = (int) key & mask; ; i = (i + 1) & mask) {
      int e = bands[i];
      if (e == EMPTY) {
        bands[i] = entry(id, b);
        if (++bandEntries * 4 > bands.length * 3) {
          growBands();
        }
        return;
      }
      if ((e & BAND_MASK) == b && sameBand(sig, e >>> BAND_BITS, b)) {
        return;
      }
    }
  }

  /**
   * A band table entry: the representative's id above {@link #BAND_BITS} bits of band number, so
   * that both come out by a mask and a shift (the client compiler divides by {@link MinHash#BANDS}
   * with a division instruction).
   */
  private static int entry(int id, int b) {
    if (id > MAX_ID) {
      throw new IllegalStateException("more than " + MAX_ID + " templates in one batch");
    }
    return id << BAND_BITS | b;
  }

  private static final int BAND_BITS = 5;
  private static final int BAND_MASK = (1 << BAND_BITS) - 1;
  private static final int MAX_ID = Integer.MAX_VALUE >>> BAND_BITS;

  static {
    if (MinHash.BANDS > 1 << BAND_BITS) {
      throw new AssertionError("band numbers need more than " + BAND_BITS + " bits");
    }
  }

  private boolean sameBand(char[] sig, int id, int b) {
    int at = id * MinHash.HASHES + b * MinHash.ROWS;
    for (int r = 0; r < MinHash.ROWS; r++) {
      if (signatures[at + r] != sig[b * MinHash.ROWS + r]) {
        return false;
      }
    }
    return true;
  }

  private double similarity(char[] sig, int id) {
    int at = id * MinHash.HASHES;
    int same = 0;
    for (int i = 0; i < MinHash.HASHES; i++) {
      if (signatures[at + i] == sig[i]) {
        same++;
      }
    }
    return (double) same / MinHash.HASHES;
  }

  private void growBands() {
    int[] old = bands;
    bands = filled(old.length * 2);
    int mask = bands.length - 1;
    for (int e : old) {
      if (e == EMPTY) {
        continue;
      }
      int id = e >>> BAND_BITS;
      int b = e & BAND_MASK;
      int i = (int) MinHash.bandKey(signatures, id * MinHash.HASHES, b) & mask;
      while (bands[i] != EMPTY) {
        i = (i + 1) & mask;
      }
      bands[i] = e;
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, EMPTY);
    return a;
  }

  /** The cluster a cluster id was merged into. */
  int root(int id) {
    while (parent[id] != id) {
      parent[id] = parent[parent[id]];
      id = parent[id];
    }
    return id;
  }

  int size(int root) {
    return size[root];
  }

  /** The sample and lines of a cluster of two or more ({@code null} for a single text). */
  Members members(int root) {
    return members.get(root);
  }

  /** The roots of all clusters of two or more. */
  List<Integer> roots() {
    List<Integer> out = new ArrayList<>();
    for (int id = 0; id < count; id++) {
      if (parent[id] == id && size[id] >= 2) {
        out.add(id);
      }
    }
    return out;
  }

  private int union(int a, int b) {
    int keep = Math.min(a, b);
    int gone = Math.max(a, b);
    parent[gone] = keep;
    size[keep] += size[gone];
    Members into = members.computeIfAbsent(keep, k -> new Members());
    if (into.lines.isEmpty()) {
      into.addLine(firstLine[keep]);
    }
    Members from = members.remove(gone);
    List<Integer> lines = new ArrayList<>(into.lines);
    if (from != null) {
      lines.addAll(from.lines);
      if (into.sample == null) {
        into.sample = from.sample;
      }
    } else {
      lines.add(firstLine[gone]);
    }
    lines.sort(null);
    into.lines.clear();
    lines.stream().distinct().forEach(into::addLine);
    return keep;
  }

  private void ensureCapacity(int n) {
    if (n > parent.length) {
      int cap = Math.max(n, parent.length * 2);
      signatures = Arrays.copyOf(signatures, cap * MinHash.HASHES);
      parent = Arrays.copyOf(parent, cap);
      size = Arrays.copyOf(size, cap);
      firstLine = Arrays.copyOf(firstLine, cap);
    }
  }

  private static String cap(String s) {
    if (s.length() <= MAX_SAMPLE_CHARS) {
      return s;
    }
    int end = MAX_SAMPLE_CHARS - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    return s.substring(0, end) + "…";
  }
}
