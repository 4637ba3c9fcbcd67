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
 * TemplateShinglesTest} compares it with {@link TextMasker#jaccardIfAtLeast} on sets). Immutable
 * and thread-safe.
 */
final class TemplateShingles {
  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;
  // token ids + 1 go into 21-bit fields, so they must stay below 2^21 - 1, query tokens included
  private static final int MAX_IDS = (int) MASK - 1;

  private final TermTable tokenIds; // every corpus template token, ids from 0
  private final int tokens; // how many
  private final long[][] keys; // per note: its distinct shingle keys, ascending

  private TemplateShingles(Map<String, Integer> tokenIds, long[][] keys) {
    this.tokenIds = new TermTable(tokenIds);
    this.tokens = tokenIds.size();
    this.keys = keys;
  }

  /**
   * The shingles of notes given by their template tokens, indexed by note.
   *
   * @throws IllegalArgumentException when the notes have more than about a million distinct tokens
   */
  static TemplateShingles of(List<List<String>> tokensPerNote) {
    // one pass, one map operation per token: each token numbered as met (the same ids as
    // numbering every token first and then looking each up)
    Map<String, Integer> ids = new HashMap<>();
    long[][] keys = new long[tokensPerNote.size()][];
    for (int d = 0; d < keys.length; d++) {
      List<String> tokens = tokensPerNote.get(d);
      int[] tokenIds = new int[tokens.size()];
      for (int i = 0; i < tokenIds.length; i++) {
        Integer known = ids.putIfAbsent(tokens.get(i), ids.size());
        tokenIds[i] = known != null ? known : ids.size() - 1;
      }
      if (ids.size() > MAX_IDS / 2) {
        throw new IllegalArgumentException("too many template tokens: " + ids.size());
      }
      keys[d] = keys(tokenIds);
    }
    return new TemplateShingles(ids, keys);
  }

  /**
   * A note's shingles as keys over this corpus's token ids (tokens no corpus note has get ids of
   * their own), or {@code null} when the note has too many distinct new tokens to number.
   */
  long[] query(List<String> tokens) {
    int[] ids = new int[tokens.size()];
    Map<String, Integer> unseen = null; // new tokens, numbered from the corpus's count on
    int next = this.tokens;
    for (int i = 0; i < ids.length; i++) {
      String t = tokens.get(i);
      int id = tokenIds.id(t);
      if (id < 0) {
        if (unseen == null) {
          unseen = new HashMap<>();
        }
        Integer seen = unseen.get(t);
        if (seen != null) {
          id = seen;
        } else if (next == MAX_IDS) {
          return null;
        } else {
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
   * The Jaccard similarity of two notes' shingles given as distinct ascending keys, as {@link
   * TextMasker#jaccardIfAtLeast} computes it on sets, when that is at least {@code threshold}; else
   * a value below it (possibly -1), found without finishing the merge: the similarity grows with
   * the shared count, so once more keys of either note went unmatched than it can spare for the
   * smallest shared count that reaches the threshold, the pair cannot reach it.
   */
  static double jaccardAtLeast(long[] a, long[] b, double threshold) {
    int min = Math.min(a.length, b.length);
    int max = Math.max(a.length, b.length);
    if (max > 0 && min / (double) (min + max - min) < threshold) {
      return -1;
    }
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int total = a.length + b.length;
    // the smallest shared count whose similarity, computed as below, reaches the threshold
    int need = Math.max(0, (int) (threshold * total / (1 + threshold)) - 2);
    while (need <= min && need / (double) (total - need) < threshold) {
      need++;
    }
    int spareA = a.length - need; // keys of a that may go unmatched
    int spareB = b.length - need;
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
        if (--spareA < 0) {
          return -1;
        }
      } else {
        j++;
        if (--spareB < 0) {
          return -1;
        }
      }
    }
    return shared / (double) (total - shared);
  }
}
