package io.invitecheck.cues;

import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.signals.Example;
import java.util.List;

/**
 * {@code empty_note}: the note is empty or holds no word at all, only white space, punctuation,
 * symbols or emoji ("👍", "..."). A reason about the whole draft. Stateless and thread-safe.
 */
public final class EmptyNoteCue implements CueDetector {

  @Override
  public ReasonCode code() {
    return ReasonCode.EMPTY_NOTE;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    if (Cues.hasWords(text)) {
      return List.of();
    }
    String message =
        text.isBlank()
            ? "The invitation has no note; most unknown senders without one are ignored."
            : "The note has no words, only '"
                + text.strip()
                + "'; it reads as an empty invitation.";
    return List.of(Reason.about(code(), message, null));
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flaggedWithoutSpan("", b -> b),
        Example.flaggedWithoutSpan("   \n\t ", b -> b),
        Example.flaggedWithoutSpan("\uD83D\uDC4B\uD83D\uDE42 !!", b -> b),
        Example.flaggedWithoutSpan("...", b -> b),
        Example.clean("Hi"),
        Example.clean("\uD83D\uDC4B Hi Jane, we met at KubeCon Paris."),
        Example.clean("2026?"));
  }
}
