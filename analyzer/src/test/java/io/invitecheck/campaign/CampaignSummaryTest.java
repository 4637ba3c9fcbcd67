package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.draft.Profile;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CampaignSummaryTest {
  private static final Settings DEFAULTS = Settings.defaults();

  private static CampaignSummary mailMerge() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    List<Draft> drafts = Batches.mailMerge();
    for (int i = 0; i < drafts.size(); i++) {
      b.add(i + 1, drafts.get(i), Reports.of(drafts.get(i).note(), 0.5, false));
    }
    return b.build();
  }

  @Test
  void mailMergeOfThreeTemplatesGivesThreeClustersWithTheirLines() {
    CampaignSummary s = mailMerge();
    assertEquals(50, s.drafts());
    List<CampaignSummary.Template> t = s.templates();
    assertEquals(3, t.size(), t.toString());

    assertEquals(20, t.get(0).size());
    assertEquals(Batches.linesOf('p'), t.get(0).lines());
    assertEquals(
        "Hi {name}, I help companies like {company} cut their cloud bill by 30% in 90 days."
            + " Would you be open to a quick 15-minute call next week?",
        t.get(0).sample());
    assertEquals(12, t.get(1).size());
    assertEquals(Batches.linesOf('r'), t.get(1).lines());
    assertEquals(8, t.get(2).size());
    assertEquals(Batches.linesOf('n'), t.get(2).lines());
    assertTrue(t.get(2).sample().startsWith("Dear {name}, I am expanding"), t.get(2).sample());
    assertTrue(t.stream().allMatch(CampaignSummary.Template::mass));

    Set<Integer> mass = new TreeSet<>(Batches.linesOf('p'));
    mass.addAll(Batches.linesOf('r'));
    mass.addAll(Batches.linesOf('n'));
    assertEquals(mass, s.massTemplateLines());
    for (int oneOff : Batches.linesOf('o')) {
      assertTrue(s.massTemplateReason(oneOff).isEmpty());
    }
    assertTrue(s.duplicates().isEmpty());
  }

  @Test
  void clusterSizeAtTheThresholdIsMassBelowItIsNot() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS).massTemplateMinSize(9);
    List<Draft> drafts = Batches.mailMerge();
    for (int i = 0; i < drafts.size(); i++) {
      b.add(i + 1, drafts.get(i), Reports.of(drafts.get(i).note(), 0.5, false));
    }
    CampaignSummary s = b.build();
    assertEquals(List.of(true, true, false), s.templates().stream().map(t -> t.mass()).toList());
    assertEquals(32, s.massTemplateLines().size());
  }

  @Test
  void massTemplateReasonNamesTheClusterAndIsAddedOnce() {
    CampaignSummary s = mailMerge();
    int line = Batches.linesOf('r').get(0);
    Reason r = s.massTemplateReason(line).orElseThrow();
    assertEquals(ReasonCode.MASS_TEMPLATE, r.code());
    assertEquals(Severity.HIGH, r.severity());
    assertEquals(
        "This note is one of 12 drafts in this batch that read the same apart from names and"
            + " companies.",
        r.message());
    assertEquals(
        "template cluster of 12 drafts in this batch, lines "
            + String.join(", ", Batches.linesOf('r').stream().map(String::valueOf).toList()),
        r.evidence());

    Report plain = Reports.of("Hello Ana!", 0.4, false, ReasonCode.NO_PERSONALIZATION);
    Report marked = s.withMassTemplate(line, plain);
    assertEquals(2, marked.reasons().size());
    assertTrue(marked.has(ReasonCode.MASS_TEMPLATE));
    assertEquals(plain.risk(), marked.risk());
    assertEquals(marked, s.withMassTemplate(line, marked), "not added twice");
    assertEquals(plain, s.withMassTemplate(Batches.linesOf('o').get(0), plain));

    Settings off = DEFAULTS.toBuilder().disabledReasons(Set.of(ReasonCode.MASS_TEMPLATE)).build();
    CampaignSummary.Builder b = CampaignSummary.builder(off);
    List<Draft> drafts = Batches.mailMerge();
    for (int i = 0; i < drafts.size(); i++) {
      b.add(i + 1, drafts.get(i), Reports.of(drafts.get(i).note(), 0.5, false));
    }
    CampaignSummary quiet = b.build();
    assertEquals(40, quiet.massTemplateLines().size(), "still counted in the summary");
    assertTrue(quiet.massTemplateReason(line).isEmpty(), "but no reason when disabled");
  }

  @Test
  void oneChangedWordStillClustersDifferentNotesDoNot() {
    String base =
        "Hi %s, I help companies like %s cut their cloud bill by 30%% in 90 days. Would you be"
            + " open to a quick call next week?";
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    add(b, 1, String.format(base, "Ana", "Adyen"), "Ana Gómez", "Adyen");
    add(b, 2, String.format(base, "Ben", "Wise").replace("bill", "costs"), "Ben Ortiz", "Wise");
    add(
        b,
        3,
        "Hi Cara, I help companies like Monzo cut their cloud bill by 30% in 90 days. Open to a"
            + " call?",
        "Cara Lim",
        "Monzo");
    // short notes with one word changed
    add(b, 4, "Hi Dana, would love to connect with you!", "Dana Fox", null);
    add(b, 5, "Hi Eli, would like to connect with you!", "Eli Roth", null);
    // different notes that open the same way
    add(b, 6, "Hi Finn, loved your KubeCon talk on eBPF tracing.", "Finn Berg", null);
    add(b, 7, "Hi Gia, congrats on the new role at Monzo, well deserved!", "Gia Russo", "Monzo");
    add(b, 8, "Hi Hal, fellow Michigan alum here; go Blue!", "Hal Stone", null);
    add(b, 9, "", "Ivy Chen", null);
    add(b, 10, "", "Jon Snow", null);
    CampaignSummary s = b.build();
    assertEquals(
        List.of(List.of(1, 2, 3), List.of(4, 5)),
        s.templates().stream().map(CampaignSummary.Template::lines).toList());
    assertTrue(s.massTemplateLines().isEmpty());
  }

  @Test
  void sameRecipientTwiceIgnoringCaseAndAccents() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    add(b, 3, "Hi Ana, loved your fraud talk.", "Ana Gómez", "Adyen");
    add(b, 4, "Hi Ana, congrats on the new role.", "Ana Gómez", "Stripe");
    add(b, 7, "Hi Ben, we met at KubeCon.", "Ben Ortiz", null);
    add(b, 9, "Ana, following up on my note.", "ana  GOMEZ", "ADYEN");
    add(b, 11, "Ben, one more thing.", "Ben Ortiz", null);
    add(b, 12, "Ana, third time lucky?", "Ana Gomez", "adyen");
    add(b, 13, "Hi there, no name here.", null, "Adyen");
    CampaignSummary s = b.build();
    assertEquals(
        List.of(
            new CampaignSummary.DuplicateRecipient("ana  GOMEZ", "ADYEN", 3, List.of(3, 9, 12)),
            new CampaignSummary.DuplicateRecipient("Ben Ortiz", null, 2, List.of(7, 11))),
        s.duplicates());
    assertEquals(3, s.duplicateDrafts());
  }

  @Test
  void aBatchThatReachesThousandsOfPeopleTwiceListsTheFirstThousandAndCountsAll() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    int people = CampaignSummary.MAX_DUPLICATES + 200;
    int line = 1;
    // everyone once, then everyone again, then every tenth person a third time
    for (int round = 0; round < 3; round++) {
      for (int p = 0; p < people; p++) {
        if (round < 2 || p % 10 == 0) {
          add(b, line++, "Hi there, round " + round + ".", "Person " + p, "Firm " + p % 7);
        }
      }
    }
    CampaignSummary s = b.build();
    assertEquals(people, s.duplicateRecipients());
    assertEquals(people + people / 10, s.duplicateDrafts());
    assertEquals(CampaignSummary.MAX_DUPLICATES, s.duplicates().size());
    CampaignSummary.DuplicateRecipient first = s.duplicates().get(0);
    assertEquals("Person 0", first.name());
    assertEquals(3, first.drafts());
    assertEquals(List.of(1, 1 + people, 1 + 2 * people), first.lines());
    CampaignSummary.DuplicateRecipient last = s.duplicates().get(999);
    assertEquals("Person 999", last.name());
    assertEquals(List.of(1000, 1000 + people), last.lines(), "person 999 has no third draft");
    assertTrue(s.toJson().contains("\"recipientCount\" : " + people), s.toJson());
    assertTrue(
        s.toText().contains(people + " recipients invited earlier"), "the text counts them all");
  }

  @Test
  void resendsByContextOrReason() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    Instant t = Instant.parse("2026-10-01T00:00:00Z");
    b.add(1, withHistory("Hi Ana, me again.", Outcome.DECLINED, t), Reports.of("x", 0.9, false));
    b.add(2, withHistory("Hi Ben, me again.", Outcome.IGNORED, t), Reports.of("x", 0.9, false));
    b.add(3, withHistory("Hi Cy, thanks.", Outcome.ACCEPTED, t), Reports.of("x", 0.1, false));
    b.add(
        4,
        Draft.of("Hi Di, trying once more."),
        Reports.of("x", 0.9, false, ReasonCode.RESEND_AFTER_REJECTION));
    b.add(5, Draft.of("Hi Ed."), Reports.of("x", 0.2, false));
    CampaignSummary s = b.build();
    assertEquals(3, s.resends());
    assertEquals(List.of(1, 2, 4), s.resendLines());
  }

  @Test
  void budgetArithmetic() {
    assertEquals(List.of(0, 0, 0), budget(0, 100));
    assertEquals(List.of(100, 1, 0), budget(100, 100));
    assertEquals(List.of(101, 2, 1), budget(101, 100));
    assertEquals(List.of(250, 3, 150), budget(250, 100));
    assertEquals(List.of(50, 3, 30), budget(50, 20));
  }

  @Test
  void noteLimitsByAccountTypeAndFreeQuota() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    String n250 = "Hi Ana, " + "a".repeat(242);
    String n301 = "Hi Ana, " + "a".repeat(293);
    b.add(1, account(n250, AccountType.FREE), Reports.of(n250, 0.8, true));
    b.add(2, account(n250, AccountType.PREMIUM), Reports.of(n250, 0.3, true));
    b.add(3, Draft.of(n250), Reports.of(n250, 0.3, true)); // default account: premium, 300
    b.add(4, Draft.of(n301), Reports.of(n301, 0.3, true));
    for (int line = 5; line <= 8; line++) {
      b.add(line, account("Hi Ana.", AccountType.FREE), Reports.of("Hi Ana.", 0.1, true));
    }
    b.add(9, Draft.of("Let's connect."), Reports.of("Let's connect.", 0.7, false));
    b.add(10, Draft.of("Let's connect!"), Reports.of("Let's connect!", 0.7, false));
    CampaignSummary s = b.build();
    assertEquals(2, s.overNoteLimit());
    assertEquals(List.of(1, 4), s.overNoteLimitLines());
    assertEquals(8, s.personalized());
    assertEquals(5, s.freePersonalizedPerMonth());
    assertEquals(3, s.beyondFreeQuota());
    assertEquals(5, s.freeAccountDrafts());
    assertEquals(2, s.noSignal());
    assertEquals(0.2, s.noSignalShare(), 1e-12);
  }

  @Test
  void riskLevelsHistogramReasonsAndErrors() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    double[] scores = {0.0, 0.05, 0.1, 0.34, 0.35, 0.5, 0.649, 0.65, 0.99, 1.0};
    for (int i = 0; i < scores.length; i++) {
      ReasonCode[] codes =
          i % 2 == 0
              ? new ReasonCode[] {ReasonCode.NO_PERSONALIZATION, ReasonCode.SALES_PITCH}
              : new ReasonCode[] {ReasonCode.NO_PERSONALIZATION};
      b.add(i + 1, Draft.of("note " + i), Reports.of("note " + i, scores[i], false, codes));
    }
    b.addError(11, "line 11: note is 12001 characters long; the limit is 10000");
    b.addError(12, "line 12: not JSON");
    CampaignSummary s = b.build();
    assertEquals(List.of(2, 1, 0, 2, 0, 1, 2, 0, 0, 2), s.histogram());
    assertEquals(4, s.riskLevels().get(RiskLevel.LOW));
    assertEquals(3, s.riskLevels().get(RiskLevel.MEDIUM));
    assertEquals(3, s.riskLevels().get(RiskLevel.HIGH));
    assertEquals(
        List.of(
            new CampaignSummary.ReasonCount(ReasonCode.NO_PERSONALIZATION, 10),
            new CampaignSummary.ReasonCount(ReasonCode.SALES_PITCH, 5)),
        s.reasons());
    assertEquals(2, s.errors());
    assertEquals(12, s.errorSamples().get(1).line());
    assertEquals(10, s.drafts());
  }

  @Test
  void textIsCompactAndNamesTheNumbers() {
    String text = mailMerge().toText();
    assertTrue(text.startsWith("Campaign summary: 50 drafts, 0 errors"), text);
    assertTrue(text.contains("  Risk:              0 high, 50 medium, 0 low"), text);
    assertTrue(
        text.contains(
            "  Templates:         3 clusters of 2+ drafts; 40 drafts in 3 mass templates (5+"
                + " drafts)"),
        text);
    assertTrue(
        text.contains(
            "     20 × \"Hi {name}, I help companies like {company} cut their cloud bill"),
        text);
    assertTrue(text.contains("(lines 1, 3, 6, 9"), text);
    assertTrue(text.contains("  Budget:            1 week at 100 invitations a week"), text);
    assertTrue(text.lines().count() <= 14, text);
  }

  @Test
  void textAndHtmlSayOneDraftNotOneDrafts() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    String note = "Hi Ana, your talk on chargeback models at FinCon was the clearest I have heard.";
    b.add(1, account(note, AccountType.FREE), Reports.of(note, 0.1, true));
    CampaignSummary s = b.build();
    String text = s.toText();
    assertTrue(text.startsWith("Campaign summary: 1 draft, 0 errors"), text);
    assertTrue(text.contains("  No personalization: 0 of 1 draft (0%)"), text);
    assertTrue(
        text.contains(
            "  Templates:         0 clusters of 2+ drafts; 0 drafts in 0 mass templates (5+"
                + " drafts)"),
        text);
    assertTrue(
        text.contains("  Budget:            1 week at 100 invitations a week; 0 drafts beyond"),
        text);
    assertTrue(
        text.contains(
            "  Free accounts:     1 personalized note; a free account may send 5 a month, so 0"
                + " beyond (1 draft from free accounts)"),
        text);
    String html = s.toHtml();
    assertTrue(html.contains("1 draft analyzed"), html);
    assertTrue(html.contains("1 draft at 100 a week take 1 week"), html);
    assertTrue(html.contains("1 personalized note; a free account"), html);
    assertTrue(html.contains("(1 draft from free accounts)"), html);
  }

  @Test
  void jsonFollowsTheDocumentedSchema() throws Exception {
    JsonNode j = new ObjectMapper().readTree(mailMerge().toJson());
    assertEquals(50, j.get("drafts").asInt());
    assertEquals(50, j.at("/risk/medium").asInt());
    assertEquals(10, j.at("/risk/histogram").size());
    assertEquals(50, j.at("/risk/histogram/5").asInt());
    assertEquals(40, j.at("/templates/massTemplateDrafts").asInt());
    assertEquals(20, j.at("/templates/clusters/0/size").asInt());
    assertEquals(1, j.at("/templates/clusters/0/lines/0").asInt());
    assertTrue(j.at("/templates/clusters/0/mass").asBoolean());
    assertEquals(1, j.at("/budget/weeksNeeded").asInt());
    assertEquals(100, j.at("/budget/weeklyInvitationBudget").asInt());
    assertEquals(1.0, j.at("/noPersonalization/share").asDouble());
    assertEquals(0, j.at("/freeQuota/beyondQuota").asInt());
    List<String> fields = new java.util.ArrayList<>();
    j.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of(
            "drafts",
            "errors",
            "errorSamples",
            "risk",
            "topReasons",
            "noPersonalization",
            "templates",
            "duplicateRecipients",
            "resends",
            "budget",
            "noteLength",
            "freeQuota"),
        fields);
  }

  @Test
  void htmlIsSelfContainedAndEscapesNotesAndNames() {
    CampaignSummary.Builder b = CampaignSummary.builder(DEFAULTS);
    String evil = "Hi %s, <script>alert('x')</script> & \"quotes\" let's connect!";
    add(b, 1, String.format(evil, "Ana"), "Ana Gómez", "Adyen");
    add(b, 2, String.format(evil, "Ben"), "Ben Ortiz", "Wise");
    add(b, 3, "Hi Bob, hello.", "<b>Bob</b>", "<i>Co</i>");
    add(b, 4, "Hi Bob, again.", "<b>Bob</b>", "<i>Co</i>");
    b.addError(5, "<img src=x onerror=alert(1)>");
    String html = b.build().toHtml();
    assertFalse(html.contains("<script"), "no script tag, escaped or ours");
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>Bob"));
    assertTrue(
        html.contains(
            "Hi <span class=\"ph\">name</span>, &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
                + " &amp; &quot;quotes&quot; let&#39;s connect!"),
        html);
    assertTrue(html.contains("&lt;b&gt;Bob&lt;/b&gt;"));
    assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assertFalse(html.contains("http://") || html.contains("https://"), "no external resource");
    for (String external : List.of("<link", "<iframe", "url(", "@import", "href=")) {
      assertFalse(html.contains(external), external);
    }
    assertTrue(html.contains("<svg viewBox="));
  }

  @Test
  void emptyBatchRenders() {
    CampaignSummary s = CampaignSummary.builder(DEFAULTS).build();
    assertEquals(0, s.drafts());
    assertEquals(0, s.weeksNeeded());
    assertTrue(s.toText().startsWith("Campaign summary: 0 drafts"));
    assertTrue(s.toHtml().contains("No two drafts share a template."));
    assertTrue(s.toJson().contains("\"drafts\" : 0"));
  }

  // ---- helpers

  private static void add(
      CampaignSummary.Builder b, int line, String note, String name, String company) {
    Draft d =
        Draft.builder(note)
            .recipient(Profile.builder().name(name).company(company).build())
            .sender(Profile.builder().name("Sam Carter").company("Cloudcut").build())
            .build();
    b.add(line, d, Reports.of(note.isEmpty() ? "x" : note, 0.5, false));
  }

  private static Draft withHistory(String note, Outcome outcome, Instant at) {
    return Draft.builder(note)
        .context(new Context(null, null, null, null, List.of(new PreviousInvitation(at, outcome))))
        .build();
  }

  private static Draft account(String note, AccountType type) {
    return Draft.builder(note).context(new Context(type, null, null, null, null)).build();
  }

  /** [drafts, weeksNeeded, overOneWeek] of a batch of {@code n} drafts. */
  private static List<Integer> budget(int n, int weekly) {
    CampaignSummary.Builder b =
        CampaignSummary.builder(DEFAULTS.toBuilder().weeklyInvitationBudget(weekly).build());
    for (int i = 1; i <= n; i++) {
      b.add(i, Draft.of("Hi, note " + i), Reports.of("Hi, note " + i, 0.3, false));
    }
    CampaignSummary s = b.build();
    return List.of(s.drafts(), s.weeksNeeded(), s.overOneWeek());
  }
}
