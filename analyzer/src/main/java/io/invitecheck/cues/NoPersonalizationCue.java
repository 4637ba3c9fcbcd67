package io.invitecheck.cues;

import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.signals.Example;
import java.util.List;

/**
 * {@code no_personalization}: the note has words but no personalization signal other than,
 * possibly, the recipient's name (a name alone is what a mail merge fills in). Not reported for an
 * empty note ({@code empty_note}) or the stock text ({@code default_note}), which have their own
 * reasons. A reason about the whole draft: what is missing is not in any one place. Depends on the
 * signals in the input. Stateless and thread-safe.
 */
public final class NoPersonalizationCue implements CueDetector {

  @Override
  public ReasonCode code() {
    return ReasonCode.NO_PERSONALIZATION;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    if (!Cues.hasWords(text) || DefaultNoteCue.find(text) != null) {
      return List.of();
    }
    boolean named = false;
    for (Signal s : input.signals()) {
      if (s.type() != SignalType.RECIPIENT_NAME) {
        return List.of();
      }
      named = true;
    }
    String message =
        (named
                ? "Apart from the recipient's name, nothing in the note is specific to them:"
                : "Nothing in the note is specific to the recipient:")
            + " no post or work of theirs, no shared connection, organisation, event or interest,"
            + " and no achievement of theirs.";
    return List.of(
        Reason.about(code(), message, named ? "only signal: recipient_name" : "no signals"));
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flaggedWithoutSpan("Hi, I'm expanding my network. Let's connect!", b -> b),
        Example.flaggedWithoutSpan(
            "Hello! I came across your profile and would love to connect.", b -> b),
        Example.flaggedWithoutSpan(
            "Always looking to meet great people in tech. Looking forward to connecting!", b -> b),
        Example.clean(""),
        Example.clean("  \uD83D\uDC4D "),
        Example.clean("I'd like to add you to my professional network on LinkedIn."));
  }
}
