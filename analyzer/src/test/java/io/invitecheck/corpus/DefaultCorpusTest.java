package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.SetupException;
import io.invitecheck.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultCorpusTest {
  @TempDir Path dir;

  @Test
  void missingIndexIsASetupErrorAtOpenTime() {
    Path missing = dir.resolve("missing-index");
    SetupException e =
        assertThrows(
            SetupException.class,
            () -> DefaultCorpus.open(Settings.defaults().toBuilder().index(missing).build()));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void badCorpusFileIsASetupErrorNamingFileAndLine() throws IOException {
    Path bad = dir.resolve("mine.jsonl");
    Files.writeString(
        bad,
        "{\"id\":\"a\",\"label\":\"spam\",\"text\":\"Buy now\"}\n"
            + "{\"id\":\"b\",\"label\":\"junk\",\"text\":\"x\"}\n");
    SetupException e =
        assertThrows(
            SetupException.class,
            () -> DefaultCorpus.open(Settings.defaults().toBuilder().corpus(bad).build()));
    assertTrue(e.getMessage().contains(bad + " line 2"), e.getMessage());
    assertTrue(e.getMessage().contains("unknown label 'junk'"), e.getMessage());
  }

  @Test
  void missingCorpusFileIsASetupError() {
    Path missing = dir.resolve("nope.jsonl");
    SetupException e =
        assertThrows(
            SetupException.class,
            () -> DefaultCorpus.open(Settings.defaults().toBuilder().corpus(missing).build()));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void aUserCorpusIsIndexedAndNamedInProvenance() {
    Path corpus = Fixture.copyTo(dir);
    try (CorpusScorer s =
        DefaultCorpus.open(Settings.defaults().toBuilder().corpus(corpus).build())) {
      assertTrue(
          s.corpusIdentity().matches("fixture-notes\\.jsonl, 40 notes, sha256 [0-9a-f]{8}"),
          s.corpusIdentity());
      assertTrue(
          s.classifierIdentity().matches("note-classifier\\.bin sha256 [0-9a-f]{8}"),
          s.classifierIdentity());
    }
  }
}
