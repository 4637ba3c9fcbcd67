package io.invitecheck.corpus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every corpus note's masked 3-shingles ({@link TextMasker#shingles}) held in memory as sorted
 * arrays of long keys, for the template check. A key packs the ids of a shingle's template tokens,
 * so two shingles are equal exactly when their keys are: tokens never hold a space, so a shingle
 * string splits back into its tokens one way only, and each token has one id. The Jaccard
 * similarity of two notes is then a merge of two sorted arrays instead of hash-set lookups of
 * strings, with the same shared and total counts and so the same double ({@code
 * LabeledCorpusScorerFastPathTest} compares it with {@link TextMasker#jaccardIfAtLeast} on sets).
 * Immutable and thread-safe.
 */
final class TemplateShingles {
  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;
  // token ids + 1 go into 21-bit fields, so they must stay below 2^21 - 1, query tokens included
  private static final int MAX_IDS = (int) MASK - 1;

  private final Map<String, Integer> tokenIds; // every corpus template token, ids from 0
  private final long[][] keys; // per note: its distinct shingle keys, ascending

  private TemplateShingles(Map<String, Integer> tokenIds, long[][] keys) {
    this.tokenIds = tokenIds;
    this.keys = keys;
  }

  /**
   * The shingles of notes given by their template tokens, indexed by note.
   *
   * @throws IllegalArgumentException when the notes have more than about a million distinct tokens
   */
  static TemplateShingles of(List<List<String>> tokensPerNote) {
    Map<String, Integer> ids = new HashMap<>();
    for (List<String> tokens : tokensPerNote) {
      for (String t : tokens) {
        ids.putIfAbsent(t, ids.size());
      }
    }
    if (ids.size() > MAX_IDS / 2) {
      throw new IllegalArgumentException("too many template tokens: " + ids.size());
    }
    long[][] keys = new long[tokensPerNote.size()][];
    for (int d = 0; d < keys.length; d++) {
      List<String> tokens = tokensPerNote.get(d);
      int[] tokenIds = new int[tokens.size()];
      for (int i = 0; i < tokenIds.length; i++) {
        tokenIds[i] = ids.get(tokens.get(i));
      }
      keys[d] = keys(tokenIds);
    }
    return new TemplateShingles(Map.copyOf(ids), keys);
  }

  /**
   * A note's shingles as keys over this corpus's token ids (tokens no corpus note has get ids of
   * their own), or {@code null} when the note has too many distinct new tokens to number.
   */
  long[] query(List<String> tokens) {
    int[] ids = new int[tokens.size()];
    Map<String, Integer> unseen = null;
    int next = tokenIds.size();
    for (int i = 0; i < ids.length; i++) {
      String t = tokens.get(i);
      Integer id = tokenIds.get(t);
      if (id == null) {
        if (unseen == null) {
          unseen = new HashMap<>();
        }
        id = unseen.get(t);
        if (id == null) {
          if (next == MAX_IDS) {
            return null;
          }
          id = next++;
          unseen.put(t, id);
        }
      }
      ids[i] = id;
    }
    return keys(ids);
  }

  /** Note {@code doc}'s shingle keys, ascending; the caller must not change them. */
  long[] of(int doc) {
    return keys[doc];
  }

  /**
   * The distinct shingle keys of a token sequence, ascending: one per 3-shingle, or one for the
   * whole sequence when it has one or two tokens (a field of a key is 0 only where a shorter
   * sequence has no token, so the three kinds never meet), none when it is empty.
   */
  static long[] keys(int[] ids) {
    if (ids.length == 0) {
      return new long[0];
    }
    if (ids.length < 3) {
      long k = 0;
      for (int id : ids) {
        k = (k << BITS) | (id + 1);
      }
      return new long[] {k};
    }
    long[] out = new long[ids.length - 2];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          ((long) (ids[i] + 1) << (2 * BITS))
              | ((long) (ids[i + 1] + 1) << BITS)
              | (ids[i + 2] + 1);
    }
    Arrays.sort(out);
    int distinct = 0;
    for (int i = 0; i < out.length; i++) {
      if (distinct == 0 || out[distinct - 1] != out[i]) {
        out[distinct++] = out[i];
      }
    }
    return distinct == out.length ? out : Arrays.copyOf(out, distinct);
  }

  /**
   * {@link TextMasker#jaccardIfAtLeast} of two notes' shingles given as distinct ascending keys:
   * the same bound from the sizes, then shared / union computed the same way.
   */
  static double jaccardIfAtLeast(long[] a, long[] b, double threshold) {
    int min = Math.min(a.length, b.length);
    int max = Math.max(a.length, b.length);
    if (max > 0 && min / (double) (min + max - min) < threshold) {
      return -1;
    }
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared / (double) (a.length + b.length - shared);
  }
}
