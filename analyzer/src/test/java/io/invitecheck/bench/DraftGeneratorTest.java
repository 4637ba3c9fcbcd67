package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.Label;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.json.DraftJson;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator on a small corpus written here: determinism and the workloads' properties. */
class DraftGeneratorTest {
  private static final DraftGenerator GENERATOR = DraftGenerator.of(fixture());

  private static CorpusNote note(
      String id, Label label, String text, String name, String company, String headline) {
    Profile recipient =
        name == null
            ? Profile.EMPTY
            : Profile.builder().name(name).company(company).headline(headline).build();
    return new CorpusNote(
        id,
        label,
        text,
        recipient,
        Profile.builder().company("Brightlane").build(),
        null,
        "train",
        "test fixture",
        null);
  }

  /** Three notes per label, several sentences each, names and companies in the text. */
  static List<CorpusNote> fixture() {
    List<CorpusNote> n = new ArrayList<>();
    n.add(
        note(
            "p1",
            Label.PERSONALIZED,
            "Hi Marisol, your post on why Outreach sequences die after step 3 was spot on. I run"
                + " SDR enablement and we saw the same drop-off at our team. Would love to swap"
                + " notes on what Quotient Labs changed.",
            "Marisol Ortega",
            "Quotient Labs",
            "Head of Sales Development at Quotient Labs"));
    n.add(
        note(
            "p2",
            Label.PERSONALIZED,
            "Congrats on the Series A for Parcelwise, Jun! I followed your build-in-public posts"
                + " since the pre-seed days. Rooting for you and the whole team.",
            "Jun Takahashi",
            "Parcelwise",
            "Co-founder at Parcelwise"));
    n.add(
        note(
            "p3",
            Label.PERSONALIZED,
            "Dear Dr. Okafor, I read your paper on sepsis alerts in JAMA. We are piloting"
                + " something similar at St Mary's hospital. I would value your view on alert"
                + " fatigue.",
            "Ngozi Okafor",
            null,
            null));
    n.add(
        note(
            "g1",
            Label.GENERIC,
            "Hi Amara, I came across your profile and was impressed by your background. Would"
                + " love to connect with you!",
            "Amara Nwosu",
            "Tallyho",
            "Growth Manager at Tallyho"));
    n.add(
        note(
            "g2",
            Label.GENERIC,
            "Hello, I am always keen to grow my network with people in tech. Looking forward to"
                + " connecting with you. Have a great week ahead.",
            null,
            null,
            null));
    n.add(
        note(
            "g3",
            Label.GENERIC,
            "Hi Ravi! Let's connect and stay in touch. I like meeting professionals in the"
                + " industry. All the best with your work.",
            "Ravi Shah",
            null,
            null));
    n.add(
        note(
            "s1",
            Label.SPAM,
            "Hi Derek, saw you're scaling the AE team at Northpass. We help SaaS sales orgs book"
                + " 30 qualified meetings a month on autopilot. Worth a quick 15-min call this"
                + " week?",
            "Derek Hall",
            "Northpass",
            "VP Sales at Northpass"));
    n.add(
        note(
            "s2",
            Label.SPAM,
            "Hello, we cut cloud costs by 40% in 30 days for companies like yours. Book a demo"
                + " on our site today. Limited spots left this month!",
            null,
            null,
            null));
    n.add(
        note(
            "s3",
            Label.SPAM,
            "Hi Hannah, loved your webinar on pricing tiers. Are you open to trying Pricely for"
                + " free? We give 3 months free to growth leaders. Reply YES and I will set it up.",
            "Hannah Brooks",
            "Stackwise",
            "Director of Growth at Stackwise"));
    n.add(
        note(
            "sp1",
            Label.SELF_PROMOTION,
            "Hey! I just launched my newsletter on cold email copywriting. It has 4,000"
                + " subscribers in six weeks. Would mean a lot if you subscribed and shared.",
            null,
            null,
            null));
    n.add(
        note(
            "sp2",
            Label.SELF_PROMOTION,
            "Hi Tom, I'm a top LinkedIn coach with 500 happy clients. Check out my podcast on"
                + " personal branding. Follow me for daily tips on growth!",
            "Tom Becker",
            null,
            null));
    n.add(
        note(
            "sp3",
            Label.SELF_PROMOTION,
            "Hello Sofia, I am looking for a data analyst role and would love a referral at"
                + " Zenpay. My portfolio is on my profile. Please share my CV with your team.",
            "Sofia Rossi",
            "Zenpay",
            "Analytics Lead at Zenpay"));
    return n;
  }

  private static String jsonl(Workload w, long seed, int n) throws IOException {
    StringWriter out = new StringWriter();
    DraftJsonl.write(GENERATOR.stream(w, seed), n, out);
    return out.toString();
  }

