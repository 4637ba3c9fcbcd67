package io.invitecheck.report;

import java.util.Objects;
import java.util.Optional;

/**
 * A reason the note may be ignored, declined or reported.
 *
 * @param code the stable code from the catalogue
 * @param severity how much it matters (the code's default unless configured otherwise)
 * @param span the words it points at; {@code null} when it concerns the whole draft rather than
 *     words (a resend, an empty note)
 * @param text exactly the note's text in {@code span}; {@code null} when {@code span} is
 * @param message what is wrong, for a person, specific to this note
 * @param suggestion a concrete fix
 * @param evidence what triggered it (the phrase list, the profile field, the corpus notes it
 *     matched); {@code null} when the message says it all
 */
public record Reason(
    ReasonCode code,
    Severity severity,
    Span span,
    String text,
    String message,
    String suggestion,
    String evidence) {

  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
    if ((span == null) != (text == null)) {
      throw new IllegalArgumentException("a reason has both a span and its text, or neither");
    }
    if (span != null && text.length() != span.length()) {
      throw new IllegalArgumentException(
          "reason text '" + text + "' does not have the length of its span " + span);
    }
  }

  /**
   * A reason with the code's default severity and suggestion, pointing at {@code [start, end)} of
   * {@code note}.
   */
  public static Reason at(
      ReasonCode code, String note, int start, int end, String message, String evidence) {
    Span span = new Span(start, end);
    return new Reason(
        code,
        code.defaultSeverity(),
        span,
        span.textIn(note),
        message,
        code.suggestion(),
        evidence);
  }

  /** A reason about the whole draft, with the code's default severity and suggestion. */
  public static Reason about(ReasonCode code, String message, String evidence) {
    return new Reason(
        code, code.defaultSeverity(), null, null, message, code.suggestion(), evidence);
  }

  public Optional<Span> spanOpt() {
    return Optional.ofNullable(span);
  }

  public Optional<String> evidenceOpt() {
    return Optional.ofNullable(evidence);
  }

  /** This reason with another severity. */
  public Reason withSeverity(Severity newSeverity) {
    return new Reason(code, newSeverity, span, text, message, suggestion, evidence);
  }

  /** This reason with another suggestion. */
  public Reason withSuggestion(String newSuggestion) {
    return new Reason(code, severity, span, text, message, newSuggestion, evidence);
  }
}
