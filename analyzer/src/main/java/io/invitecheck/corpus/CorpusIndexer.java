package io.invitecheck.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds an on-disk corpus index for large or user-supplied corpora; {@link CorpusIndex#open} reads
 * it back (and {@code Settings.index()} points the analyzer at it). Stateless.
 */
public final class CorpusIndexer {
  private CorpusIndexer() {}

  /**
   * Reads {@code corpusJsonl} and writes its index into {@code indexDir} (created if needed; an
   * index already there is replaced).
   *
   * @return the number of notes indexed
   * @throws CorpusFormatException naming the bad line of the corpus
   * @throws UncheckedIOException when the corpus cannot be read or the index written
   */
  public static int build(Path corpusJsonl, Path indexDir) {
    List<CorpusNote> notes = CorpusReader.read(corpusJsonl);
    String identity =
        CorpusIdentity.describe(
            corpusJsonl.getFileName().toString(), notes.size(), CorpusIdentity.sha256(corpusJsonl));
    build(notes, identity, indexDir);
    return notes.size();
  }

  /**
   * Writes the index of {@code notes} into {@code indexDir}; {@code identity} is what reports cite
   * as the corpus.
   *
   * @throws UncheckedIOException when the index cannot be written
   */
  public static void build(List<CorpusNote> notes, String identity, Path indexDir) {
    try {
      Files.createDirectories(indexDir);
      try (Directory dir = FSDirectory.open(indexDir)) {
        CorpusIndex.write(notes, dir, identity);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the index into " + indexDir + ": " + e.getMessage(), e);
    }
  }
}