  /** The note with the profile's first name, last name and company masked. */
  static String mask(Draft d) {
    String text = d.note();
    Profile p = d.recipient();
    String first = p.name().substring(0, p.name().indexOf(' '));
    String last = p.name().substring(p.name().indexOf(' ') + 1); // "Van der Berg" whole
    if (p.company() != null) {
      text = DraftGenerator.replaceWord(text, p.company(), "{company}");
    }
    text = DraftGenerator.replaceWord(text, first, "{first}");
    return DraftGenerator.replaceWord(text, last, "{last}");
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    for (Workload w : Workload.values()) {
      String a = jsonl(w, 42, 400);
      assertEquals(a, jsonl(w, 42, 400), w.id());
      assertEquals(400, a.split("\n").length, w.id());
      assertNotEquals(a, jsonl(w, 43, 400), w.id());
      // a fresh generator over the same corpus agrees too: no state is shared between streams
      StringWriter again = new StringWriter();
      DraftJsonl.write(DraftGenerator.of(fixture()).stream(w, 42), 400, again);
      assertEquals(a, again.toString(), w.id());
    }
  }

  @Test
  void mailMergeCampaignsRepeatOneTemplateWithRecipientsSubstituted() {
    List<DraftGenerator.Generated> drafts = GENERATOR.generate(Workload.MAIL_MERGE, 7, 3000);
    Map<Integer, List<DraftGenerator.Generated>> campaigns = new LinkedHashMap<>();
    int previous = 0;
    for (DraftGenerator.Generated g : drafts) {
      assertEquals(Workload.MAIL_MERGE, g.kind());
      assertTrue(g.campaign() == previous || g.campaign() == previous + 1, "contiguous campaigns");
      previous = g.campaign();
      campaigns.computeIfAbsent(g.campaign(), k -> new ArrayList<>()).add(g);
    }
    int largest = 0;
    int repeatedNames = 0;
    for (List<DraftGenerator.Generated> c : campaigns.values()) {
      largest = Math.max(largest, c.size());
      assertTrue(c.size() <= DraftGenerator.MAX_CAMPAIGN, "campaign of " + c.size());
      Set<String> masked = new HashSet<>();
      Set<String> texts = new HashSet<>();
      Set<String> recipients = new HashSet<>();
      for (DraftGenerator.Generated g : c) {
        masked.add(mask(g.draft()));
        texts.add(g.draft().note());
        recipients.add(g.draft().recipient().name());
        assertEquals(c.get(0).template(), g.template());
      }
      assertEquals(1, masked.size(), "one template per campaign: " + masked);
      if (c.size() >= 5 && c.get(0).template().contains("{first}")) {
        assertTrue(texts.size() > 1, "names differ between recipients: " + texts);
        repeatedNames++;
      }
      assertTrue(recipients.size() > c.size() / 2, "recipients vary: " + recipients);
    }
    assertTrue(campaigns.size() > 10, "campaigns: " + campaigns.size());
    assertTrue(largest > 50, "largest campaign " + largest);
    assertTrue(repeatedNames > 0);
  }

  @Test
  void templatesMaskTheRecipientsNamesAndCompanyAsWholeWords() {
    DraftGenerator.Generated g =
        GENERATOR.generate(Workload.MAIL_MERGE, 7, 3000).stream()
            .filter(x -> x.template().startsWith("Hi {first}, your post"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Hi {first}, your post on why Outreach sequences die after step 3 was spot on. I run SDR"
            + " enablement and we saw the same drop-off at our team. Would love to swap notes on"
            + " what {company} changed.",
        g.template());
    Profile r = g.draft().recipient();
    assertTrue(g.draft().note().startsWith("Hi " + r.firstName().orElseThrow() + ", your post"));
    assertTrue(g.draft().note().endsWith("what " + r.company() + " changed."));
    assertEquals("Head of Sales Development at " + r.company(), r.headline());
    assertEquals("Brightlane", g.draft().sender().company());
  }

  @Test
  void uniqueDraftsNeverRepeatATextOrATemplate() {
    List<DraftGenerator.Generated> drafts = GENERATOR.generate(Workload.UNIQUE, 3, 400);
    Set<String> texts = new HashSet<>();
    Set<String> templates = new HashSet<>();
    Set<String> masked = new HashSet<>();
    for (DraftGenerator.Generated g : drafts) {
      assertEquals(Workload.UNIQUE, g.kind());
      assertEquals(-1, g.campaign());
      assertTrue(texts.add(g.draft().note()), "repeated text: " + g.draft().note());
      assertTrue(templates.add(g.template()), "repeated template: " + g.template());
      masked.add(mask(g.draft()));
    }
    assertTrue(masked.size() > 390, "masked independently, nearly all distinct: " + masked.size());
  }

  @Test
  void uniqueDraftsAreMadeOfSentencesOfOneLabel() {
    Map<String, Label> sentenceLabel = new LinkedHashMap<>();
    for (CorpusNote n : fixture()) {
      for (String s : DraftGenerator.sentences(n.text())) {
        sentenceLabel.put(s.replaceAll("\\p{Lu}\\p{Ll}+", "W"), n.label());
      }
    }
    for (DraftGenerator.Generated g : GENERATOR.generate(Workload.UNIQUE, 5, 300)) {
      Set<Label> labels = new HashSet<>();
      for (String s : DraftGenerator.sentences(g.draft().note())) {
        Label l = sentenceLabel.get(s.replaceAll("\\p{Lu}\\p{Ll}+", "W"));
        if (l != null) {
          labels.add(l);
        }
      }
      assertTrue(labels.size() <= 1, g.draft().note() + " mixes " + labels);
    }
  }

  @Test
  void aCorpusTooSmallForMoreUniqueDraftsSaysSo() {
    List<CorpusNote> tiny = fixture().subList(0, 1);
    var stream = DraftGenerator.of(tiny).stream(Workload.UNIQUE, 1);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> {
              for (int i = 0; i < 10_000; i++) {
                stream.next();
              }
            });
    assertTrue(e.getMessage().contains("too small"), e.getMessage());
  }

