package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.json.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
