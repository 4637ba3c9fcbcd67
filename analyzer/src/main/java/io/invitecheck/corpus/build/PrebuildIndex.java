package io.invitecheck.corpus.build;

import io.invitecheck.corpus.PrebuiltIndex;
import java.nio.file.Path;

/**
 * Writes the {@link PrebuiltIndex} of the bundled corpus; Maven runs it in {@code process-classes}
 * so that the jar ships the index instead of building it at every start-up.
 *
 * <p>Usage: {@code PrebuildIndex CORPUS.jsonl OUT.index}.
 */
public final class PrebuildIndex {
  private PrebuildIndex() {}

  /** Indexes {@code args[0]} into {@code args[1]}. */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: PrebuildIndex CORPUS.jsonl OUT.index");
    }
    PrebuiltIndex.write(Path.of(args[0]), Path.of(args[1]));
  }
}
