package io.invitecheck.spark;

import java.util.Locale;

/** The file formats of a scoring job: those of {@code batch}, and Parquet. */
public enum Format {
  JSONL,
  CSV,
  PARQUET;

  /** The format named {@code jsonl}, {@code csv} or {@code parquet}, ignoring case. */
  public static Format of(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown format '" + name + "': use jsonl, csv or parquet", e);
    }
  }

  /** The format a path's extension implies, or null. */
  public static Format ofExtension(String path) {
    String p = path.toLowerCase(Locale.ROOT);
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    if (p.endsWith(".jsonl") || p.endsWith(".ndjson") || p.endsWith(".json")) {
      return JSONL;
    }
    if (p.endsWith(".csv")) {
      return CSV;
    }
    return p.endsWith(".parquet") ? PARQUET : null;
  }
}
