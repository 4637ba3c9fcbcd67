package io.invitecheck.cues;

import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * {@code unfilled_placeholder}: a mail-merge field left in the note. Recognised forms:
 *
 * <ul>
 *   <li>always: {@code {{first_name}}}, {@code {{ company }}}, {@code {firstName}}, {@code
 *       %FIRSTNAME%}, {@code ###Name###}, a bare {@code ##}, {@code __NAME__}, {@code *|FNAME|*}
 *       and the bare merge tags {@code FNAME}, {@code LNAME}, {@code FIRSTNAME}, {@code
 *       COMPANYNAME};
 *   <li>only when the content names a merge field ({@link #FIELD_WORDS}: name, company, title,
 *       role, insert, recipient, ...) or is written {@code LIKE_THIS}: {@code [Name]}, {@code
 *       [FIRST NAME]}, {@code [insert company name]}, {@code <Company>}, {@code $first_name}.
 * </ul>
 *
 * <p>Decision: square and angle brackets are ordinary punctuation in notes, so they are flagged
 * only with a field word inside. Not flagged: "(ex-Google)", "[PhD]", "[2019]", "&lt;3", "50% of
 * teams", a "#hashtag". The span is the placeholder with its brackets. Every pattern has bounded
 * repetition only. Stateless and thread-safe.
 */
public final class UnfilledPlaceholderCue implements CueDetector {

  /** Words that make bracketed text a merge field (matched inside the letters of the content). */
  static final List<String> FIELD_WORDS =
      List.of(
          "name",
          "company",
          "organisation",
          "organization",
          "firm",
          "title",
          "role",
          "position",
          "city",
          "school",
          "university",
          "industry",
          "insert",
          "recipient",
          "prospect",
          "contact",
          "topic",
          "product",
          "jobtitle",
          "mutual",
          "personalization",
          "personalisation",
          "placeholder");

  /** Forms that are placeholders whatever they hold. */
  private static final Guarded ALWAYS =
      Guarded.anyOf(
              "\\{\\{[^{}\\n]{0,40}\\}\\}"
                  + "|\\{[A-Za-z_][A-Za-z0-9_ .-]{0,30}\\}"
                  + "|%[A-Za-z][A-Za-z_]{1,30}%"
                  + "|#{2,3}[A-Za-z][A-Za-z_ ]{0,30}#{2,3}"
                  + "|(?<![#\\w])#{2,6}(?![#\\w])"
                  + "|__[A-Za-z]{1,30}(?:_[A-Za-z]{1,30}){0,4}__"
                  + "|\\*\\|[A-Za-z_]{1,30}\\|\\*"
                  + "|\\b(?:FNAME|LNAME|FIRSTNAME|LASTNAME|FIRST_NAME|LAST_NAME|COMPANYNAME"
                  + "|COMPANY_NAME)\\b",
              "{", "%", "#", "__", "*|", "name")
          .startingAt("{%#_*FLC");

  /** Forms that are placeholders only when they hold a field word. */
  private static final Guarded IF_FIELD =
      Guarded.anyOf(
          "\\[([^\\[\\]\\n]{1,40})\\]"
              + "|<([A-Za-z][A-Za-z _]{0,30})>"
              + "|(?<![\\w$])\\$([A-Za-z][A-Za-z_]{1,30})\\b",
          "[",
          "<",
          "$");

  @Override
  public ReasonCode code() {
    return ReasonCode.UNFILLED_PLACEHOLDER;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    List<Span> spans = new ArrayList<>(ALWAYS.find(text));
    Matcher m = IF_FIELD.pattern().matcher(text);
    while (IF_FIELD.mayMatch(text) && m.find()) {
      String content =
          m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (isField(content)) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    List<Reason> reasons = new ArrayList<>();
    for (Span s : Cues.disjoint(spans)) {
      String placeholder = s.textIn(text);
      reasons.add(
          Reason.at(
              code(),
              text,
              s.start(),
              s.end(),
              "The placeholder "
                  + placeholder
                  + " was never filled in: the recipient will see it"
                  + " as is and know the note was mass-sent.",
              "mail-merge placeholder syntax"));
    }
    return reasons;
  }

  /** True when bracketed content names a merge field: a field word, or LIKE_THIS. */
  static boolean isField(String content) {
    if (content.indexOf('_') > 0 && content.chars().anyMatch(Character::isLetter)) {
      return true;
    }
    StringBuilder letters = new StringBuilder(content.length());
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (Character.isLetter(c)) {
        letters.append(Character.toLowerCase(c));
      }
    }
    String l = letters.toString().toLowerCase(Locale.ROOT);
    for (String w : FIELD_WORDS) {
      if (l.contains(w)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi [[{{first_name}}]], loved your post on pricing."),
        Example.flagged("Hey [[{firstName}]]! Hope all is well."),
        Cues.flaggedOn("Saw you work at <Company> and wanted to connect.", "<Company>"),
        Cues.flaggedOn("Hi [FIRST NAME], quick question about Kafka.", "[FIRST NAME]"),
        Cues.flaggedOn("Hi [Name], we are both in fintech.", "[Name]"),
        Example.flagged("Dear [[%FIRSTNAME%]], I noticed your work at Acme."),
        Cues.flaggedOn(
            "I admire what you are building at [insert company name].", "[insert company name]"),
        Example.flagged("Hi [[__NAME__]], congrats on the launch!"),
        Example.flagged("Hi [[##]], let's connect."),
        Example.flagged("Hello [[$first_name]], great to e-meet you."),
        Example.flagged("Hi [[*|FNAME|*]], we help teams like yours."),
        Example.flagged("Big fan of [[{{ company }}]] and its mission."),
        Example.flagged("Hi [[###Name###]] hope you are well"),
        Example.clean("Hi Dana, fellow backend dev (ex-Google) here; loved your Kafka talk."),
        Example.clean("Hi Omar, I finished my PhD [2019] on graph databases; <3 your blog."),
        Example.clean("Congrats on the [PhD], Lee! 50% of my team reads your newsletter. #Rust"),
        Example.clean("Hi Sam, $5M seed round, congrats! {} braces aside, well done."),
        Example.clean("Loved the [customer stories] section and the [field notes] on your blog."));
  }
}
