package io.invitecheck.cues;

import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code self_promotion}: the note is about the sender's credentials and channels rather than the
 * recipient. Two strengths:
 *
 * <ul>
 *   <li>strong, flagged on their own: boasts and calls to follow ("I'm a top 1% coach",
 *       "award-winning", "I've helped 500+ clients", "check out my podcast", "follow me", "as a
 *       7-figure founder", "my new course");
 *   <li>weak, flagged only when the note is mostly about the sender (at least 3 first-person words
 *       "I/me/my/mine/myself" and at least twice as many as "you/your/yours"): "my podcast",
 *       "keynote speaker", "serial entrepreneur", "bestselling".
 * </ul>
 *
 * <p>The pronoun count never flags a note by itself: "I moved to Leeds and I am learning Rust; I
 * liked your talk" is a normal note. One reason per note, on the strongest phrase (the first strong
 * one, else the first weak one). Stateless and thread-safe.
 */
public final class SelfPromotionCue implements CueDetector {
  static final PhraseMatcher STRONG =
      PhraseMatcher.shared(
          "award-winning",
          "award winning",
          "follow me",
          "subscribe to my",
          "take a look at my podcast",
          "listen to my podcast",
          "buy my book",
          "my new course",
          "my new book",
          "my new podcast",
          "my latest book",
          "my online course",
          "my masterclass",
          "join my newsletter",
          "join my community",
          "sign up for my",
          "featured in forbes",
          "forbes 30 under 30",
          "world-renowned",
          "world renowned",
          "i'm the best",
          "i am the best",
          "#1 bestselling",
          "number one bestselling",
          "best-selling author",
          "bestselling author");

  static final PhraseMatcher WEAK =
      PhraseMatcher.shared(
          "my podcast",
          "my book",
          "my newsletter",
          "my channel",
          "my youtube channel",
          "my course",
          "my coaching program",
          "my program",
          "keynote speaker",
          "tedx speaker",
          "serial entrepreneur",
          "thought leader",
          "bestselling",
          "best-selling",
          "industry expert",
          "certified expert");

  private static final Guarded STRONG_PATTERNS =
      Guarded.anyOf(
              "(?i)\\bcheck\\s{1,3}out\\s{1,3}my\\s{1,3}(?:(?:new|latest|free|recent)\\s{1,3})?"
                  + "(?:podcast|book|newsletter|channel|course|website|site|blog|videos?|page|youtube"
                  + "|masterclass|webinar|profile|show|program|services|content|posts?|e-?book|guide|app)\\b"
                  + "|\\btop\\s{1,3}\\d{1,2}(?:\\.\\d)?\\s?%"
                  + "|\\b(?:\\d|six|seven|eight|nine|multi)[- ]figure\\s{1,3}"
                  + "(?:founder|ceo|entrepreneur|coach|business|agency|consultant|seller|company)\\b"
                  + "|\\b(?:i|we)(?:'ve|\u2019ve|\\s{1,3}have)\\s{1,3}helped\\s{1,3}"
                  + "(?:over\\s{1,3}|more\\s{1,3}than\\s{1,3})?\\d[\\d,.]{0,9}\\s?(?:\\+|k\\+?)?"
                  + "\\s{1,3}[a-z]{2,20}"
                  + "|\\b(?:i|we)(?:'ve|\u2019ve|\\s{1,3}have)\\s{1,3}(?:generated|closed|raised|made)"
                  + "\\s{1,3}(?:over\\s{1,3})?[$\u20ac\u00a3]\\d[\\d,.]{0,9}\\s?(?:k|m|mm|million|billion|b)?\\b",
              "check", "top", "figure", "helped", "generated", "closed", "raised", "made")
          .startingAtWordStart("cCtT0123456789sSeEnNmMiIwW");

  private static final Set<String> FIRST =
      WordSet.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll");
  private static final Set<String> SECOND =
      WordSet.of("you", "your", "yours", "yourself", "you're");

  @Override
  public ReasonCode code() {
    return ReasonCode.SELF_PROMOTION;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    List<Span> strong = new ArrayList<>(STRONG.findAll(text));
    strong.addAll(STRONG_PATTERNS.find(text));
    int[] counts = pronouns(input.note());
    String evidence = "first-person words " + counts[0] + ", second-person " + counts[1];
    Span best = null;
    if (!strong.isEmpty()) {
      best = Cues.disjoint(strong).get(0);
    } else if (counts[0] >= 3 && counts[0] >= 2 * counts[1]) {
      best = WEAK.findFirst(text);
    }
    if (best == null) {
      return List.of();
    }
    return List.of(
        Reason.at(
            code(),
            text,
            best.start(),
            best.end(),
            "'"
                + best.textIn(text)
                + "' promotes you; the recipient wants to know why you are writing to them.",
            evidence));
  }

  /** {first-person, second-person} word counts, by token. */
  static int[] pronouns(AnalyzedNote n) {
    int first = 0;
    int second = 0;
    for (int i = 0; i < n.tokenCount(); i++) {
      String t = n.lowerToken(i).replace('\u2019', '\'');
      if (FIRST.contains(t)) {
        first++;
      } else if (SECOND.contains(t)) {
        second++;
      }
    }
    return new int[] {first, second};
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi! I'm a [[top 1%]] career coach and I'd love to connect."),
        Example.flagged("[[Award-winning]] designer here, let's connect."),
        Example.flagged("[[I've helped 500+ clients]] land their dream job. Let's talk!"),
        Example.flagged("Hi Jo, [[check out my podcast]] on leadership when you can."),
        Example.flagged("As a [[7-figure founder]] I know what it takes. Follow me for tips."),
        Example.flagged(
            "I run a weekly show and I interview founders; I think [[my podcast]] fits you."),
        Example.clean(
            "I moved to Leeds last year and I am learning Rust; I liked your talk on async."),
        Example.clean("Hi Jo, I listened to your podcast on leadership and loved the Q&A."),
        Example.clean("Your book on Kafka helped my team a lot, thank you for writing it!"),
        Example.clean(
            "You should check out my colleague Ben's talk; as seen in your post, we agree."));
  }
}
