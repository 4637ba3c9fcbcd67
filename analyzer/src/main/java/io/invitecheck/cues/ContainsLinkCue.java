package io.invitecheck.cues;

import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code contains_link}: a URL in the note. Flagged: anything with a scheme ({@code https://},
 * {@code http://}), anything starting {@code www.}, a domain with a known top-level domain followed
 * by a path ({@code calendly.com/jo}, {@code acme.io/demo}), and the bare hosts of link shorteners
 * and link pages ({@link #LINK_HOSTS}: {@code bit.ly}, {@code linktr.ee}, ...).
 *
 * <p>Decision: a bare domain without path ("acme.io", "Booking.com") is not flagged, because
 * product and company names look the same ("ASP.NET", "Node.js", "Booking.com"); file names
 * ("report.pdf") and "e.g." have no known top-level domain. The span is exactly the URL, without
 * trailing punctuation (a closing bracket stays when the URL opened one). The URL body is matched
 * possessively (no backtracking), so a run of "http://http://..." is one URL, found in linear time.
 * An e-mail address is {@code contact_details}, not a link. Stateless and thread-safe.
 */
public final class ContainsLinkCue implements CueDetector {
  /** Top-level domains recognised before a path. */
  static final String TLDS =
      "com|net|org|io|co|ly|ee|me|ai|app|dev|xyz|info|biz|gg|to|link|page|site|online|store"
          + "|shop|tech|us|uk|de|fr|es|it|nl|in|ca|au|eu|ch|se|no|pl|be|at|ie|gl|gd|sh|so|tv|fm";

  /** Hosts that are links even without a path. */
  static final Set<String> LINK_HOSTS =
      WordSet.of(
          "bit.ly",
          "linktr.ee",
          "calendly.com",
          "t.co",
          "tinyurl.com",
          "lnkd.in",
          "youtu.be",
          "wa.me",
          "t.me",
          "goo.gl",
          "ow.ly",
          "buff.ly",
          "rb.gy",
          "cutt.ly",
          "is.gd",
          "shorturl.at",
          "beacons.ai",
          "stan.store",
          "tidycal.com",
          "cal.com",
          "zcal.co");

  private static final Guarded.Needles SCHEME_OR_WWW = new Guarded.Needles("://", "www.");

  /**
   * A URL has "://", "www." or a host name: a dot between a letter, digit or hyphen and a letter
   * (ASCII, as the pattern's classes are).
   */
  private static final Guarded URL =
      Guarded.when(
          "(?i)\\b(?:https?|ftp)://[^\\s<>\"]++"
              + "|(?<![\\w@.-])www\\.[^\\s<>\"]++"
              + "|(?<![\\w@./-])((?:[a-z0-9-]{1,63}\\.){1,5}(?:"
              + TLDS
              + "))(?![\\w-])(/[^\\s<>\"]*+)?",
          (text, folded) -> SCHEME_OR_WWW.foundIn(text, folded) || hasHostDot(text));

  private static final String TRAILING = ".,;:!?'\"\u2019\u201d)]}*";

  @Override
  public ReasonCode code() {
    return ReasonCode.CONTAINS_LINK;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    List<Reason> reasons = new ArrayList<>();
    for (Span s : find(text)) {
      reasons.add(
          Reason.at(
              code(),
              text,
              s.start(),
              s.end(),
              "The note links to "
                  + s.textIn(text)
                  + "; links in invitations look like spam"
                  + " or phishing.",
              "URL"));
    }
    return reasons;
  }

  /** The URLs in {@code text}, trimmed of trailing punctuation. */
  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    if (!URL.mayMatch(text)) {
      return spans;
    }
    Matcher m = URL.pattern().matcher(text);
    while (m.find()) {
      if (m.group(1) != null
          && m.group(2) == null
          && !LINK_HOSTS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        continue;
      }
      int end = trim(text, m.start(), m.end());
      if (end > m.start()) {
        spans.add(new Span(m.start(), end));
      }
    }
    return spans;
  }

  private static boolean hasHostDot(String text) {
    for (int i = text.indexOf('.', 1);
        i > 0 && i + 1 < text.length();
        i = text.indexOf('.', i + 1)) {
      char before = text.charAt(i - 1);
      char after = text.charAt(i + 1);
      if ((isAsciiLetterOrDigit(before) || before == '-')
          && ((after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z'))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static int trim(String text, int start, int end) {
    int open = count(text, start, end, '(');
    int close = count(text, start, end, ')');
    while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
      char c = text.charAt(end - 1);
      if (c == ')') {
        if (open >= close) {
          break; // the URL's own bracket, as in .../Rust_(language)
        }
        close--;
      }
      end--;
    }
    return end;
  }

  private static int count(String text, int start, int end, char c) {
    int n = 0;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Book a slot here: [[https://calendly.com/jo-smith/30min]]."),
        Example.flagged("Grab the guide at [[www.growthhacks.io]]!"),
        Example.flagged("All my links: [[linktr.ee/cryptoking]] \uD83D\uDE80"),
        Example.flagged("Free signals \u2192 [[bit.ly/3xYzAbC]], join now"),
        Example.flagged("See the deck ([[acme.io/deck?ref=li]])"),
        Example.flagged("Details: [[https://en.wikipedia.org/wiki/Rust_(programming_language)]]."),
        Example.clean("I use Node.js and ASP.NET daily, e.g. for APIs; see report.pdf."),
        Example.clean("Congrats on Booking.com's new Amsterdam office, Eva!"),
        Example.clean("Write to me any time at jo@acme.io, no rush."));
  }
}
