package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.SetupException;
import io.invitecheck.draft.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {
  @TempDir Path dir;

  private static List<String> ids(CorpusIndex index, List<CorpusIndex.Hit> hits) {
    return hits.stream().map(h -> index.id(h.doc())).toList();
  }

  @Test
  void inMemoryAndOnDiskGiveTheSameNeighbours() {
    Path corpus = Fixture.copyTo(dir);
    Path indexDir = dir.resolve("index");
    assertEquals(40, CorpusIndexer.build(corpus, indexDir));
    String[] queries = {
      "Hi Sara, I work with RevOps leaders at companies like Acme to clean up Salesforce data."
          + " Open to a 15-minute call?",
      "I'd like to add you to my network.",
      "Please endorse me for Java, I will endorse you back!",
      "Your talk on Kafka at Current was great"
    };
    try (CorpusIndex memory = CorpusIndex.inMemory(Fixture.notes(), "fixture");
        CorpusIndex disk = CorpusIndex.open(indexDir)) {
      assertEquals(40, disk.size());
      assertTrue(disk.identity().startsWith("fixture-notes.jsonl, 40 notes, sha256 "));
      for (String q : queries) {
        String masked = TextMasker.mask(q, Profile.EMPTY, Profile.EMPTY);
        List<CorpusIndex.Hit> a = memory.search(masked, 5);
        List<CorpusIndex.Hit> b = disk.search(masked, 5);
        assertEquals(ids(memory, a), ids(disk, b), q);
        for (int i = 0; i < a.size(); i++) {
          assertEquals(a.get(i).similarity(), b.get(i).similarity(), 1e-12);
        }
        assertTrue(!a.isEmpty(), q);
      }
    }
  }

  @Test
  void neighboursAreRankedBySimilarityInTheUnitInterval() {
    try (CorpusIndex index = CorpusIndex.inMemory(Fixture.notes(), "fixture")) {
      List<CorpusIndex.Hit> hits =
          index.search(
              TextMasker.mask(
                  "Hi Tim, I work with RevOps leaders at companies like Nordwind to clean up"
                      + " Salesforce data and boost pipeline visibility. Would you be open to a"
                      + " 15-minute call next Tuesday?",
                  Profile.EMPTY,
                  Profile.EMPTY),
              5);
      assertEquals(List.of("t-0021", "t-0022", "t-0023"), ids(index, hits).subList(0, 3));
      assertTrue(hits.get(0).similarity() > 0.8, "similarity " + hits.get(0).similarity());
      for (int i = 0; i < hits.size(); i++) {
        double s = hits.get(i).similarity();
        assertTrue(s >= 0 && s <= 1);
        if (i > 0) {
          assertTrue(s <= hits.get(i - 1).similarity());
        }
      }
    }
  }

  @Test
  void anIdenticalNoteHasSimilarityOne() {
    try (CorpusIndex index = CorpusIndex.inMemory(Fixture.notes(), "fixture")) {
      List<CorpusIndex.Hit> hits =
          index.search(TextMasker.mask("Let's connect!", Profile.EMPTY, Profile.EMPTY), 3);
      assertEquals("t-0013", index.id(hits.get(0).doc()));
      assertEquals(1.0, hits.get(0).similarity(), 1e-9);
    }
  }

  @Test
  void genericNotesMadeOfFunctionWordsStillFindTheirNeighbours() {
    try (CorpusIndex index = CorpusIndex.inMemory(Fixture.notes(), "fixture")) {
      List<CorpusIndex.Hit> hits =
          index.search(
              TextMasker.mask(
                  "I would like to add you to my professional network.",
                  Profile.EMPTY,
                  Profile.EMPTY),
              3);
      assertEquals("t-0011", index.id(hits.get(0).doc()));
      assertEquals(Label.GENERIC, index.label(hits.get(0).doc()));
    }
  }

  @Test
  void missingIndexDirectoryIsASetupErrorNamingIt() {
    Path missing = dir.resolve("no-such-index");
    SetupException e = assertThrows(SetupException.class, () -> CorpusIndex.open(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void corruptIndexDirectoryIsASetupErrorNamingIt() throws IOException {
    Path broken = dir.resolve("broken");
    Files.createDirectories(broken);
    Files.writeString(broken.resolve("segments_1"), "this is not a Lucene commit");
    SetupException e = assertThrows(SetupException.class, () -> CorpusIndex.open(broken));
    assertTrue(e.getMessage().contains(broken.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("cannot be opened"), e.getMessage());

    Path empty = dir.resolve("empty");
    Files.createDirectories(empty);
    SetupException e2 = assertThrows(SetupException.class, () -> CorpusIndex.open(empty));
    assertTrue(e2.getMessage().contains(empty.toString()), e2.getMessage());
  }
}
