package io.invitecheck.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hand-written 40-note fixture corpus (10 per label, 12 of them in the test split). */
public final class Fixture {
  public static final String RESOURCE = "/io/invitecheck/corpus/fixture-notes.jsonl";

  private Fixture() {}

  public static List<CorpusNote> notes() {
    try (InputStream in = Fixture.class.getResourceAsStream(RESOURCE)) {
      return CorpusReader.read(in, RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the fixture into {@code dir} and returns the file. */
  public static Path copyTo(Path dir) {
    try (InputStream in = Fixture.class.getResourceAsStream(RESOURCE)) {
      Path f = dir.resolve("fixture-notes.jsonl");
      Files.copy(in, f);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
