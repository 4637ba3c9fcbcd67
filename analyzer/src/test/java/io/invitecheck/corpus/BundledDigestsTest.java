package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The digests recorded when the jar was built are the bundled files' own: if a build ever ships a
 * stale or wrong digest, this fails, since start-up trusts them instead of hashing.
 */
class BundledDigestsTest {
  @TempDir Path dir;

  private static String hashOf(String resource) throws IOException {
    try (InputStream in = BundledDigestsTest.class.getResourceAsStream(resource)) {
      assertNotNull(in, resource);
      return CorpusIdentity.sha256(in);
    }
  }

  @Test
  void everyBundledFileHasItsOwnDigestRecorded() throws IOException {
    Map<String, String> recorded = BundledDigests.read();
    assertEquals(BundledDigests.FILES.size(), recorded.size(), recorded.toString());
    for (String file : BundledDigests.FILES) {
      assertEquals(hashOf(file), recorded.get(file), file);
      assertEquals(hashOf(file), BundledDigests.of(file).orElseThrow(), file);
    }
  }

  @Test
  void theBundledCorpusAndClassifierReportTheirFilesDigests() throws IOException {
    assertEquals(hashOf(DefaultCorpus.BUNDLED_CORPUS), DefaultCorpus.bundledSha256());
    TrainedModel model = DefaultCorpus.bundledModel();
    String bin = DefaultCorpus.BUNDLED_MODELS + "/" + TrainedModel.MODEL_FILE;
    assertEquals(hashOf(bin), model.classifier().sha256());
    assertEquals(CorpusIdentity.sha256(model.classifier().bytes()), model.classifier().sha256());
    assertTrue(
        model.identity().startsWith("note-classifier.bin sha256 " + hashOf(bin).substring(0, 8)));
  }

  @Test
  void aModelWhoseKnownDigestIsNotItsCardsIsRefused() throws IOException {
    String bin = DefaultCorpus.BUNDLED_MODELS + "/" + TrainedModel.MODEL_FILE;
    String card = DefaultCorpus.BUNDLED_MODELS + "/" + TrainedModel.CARD_FILE;
    byte[] model;
    byte[] cardBytes;
    try (InputStream a = getClass().getResourceAsStream(bin);
        InputStream b = getClass().getResourceAsStream(card)) {
      model = a.readAllBytes();
      cardBytes = b.readAllBytes();
    }
    String wrong = "0".repeat(64);
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> TrainedModel.read(model, wrong, cardBytes, "test"));
    assertTrue(e.getMessage().contains("has sha256 " + wrong), e.getMessage());
  }

  @Test
  void writtenDigestsAreTheFilesAndReadBack() throws IOException {
    Path corpus = dir.resolve(DefaultCorpus.BUNDLED_CORPUS.substring(1));
    Files.createDirectories(corpus.getParent());
    Files.writeString(corpus, "{\"id\":\"a\",\"label\":\"spam\",\"text\":\"Buy now\"}\n");
    BundledDigests.write(dir); // no classifier there: only the corpus is recorded
    String text = Files.readString(dir.resolve(BundledDigests.RESOURCE.substring(1)));
    assertEquals(DefaultCorpus.BUNDLED_CORPUS + "=" + CorpusIdentity.sha256(corpus) + "\n", text);
    assertEquals(
        Map.of(DefaultCorpus.BUNDLED_CORPUS, CorpusIdentity.sha256(corpus)),
        BundledDigests.parse(text));
  }

  @Test
  void malformedLinesAreSkipped() {
    String good = "a".repeat(64);
    Map<String, String> parsed =
        BundledDigests.parse(
            "/x=" + good + "\n/short=abc\n/upper=" + good.toUpperCase() + "\nnoequals\n=" + good);
    assertEquals(Map.of("/x", good), parsed);
  }
}
