package io.invitecheck.nlp;

import java.util.Arrays;

/**
 * A token's text as the reader met it before, with what reading it again would recompute: its
 * part-of-speech features resolved by {@link TagScorer} and the lemmatizer outcomes it got after
 * given (tag, previous outcome) pairs. The memo of chunks ({@link NoteReader}) hands these out, so
 * a token costs one memo look-up by string (its chunk) instead of three (the chunk, the tagger's
 * word, and the lemmatizer's key built by concatenation).
 *
 * <p>Thread-safe: the lemma entries are an immutable snapshot replaced whole; two threads adding at
 * once may lose one entry, which is then computed again (an entry is a pure function of its key).
 */
final class KnownWord {
  /**
   * Lemma entries kept per word; a word seen with more (tag, previous outcome) pairs starts over. A
   * common word ("the", "to") follows many previous outcomes, so this is not small; an entry is
   * some 40 bytes.
   */
  static final int MAX_LEMMAS = 256;

  private static final Lemmas NONE = new Lemmas(new int[0], new Lemma[0]);

  /** The token's text (normalized, as the models read it). */
  final String text;

  /** The tagger's resolved features, or null when the tagger has no {@link TagScorer}. */
  final TagScorer.Word scored;

  private volatile Lemmas lemmas = NONE;

  /**
   * The lemmatizer's word-only features of {@link #text}, resolved when the word first needs an
   * outcome the memo does not hold; null before. Immutable, so a plain field: a thread that sees
   * null resolves it again.
   */
  LemmaContexts.Word lemmaFeatures;

  /**
   * {@link CommonEnglish#kind} of {@link #text}, worked out on first use; -1 before (a plain field:
   * a thread that sees -1 works it out again, to the same value).
   */
  private byte englishKind = -1;

  /** {@link CommonEnglish#kind} of {@link #text}. */
  byte englishKind() {
    byte k = englishKind;
    if (k < 0) {
      k = CommonEnglish.kind(text);
      englishKind = k;
    }
    return k;
  }

  /** Keys in increasing order and their entries, parallel arrays; never changed once published. */
  private record Lemmas(int[] keys, Lemma[] entries) {}

  /** A lemmatizer outcome (its id in the model) and the lemma it decodes to for this word. */
  record Lemma(int outcome, String lemma) {}

  KnownWord(String text, TagScorer.Word scored) {
    this.text = text;
    this.scored = scored;
  }

  /** The entry kept for {@code key}, or null. */
  Lemma lemma(int key) {
    Lemmas l = lemmas;
    int i = Arrays.binarySearch(l.keys, key);
    return i >= 0 ? l.entries[i] : null;
  }

  /** Keeps {@code entry} for {@code key}. */
  void keep(int key, Lemma entry) {
    Lemmas l = lemmas.keys.length >= MAX_LEMMAS ? NONE : lemmas;
    int at = Arrays.binarySearch(l.keys, key);
    if (at >= 0) {
      return; // kept meanwhile by another thread: the same entry
    }
    at = -at - 1;
    int n = l.keys.length;
    int[] keys = new int[n + 1];
    Lemma[] entries = new Lemma[n + 1];
    System.arraycopy(l.keys, 0, keys, 0, at);
    System.arraycopy(l.entries, 0, entries, 0, at);
    keys[at] = key;
    entries[at] = entry;
    System.arraycopy(l.keys, at, keys, at + 1, n - at);
    System.arraycopy(l.entries, at, entries, at + 1, n - at);
    lemmas = new Lemmas(keys, entries);
  }
}
