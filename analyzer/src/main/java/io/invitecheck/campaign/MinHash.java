package io.invitecheck.campaign;

import io.invitecheck.nlp.CodePoints;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures of word-shingle sets and their LSH band keys, with fixed seeds so that the
 * same batch always clusters the same way. With {@link #BANDS} bands of {@link #ROWS} rows, two
 * texts whose shingle sets overlap by Jaccard {@code J} share at least one band with probability
 * {@code 1 − (1 − J³)²⁰}: 0.93 at J = 0.5, 0.99 at 0.6, 0.27 at 0.25. Immutable, thread-safe.
 */
final class MinHash {
  static final int ROWS = 3;
  static final int BANDS = 20;
  static final int HASHES = ROWS * BANDS;

  private static final long[] SEEDS = seeds();

  private MinHash() {}

  private static long[] seeds() {
    SplittableRandom r = new SplittableRandom(0x1A71_7EC8_EC4BL);
    long[] s = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      s[i] = r.nextLong();
    }
    return s;
  }

  /**
   * The shingles of a word list: every word and every pair of adjacent words. Pairs keep word
   * order; single words keep a one-word change in a short note from weighing too much: "Hi {name},
   * would love to connect with you!" and its "would like to" variant share 12 of 18 shingles (J =
   * 0.67), where pairs alone would give 5 of 9.
   */
  static List<String> shingles(List<String> words) {
    List<String> out = new ArrayList<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      out.add(words.get(i));
      if (i + 1 < words.size()) {
        out.add(words.get(i) + " " + words.get(i + 1));
      }
    }
    return out;
  }

  /**
   * The signature of a non-empty shingle list: for each of the {@link #HASHES} hash functions, the
   * low 16 bits of the smallest 64-bit hash (b-bit MinHash). Two different minima agree by chance
   * once in 65,536, a negligible bias, for a quarter of the memory of full 64-bit minima.
   */
  static char[] signature(List<String> shingles) {
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (String s : shingles) {
      long h = fnv(s);
      for (int i = 0; i < HASHES; i++) {
        long v = mix(h ^ SEEDS[i]) >>> 1;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    char[] sig = new char[HASHES];
    for (int i = 0; i < HASHES; i++) {
      sig[i] = (char) min[i];
    }
    return sig;
  }

  /**
   * The signature of the {@link #shingles} of a word list, or null when it has no words; equal to
   * {@code signature(shingles(words))} ({@code MinHashTest}), but each pair's hash continues its
   * first word's instead of hashing a new string, so no shingle is built; and the loops are turned
   * round: all shingle hashes first, then for each hash function its minimum over them in a local
   * variable, which the client compiler keeps in a register where the shingle-major order loads and
   * stores {@code min[i]} for every shingle. The murmur finalizer's first step {@code z ^ (z >>>
   * 33)} of {@code z = h ^ seed} is {@code (h ^ h >>> 33) ^ (seed ^ seed >>> 33)}, bit for bit, so
   * both halves are folded once ({@link #FOLDED_SEEDS}) instead of once per hash function and
   * shingle.
   */
  static char[] signatureOfWords(List<String> words) {
    int n = words.size();
    if (n == 0) {
      return null;
    }
    long[] folded = new long[2 * n - 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      long h = fnv(FNV_BASIS, words.get(i));
      folded[k++] = h ^ (h >>> 33);
      if (i + 1 < n) {
        long pair = fnv((h ^ ' ') * FNV_PRIME, words.get(i + 1));
        folded[k++] = pair ^ (pair >>> 33);
      }
    }
    return signatureOfFolded(folded, k);
  }

  /**
   * {@code signatureOfWords(TemplateMasker.words(masked))}, without the words: the masked text is
   * folded as {@link TemplateMasker#words} folds it, and each word is found by the same rule and
   * hashed where it stands in the folded chars, so no word string, list or shingle is built ({@code
   * MinHashTest}). Null when the text has no words.
   */
  static char[] signatureOfMasked(String masked) {
    char[] s = CharFolds.fold(masked); // PhraseMatcher.fold(masked).toCharArray()
    int n = s.length;
    // room for the shingles of a note of n chars in most notes (unique-20k: 64 shingles for 230
    // chars on average), where starting at 16 and doubling made and copied three arrays a note
    long[] folded = new long[Math.max(16, n / 2)];
    int k = 0;
    long previous = 0; // the hash of the word before, when k > 0
    int i = 0;
    while (i < n) {
      int start = i;
      int placeholder = s[i] == '{' ? placeholderAt(s, i) : 0;
      if (placeholder > 0) {
        i += placeholder;
      } else {
        int cp = Character.codePointAt(s, i);
        if (!CodePoints.isLetterOrNumber(cp)) {
          i += Character.charCount(cp);
          continue;
        }
        while (i < n && CodePoints.isLetterOrNumber(cp = Character.codePointAt(s, i))) {
          i += Character.charCount(cp);
        }
      }
      if (k + 2 > folded.length) {
        folded = java.util.Arrays.copyOf(folded, folded.length * 2);
      }
      long h = fnv(FNV_BASIS, s, start, i);
      if (k > 0) {
        long pair = fnv((previous ^ ' ') * FNV_PRIME, s, start, i);
        folded[k++] = pair ^ (pair >>> 33);
      }
      folded[k++] = h ^ (h >>> 33);
      previous = h;
    }
    return k == 0 ? null : signatureOfFolded(folded, k);
  }

  /** The length of the placeholder {@code {name}} or {@code {company}} at {@code i}, or 0. */
  private static int placeholderAt(char[] s, int i) {
    if (startsWith(s, i, TemplateMasker.NAME)) {
      return TemplateMasker.NAME.length();
    }
    return startsWith(s, i, TemplateMasker.COMPANY) ? TemplateMasker.COMPANY.length() : 0;
  }

  private static boolean startsWith(char[] s, int i, String prefix) {
    if (i + prefix.length() > s.length) {
      return false;
    }
    for (int j = 0; j < prefix.length(); j++) {
      if (s[i + j] != prefix.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The signature of the shingle hashes {@code folded[0, k)}, each as {@code h ^ (h >>> 33)}: for
   * each hash function the minimum over the shingles, as {@link #signature} takes it. Four hash
   * functions a turn ({@link #HASHES} is a multiple of four): each shingle hash is loaded once for
   * four, the loop's count and bound are paid once for four, and the four multiply chains are
   * independent, so the processor overlaps them; the client compiler neither unrolls nor
   * vectorises, and this shape took 16-20% less time than one function a turn in a microbenchmark
   * of unique-20k's drafts (two or three a turn gained less, five or six no more). Each minimum is
   * still taken over the same values, one function at a time: the result is the same bit for bit
   * ({@code MinHashTest}).
   */
  private static char[] signatureOfFolded(long[] folded, int k) {
    char[] sig = new char[HASHES];
    long[] seeds = FOLDED_SEEDS;
    for (int i = 0; i < HASHES; i += 4) {
      long s0 = seeds[i];
      long s1 = seeds[i + 1];
      long s2 = seeds[i + 2];
      long s3 = seeds[i + 3];
      long min0 = Long.MAX_VALUE;
      long min1 = Long.MAX_VALUE;
      long min2 = Long.MAX_VALUE;
      long min3 = Long.MAX_VALUE;
      for (int j = 0; j < k; j++) {
        long f = folded[j];
        long z0 = (f ^ s0) * M1;
        long z1 = (f ^ s1) * M1;
        long z2 = (f ^ s2) * M1;
        long z3 = (f ^ s3) * M1;
        z0 = (z0 ^ (z0 >>> 33)) * M2;
        z1 = (z1 ^ (z1 >>> 33)) * M2;
        z2 = (z2 ^ (z2 >>> 33)) * M2;
        z3 = (z3 ^ (z3 >>> 33)) * M2;
        z0 = (z0 ^ (z0 >>> 33)) >>> 1;
        z1 = (z1 ^ (z1 >>> 33)) >>> 1;
        z2 = (z2 ^ (z2 >>> 33)) >>> 1;
        z3 = (z3 ^ (z3 >>> 33)) >>> 1;
        if (z0 < min0) {
          min0 = z0;
        }
        if (z1 < min1) {
          min1 = z1;
        }
        if (z2 < min2) {
          min2 = z2;
        }
        if (z3 < min3) {
          min3 = z3;
        }
      }
      sig[i] = (char) min0;
      sig[i + 1] = (char) min1;
      sig[i + 2] = (char) min2;
      sig[i + 3] = (char) min3;
    }
    return sig;
  }

  /** Each seed {@code s} as {@code s ^ (s >>> 33)}, the first step of {@link #mix} on its half. */
  private static final long[] FOLDED_SEEDS = folded(SEEDS);

  private static long[] folded(long[] seeds) {
    long[] out = new long[seeds.length];
    for (int i = 0; i < seeds.length; i++) {
      out[i] = seeds[i] ^ (seeds[i] >>> 33);
    }
    return out;
  }

  /** The key of band {@code b} of a signature. */
  static long bandKey(char[] sig, int b) {
    return bandKey(sig, 0, b);
  }

  /** The key of band {@code b} of the signature stored in {@code sigs} from {@code offset}. */
  static long bandKey(char[] sigs, int offset, int b) {
    long h = b * 0x9E37_79B9_7F4A_7C15L;
    for (int r = 0; r < ROWS; r++) {
      h = mix(h ^ sigs[offset + b * ROWS + r]);
    }
    return h;
  }

  /** The estimated Jaccard similarity of the two shingle sets: the share of equal minima. */
  static double similarity(char[] a, char[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  private static final long FNV_BASIS = 0xcbf2_9ce4_8422_2325L;
  private static final long FNV_PRIME = 0x100_0000_01b3L;

  /** A 64-bit FNV-1a hash of the string's chars. */
  static long fnv(String s) {
    return fnv(FNV_BASIS, s);
  }

  /** FNV-1a continued from {@code h} over {@code s[from, to)}. */
  private static long fnv(long h, char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      h ^= s[i];
      h *= FNV_PRIME;
    }
    return h;
  }

  /** FNV-1a continued from {@code h} over the string's chars. */
  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  private static final long M1 = 0xff51_afd7_ed55_8ccdL;
  private static final long M2 = 0xc4ce_b9fe_1a85_ec53L;

  /** The murmur3 64-bit finalizer. */
  static long mix(long z) {
    z = (z ^ (z >>> 33)) * M1;
    z = (z ^ (z >>> 33)) * M2;
    return z ^ (z >>> 33);
  }
}
