package io.invitecheck.cues;

import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code contact_details}: an e-mail address, a phone number, or a request to move off the platform
 * ("WhatsApp me", "send me your email", "what's your number").
 *
 * <p>A phone number is 7 to 15 digits in groups of 2 to 6, separated by one space, dot or hyphen,
 * optionally with a {@code +} country code and an area code in brackets: "+1 (555) 010-2030",
 * "07700 900123", "555-123-4567". Not phone numbers: years and year ranges ("2019-2023"), dates
 * ("2026-11-02", "02.11.2026"), "24/7", "top 10", version numbers ("v2.10.15", "10.15.7"), since
 * they have fewer than 7 digits, another separator, or the shape of a date. Known miss: an amount
 * written with spaces ("12 000 000") looks like a phone number. A request next to the detail it
 * gives ("call me on +1 555 ...") is one span. Stateless and thread-safe.
 */
public final class ContactDetailsCue implements CueDetector {
  private static final Guarded EMAIL =
      Guarded.anyOf(
          "(?<![\\w.%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,5}"
              + "\\.[A-Za-z]{2,24}(?![\\w-])",
          "@");

  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w+/.,-])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,5}\\)[ .-]?)?\\d{2,6}(?:[ .-]\\d{2,6}){0,4}"
              + "(?![\\w/]|[.,-]\\d)");

  private static final Pattern DATE_LIKE =
      Pattern.compile(
          "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}|(?:19|20)\\d{2}[ -](?:19|20)\\d{2}");

  static final PhraseMatcher PHRASES =
      PhraseMatcher.shared(
          "whatsapp me",
          "message me on whatsapp",
          "text me",
          "telegram me",
          "call me at",
          "call me on",
          "email me at",
          "e-mail me at",
          "email me",
          "drop me an email",
          "drop me a line at",
          "reach me at",
          "send me your email",
          "send me your e-mail",
          "send me your number",
          "send me your phone number",
          "share your email",
          "share your number",
          "what's your number",
          "what is your number",
          "what's your email",
          "what is your email",
          "your phone number",
          "your email address",
          "your whatsapp",
          "my number is",
          "my email is",
          "my whatsapp is");

  @Override
  public ReasonCode code() {
    return ReasonCode.CONTACT_DETAILS;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    List<Span> spans = new ArrayList<>(EMAIL.find(text));
    spans.addAll(phones(text));
    spans.addAll(PHRASES.findAll(text));
    List<Reason> reasons = new ArrayList<>();
    for (Span s : Cues.merged(Cues.disjoint(spans), text)) {
      reasons.add(
          Reason.at(
              code(),
              text,
              s.start(),
              s.end(),
              "'"
                  + s.textIn(text)
                  + "' moves the conversation off the platform before you are connected.",
              "e-mail address, phone number or request for one"));
    }
    return reasons;
  }

  /** Phone numbers: 7 to 15 digits and not shaped like a date or a year range. */
  static List<Span> phones(String text) {
    List<Span> spans = new ArrayList<>();
    if (asciiDigits(text) < 7) { // each kept match has 7 digits or more, all ASCII (\d)
      return spans;
    }
    Matcher m = PHONE.matcher(text);
    while (m.find()) {
      String s = m.group();
      int digits = 0;
      for (int i = 0; i < s.length(); i++) {
        if (Character.isDigit(s.charAt(i))) {
          digits++;
        }
      }
      if (digits >= 7 && digits <= 15 && !DATE_LIKE.matcher(s).matches()) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }

  private static int asciiDigits(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    return digits;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("[[Call me on +1 (555) 010-2030]] any time."),
        Example.flagged("My mobile: [[07700 900123]]."),
        Example.flagged("Reach out at [[jo.smith+li@acme-mail.co.uk]] for details"),
        Example.flagged("Ping me at [[555-123-4567]] and let's talk"),
        Example.flagged("Easier to chat there, [[WhatsApp me]]!"),
        Example.flagged("Great! [[Send me your email]] and I'll share the deck."),
        Example.flagged("Hi Ana, [[what's your number]]?"),
        Example.clean("Worked there 2019-2023, on call 24/7, top 10 in the 2024 ranking."),
        Example.clean("We upgraded to v2.10.15 and macOS 10.15.7 on 2026-11-02."),
        Example.clean("Our team of 1,200 engineers shipped 3.5 million builds last year."));
  }
}
