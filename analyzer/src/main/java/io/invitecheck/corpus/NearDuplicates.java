package io.invitecheck.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups corpus notes into clusters that must stay on one side of a split: notes of one template
 * family, and near-duplicates, i.e. notes whose word 3-shingles (after {@link TextMasker} hides
 * names, companies, proper nouns and numbers) have a Jaccard similarity of at least {@link
 * #THRESHOLD}. Clusters are the connected components of both relations (union-find), so the result
 * does not depend on the order of the notes. Also holds the stable hashes that choose the test and
 * validation clusters. Stateless.
 */
public final class NearDuplicates {
  /** Jaccard similarity of masked 3-shingles at or above which two notes are near-duplicates. */
  public static final double THRESHOLD = 0.5;

  /** Share of clusters held out as the test split. */
  public static final double TEST_SHARE = 0.22;

  /** Share of the train clusters used to calibrate (the validation part). */
  public static final double VALIDATION_SHARE = 0.20;

  private NearDuplicates() {}

  /** A pair of near-duplicate notes and their similarity. */
  public record Pair(String a, String b, double jaccard) {}

  /** The masked 3-shingles of a note. */
  public static Set<String> shinglesOf(CorpusNote n) {
    return TextMasker.shingles(TextMasker.templateTokens(n.text(), n.recipient(), n.sender()));
  }

  /** Every pair of distinct notes with a Jaccard similarity at or above {@code threshold}. */
  public static List<Pair> pairs(List<CorpusNote> notes, double threshold) {
    List<Set<String>> sets = new ArrayList<>(notes.size());
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < notes.size(); i++) {
      Set<String> s = shinglesOf(notes.get(i));
      sets.add(s);
      for (String sh : s) {
        postings.computeIfAbsent(sh, k -> new ArrayList<>()).add(i);
      }
    }
    List<Pair> out = new ArrayList<>();
    int[] shared = new int[notes.size()];
    for (int i = 0; i < notes.size(); i++) {
      List<Integer> touched = new ArrayList<>();
      for (String sh : sets.get(i)) {
        for (int j : postings.get(sh)) {
          if (j > i) {
            if (shared[j] == 0) {
              touched.add(j);
            }
            shared[j]++;
          }
        }
      }
      for (int j : touched) {
        double jac = shared[j] / (double) (sets.get(i).size() + sets.get(j).size() - shared[j]);
        if (jac >= threshold) {
          out.add(new Pair(notes.get(i).id(), notes.get(j).id(), jac));
        }
        shared[j] = 0;
      }
    }
    return out;
  }

  /**
   * The cluster of every note, as the smallest id (string order) in its cluster, keyed by note id.
   */
  public static Map<String, String> clusters(List<CorpusNote> notes) {
    Map<String, String> parent = new HashMap<>();
    for (CorpusNote n : notes) {
      parent.put(n.id(), n.id());
    }
    Map<String, String> familyHead = new HashMap<>();
    for (CorpusNote n : notes) {
      if (n.family() != null) {
        String head = familyHead.putIfAbsent(n.family(), n.id());
        if (head != null) {
          union(parent, head, n.id());
        }
      }
    }
    for (Pair p : pairs(notes, THRESHOLD)) {
      union(parent, p.a(), p.b());
    }
    Map<String, String> out = new TreeMap<>();
    for (CorpusNote n : notes) {
      out.put(n.id(), find(parent, n.id()));
    }
    return out;
  }

  /** True when the cluster whose smallest id is {@code clusterId} belongs to the test split. */
  public static boolean isTestCluster(String clusterId) {
    return fraction("test:" + clusterId) < TEST_SHARE;
  }

  /** True when the train cluster {@code clusterId} belongs to the validation part. */
  public static boolean isValidationCluster(String clusterId) {
    return fraction("validation:" + clusterId) < VALIDATION_SHARE;
  }

  /** A stable number in [0, 1) from the SHA-256 of {@code key}. */
  static double fraction(String key) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 7; i++) {
        v = (v << 8) | (d[i] & 0xff);
      }
      return v / (double) (1L << 56);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    String cur = x;
    while (!cur.equals(root)) {
      String next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id becomes the root, so the root is the cluster's smallest id
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
