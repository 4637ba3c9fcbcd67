package io.invitecheck.signals;

import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.util.Set;

/** Token-level helpers shared by the detectors. Stateless. */
final class Tokens {
  private Tokens() {}

  /** Tags that never start or continue a name or a topic. */
  static final Set<String> CLOSED =
      Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX", "PUNCT", "SYM", "NUM");

  private static final Set<String> CLAUSE_WORDS =
      Set.of("and", "but", "so", "because", "since", "which", "who", "while", "though", "or");

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
}
