package io.invitecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InviteAnalyzerIT {
  private static InviteAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = InviteAnalyzer.builder().build();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  @Test
  void reportEchoesIdAndDetectsEnglish() {
    Report r =
        analyzer.analyze(
            Draft.builder(
                    "Hi Maria, I enjoyed your talk on payment fraud at Money20/20 and would like to"
                        + " stay in touch.")
                .id("d-1")
                .build());
    assertEquals("d-1", r.id());
    assertEquals("eng", r.language());
    assertEquals(Report.SCHEMA_VERSION, r.schemaVersion());
    assertTrue(r.risk().score() >= 0 && r.risk().score() <= 1);
  }

  @Test
  void noteOverTheLimitIsAnErrorNamingTheField() {
    Settings small = Settings.defaults().toBuilder().maxNoteChars(50).build();
    try (InviteAnalyzer tiny = InviteAnalyzer.builder().settings(small).build()) {
      InvalidDraftException e =
          assertThrows(InvalidDraftException.class, () -> tiny.analyze(Draft.of("x".repeat(51))));
      assertEquals("note", e.field());
      assertTrue(e.getMessage().contains("51 characters"), e.getMessage());
    }
  }
}
