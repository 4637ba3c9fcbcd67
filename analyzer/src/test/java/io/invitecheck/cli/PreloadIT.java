package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.Settings;
import io.invitecheck.json.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyzer whose models and classifier were preloaded (what {@code Main.main} does before
 * parsing) writes the same reports, byte for byte, as one built the plain way.
 */
class PreloadIT {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void preloadedAndPlainAnalyzersWriteTheSameReportsForTheExampleDrafts() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("..", "corpus", "examples", "drafts.jsonl")).stream()
            .filter(l -> !l.isBlank())
            .toList();
    InviteAnalyzer.preload();
    InviteAnalyzer.preload(); // a second call before the build does nothing
    try (InviteAnalyzer preloaded = InviteAnalyzer.builder().clock(CLOCK).build();
        InviteAnalyzer plain = InviteAnalyzer.builder().clock(CLOCK).build()) {
      assertEquals(plain.provenance(), preloaded.provenance());
      int analyzed = 0;
      for (String line : lines) {
        JsonDrafts.Parsed p = JsonDrafts.parse(line);
        if (p.draft() == null || p.draft().note().length() > plain.settings().maxNoteChars()) {
          continue;
        }
        assertEquals(
            ReportJson.toJson(plain.analyze(p.draft())),
            ReportJson.toJson(preloaded.analyze(p.draft())),
            p.id());
        analyzed++;
      }
      assertTrue(analyzed >= 30, "analyzed " + analyzed);
    }
  }

  @Test
  void aPreloadIsNotUsedForTheIndexWhenTheSettingsNameAnotherCorpus(@TempDir Path dir) {
    Path corpus = io.invitecheck.corpus.Fixture.copyTo(dir);
    InviteAnalyzer.preload();
    try (InviteAnalyzer mine =
        InviteAnalyzer.builder()
            .clock(CLOCK)
            .settings(Settings.defaults().toBuilder().corpus(corpus).build())
            .build()) {
      assertTrue(
          mine.provenance().corpus().startsWith("fixture-notes.jsonl, 40 notes, sha256 "),
          mine.provenance().corpus());
      List<io.invitecheck.report.Neighbor> neighbors =
          mine.analyze(
                  io.invitecheck.draft.Draft.builder(
                          "Please endorse me for Java, I will endorse you back!")
                      .build())
              .neighbors();
      assertTrue(!neighbors.isEmpty());
      assertTrue(
          neighbors.stream().allMatch(n -> n.id().startsWith("t-")),
          "neighbours come from the fixture corpus: " + neighbors);
    }
  }
}
