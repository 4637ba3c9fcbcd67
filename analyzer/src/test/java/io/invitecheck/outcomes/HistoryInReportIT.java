package io.invitecheck.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.SetupException;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.json.ReportJson;
import io.invitecheck.report.History;
import io.invitecheck.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An outcome corpus loaded through the settings shows in the report and, once large, the risk. */
class HistoryInReportIT {
  private static final String NOTE =
      "Hi Laura, we help logistics teams cut freight costs with route analytics. Open to a chat?";

  @TempDir Path dir;

  @Test
  void aLargeHistoryOfRejectedLookalikesRaisesTheRiskAndSaysWhy() throws Exception {
    Path outcomes = corpus(40, 12);
    Draft draft = Draft.of(NOTE);
    Report without;
    try (InviteAnalyzer plain = InviteAnalyzer.builder().build()) {
      without = plain.analyze(draft);
    }
    assertNull(without.history());
    Settings s = Settings.defaults().toBuilder().outcomes(outcomes).build();
    try (InviteAnalyzer analyzer = InviteAnalyzer.builder().settings(s).build()) {
      Report with = analyzer.analyze(draft);
      History h = with.history();
      assertTrue(h.usable(), h.toString());
      assertEquals(52, h.historySize());
      assertTrue(h.similar() >= 5, h.toString());
      assertEquals(0, h.accepted(), h.toString());
      assertTrue(h.message().endsWith("most similar notes were not accepted."), h.message());
      assertTrue(h.ids().get(0).startsWith("pitch-"), h.ids().toString());
      assertTrue(
          with.risk().score() > without.risk().score(), with.risk() + " vs " + without.risk());
      assertTrue(ReportJson.toJson(with).contains("\"history\":{\"usable\":true"));
    }
  }

  @Test
  void aSmallHistoryIsShownButDoesNotMoveTheRisk() throws Exception {
    Path outcomes = corpus(10, 5);
    Draft draft = Draft.of(NOTE);
    double plainRisk;
    try (InviteAnalyzer plain = InviteAnalyzer.builder().build()) {
      plainRisk = plain.analyze(draft).risk().score();
    }
    Settings s = Settings.defaults().toBuilder().outcomes(outcomes).build();
    try (InviteAnalyzer analyzer = InviteAnalyzer.builder().settings(s).build()) {
      Report r = analyzer.analyze(draft);
      assertFalse(r.history().usable());
      assertEquals(15, r.history().historySize());
      assertEquals(plainRisk, r.risk().score(), 1e-12);
    }
  }

  @Test
  void aBrokenOutcomeCorpusFailsAtBuildNamingTheFile() throws Exception {
    Path bad = dir.resolve("broken.jsonl");
    Files.writeString(bad, "{\"id\": 1}\n");
    Settings s = Settings.defaults().toBuilder().outcomes(bad).build();
    SetupException e =
        assertThrows(SetupException.class, () -> InviteAnalyzer.builder().settings(s).build());
    assertTrue(e.getMessage().contains("broken.jsonl"), e.getMessage());
  }

  /** {@code pitches} rejected look-alikes of NOTE and {@code others} accepted, unrelated notes. */
  private Path corpus(int pitches, int others) throws Exception {
    String[] industries = {"logistics", "freight", "shipping", "warehouse", "trucking"};
    List<OutcomeRecord> records = new ArrayList<>();
    Instant sent = Instant.parse("2026-06-01T10:00:00Z");
    for (int i = 0; i < pitches; i++) {
      String note =
          "Hi "
              + "Name"
              + i
              + ", we help "
              + industries[i % industries.length]
              + " teams cut costs with route analytics. Open to a quick chat?";
      records.add(
          new OutcomeRecord(
              "pitch-" + i,
              note,
              Direction.OUTGOING,
              sent,
              OutcomeLabel.NOT_ACCEPTED,
              120,
              "Person " + i));
    }
    for (int i = 0; i < others; i++) {
      records.add(
          new OutcomeRecord(
              "peer-" + i,
              "Loved your paper " + i + " on protein folding at ISMB, would be great to connect.",
              Direction.OUTGOING,
              sent,
              OutcomeLabel.ACCEPTED,
              120,
              "Peer " + i));
    }
    Path file = dir.resolve("outcomes-" + pitches + ".jsonl");
    OutcomeCorpus.writeAtomically(records, file);
    return file;
  }
}
