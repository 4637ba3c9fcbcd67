package io.invitecheck.corpus;

import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@link NoteClassifier#surface} as it was written before its one-pass rewrite (lower-case copy,
 * {@code indexOf} per needle, a code point stream, a regular expression to split the name): the
 * reference the rewrite must agree with on every text.
 */
final class SurfaceReference {
  private SurfaceReference() {}

  static List<String> surface(String text, Profile recipient) {
    List<String> out = new ArrayList<>(4);
    shape(text, out);
    greeting(text, recipient, out);
    return out;
  }

  private static void shape(String text, List<String> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("http") || lower.contains("www.") || hasDomain(lower)) {
      out.add("#link");
    }
    if (text.indexOf('$') >= 0
        || text.indexOf('%') >= 0
        || text.indexOf('€') >= 0
        || text.indexOf('£') >= 0) {
      out.add("#money_or_percent");
    }
    if (text.indexOf('?') >= 0) {
      out.add("#question");
    }
    if (text.contains("!!")) {
      out.add("#exclaim_run");
    }
    if (text.codePoints().anyMatch(cp -> cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF))) {
      out.add("#emoji");
    }
    if (hasShouting(text)) {
      out.add("#shouting");
    }
    out.add("#len" + Math.min(text.length() / 75, 3));
  }

  private static void greeting(String text, Profile recipient, List<String> out) {
    List<int[]> spans = TextMasker.greetedNameSpansByCopies(text);
    String greeted = spans.isEmpty() ? null : text.substring(spans.get(0)[0], spans.get(0)[1]);
    if (greeted == null || recipient.name() == null) {
      return;
    }
    for (String part : recipient.name().split("[\\s.]+")) {
      if (part.equalsIgnoreCase(greeted)) {
        out.add("#greeting_match");
        return;
      }
    }
    out.add("#greeting_mismatch");
  }

  private static boolean hasDomain(String lower) {
    for (String tld : new String[] {".com", ".io", ".co/", ".ly/", ".ai", ".net", ".org"}) {
      int i = lower.indexOf(tld);
      if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasShouting(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        run++;
        if (run >= 5) {
          return true;
        }
      } else if (!Character.isWhitespace(c)) {
        run = 0;
      }
    }
    return false;
  }
}
