package io.invitecheck.signals;

import static io.invitecheck.report.SignalType.MUTUAL_CONNECTION;
import static io.invitecheck.report.SignalType.REASON_TO_CONNECT;
import static io.invitecheck.report.SignalType.RECIPIENT_ACHIEVEMENT;
import static io.invitecheck.report.SignalType.RECIPIENT_CONTENT;
import static io.invitecheck.report.SignalType.RECIPIENT_NAME;
import static io.invitecheck.report.SignalType.SHARED_EVENT;
import static io.invitecheck.report.SignalType.SHARED_INTEREST;
import static io.invitecheck.report.SignalType.SHARED_ORG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Full notes of 200 to 300 characters from several industries, with and without profiles: the exact
 * set of signals (type, start, end, text, confirmed) the standard detectors find.
 */
class SignalsOnRealNotesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());
  private static final SignalDetectors DETECTORS = SignalDetectors.standard();

  /** An expected signal; its offsets are those of the one occurrence of {@code text}. */
  private record Expected(SignalType type, String text, boolean confirmed) {}

  private static Expected sig(SignalType type, String text, boolean confirmed) {
    return new Expected(type, text, confirmed);
  }

  private static void assertSignals(Draft draft, Expected... expected) {
    String note = draft.note();
    assertTrue(note.length() >= 200 && note.length() <= 300, "note is " + note.length() + " chars");
    TreeSet<String> want = new TreeSet<>();
    for (Expected e : expected) {
      int start = note.indexOf(e.text());
      assertTrue(start >= 0, "not in the note: " + e.text());
      assertEquals(start, note.lastIndexOf(e.text()), "ambiguous expected text: " + e.text());
      want.add(line(e.type(), start, start + e.text().length(), e.text(), e.confirmed()));
    }
    List<Signal> found = DETECTORS.detect(READER.read(note), draft);
    TreeSet<String> got = new TreeSet<>();
    List<String> source = new ArrayList<>();
    for (Signal s : found) {
      assertEquals(note.substring(s.start(), s.end()), s.text());
      got.add(line(s.type(), s.start(), s.end(), s.text(), s.confirmed()));
      source.add(
          "sig(" + s.type() + ", \"" + s.text() + "\", " + s.confirmed() + ") // " + s.evidence());
    }
    assertEquals(
        String.join("\n", want),
        String.join("\n", got),
        "signals differ; found:\n" + String.join("\n", source));
  }

  private static String line(SignalType t, int start, int end, String text, boolean confirmed) {
    return t.id() + " [" + start + "," + end + ") '" + text + "' " + confirmed;
  }

  @Test
  void fintechNoteWithProfiles() {
    Draft d =
        Draft.builder(
                "Hi Priya, congrats on your promotion to VP Engineering at Plaid! I read your post"
                    + " on ledger reconciliation and it matched what we saw at Square. I'm also"
                    + " working on payment reconciliation tooling, so I'd love to compare notes on"
                    + " how you handle late settlements.")
            .recipient(
                Profile.builder()
                    .name("Priya Raman")
                    .headline("VP Engineering at Plaid")
                    .company("Plaid")
                    .achievements(List.of("Promoted to VP Engineering at Plaid"))
                    .recentPosts(
                        List.of("Ledger reconciliation at scale: lessons from three migrations"))
                    .skills(List.of("payments", "distributed systems"))
                    .build())
            .sender(Profile.builder().name("Luis Ortega").company("Square").build())
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Priya", true),
        sig(RECIPIENT_ACHIEVEMENT, "congrats on your promotion to VP Engineering at Plaid", true),
        sig(RECIPIENT_CONTENT, "your post on ledger reconciliation", true),
        sig(REASON_TO_CONNECT, "I'm also working on payment reconciliation tooling", true),
        sig(
            REASON_TO_CONNECT,
            "I'd love to compare notes on how you handle late settlements",
            false));
  }

  @Test
  void healthcareNoteWithProfiles() {
    Draft d =
        Draft.builder(
                "Hello Dr. Okafor, Tom Becker suggested I reach out. I enjoyed your talk on sepsis"
                    + " triage models at HIMSS and would value your perspective on validating"
                    + " alerts in smaller ICUs. Fellow Johns Hopkins alum here, by the way.")
            .recipient(
                Profile.builder()
                    .name("Ngozi Okafor")
                    .school("Johns Hopkins University")
                    .headline("Critical care physician, sepsis researcher")
                    .interests(List.of("clinical decision support"))
                    .build())
            .sender(
                Profile.builder().name("Hannah Weiss").school("Johns Hopkins University").build())
            .context(new Context(null, 7, List.of("Tom Becker"), null, null))
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Okafor", true),
        sig(MUTUAL_CONNECTION, "Tom Becker suggested I reach out", true),
        sig(RECIPIENT_CONTENT, "your talk on sepsis triage models", false),
        sig(SHARED_EVENT, "your talk on sepsis triage models at HIMSS", false),
        sig(
            REASON_TO_CONNECT,
            "would value your perspective on validating alerts in smaller ICUs",
            false),
        sig(SHARED_ORG, "Fellow Johns Hopkins alum", true));
  }

  @Test
  void logisticsNoteWithProfile() {
    Draft d =
        Draft.builder(
                "Hi Marco, we met at the ProMat booth in Chicago last month. Your newsletter on"
                    + " cold-chain logistics has been required reading for my team. We're building"
                    + " route planning for refrigerated fleets and I'd love to hear how you think"
                    + " about dwell time.")
            .recipient(
                Profile.builder()
                    .name("Marco Bianchi")
                    .company("Lineage Logistics")
                    .recentPosts(
                        List.of("Cold-chain logistics weekly: dwell time is the new fuel cost"))
                    .build())
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Marco", true),
        sig(SHARED_EVENT, "we met at the ProMat booth", false),
        sig(RECIPIENT_CONTENT, "Your newsletter on cold-chain logistics", true),
        sig(
            REASON_TO_CONNECT,
            "We're building route planning for refrigerated fleets and I'd love to hear how you think about dwell time",
            true));
  }

  @Test
  void saasNoteWithoutProfiles() {
    Draft d =
        Draft.of(
            "Hi Ana, I read your post on usage-based pricing and loved the part about seat creep."
                + " As a fellow Rust enthusiast, I'm also working on a billing engine in Rust."
                + " Would love to swap notes on metering accuracy sometime.");
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Ana", false),
        sig(RECIPIENT_CONTENT, "your post on usage-based pricing", false),
        sig(SHARED_INTEREST, "fellow Rust enthusiast", false),
        sig(REASON_TO_CONNECT, "I'm also working on a billing engine in Rust", false),
        sig(REASON_TO_CONNECT, "Would love to swap notes on metering accuracy sometime", false));
  }

  @Test
  void devopsNoteThatTheProfileContradicts() {
    Draft d =
        Draft.builder(
                "Hi Mark, great meeting you at KubeCon in Paris. Jane Liu mentioned you run the"
                    + " platform team at Datadog. I'm researching how teams roll out eBPF-based"
                    + " tracing and would love your perspective on the overhead in production.")
            .recipient(
                Profile.builder()
                    .name("Sam Rivera")
                    .company("Datadog")
                    .skills(List.of("eBPF", "Kubernetes"))
                    .build())
            .context(new Context(null, 0, null, null, null))
            .build();
    assertSignals(
        d,
        sig(SHARED_EVENT, "meeting you at KubeCon", false),
        sig(
            REASON_TO_CONNECT,
            "I'm researching how teams roll out eBPF-based tracing and would love your perspective on the overhead in production",
            true));
  }

  @Test
  void academicNoteWithProfile() {
    Draft d =
        Draft.builder(
                "Dear Prof. van der Berg, your paper on graph neural networks for protein folding"
                    + " changed how our lab approaches docking. I'm a PhD student at ETH Zurich"
                    + " working on similar problems and would be grateful to learn how you chose"
                    + " your benchmark sets.")
            .recipient(
                Profile.builder()
                    .name("Anna van der Berg")
                    .school("TU Delft")
                    .achievements(
                        List.of(
                            "Best paper, NeurIPS 2025: graph neural networks for protein folding"))
                    .build())
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "van der Berg", true),
        sig(RECIPIENT_CONTENT, "your paper on graph neural networks for protein folding", true),
        sig(
            REASON_TO_CONNECT,
            "working on similar problems and would be grateful to learn how you chose your benchmark sets",
            false));
  }

  @Test
  void recruitingNoteWithProfile() {
    Draft d =
        Draft.builder(
                "Hi Alex, I'm hiring for a staff data engineer on our fraud platform and your"
                    + " experience with Spark streaming at Stripe stands out. No pressure at all,"
                    + " but I'd love to share more if you're open to a conversation later this"
                    + " year.")
            .recipient(
                Profile.builder()
                    .name("Alexander Kim")
                    .company("Stripe")
                    .skills(List.of("Apache Spark", "Kafka"))
                    .build())
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Alex", true),
        sig(
            REASON_TO_CONNECT,
            "I'm hiring for a staff data engineer on our fraud platform and your experience with Spark streaming at Stripe stands out",
            true));
  }

  @Test
  void climateNoteWithoutProfiles() {
    Draft d =
        Draft.of(
            "Good morning Leila! Congratulations on closing the Series A for GridWise. We met"
                + " briefly at the Climate Week NYC dinner, and our mutual friend Omar Haddad speaks"
                + " highly of your team. I'm also working on grid storage forecasting and would"
                + " love to compare notes.");
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Leila", false),
        sig(RECIPIENT_ACHIEVEMENT, "Congratulations on closing the Series A for GridWise", false),
        sig(SHARED_EVENT, "We met briefly at the Climate Week NYC dinner", false),
        sig(MUTUAL_CONNECTION, "our mutual friend Omar Haddad", false),
        sig(
            REASON_TO_CONNECT,
            "I'm also working on grid storage forecasting and would love to compare notes",
            false));
  }

  @Test
  void retailNoteThatTheProfileContradictsInPart() {
    Draft d =
        Draft.builder(
                "Hi Jordan, fellow Stanford alum here! I saw your article on store-level demand"
                    + " forecasting and it's exactly the problem we face at Target. Would love to"
                    + " learn more about your work on promotion planning.")
            .recipient(
                Profile.builder()
                    .name("Jordan Lee")
                    .school("MIT")
                    .company("Walmart")
                    .recentPosts(List.of("Store-level demand forecasting with hierarchical models"))
                    .skills(List.of("forecasting", "promotion planning"))
                    .build())
            .sender(Profile.builder().name("Kim Doan").school("UC Berkeley").build())
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Jordan", true),
        sig(RECIPIENT_CONTENT, "your article on store-level demand forecasting", true),
        sig(
            REASON_TO_CONNECT,
            "Would love to learn more about your work on promotion planning",
            true));
  }

  @Test
  void legalNoteWithSharedGroup() {
    Draft d =
        Draft.builder(
                "Hello Ms. Adeyemi, I listened to your podcast episode on contract review"
                    + " automation and loved the point about clause libraries. We're both in the"
                    + " Legal Innovators group, and I'd value your perspective on how firms"
                    + " evaluate AI redlining tools.")
            .recipient(Profile.builder().name("Funmilayo Adeyemi").build())
            .context(new Context(null, null, null, List.of("Legal Innovators"), null))
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Adeyemi", true),
        sig(RECIPIENT_CONTENT, "your podcast episode on contract review automation", false),
        sig(SHARED_ORG, "We're both in the Legal Innovators group", true),
        sig(
            REASON_TO_CONNECT,
            "I'd value your perspective on how firms evaluate AI redlining tools",
            false));
  }

  @Test
  void genericEdtechPitchHasNoSignals() {
    Draft d =
        Draft.of(
            "Hi there, I came across your profile and I'm impressed by your background. I'm an"
                + " edtech founder expanding my network with leaders in education. Let's connect"
                + " and explore how we can help your school grow enrollment with our platform.");
    assertSignals(d);
  }

  @Test
  void gamingNoteWithProfilesAndContext() {
    Draft d =
        Draft.builder(
                "Hey sam — loved your GDC talk on live-ops economies. I also worked at Riot before"
                    + " moving to Supercell, and we both worked with Dana Kim on the matchmaking"
                    + " team. Would love to hear how you balance monetization and player trust.")
            .recipient(Profile.builder().name("Sam Okafor").company("Riot Games").build())
            .sender(Profile.builder().name("Eva Lind").company("Supercell").build())
            .context(new Context(null, 4, List.of("Dana Kim"), null, null))
            .build();
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "sam", true),
        sig(RECIPIENT_CONTENT, "your GDC talk on live-ops economies", false),
        sig(SHARED_ORG, "I also worked at Riot", true),
        sig(MUTUAL_CONNECTION, "we both worked with Dana Kim", true),
        sig(
            REASON_TO_CONNECT,
            "Would love to hear how you balance monetization and player trust",
            false));
  }

  @Test
  void biotechNoteWithoutProfiles() {
    Draft d =
        Draft.of(
            "Dear Dr. Chen, your recent preprint on CRISPR off-target prediction was excellent. I"
                + " run the genomics core at a mid-size biotech in Boston and I'm researching guide"
                + " design tools; I would value your perspective on benchmarking them against"
                + " GUIDE-seq.");
    assertSignals(
        d,
        sig(RECIPIENT_NAME, "Chen", false),
        sig(RECIPIENT_CONTENT, "your recent preprint on CRISPR off-target prediction", false),
        sig(REASON_TO_CONNECT, "I'm researching guide design tools", false),
        sig(
            REASON_TO_CONNECT,
            "I would value your perspective on benchmarking them against GUIDE-seq",
            false));
  }
}
