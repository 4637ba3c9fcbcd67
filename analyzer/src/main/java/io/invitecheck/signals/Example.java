package io.invitecheck.signals;

import io.invitecheck.draft.Draft;
import io.invitecheck.report.Span;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * An example a detector carries: a draft and the span it must flag, or none for a clean example.
 * The span is written into the note with {@code [[} and {@code ]]}, e.g. {@code "Congrats on [[the
 * new role]]!"}; one generic test runs every detector's examples.
 *
 * @param draft the draft, with the markers removed from its note
 * @param expected the span the detector must report; {@code null} when it must report nothing
 */
public record Example(Draft draft, Span expected) {
  static final String OPEN = "[[";
  static final String CLOSE = "]]";

  public Example {
    Objects.requireNonNull(draft, "draft");
  }

  /** A note whose marked span must be flagged. */
  public static Example flagged(String markedNote) {
    return flagged(markedNote, b -> b);
  }

  /** A note, with profile or context set by {@code draft}, whose marked span must be flagged. */
  public static Example flagged(String markedNote, UnaryOperator<Draft.Builder> draft) {
    int open = markedNote.indexOf(OPEN);
    int close = markedNote.indexOf(CLOSE, open + OPEN.length());
    if (open < 0 || close < 0) {
      throw new IllegalArgumentException("flagged example has no [[...]] span: " + markedNote);
    }
    String note =
        markedNote.substring(0, open)
            + markedNote.substring(open + OPEN.length(), close)
            + markedNote.substring(close + CLOSE.length());
    Span span = new Span(open, close - OPEN.length());
    return new Example(draft.apply(Draft.builder(note)).build(), span);
  }

  /**
   * A draft that must be flagged without a span (the reason concerns the whole draft, e.g. a
   * resend).
   */
  public static Example flaggedWithoutSpan(String note, UnaryOperator<Draft.Builder> draft) {
    return new Example(draft.apply(Draft.builder(note)).build(), new Span(0, 0));
  }

  /** A note that must not be flagged. */
  public static Example clean(String note) {
    return clean(note, b -> b);
  }

  /** A note, with profile or context set by {@code draft}, that must not be flagged. */
  public static Example clean(String note, UnaryOperator<Draft.Builder> draft) {
    return new Example(draft.apply(Draft.builder(note)).build(), null);
  }

  public boolean isFlagged() {
    return expected != null;
  }

  /** True for a flagged example whose reason has no span ({@link #flaggedWithoutSpan}). */
  public boolean expectsNoSpan() {
    return expected != null && expected.length() == 0;
  }
}
