package io.invitecheck.cues;

import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code asks_too_soon}: the first message asks for a favour: a job, a referral, a review of a CV,
 * an introduction, an endorsement or recommendation, money, or a block of the recipient's time ("I
 * need 15 minutes of your time", "pick your brain"). The asks are in the first person ("refer me",
 * "introduce me to", "my CV"), so an offer ("happy to refer you", a recruiter's "we're hiring for a
 * role you'd fit") is not flagged. The span is the ask. Stateless and thread-safe.
 */
public final class AsksTooSoonCue implements CueDetector {
  static final PhraseMatcher PHRASES =
      PhraseMatcher.shared(
          "can you refer me",
          "could you refer me",
          "would you refer me",
          "would you be able to refer me",
          "refer me",
          "a referral for",
          "ask for a referral",
          "asking for a referral",
          "need a referral",
          "get a referral",
          "share my cv",
          "share my resume",
          "forward my cv",
          "forward my resume",
          "pass my cv",
          "pass my resume",
          "pass on my cv",
          "pass on my resume",
          "review my cv",
          "review my resume",
          "look at my cv",
          "look at my resume",
          "feedback on my cv",
          "feedback on my resume",
          "introduce me to",
          "connect me with",
          "put me in touch with",
          "put in a good word",
          "endorse me",
          "endorse my skills",
          "endorse my",
          "write me a recommendation",
          "recommend me for",
          "give me a recommendation",
          "help me find a job",
          "help me get a job",
          "get me a job",
          "get me an interview",
          "looking for a job",
          "hire me",
          "any openings for me",
          "do me a favor",
          "do me a favour",
          "a small favor",
          "a small favour",
          "a favor to ask",
          "a favour to ask",
          "lend me",
          "send me money",
          "donate to my",
          "invest in my",
          "pick your brain",
          "pick your brains");

  private static final Guarded TIME_ASK =
      Guarded.anyOf(
              "(?i)\\b(?:i\\s{1,3}need|give\\s{1,3}me|spare\\s{1,3}me|can\\s{1,3}i\\s{1,3}(?:have|get|borrow))"
                  + "\\s{1,3}(?:\\d{1,2}|a\\s{1,3}few|five|ten|fifteen|twenty|thirty)\\s{1,3}min(?:ute)?s?"
                  + "(?:\\s{1,3}of\\s{1,3}your\\s{1,3}time)?",
              "min")
          .startingAtWordStart("iIgGsScC");

  @Override
  public ReasonCode code() {
    return ReasonCode.ASKS_TOO_SOON;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    List<Span> spans = new ArrayList<>(PHRASES.findAll(text));
    spans.addAll(TIME_ASK.find(text));
    List<Reason> reasons = new ArrayList<>();
    for (Span s : Cues.disjoint(spans)) {
      reasons.add(
          Reason.at(
              code(),
              text,
              s.start(),
              s.end(),
              "'"
                  + s.textIn(text)
                  + "' asks a stranger for a favour; few people grant one before they know you.",
              "first-contact request"));
    }
    return reasons;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Jo, I applied to Stripe. [[Can you refer me]] for the SRE role?"),
        Example.flagged("Could you please [[share my CV]] with your recruiter?"),
        Example.flagged("Would you [[introduce me to]] your hiring manager?"),
        Example.flagged("Hey! Please [[endorse me]] for Python, I'll return the favour."),
        Example.flagged("Hi, could you [[write me a recommendation]]?"),
        Example.flagged("[[I need 15 minutes of your time]] to discuss my startup."),
        Example.flagged("Would you mind taking a [[look at my r\u00e9sum\u00e9]]?"),
        Example.clean("Hi Ana, we're hiring for a backend role and your Kafka talk stood out."),
        Example.clean("Happy to refer you to our hiring manager if you're ever interested."),
        Example.clean("Loved your post on giving referrals; it changed how I write intros."));
  }
}
