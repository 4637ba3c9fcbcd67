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
 * <p>Memory: per cluster one signature (60 16-bit values) and 20 band entries; per text two ints;
 * sample text and line numbers only for clusters of two or more, lines capped at {@link
 * #MAX_LINES}. Measured: 200,000 all-different drafts took about 0.7 KB each (with the recipient
 * check); a batch from a few templates a few megabytes whatever its size. Not thread-safe: the
 * batch adds in input order.
 */
final class TemplateClusters {
  static final int MAX_LINES = 20;
  static final int MAX_SAMPLE_CHARS = 400;

  private final double threshold;
  private final LongIntMap buckets = new LongIntMap();
  private final List<char[]> signatures = new ArrayList<>();
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
   * Adds a template's words; returns its cluster id (resolve with {@link #root} once all are in),
   * or -1 for a text without words.
   */
  int add(int line, String masked, List<String> words) {
    List<String> shingles = MinHash.shingles(words);
    if (shingles.isEmpty()) {
      return -1;
    }
    char[] sig = MinHash.signature(shingles);
    int joined = -1;
    for (int b = 0; b < MinHash.BANDS; b++) {
      int candidate = buckets.get(MinHash.bandKey(sig, b));
      if (candidate < 0) {
        continue;
      }
      int root = root(candidate);
      if (root == joined) {
        continue;
      }
      if (MinHash.similarity(sig, signatures.get(candidate)) >= threshold) {
        joined = joined < 0 ? root : union(joined, root);
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
    int id = signatures.size();
    signatures.add(sig);
    ensureCapacity(id + 1);
    parent[id] = id;
    size[id] = 1;
    firstLine[id] = line;
    for (int b = 0; b < MinHash.BANDS; b++) {
      buckets.putIfAbsent(MinHash.bandKey(sig, b), id);
    }
    return id;
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
    for (int id = 0; id < signatures.size(); id++) {
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
