package io.invitecheck.signals;

import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.util.Set;

/** Token-level helpers shared by the detectors. Stateless. */
final class Tokens {
  private Tokens() {}

  /** Tags that never start or continue a name or a topic. */
  static final Set<String> CLOSED =
      WordSet.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "SYM", "NUM");

  private static final Set<String> CLAUSE_WORDS =
      WordSet.of("and", "but", "so", "because", "since", "which", "who", "while", "though", "or");

  /** True when token {@code i} has no letter or digit (punctuation, emoji, dashes). */
  static boolean isPunct(AnalyzedNote n, int i) {
    String t = n.token(i);
    for (int k = 0; k < t.length(); k++) {
      if (Character.isLetterOrDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** True when token {@code i} ends a clause: punctuation other than hyphen/slash, or a linker. */
  static boolean isClauseBreak(AnalyzedNote n, int i) {
    if (isPunct(n, i)) {
      String t = n.token(i);
      return !(t.equals("/") || t.equals("&") || t.equals("'") || t.equals("+"));
    }
    return CLAUSE_WORDS.contains(n.lowerToken(i));
  }

  /** True when token {@code i} starts with an upper-case letter. */
  static boolean capitalized(AnalyzedNote n, int i) {
    String t = n.token(i);
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  /** True when token {@code i} starts with an upper-case letter or a digit (KubeCon, 2026). */
  static boolean properLike(AnalyzedNote n, int i) {
    String t = n.token(i);
    return !t.isEmpty()
        && (Character.isUpperCase(t.codePointAt(0)) || Character.isDigit(t.codePointAt(0)));
  }

  /** True when the token's tag is a closed class (or a contraction like PRON+AUX). */
  static boolean closedClass(AnalyzedNote n, int i) {
    String tag = n.tag(i);
    return tag.indexOf('+') >= 0 || CLOSED.contains(tag);
  }

  /** The first token that starts at or after {@code offset}, or {@code tokenCount()}. */
  static int tokenFrom(AnalyzedNote n, int offset) {
    for (int i = 0; i < n.tokenCount(); i++) {
      if (n.tokenStart(i) >= offset) {
        return i;
      }
    }
    return n.tokenCount();
  }

  /** The last token that ends at or before {@code offset}, or -1. */
  static int tokenBefore(AnalyzedNote n, int offset) {
    int last = -1;
    for (int i = 0; i < n.tokenCount() && n.tokenEnd(i) <= offset; i++) {
      last = i;
    }
    return last;
  }

  /** The index of the sentence of token {@code i}. */
  static int sentenceOf(AnalyzedNote n, int i) {
    return n.sentenceAt(n.tokenStart(i));
  }

  /** The characters of tokens {@code from..to} (inclusive). */
  static String text(AnalyzedNote n, int from, int to) {
    return n.text().substring(n.tokenStart(from), n.tokenEnd(to));
  }

  /** A signal on tokens {@code from..to} (inclusive). */
  static Signal onTokens(
      SignalType type, AnalyzedNote n, int from, int to, String evidence, boolean confirmed) {
    return signal(type, n, n.tokenStart(from), n.tokenEnd(to), evidence, confirmed);
  }

  /** A signal on characters {@code [start, end)}. */
  static Signal signal(
      SignalType type, AnalyzedNote n, int start, int end, String evidence, boolean confirmed) {
    Span span = new Span(start, end);
    return new Signal(type, span, span.textIn(n.text()), evidence, confirmed);
  }

  /** True when the lower-case token is one of {@code words}. */
  static boolean is(AnalyzedNote n, int i, Set<String> words) {
    return i >= 0 && i < n.tokenCount() && words.contains(n.lowerToken(i));
  }

  /** True when the lower-case token equals {@code word}. */
  static boolean is(AnalyzedNote n, int i, String word) {
    return i >= 0 && i < n.tokenCount() && n.lowerToken(i).equals(word);
  }

  /** Verb particles kept at the end of a clause: "stands out", "follow up". */
  private static final Set<String> PARTICLES = WordSet.of("out", "up", "off", "over", "through");

  private static final Set<String> INNER_PUNCT = WordSet.of("/", "&", "-", "'", "+", ":", "#");

  /**
   * The last token of the phrase that starts at {@code from} and runs to the end of its clause:
   * before punctuation (not a slash, ampersand or hyphen), a linking word ("and" only when {@code
   * stopAtAnd}), the sentence end, or {@code max} tokens. Trailing function words are trimmed.
   * Returns {@code from - 1} when the phrase is empty.
   */
  static int clauseEnd(AnalyzedNote n, int from, int max, boolean stopAtAnd) {
    if (from >= n.tokenCount()) {
      return from - 1;
    }
    int sentence = sentenceOf(n, from);
    int last = from - 1;
    for (int i = from; i < n.tokenCount() && i - from < max; i++) {
      if (sentenceOf(n, i) != sentence) {
        break;
      }
      if (isPunct(n, i) && !INNER_PUNCT.contains(n.token(i))) {
        break;
      }
      String w = n.lowerToken(i);
      if (CLAUSE_WORDS.contains(w) && (stopAtAnd || !w.equals("and"))) {
        break;
      }
      last = i;
    }
    while (last >= from
        && (closedClass(n, last) || isPunct(n, last))
        && !(PARTICLES.contains(n.lowerToken(last))
            && last > from
            && n.tag(last - 1).equals("VERB"))) {
      last--;
    }
    return last;
  }

  /** Pronouns and determiners, which the tagger may tag otherwise and which never carry content. */
  static final Set<String> FUNCTION_WORDS =
      WordSet.of(
          "i",
          "me",
          "my",
          "mine",
          "you",
          "your",
          "yours",
          "we",
          "us",
          "our",
          "ours",
          "he",
          "him",
          "his",
          "she",
          "her",
          "hers",
          "they",
          "them",
          "their",
          "it",
          "its",
          "this",
          "that",
          "these",
          "those",
          "who",
          "whom",
          "which",
          "what",
          "anyone",
          "someone",
          "everyone",
          "something",
          "anything",
          "everything",
          "nothing",
          "myself",
          "yourself",
          "ourselves",
          "a",
          "an",
          "the",
          "some",
          "any",
          "both",
          "each",
          "all");

  /**
   * True when token {@code i} carries content: a noun, proper noun, adjective, number or -ing form;
   * also a word the tagger took for a pronoun or punctuation ("sepsis/PRON", "-chain/PUNCT") and
   * the second half of a hyphenated word ("usage-based").
   */
  static boolean content(AnalyzedNote n, int i) {
    String tag = n.tag(i);
    if (tag.equals("NOUN")
        || tag.equals("PROPN")
        || tag.equals("ADJ")
        || tag.equals("NUM")
        || tag.equals("X")
        || tag.startsWith("PROPN+")
        || tag.startsWith("NOUN+")
        || (tag.equals("VERB") && n.lowerToken(i).endsWith("ing"))) {
      return true; // PROPN+PART: "Lenny's"
    }
    if (isPunct(n, i) || FUNCTION_WORDS.contains(n.lowerToken(i))) {
      return false;
    }
    if (tag.equals("PRON") || tag.equals("PUNCT")) {
      return true;
    }
    return i > 0 && n.tokenStart(i) == n.tokenEnd(i - 1) && n.token(i - 1).equals("-");
  }
}
