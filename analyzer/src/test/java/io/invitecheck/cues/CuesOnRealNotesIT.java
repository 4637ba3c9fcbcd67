package io.invitecheck.cues;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Full notes of the kinds people send, from several industries, with the exact set of reasons
 * (code, start, end, text) that all cue detectors together give. The personalization signals of a
 * note are given explicitly, as the signal stage (not part of this test) is meant to find them.
 */
class CuesOnRealNotesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());

  private static final SignalType NAME = SignalType.RECIPIENT_NAME;
  private static final SignalType CONTENT = SignalType.RECIPIENT_CONTENT;
  private static final SignalType REASON = SignalType.REASON_TO_CONNECT;

  private static void check(Draft draft, List<Signal> signals, String... expected) {
    List<Reason> reasons =
        CueDetectors.standard()
            .detect(CueTesting.input(READER, draft, signals, Settings.defaults()));
    CueTesting.assertReasons(draft.note(), reasons, List.of(expected));
  }

  private static void check(String note, List<Signal> signals, String... expected) {
    check(Draft.of(note), signals, expected);
  }

  /** Signals from pairs of (type, phrase in the note). */
  private static List<Signal> signals(String note, Object... typeAndPhrase) {
    List<Signal> out = new ArrayList<>();
    for (int i = 0; i < typeAndPhrase.length; i += 2) {
      out.add(
          CueTesting.signal(note, (SignalType) typeAndPhrase[i], (String) typeAndPhrase[i + 1]));
    }
    return out;
  }

  @Test
  void salesPitchBehindACompliment() {
    String note =
        "Hi Priya, I came across your impressive profile and I have to say, your work in fintech"
            + " is inspiring! We help fintech founders 3x their pipeline with AI-powered outreach."
            + " Would you be open to a quick 15-minute call next week?";
    check(
        note,
        signals(note, NAME, "Priya"),
        "no_personalization -",
        "generic_flattery 10-47 'I came across your impressive profile'",
        "sales_pitch 102-144 'We help fintech founders 3x their pipeline'",
        "sales_pitch 194-214 'quick 15-minute call'");
  }

  @Test
  void recruitersHonestNoteIsClean() {
    String note =
        "Hi Daniel, I'm a technical recruiter at Shopify. We're hiring for a senior backend role in"
            + " Toronto and your Kafka talk at Current stood out. Happy to share details if you're"
            + " curious.";
    check(note, signals(note, NAME, "Daniel", CONTENT, "your Kafka talk at Current"));
  }

  @Test
  void cryptoSpamWithLink() {
    String note =
        "\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80 EARN 10X WITH CRYPTO SIGNALS"
            + " \uD83D\uDE80\uD83D\uDE80\uD83D\uDE80 Join 5,000+ traders at bit.ly/moonsignals!!!"
            + " Guaranteed profits, DM me now";
    check(
        note,
        List.of(),
        "no_personalization -",
        "excessive_formatting 0-6 '\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80'",
        "excessive_formatting 7-35 'EARN 10X WITH CRYPTO SIGNALS'",
        "excessive_formatting 36-42 '\uD83D\uDE80\uD83D\uDE80\uD83D\uDE80'",
        "contains_link 66-84 'bit.ly/moonsignals'",
        "excessive_formatting 84-87 '!!!'",
        "sales_pitch 88-98 'Guaranteed'");
  }

  @Test
  void jobSeekerAskingForAReferral() {
    String note =
        "Hi Mark, I'm a recent CS grad looking for a job in data engineering. I saw Stripe has"
            + " openings. Can you refer me? I'm happy to share my CV.";
    check(
        note,
        signals(note, NAME, "Mark"),
        "no_personalization -",
        "asks_too_soon 30-47 'looking for a job'",
        "asks_too_soon 96-112 'Can you refer me'",
        "asks_too_soon 127-138 'share my CV'");
  }

  @Test
  void mailMergeWithPlaceholders() {
    String note =
        "Hi {{first_name}}, I noticed you work at [Company] and thought we should connect. Our"
            + " platform helps teams like yours save 20 hours a week.";
    check(
        note,
        List.of(),
        "unfilled_placeholder 3-17 '{{first_name}}'",
        "unfilled_placeholder 41-50 '[Company]'",
        "no_personalization -",
        "sales_pitch 82-117 'Our platform helps teams like yours'");
  }

  @Test
  void shoutingCapsWithPhoneNumber() {
    String note =
        "HELLO DEAR FRIEND, I HAVE A GREAT BUSINESS OPPORTUNITY FOR YOU. PLEASE WHATSAPP ME ON +44"
            + " 7700 900123 FOR DETAILS.";
    check(
        note,
        List.of(),
        "no_personalization -",
        "excessive_formatting 0-85 'HELLO DEAR FRIEND, I HAVE A GREAT BUSINESS OPPORTUNITY FOR"
            + " YOU. PLEASE WHATSAPP ME ON'",
        "contact_details 71-82 'WHATSAPP ME'",
        "contact_details 86-101 '+44 7700 900123'");
  }

  @Test
  void scientistWritingToAnAuthorIsClean() {
    String note =
        "Hi Dr. Chen, I read your paper on CRISPR off-target effects in Nature Genetics. I'm a"
            + " postdoc at the Broad working on base editors and would love to compare notes.";
    check(
        note,
        signals(
            note,
            NAME,
            "Chen",
            CONTENT,
            "your paper on CRISPR off-target effects",
            REASON,
            "would love to compare notes"));
  }

  @Test
  void coachPromotingThemselvesWithLink() {
    String note =
        "I'm a top 1% LinkedIn coach and award-winning speaker. I've helped 500+ clients land"
            + " six-figure jobs. Check out my free masterclass at www.careerboost.co/masterclass";
    check(
        note,
        List.of(),
        "no_personalization -",
        "self_promotion 6-12 'top 1%'",
        "contains_link 135-165 'www.careerboost.co/masterclass'");
  }

  @Test
  void nurseWithSharedWorkIsClean() {
    String note =
        "Hi Sofia, fellow nurse here! I've worked in the ICU at Mass General for 8 years. Loved"
            + " your post on night-shift burnout. Let's connect.";
    check(
        note,
        signals(
            note,
            NAME,
            "Sofia",
            SignalType.SHARED_INTEREST,
            "fellow nurse",
            CONTENT,
            "your post on night-shift burnout"));
  }

  @Test
  void stockNote() {
    String note = "Hi Tom, I'd like to add you to my professional network on LinkedIn.";
    check(
        note,
        signals(note, NAME, "Tom"),
        "default_note 8-66 'I'd like to add you to my professional network on LinkedIn'");
  }

  @Test
  void architectMetAtAConferenceIsCleanDespiteNoMutualConnections() {
    String note =
        "Hi Aisha, we met briefly at the AIA conference in Chicago. I run a small architecture"
            + " studio in Denver; would love to stay in touch and swap notes on mass timber.";
    check(
        Draft.builder(note).context(new Context(null, 0, null, null, null)).build(),
        signals(
            note,
            NAME,
            "Aisha",
            SignalType.SHARED_EVENT,
            "the AIA conference in Chicago",
            REASON,
            "swap notes on mass timber"));
  }

  @Test
  void realEstateAdsPitchWithCalendlyLink() {
    String note =
        "Hey! We have a lot in common. I help real estate agents generate more leads with"
            + " done-for-you Facebook ads. Book a time here: calendly.com/adsguy/15min";
    check(
        note,
        List.of(),
        "no_personalization -",
        "generic_flattery 5-28 'We have a lot in common'",
        "sales_pitch 56-75 'generate more leads'",
        "sales_pitch 108-119 'Book a time'",
        "contains_link 126-151 'calendly.com/adsguy/15min'");
  }

  @Test
  void lawStudentAskingForAnIntroductionAndTime() {
    String note =
        "Hello Mr. Okafor, I am a final-year law student. Could you introduce me to your hiring"
            + " partner? I need 15 minutes of your time to discuss pupillage.";
    check(
        note,
        signals(note, NAME, "Okafor"),
        "no_personalization -",
        "asks_too_soon 59-74 'introduce me to'",
        "asks_too_soon 96-126 'I need 15 minutes of your time'");
  }

  @Test
  void founderAskingAboutPricingIsClean() {
    String note =
        "Hi Lena, congrats on the Series A! As a fellow climate-tech founder I'd love to learn how"
            + " your team approached pricing for utilities. Feel free to reach out if you're ever"
            + " in Berlin.";
    check(
        note,
        signals(
            note,
            NAME,
            "Lena",
            SignalType.RECIPIENT_ACHIEVEMENT,
            "the Series A",
            SignalType.SHARED_INTEREST,
            "fellow climate-tech founder",
            REASON,
            "I'd love to learn how your team approached pricing"));
  }

  @Test
  void alumCongratulatingWithoutAReason() {
    String note = "Hi Jonas, fellow TU Munich alum here! Congrats on making partner at McKinsey.";
    check(
        Draft.builder(note)
            .context(new Context(null, 0, null, List.of("TUM Alumni Network"), null))
            .build(),
        signals(
            note,
            NAME,
            "Jonas",
            SignalType.SHARED_ORG,
            "fellow TU Munich alum",
            SignalType.RECIPIENT_ACHIEVEMENT,
            "making partner at McKinsey"),
        "no_reason_to_connect -");
  }

  @Test
  void resendAfterAnIgnoredInvitation() {
    String note =
        "Hi Rahul, following up on my invite from last month. I'd still love to connect and hear"
            + " how the migration to Kubernetes went at Zalando; your KubeCon talk on it was great.";
    PreviousInvitation ignored =
        new PreviousInvitation(Instant.parse("2026-10-20T09:00:00Z"), Outcome.IGNORED);
    check(
        Draft.builder(note)
            .context(new Context(AccountType.FREE, null, null, null, List.of(ignored)))
            .build(),
        signals(note, NAME, "Rahul", CONTENT, "your KubeCon talk"),
        "resend_after_rejection -");
  }

  @Test
  void longNoteOnAFreeAccount() {
    String note =
        "Hi Megan, I saw your talk at SaaStr on usage-based pricing and it really stuck with me. I"
            + " lead RevOps at a 60-person devtools company and we are moving from seats to usage"
            + " next quarter. I would love to hear what you would do differently if you ran that"
            + " migration again, and which metrics you watched.";
    check(
        Draft.builder(note).context(new Context(AccountType.FREE, null, null, null, null)).build(),
        signals(
            note,
            NAME,
            "Megan",
            CONTENT,
            "your talk at SaaStr on usage-based pricing",
            REASON,
            "I would love to hear what you would do differently"),
        "too_long 200-300 'o hear what you would do differently if you ran that migration again,"
            + " and which metrics you watched.'");
    // exactly the premium limit: a premium sender may send it as it is
    check(
        note, signals(note, NAME, "Megan", CONTENT, "your talk at SaaStr", REASON, "I would love"));
  }

  @Test
  void spanishNote() {
    String note =
        "Hola Marta, me encantó tu charla sobre pagos instantáneos en el South Summit de Madrid."
            + " ¿Conectamos?";
    check(note, List.of(), "no_personalization -", "unsupported_language -");
  }

  @Test
  void supplyChainNoteWithDoubleExclamationIsClean() {
    String note =
        "Hi Grace, loved your article on supply-chain risk in Harvard Business Review!! I'm an"
            + " operations lead at Maersk and would love your thoughts on nearshoring.";
    check(
        note,
        signals(
            note,
            NAME,
            "Grace",
            CONTENT,
            "your article on supply-chain risk",
            REASON,
            "would love your thoughts on nearshoring"));
  }
}
