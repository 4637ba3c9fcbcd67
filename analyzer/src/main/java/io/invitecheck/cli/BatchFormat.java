package io.invitecheck.cli;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of {@code batch}: JSON Lines or CSV. */
enum BatchFormat {
  JSONL,
  CSV;

  /** The format a file name's extension implies, or null. */
  static BatchFormat ofExtension(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return JSONL;
    }
    return n.endsWith(".csv") ? CSV : null;
  }
}
