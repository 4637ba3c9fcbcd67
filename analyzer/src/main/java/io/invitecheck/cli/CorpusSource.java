package io.invitecheck.cli;

import io.invitecheck.SetupException;
import io.invitecheck.corpus.CorpusIdentity;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.CorpusReader;
import io.invitecheck.corpus.DefaultCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The corpus a command works on: a file given with {@code --corpus}, or the bundled one. */
record CorpusSource(List<CorpusNote> notes, String name, String sha256) {

  /**
   * Reads the corpus.
   *
   * @throws BadInput when the file is missing or has a bad line
   */
  static CorpusSource of(Path file) {
    if (file == null) {
      try {
        List<CorpusNote> notes = DefaultCorpus.bundledNotes();
        return new CorpusSource(notes, "bundled notes.jsonl", DefaultCorpus.bundledSha256());
      } catch (SetupException e) {
        throw new BadInput(e.getMessage());
      }
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInput("corpus file " + file + " does not exist or is not a file");
    }
    try {
      return new CorpusSource(
          CorpusReader.read(file), file.getFileName().toString(), CorpusIdentity.sha256(file));
    } catch (io.invitecheck.corpus.CorpusFormatException e) {
      throw new BadInput(e.getMessage());
    } catch (java.io.UncheckedIOException e) {
      throw new BadInput(e.getMessage());
    }
  }

  /** E.g. {@code notes.jsonl, 2,160 notes, sha256 1a2b3c4d}. */
  String identity() {
    return CorpusIdentity.describe(name, notes.size(), sha256);
  }

  /** Bad input from the user: the command prints the message and exits with 2. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }
}
