package io.invitecheck.nlp;

import java.util.Arrays;
import java.util.Locale;

/**
 * A note as OpenNLP read it: sentences, tokens with their offsets, part-of-speech tags (Universal
 * Dependencies: {@code PROPN}, {@code NOUN}, ...) and lemmas. Offsets are indices into the original
 * note ({@link #text()}), end exclusive. Immutable and safe to share between threads.
 */
public final class AnalyzedNote {
  private final String text;
  private final String lower;
  private final int[] sentenceStarts;
  private final int[] sentenceEnds;
  private final int[] tokenStarts;
  private final int[] tokenEnds;
  private final String[] tags;
  private final String[] lemmas;
  private final String language;
  private final double languageConfidence;
  // Each token in lower case, made on first use: the detectors ask for them hundreds of times a
  // note, and making a fresh substring each time was 7% of their profile samples, besides hashing
  // it again for every set lookup. Racing threads make equal arrays, so either may be kept.
  private volatile String[] lowerTokens;

  AnalyzedNote(
      String text,
      int[] sentenceStarts,
      int[] sentenceEnds,
      int[] tokenStarts,
      int[] tokenEnds,
      String[] tags,
      String[] lemmas,
      String language,
      double languageConfidence) {
    if (tokenStarts.length != tokenEnds.length
        || tokenStarts.length != tags.length
        || tokenStarts.length != lemmas.length) {
      throw new IllegalArgumentException("token arrays differ in length");
    }
    this.text = text;
    this.lower = text.toLowerCase(Locale.ROOT);
    this.sentenceStarts = sentenceStarts;
    this.sentenceEnds = sentenceEnds;
    this.tokenStarts = tokenStarts;
    this.tokenEnds = tokenEnds;
    this.tags = tags;
    this.lemmas = lemmas;
    this.language = language;
    this.languageConfidence = languageConfidence;
  }

  /**
   * The most likely language of the note as an ISO 639-3 code ({@code eng}), or {@code und} when
   * the note is too short to tell.
   */
  public String language() {
    return language;
  }

  /** The language detector's confidence in {@link #language()}, 0 to 1. */
  public double languageConfidence() {
    return languageConfidence;
  }

  /** The original note, unchanged. */
  public String text() {
    return text;
  }

  /**
   * The note in lower case ({@link Locale#ROOT}), with the same length and offsets as {@link
   * #text()} for the scripts notes are written in. Use it for case-insensitive phrase search.
   */
  public String lower() {
    return lower.length() == text.length() ? lower : text;
  }

  public int sentenceCount() {
    return sentenceStarts.length;
  }

  public int sentenceStart(int i) {
    return sentenceStarts[i];
  }

  public int sentenceEnd(int i) {
    return sentenceEnds[i];
  }

  public int tokenCount() {
    return tokenStarts.length;
  }

  /** The text of token {@code i} as it stands in the note. */
  public String token(int i) {
    return text.substring(tokenStarts[i], tokenEnds[i]);
  }

  /** Token {@code i} in lower case. */
  public String lowerToken(int i) {
    String[] lowers = lowerTokens;
    if (lowers == null) {
      String l = lower();
      lowers = new String[tokenStarts.length];
      for (int k = 0; k < lowers.length; k++) {
        lowers[k] = l.substring(tokenStarts[k], tokenEnds[k]);
      }
      lowerTokens = lowers;
    }
    return lowers[i];
  }

  public int tokenStart(int i) {
    return tokenStarts[i];
  }

  public int tokenEnd(int i) {
    return tokenEnds[i];
  }

  /** The Universal Dependencies part-of-speech tag of token {@code i}, e.g. {@code PROPN}. */
  public String tag(int i) {
    return tags[i];
  }

  /** The lemma of token {@code i}, lower case, e.g. {@code "congratulate"} for "Congrats". */
  public String lemma(int i) {
    return lemmas[i];
  }

  /** The index of the token that contains character {@code offset}, or -1. */
  public int tokenAt(int offset) {
    int i = Arrays.binarySearch(tokenStarts, offset);
    if (i >= 0) {
      return i;
    }
    int before = -i - 2;
    return before >= 0 && offset < tokenEnds[before] ? before : -1;
  }

  /** The index of the sentence that contains character {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    for (int s = 0; s < sentenceStarts.length; s++) {
      if (offset >= sentenceStarts[s] && offset < sentenceEnds[s]) {
        return s;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokenCount(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(token(i)).append('/').append(tags[i]).append('/').append(lemmas[i]);
    }
    return sb.toString();
  }
}
