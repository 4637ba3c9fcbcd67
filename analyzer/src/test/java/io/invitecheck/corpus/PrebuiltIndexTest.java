package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.SetupException;
import io.invitecheck.draft.Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prebuilt index file: written once, read back equal to indexing the notes in memory. */
class PrebuiltIndexTest {
  @TempDir Path dir;

  private static final String[] QUERIES = {
    "Hi Sara, I work with RevOps leaders at companies like Acme to clean up Salesforce data."
        + " Open to a 15-minute call?",
    "I'd like to add you to my network.",
    "Please endorse me for Java, I will endorse you back!",
    "Your talk on Kafka at Current was great"
  };

  /** The fixture corpus written as a prebuilt index file; returns its bytes. */
  private byte[] prebuiltFixture() throws IOException {
    Path corpus = Fixture.copyTo(dir);
    Path out = dir.resolve("sub/notes.index");
    PrebuiltIndex.write(corpus, out);
    return Files.readAllBytes(out);
  }

  private String fixtureSha() {
    return CorpusIdentity.sha256(dir.resolve("fixture-notes.jsonl"));
  }

  @Test
  void readsBackTheSameNeighboursSimilaritiesAndNotesAsTheInMemoryIndex() throws IOException {
    byte[] bytes = prebuiltFixture();
    String sha = fixtureSha();
    List<CorpusNote> notes = Fixture.notes();
    try (CorpusIndex memory =
            CorpusIndex.inMemory(
                notes, CorpusIdentity.describe(DefaultCorpus.BUNDLED_NAME, notes.size(), sha));
        CorpusIndex prebuilt =
            PrebuiltIndex.read(new ByteArrayInputStream(bytes), sha, "test").orElseThrow()) {
      assertEquals(memory.identity(), prebuilt.identity());
      assertEquals(
          "bundled notes.jsonl, 40 notes, sha256 " + sha.substring(0, 8), prebuilt.identity());
      assertEquals(40, prebuilt.size());
      for (String q : QUERIES) {
        String masked = TextMasker.mask(q, Profile.EMPTY, Profile.EMPTY);
        List<CorpusIndex.Hit> a = memory.search(masked, 10);
        List<CorpusIndex.Hit> b = prebuilt.search(masked, 10);
        assertFalse(a.isEmpty(), q);
        assertEquals(a, b, q); // same docs, bit-identical similarities
      }
      for (int d = 0; d < memory.size(); d++) {
        assertEquals(memory.id(d), prebuilt.id(d));
        assertEquals(memory.label(d), prebuilt.label(d));
        assertEquals(memory.text(d), prebuilt.text(d));
        assertEquals(memory.family(d), prebuilt.family(d));
        assertEquals(memory.shingles(d), prebuilt.shingles(d));
        if (memory.family(d) != null) {
          assertEquals(
              memory.familyMembers(memory.family(d)), prebuilt.familyMembers(memory.family(d)));
        }
      }
    }
  }

  @Test
  void anIndexOfAnotherCorpusIsNotUsed() throws IOException {
    byte[] bytes = prebuiltFixture();
    String other = "0".repeat(64);
    assertEquals(
        Optional.empty(), PrebuiltIndex.read(new ByteArrayInputStream(bytes), other, "test"));
  }

  @Test
  void aCutShortIndexFailsNamingItAndSayingHowToFixIt() throws IOException {
    byte[] bytes = prebuiltFixture();
    byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
    SetupException e =
        assertThrows(
            SetupException.class,
            () -> PrebuiltIndex.read(new ByteArrayInputStream(cut), fixtureSha(), "cut.index"));
    assertTrue(e.getMessage().contains("cut.index"), e.getMessage());
    assertTrue(e.getMessage().contains("rebuild the jar"), e.getMessage());
  }

  @Test
  void trailingBytesAndAWrongHeaderAreCorrupt() throws IOException {
    byte[] bytes = prebuiltFixture();
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThrows(
        SetupException.class,
        () -> PrebuiltIndex.read(new ByteArrayInputStream(longer), fixtureSha(), "x"));
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    new DataOutputStream(other).writeUTF("something-else-1");
    SetupException e =
        assertThrows(
            SetupException.class,
            () ->
                PrebuiltIndex.read(
                    new ByteArrayInputStream(other.toByteArray()), fixtureSha(), "odd.index"));
    assertTrue(e.getMessage().contains("not a prebuilt index"), e.getMessage());
  }

  @Test
  void aLuceneIndexOfAnotherFormatIsRefused() throws IOException {
    // the header is right but the files are garbage: Lucene refuses them, and so do we
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF(PrebuiltIndex.MAGIC);
    data.writeUTF(fixtureShaOf("x"));
    data.writeInt(1);
    data.writeUTF("segments_1");
    data.writeInt(3);
    data.write(new byte[] {1, 2, 3});
    SetupException e =
        assertThrows(
            SetupException.class,
            () ->
                PrebuiltIndex.read(
                    new ByteArrayInputStream(out.toByteArray()), fixtureShaOf("x"), "junk.index"));
    assertTrue(e.getMessage().contains("junk.index is corrupt"), e.getMessage());
  }

  private static String fixtureShaOf(String s) {
    return CorpusIdentity.sha256(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void theBundledIndexIsThePrebuiltOneAndEqualsIndexingTheBundledCorpus() throws IOException {
    // process-classes wrote it into target/classes: a build that lost the step fails here
    assertTrue(
        PrebuiltIndex.class.getResource(PrebuiltIndex.RESOURCE) != null,
        PrebuiltIndex.RESOURCE + " is not on the classpath");
    String sha = DefaultCorpus.bundledSha256();
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    List<String> drafts = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "corpus", "examples", "drafts.jsonl"))) {
      if (!line.isBlank()) {
        drafts.add(json.readTree(line).path("note").asText());
      }
    }
    assertTrue(drafts.size() >= 30, "example drafts: " + drafts.size());
    try (CorpusIndex prebuilt = PrebuiltIndex.open(sha).orElseThrow();
        CorpusIndex bundled = DefaultCorpus.bundledIndex();
        CorpusIndex memory = CorpusIndex.inMemory(notes, DefaultCorpus.bundledIdentity(notes))) {
      assertEquals(memory.identity(), prebuilt.identity());
      assertEquals(memory.identity(), bundled.identity());
      assertEquals(notes.size(), prebuilt.size());
      for (String note : drafts) {
        String masked = TextMasker.mask(note, Profile.EMPTY, Profile.EMPTY);
        List<CorpusIndex.Hit> want = memory.search(masked, 10);
        assertEquals(want, prebuilt.search(masked, 10), note);
        assertEquals(want, bundled.search(masked, 10), note);
        for (CorpusIndex.Hit h : want) {
          assertEquals(memory.id(h.doc()), prebuilt.id(h.doc()));
          assertEquals(memory.text(h.doc()), prebuilt.text(h.doc()));
        }
      }
    }
  }
}
