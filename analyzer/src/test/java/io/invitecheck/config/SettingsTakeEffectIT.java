package io.invitecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.campaign.CampaignSummary;
import io.invitecheck.corpus.CorpusIndexer;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each analysis key of the configuration file changes what the real analyzer reports: a setting
 * that silently does nothing fails here. (Thresholds, switched-off reasons, severities, neverFlag
 * and maxNoteChars are shown through the server in {@code ConfigFileIT}; outcomes in {@code
 * HistoryInReportIT}.)
 */
class SettingsTakeEffectIT {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  @TempDir Path dir;

  private Settings load(String yaml) throws Exception {
    Path f = dir.resolve("invitecheck-" + Math.abs(yaml.hashCode()) + ".yaml");
    Files.writeString(f, yaml);
    return ConfigFile.load(f);
  }

  private static Report analyze(Settings s, Draft d) {
    try (InviteAnalyzer a =
        InviteAnalyzer.builder().settings(s).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()) {
      return a.analyze(d);
    }
  }

  private static final String NOTE_250 =
      "Hi Priya, your talk on Kafka backpressure at Current was the clearest explanation I have"
          + " heard of consumer lag. I am building similar pipelines at Monzo and would love to"
          + " compare notes on alerting, retries and how you size partitions for bursty loads.";

  @Test
  void noteLimitsAndTheDefaultAccountTypeDecideTooLong() throws Exception {
    assertTrue(NOTE_250.length() > 200 && NOTE_250.length() < 300, "" + NOTE_250.length());
    Draft premium = Draft.of(NOTE_250);
    assertFalse(analyze(Settings.defaults(), premium).has(ReasonCode.TOO_LONG));
    assertTrue(
        analyze(load("defaultAccountType: free\n"), premium).has(ReasonCode.TOO_LONG),
        "a free account's 200 characters");
    assertTrue(analyze(load("noteLimits:\n  premium: 240\n"), premium).has(ReasonCode.TOO_LONG));
    Draft free =
        Draft.builder(NOTE_250)
            .context(new Context(AccountType.FREE, null, null, null, null))
            .build();
    assertTrue(analyze(Settings.defaults(), free).has(ReasonCode.TOO_LONG));
    assertFalse(analyze(load("noteLimits:\n  free: 280\n"), free).has(ReasonCode.TOO_LONG));
  }

  @Test
  void extraSalesAndFlatteryPhrasesAreFlagged() throws Exception {
    Draft d = Draft.of("Hi Omar, our white-glove onboarding is something else. Truly a legend.");
    Report plain = analyze(Settings.defaults(), d);
    assertFalse(plain.has(ReasonCode.SALES_PITCH), plain.reasons().toString());
    assertFalse(plain.has(ReasonCode.GENERIC_FLATTERY), plain.reasons().toString());
    Report configured =
        analyze(
            load("phrases:\n  sales: [white-glove onboarding]\n  flattery: [truly a legend]\n"), d);
    assertEquals(
        "white-glove onboarding",
        configured.reasons().stream()
            .filter(r -> r.code() == ReasonCode.SALES_PITCH)
            .findFirst()
            .orElseThrow()
            .text());
    assertTrue(configured.has(ReasonCode.GENERIC_FLATTERY), configured.reasons().toString());
  }

  @Test
  void neighborsSetsHowManyCorpusNotesAreCited() throws Exception {
    Draft d = Draft.of("We help SaaS founders 3x their pipeline. Open to a quick call this week?");
    assertEquals(10, analyze(Settings.defaults(), d).neighbors().size());
    assertEquals(3, analyze(load("neighbors: 3\n"), d).neighbors().size());
  }

  @Test
  void withdrawCooldownDaysDecidesAResend() throws Exception {
    Draft d =
        Draft.builder("Hi Julia, loved your post on onboarding. Would be great to connect.")
            .context(
                new Context(
                    null,
                    null,
                    null,
                    null,
                    List.of(
                        new PreviousInvitation(
                            Instant.parse("2026-11-16T12:00:00Z"), Outcome.WITHDRAWN))))
            .build();
    assertTrue(analyze(Settings.defaults(), d).has(ReasonCode.RESEND_AFTER_REJECTION));
    assertFalse(
        analyze(load("withdrawCooldownDays: 7\n"), d).has(ReasonCode.RESEND_AFTER_REJECTION));
  }

  @Test
  void corpusAndIndexReplaceTheBundledCorpus() throws Exception {
    Path corpus = dir.resolve("mine.jsonl");
    List<String> lines = new ArrayList<>();
    String[] labels = {"personalized", "generic", "spam", "self_promotion"};
    for (int i = 0; i < 40; i++) {
      String label = labels[i % 4];
      lines.add(
          "{\"id\":\"my-"
              + i
              + "\",\"label\":\""
              + label
              + "\",\"text\":\"Note "
              + i
              + " about "
              + label.replace('_', ' ')
              + " and freight route analytics\",\"split\":\"train\"}");
    }
    Files.write(corpus, lines);
    Draft d = Draft.of("Freight route analytics for your team: interested?");
    Report bundled = analyze(Settings.defaults(), d);
    Report mine = analyze(load("corpus: mine.jsonl\n"), d);
    assertTrue(
        bundled.provenance().corpus().contains("notes.jsonl"), bundled.provenance().corpus());
    assertTrue(mine.provenance().corpus().contains("mine.jsonl"), mine.provenance().corpus());
    assertFalse(mine.neighbors().isEmpty());
    assertTrue(mine.neighbors().stream().allMatch(n -> n.id().startsWith("my-")));

    Path index = dir.resolve("index");
    CorpusIndexer.build(corpus, index);
    Report fromDisk = analyze(load("index: index\n"), d);
    assertEquals(
        mine.neighbors().stream().map(n -> n.id()).toList(),
        fromDisk.neighbors().stream().map(n -> n.id()).toList());
  }

  @Test
  void budgetAndFreeQuotaShapeTheCampaignView() throws Exception {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      drafts.add(
          Draft.builder("Hi Ana, loved your talk " + i + " on pricing at SaaStr.")
              .context(new Context(AccountType.FREE, null, null, null, null))
              .build());
    }
    Settings defaults = Settings.defaults();
    Settings tight = load("weeklyInvitationBudget: 5\nfreePersonalizedNotesPerMonth: 2\n");
    try (InviteAnalyzer a = InviteAnalyzer.builder().build()) {
      CampaignSummary.Builder usual = CampaignSummary.builder(defaults);
      CampaignSummary.Builder strict = CampaignSummary.builder(tight);
      for (int i = 0; i < drafts.size(); i++) {
        Report r = a.analyze(drafts.get(i));
        usual.add(i + 1, drafts.get(i), r);
        strict.add(i + 1, drafts.get(i), r);
      }
      CampaignSummary u = usual.build();
      CampaignSummary s = strict.build();
      assertEquals(1, u.weeksNeeded());
      assertEquals(3, s.weeksNeeded());
      assertEquals(12 - 5, s.overOneWeek());
      assertEquals(u.personalized() - 5, u.beyondFreeQuota());
      assertEquals(s.personalized() - 2, s.beyondFreeQuota());
    }
  }
}