  @Test
  void mixedIsSeventyPercentMailMergeInterleaved() {
    List<DraftGenerator.Generated> drafts = GENERATOR.generate(Workload.MIXED, 11, 1000);
    long unique = drafts.stream().filter(g -> g.kind() == Workload.UNIQUE).count();
    assertTrue(unique > 250 && unique < 350, "unique: " + unique);
    int switches = 0;
    for (int i = 1; i < drafts.size(); i++) {
      switches += drafts.get(i).kind() != drafts.get(i - 1).kind() ? 1 : 0;
    }
    assertTrue(switches > 250, "interleaved: " + switches + " switches");
  }

  @Test
  void notesStayWithinTheAccountsLimitAndParseAsBatchInput() throws IOException {
    for (Workload w : Workload.values()) {
      String[] lines = jsonl(w, 9, 400).split("\n");
      for (String line : lines) {
        Draft d = DraftJson.parse(line);
        assertTrue(d.note().length() <= DraftGenerator.MAX_CHARS, d.note());
        if (d.context().accountType() == AccountType.FREE) {
          assertTrue(d.note().length() <= 200, "free account, long note: " + d.note());
        }
        assertTrue(d.recipient().name() != null && d.recipient().company() != null, line);
        assertTrue(d.id().matches("d\\d{7}-(c\\d+|u)"), d.id());
        assertEquals(line, DraftJsonl.toJson(d), "written and read back the same");
      }
    }
  }

  @Test
  void campaignSizesSpreadFromOneToThreeHundred() {
    java.util.Random rng = new java.util.Random(1);
    int ones = 0;
    int large = 0;
    for (int i = 0; i < 10_000; i++) {
      int s = DraftGenerator.campaignSize(rng);
      assertTrue(s >= 1 && s <= DraftGenerator.MAX_CAMPAIGN, "size " + s);
      ones += s == 1 ? 1 : 0;
      large += s >= 100 ? 1 : 0;
    }
    assertTrue(ones > 500 && ones < 2000, "size 1: " + ones);
    assertTrue(large > 1000 && large < 3000, "size 100 or more: " + large);
  }

  @Test
  void wordsAreReplacedWholeAndSentencesSplitAfterAbbreviations() {
    assertEquals(
        "Hi X, Anabel and X's team",
        DraftGenerator.replaceWord("Hi Ana, Anabel and Ana's team", "Ana", "X"));
    assertEquals("Hiana", DraftGenerator.replaceWord("Hiana", "ana", "X"));
    assertEquals(
        List.of("Dear Dr. Okafor, I read your paper.", "We are piloting it!", "Thanks", "Dev"),
        DraftGenerator.sentences(
            "Dear Dr. Okafor, I read your paper. We are piloting it!\nThanks\n\nDev"));
    assertEquals(
        List.of("v2.0 is out (really!)", "See you."),
        DraftGenerator.sentences("v2.0 is out (really!) See you."));
    assertTrue(DraftGenerator.isGreeting("Hello Sofia, welcome"));
    assertFalse(DraftGenerator.isGreeting("Hiring now for SDRs"));
  }

  @Test
  void workloadIdsParse() {
    assertEquals(Workload.MAIL_MERGE, Workload.fromId("Mail_Merge"));
    assertEquals("mail-merge", Workload.MAIL_MERGE.id());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Workload.fromId("bulk"));
    assertEquals(
        "unknown workload 'bulk': expected one of mail-merge, unique, mixed", e.getMessage());
  }
}
