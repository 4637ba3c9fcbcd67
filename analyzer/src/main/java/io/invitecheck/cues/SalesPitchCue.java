package io.invitecheck.cues;

import io.invitecheck.config.Settings;
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
 * {@code sales_pitch}: the note sells: a call or demo, an offer, a price, a result promised. Found
 * three ways, merged into one span where they touch:
 *
 * <ul>
 *   <li>{@link #PHRASES} plus {@link Settings#extraSalesPhrases()} ("hop on a call", "free trial",
 *       "our platform", "would you be interested in", "ROI", "guaranteed");
 *   <li>patterns: a call of so many minutes ("quick 15-minute call", "grab 15 minutes"), a call or
 *       demo to book ("schedule a quick call", "get on a short zoom"), a multiplied result ("3x
 *       their pipeline"), a percentage off;
 *   <li>from the tagged tokens: "I/we/our platform help" + a few modifiers + a client noun ({@link
 *       #CLIENTS}), optionally "like yours" ("We help SaaS founders", "I help companies like
 *       yours"); and "leads" only as a noun ("more qualified leads", not "she leads the team").
 * </ul>
 *
 * <p>Deliberately not flagged: "feel free to reach out", "free time", "happy to help if you ever
 * need a hand", "how your team approached pricing" (bare "free", "help" and "pricing" are not in
 * the list), a recruiter's "we're hiring for a backend role", and "our product team" ("our/my X"
 * followed by a noun names colleagues) and "would you be interested in speaking at our meetup" (an
 * invitation to take part: {@link #TAKING_PART}). Stateless and thread-safe.
 */
public final class SalesPitchCue implements CueDetector {
  /** The built-in phrases. */
  static final List<String> PHRASES =
      List.of(
          "hop on a call",
          "hop on a quick call",
          "jump on a call",
          "jump on a quick call",
          "get on a call",
          "a quick call",
          "quick chat",
          "quick demo",
          "book a time",
          "book a call",
          "book a demo",
          "book a meeting",
          "book a slot",
          "schedule a call",
          "schedule a demo",
          "schedule a meeting",
          "set up a call",
          "set up a demo",
          "a short demo",
          "free demo",
          "free trial",
          "free consultation",
          "free audit",
          "free strategy session",
          "discovery call",
          "special offer",
          "exclusive offer",
          "limited time offer",
          "limited-time offer",
          "special discount",
          "exclusive discount",
          "a discount",
          "our pricing",
          "special pricing",
          "pricing starts at",
          "our platform",
          "our solution",
          "our solutions",
          "our agency",
          "our software",
          "our product",
          "our services",
          "our service",
          "our tool",
          "my agency",
          "my services",
          "would you be interested in",
          "would you be open to a call",
          "are you open to a call",
          "open to a quick call",
          "open to a demo",
          "roi",
          "guaranteed",
          "money-back guarantee",
          "increase your revenue",
          "increase your sales",
          "boost your sales",
          "boost your revenue",
          "grow your revenue",
          "grow your business",
          "scale your business",
          "generate more leads",
          "lead generation",
          "save you time and money",
          "no obligation",
          "no strings attached",
          "risk-free",
          "act now",
          "affordable prices",
          "affordable price",
          "competitive prices",
          "competitive pricing",
          "competitive rates",
          "love to show you how",
          "show you how we",
          "the right person to speak to",
          "the right person to talk to",
          "the right person to speak with",
          "the right person to talk with");

  /** Client nouns after "I/we help": "we help founders ...". */
  static final Set<String> CLIENTS =
      WordSet.of(
          "company",
          "team",
          "founder",
          "business",
          "brand",
          "agency",
          "startup",
          "leader",
          "professional",
          "firm",
          "client",
          "coach",
          "executive",
          "organization",
          "organisation",
          "ceo",
          "cto",
          "marketer",
          "recruiter",
          "owner",
          "entrepreneur",
          "b2b",
          "saas",
          "people",
          "manager",
          "consultant",
          "creator");

  /** Subjects of "help ... clients": "we help", "our platform helps". */
  static final Set<String> SELLERS =
      WordSet.of(
          "i",
          "we",
          "agency",
          "team",
          "platform",
          "solution",
          "software",
          "tool",
          "product",
          "app",
          "service",
          "services",
          "firm",
          "company",
          "startup");

  private static final Guarded MINUTES_CALL =
      Guarded.anyOf(
              "(?i)\\b(?:(?:quick|short|brief)\\s{1,3})?\\d{1,2}[- ]?(?:min|mins|minute|minutes)\\s{1,3}"
                  + "(?:call|chat|demo|meeting|intro|zoom|session)\\b"
                  + "|\\b(?:grab|spare|steal|book)\\s{1,3}(?:\\d{1,2}|ten|fifteen|twenty|thirty|a few)"
                  + "\\s{1,3}min(?:ute)?s?\\b",
              "min")
          .startingAtWordStart("qQsSbBgG0123456789");

  /** "schedule a quick call", "get on a short zoom", "set up a free demo". */
  private static final Guarded CALL =
      Guarded.anyOf(
              "(?i)\\b(?:(?:hop|jump|get)\\s{1,3}on|book|schedule|set\\s{1,3}up|arrange)\\s{1,3}a"
                  + "\\s{1,3}(?:(?:quick|short|brief|free|15-minute|30-minute)\\s{1,3})?"
                  + "(?:call|zoom|demo|meeting|chat|slot)\\b",
              "call",
              "zoom",
              "demo",
              "meeting",
              "chat",
              "slot")
          .startingAtWordStart("hHjJgGbBsSaA");

  private static final Guarded MULTIPLIER =
      Guarded.anyOf(
              "(?i)\\b(?:\\d{1,3}x|double|triple|10x)\\s{1,3}(?:your|their|the)\\s{1,3}"
                  + "(?:pipeline|revenue|sales|leads|bookings|meetings|conversions?|growth|mrr|arr)\\b",
              "pipeline",
              "revenue",
              "sales",
              "leads",
              "bookings",
              "meetings",
              "conversion",
              "growth",
              "mrr",
              "arr")
          .startingAtWordStart("dDtT0123456789");

  private static final Guarded PERCENT_OFF =
      Guarded.anyOf("(?i)\\b\\d{1,2}\\s?%\\s{1,3}off\\b", "%").startingAtWordStart("0123456789");

  private static final PhraseMatcher BUILT_IN = PhraseMatcher.shared(PHRASES);

  private final PhraseCache phrases = new PhraseCache(BUILT_IN);

  @Override
  public ReasonCode code() {
    return ReasonCode.SALES_PITCH;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    List<Span> spans = new ArrayList<>();
    for (Span s : phrases.with(input.settings().extraSalesPhrases()).findAll(text)) {
      if (!ownTeam(input.note(), s) && !invitationToTakePart(input.note(), s)) {
        spans.add(s);
      }
    }
    spans.addAll(MINUTES_CALL.find(text));
    spans.addAll(CALL.find(text));
    spans.addAll(MULTIPLIER.find(text));
    spans.addAll(PERCENT_OFF.find(text));
    addHelpClients(input.note(), spans);
    addLeads(input.note(), spans);
    List<Reason> reasons = new ArrayList<>();
    for (Span s : Cues.merged(spans, text)) {
      reasons.add(
          Reason.at(
              code(),
              text,
              s.start(),
              s.end(),
              "'"
                  + s.textIn(text)
                  + "' is a sales pitch; a pitch in an invitation is the commonest reason it is"
                  + " ignored or reported.",
              "sales phrase or pattern"));
    }
    return reasons;
  }

  /** "I/we/our platform help" + a few modifiers + a client noun [+ "like yours/you"]. */
  private static void addHelpClients(AnalyzedNote n, List<Span> spans) {
    for (int i = 1; i < n.tokenCount(); i++) {
      if (!"help".equals(n.lemma(i)) || !isSellerSubject(n, i - 1)) {
        continue;
      }
      int end = -1;
      for (int j = i + 1; j < n.tokenCount() && j <= i + 6; j++) {
        String tag = n.tag(j);
        String lemma = n.lemma(j);
        if (CLIENTS.contains(lemma) && (tag.equals("NOUN") || tag.equals("PROPN"))) {
          end = j;
        }
        boolean modifier =
            tag.equals("NOUN")
                || tag.equals("PROPN")
                || tag.equals("ADJ")
                || tag.equals("ADV") // "early" in "early-stage" is tagged ADV
                || tag.equals("NUM")
                || tag.equals("DET")
                || n.token(j).equals("-"); // "early-stage", "mid-market"
        if (!modifier) {
          break;
        }
      }
      if (end < 0) {
        continue;
      }
      if (end + 2 < n.tokenCount()
          && n.lowerToken(end + 1).equals("like")
          && (n.lowerToken(end + 2).equals("yours") || n.lowerToken(end + 2).equals("you"))) {
        end += 2;
      }
      spans.add(new Span(n.tokenStart(i - 1), n.tokenEnd(end)));
    }
  }

  private static boolean isSellerSubject(AnalyzedNote n, int i) {
    return SELLERS.contains(n.lowerToken(i));
  }

  /**
   * True for "our product team", "our platform engineers": "our/my X" followed by a noun names the
   * sender's colleagues, not an offer.
   */
  private static boolean ownTeam(AnalyzedNote n, Span s) {
    String lower = n.lower();
    if (!(lower.startsWith("our ", s.start()) || lower.startsWith("my ", s.start()))) {
      return false;
    }
    int last = n.tokenAt(s.end() - 1);
    return last >= 0 && last + 1 < n.tokenCount() && n.tag(last + 1).equals("NOUN");
  }

  /** What one invites a peer to do, not sells: "would you be interested in speaking at ...". */
  static final Set<String> TAKING_PART =
      WordSet.of(
          "speaking",
          "presenting",
          "mentoring",
          "contributing",
          "judging",
          "volunteering",
          "collaborating",
          "co-authoring",
          "writing",
          "giving");

  /** True for "would you be interested in speaking at our meetup": an invitation to take part. */
  private static boolean invitationToTakePart(AnalyzedNote n, Span s) {
    if (!n.lower().startsWith("would you be interested in", s.start())) {
      return false;
    }
    int last = n.tokenAt(s.end() - 1);
    return last >= 0 && last + 1 < n.tokenCount() && TAKING_PART.contains(n.lowerToken(last + 1));
  }

  /** "leads" as a plural noun: "more qualified leads", not "she leads the data team". */
  private static void addLeads(AnalyzedNote n, List<Span> spans) {
    for (int i = 0; i < n.tokenCount(); i++) {
      if (n.lowerToken(i).equals("leads") && n.tag(i).equals("NOUN")) {
        spans.add(new Span(n.tokenStart(i), n.tokenEnd(i)));
      }
    }
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Jo, open to a [[quick 15-minute call]] this week?"),
        Example.flagged("Loved your post! [[We help SaaS founders 3x their pipeline]] in 90 days."),
        Example.flagged("Hi Sam, [[I help companies like yours]] cut cloud costs."),
        Example.flagged("Can we [[hop on a call]] Thursday? Our platform saves hours."),
        Example.flagged("Start your [[free trial]] today: 30 days, no card."),
        Example.flagged("Let's [[schedule a quick call]] to discuss synergies."),
        Example.flagged("Are you [[the right person to speak to]] about IT outsourcing at Acme?"),
        Example.flagged("[[Would you be interested in]] more qualified leads?"),
        Example.flagged("Can you [[grab 15 minutes]] with me next week?"),
        Example.clean("Feel free to reach out if you are ever in Lisbon."),
        Example.clean("What do you do in your free time besides climbing?"),
        Example.clean("Happy to help if you ever need a hand with Kafka."),
        Example.clean("I'd love to learn how your team approached pricing for the API tier."),
        Example.clean("Hi Ana, we're hiring for a backend role and your Kafka talk stood out."),
        Example.clean("Congrats, Mo: I hear she leads the data team at Monzo now."),
        Example.clean("Hi Jo, our product team loved your talk on onboarding flows."),
        Example.clean("Would you be interested in speaking at our Rust meetup in Leeds?"),
        Example.flagged("Hi Ken, [[I help early-stage founders]] with fundraising decks."));
  }
}
