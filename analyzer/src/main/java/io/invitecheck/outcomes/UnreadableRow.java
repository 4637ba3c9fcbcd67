package io.invitecheck.outcomes;

import java.util.Objects;

/**
 * An export row that could not be read, reported rather than silently dropped.
 *
 * @param file the file name within the export, e.g. {@code Invitations.csv}
 * @param line the 1-based line of the file where the row starts
 * @param why what was wrong with it
 */
public record UnreadableRow(String file, long line, String why) {
  public UnreadableRow {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(why, "why");
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + why;
  }
}
