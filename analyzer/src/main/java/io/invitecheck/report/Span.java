package io.invitecheck.report;

/**
 * A range of characters in the note: zero-based UTF-16 indices ({@link String} indices, as
 * JavaScript editors count them), {@code end} exclusive. Checked when made.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  /** True when the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** True when this span lies within {@code other}. */
  public boolean within(Span other) {
    return start >= other.start && end <= other.end;
  }

  /** The text of this span in {@code note}, checking that it lies within the note. */
  public String textIn(String note) {
    if (end > note.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") lies outside a note of " + note.length() + " chars");
    }
    return note.substring(start, end);
  }
}
