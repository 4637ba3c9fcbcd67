package io.invitecheck.signals;

import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.nlp.WordSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Content-word comparison between the note and profile values: folded (lower case, no accents),
 * stop words dropped, crudely stemmed ("promotion" and "promoted" both give "promot"). Stateless.
 */
final class Words {
  private Words() {}

  static final Set<String> STOP =
      WordSet.of(
          "a", "an", "the", "and", "or", "of", "on", "in", "at", "to", "for", "with", "by", "from",
          "about", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that",
          "these", "those", "my", "your", "our", "their", "his", "her", "i", "you", "we", "they",
          "me", "us", "new", "recent", "latest", "last", "just", "really", "great", "so", "very",
          "how", "why", "what", "when", "vs", "into", "over", "up", "out", "all", "more", "most");

  /** Words too common in profiles to confirm anything on their own. */
  static final Set<String> GENERIC =
      WordSet.of(
          "role",
          "job",
          "position",
          "team",
          "work",
          "company",
          "post",
          "article",
          "talk",
          "promot",
          "congrat",
          "university",
          "college",
          "school",
          "institut",
          "group",
          "inc",
          "llc",
          "ltd",
          "corp",
          "head",
          "lead",
          "senior",
          "manag",
          "engineer",
          "engineering",
          "year",
          "week",
          "day",
          "time",
          "people",
          "thing",
          "lot",
          "way",
          "product",
          "busines",
          "technolog",
          "world",
          "good",
          "nice",
          "love",
          "thought",
          "idea",
          "open",
          "high",
          "big",
          "free",
          "real",
          "social",
          "digital",
          "global",
          "best",
          "modern",
          "smart",
          "better",
          "early",
          "small",
          "large",
          "local",
          "public",
          "privat",
          "general",
          "daily",
          "first",
          "next",
          "top",
          "full",
          "low",
          "long",
          "short",
          "fast",
          "easy",
          "hard",
          "simple",
          "key",
          "main",
          "core",
          "other",
          "same",
          "similar",
          "many",
          "much");

  /** The stems of the content words of {@code text}, in order. */
  static Set<String> stems(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null) {
      return out;
    }
    String folded = PhraseMatcher.fold(text);
    int i = 0;
    while (i < folded.length()) {
      while (i < folded.length() && !Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
        i++;
      }
      if (i > start) {
        String w = folded.substring(start, i);
        if (!STOP.contains(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
          out.add(stem(w));
        }
      }
    }
    return out;
  }

  private static final String[] SUFFIXES = {
    "ations", "ation", "ions", "ion", "ings", "ing", "ies", "ed", "es", "s", "e", "y"
  };

  /** A crude stem: the word without one common suffix, keeping at least three letters. */
  static String stem(String w) {
    for (String s : SUFFIXES) {
      if (w.endsWith(s) && w.length() - s.length() >= 3) {
        return w.substring(0, w.length() - s.length());
      }
    }
    return w;
  }

  /** Stems shared by {@code a} and {@code b} that are not {@link #GENERIC}. */
  static Set<String> specificOverlap(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : a) {
      if (b.contains(s) && !GENERIC.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Number of stems shared by {@code a} and {@code b}. */
  static int overlap(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }

  /**
   * True when a phrase of the note and a profile value name the same thing: one specific content
   * word in common, or two words of any kind.
   */
  static boolean sameThing(Set<String> noteStems, String value) {
    Set<String> v = stems(value);
    return !specificOverlap(noteStems, v).isEmpty() || overlap(noteStems, v) >= 2;
  }

  /**
   * True when every content word of the shorter of the two is in the longer one ("Michigan" and
   * "University of Michigan"), ignoring generic words.
   */
  static boolean sameName(String a, String b) {
    Set<String> x = specific(stems(a));
    Set<String> y = specific(stems(b));
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
  }

  /** The specific stems of a name, for repeated {@link #sameKey} comparisons. */
  static Set<String> key(String name) {
    return specific(stems(name));
  }

  /** {@link #sameName} on precomputed {@link #key}s. */
  static boolean sameKey(Set<String> x, Set<String> y) {
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    return x.size() <= y.size() ? y.containsAll(x) : x.containsAll(y);
  }

  private static Set<String> specific(Set<String> s) {
    Set<String> out = new LinkedHashSet<>(s);
    out.removeAll(GENERIC);
    return out;
  }

  /** A profile value that names the same thing as the note phrase, if any. */
  static Optional<String> firstSameThing(Set<String> noteStems, List<String> values) {
    for (String v : values) {
      if (sameThing(noteStems, v)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  /** "field 'value'" for evidence strings. */
  static String cite(String field, String value) {
    return field + " '" + value + "'";
  }
}
