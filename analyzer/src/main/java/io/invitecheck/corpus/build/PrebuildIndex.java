package io.invitecheck.corpus.build;

import io.invitecheck.corpus.PrebuiltIndex;
import java.nio.file.Path;

/**
 * Writes the {@link PrebuiltIndex} of the bundled corpus; Maven runs it in {@code process-classes}
 * so that the jar ships the index instead of building it at every start-up.
 *
 * <p>Usage: {@code PrebuildIndex CORPUS.jsonl OUT.index [CLASSES_DIR]}; with the classes directory
 * it also records the SHA-256 of the bundled corpus and classifier there ({@link
 * PrebuiltIndex#writeBundledDigests}).
 */
public final class PrebuildIndex {
  private PrebuildIndex() {}

  /** Indexes {@code args[0]} into {@code args[1]}, and records digests under {@code args[2]}. */
  public static void main(String[] args) {
    if (args.length != 2 && args.length != 3) {
      throw new IllegalArgumentException(
          "usage: PrebuildIndex CORPUS.jsonl OUT.index [CLASSES_DIR]");
    }
    PrebuiltIndex.write(Path.of(args[0]), Path.of(args[1]));
    if (args.length == 3) {
      PrebuiltIndex.writeBundledDigests(Path.of(args[2]));
    }
  }
}
