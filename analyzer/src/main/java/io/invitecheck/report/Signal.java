package io.invitecheck.report;

import java.util.Objects;

/**
 * A personalization signal found in the note.
 *
 * @param type what kind of personalization
 * @param span where it stands in the note
 * @param text exactly {@code note.substring(span.start(), span.end())}
 * @param evidence why it counts, e.g. "matches recipient.company 'Stripe'"
 * @param confirmed true when a given profile confirms it; false when found from the note alone
 */
public record Signal(SignalType type, Span span, String text, String evidence, boolean confirmed) {
  public Signal {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(evidence, "evidence");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "signal text '" + text + "' does not have the length of its span " + span);
    }
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
