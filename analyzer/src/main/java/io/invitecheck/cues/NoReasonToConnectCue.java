package io.invitecheck.cues;

import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code no_reason_to_connect}: the note is personal but does not say why the sender wants to
 * connect. Decision, to stay quieter than {@code no_personalization}: reported only when the note
 * has some personalization ({@link #PERSONAL}: a shared interest, organisation or the recipient's
 * achievement) and none of {@link #CONTEXT}: no stated reason, shared event, recipient content or
 * mutual connection, each of which already tells the recipient why. A note with no personalization
 * at all gets {@code no_personalization} instead, never both; a name alone is not personalization.
 * A reason about the whole draft. Depends on the signals in the input. Stateless and thread-safe.
 */
public final class NoReasonToConnectCue implements CueDetector {
  /** Signals that make the note personal without saying why to connect. */
  static final Set<SignalType> PERSONAL =
      EnumSet.of(
          SignalType.SHARED_INTEREST, SignalType.SHARED_ORG, SignalType.RECIPIENT_ACHIEVEMENT);

  /** Signals that give the recipient a reason or context for the invitation. */
  static final Set<SignalType> CONTEXT =
      EnumSet.of(
          SignalType.REASON_TO_CONNECT,
          SignalType.SHARED_EVENT,
          SignalType.RECIPIENT_CONTENT,
          SignalType.MUTUAL_CONNECTION);

  @Override
  public ReasonCode code() {
    return ReasonCode.NO_REASON_TO_CONNECT;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    if (!Cues.hasWords(input.text()) || Cues.hasSignal(input.signals(), CONTEXT)) {
      return List.of();
    }
    List<String> personal = new ArrayList<>();
    for (Signal s : input.signals()) {
      if (PERSONAL.contains(s.type())) {
        personal.add(s.text());
      }
    }
    if (personal.isEmpty()) {
      return List.of();
    }
    return List.of(
        Reason.about(
            code(),
            "The note mentions "
                + Cues.quoted(personal)
                + " but never says why you want to connect: no question, shared project or"
                + " purpose.",
            "no reason_to_connect, shared_event, recipient_content or mutual_connection signal"));
  }

  @Override
  public List<Example> examples() {
    // Flagged examples need a personalization signal; the generic test supplies it for these
    // notes (see CueDetectorExamplesIT) until the signal detectors find it themselves.
    return List.of(
        Example.flaggedWithoutSpan("Congrats on the new role at Stripe, Jane!", b -> b),
        Example.flaggedWithoutSpan("Hi Tom, fellow Michigan alum here. Go Blue!", b -> b),
        Example.flaggedWithoutSpan("Hey Ana, another Rust enthusiast here \uD83E\uDD80", b -> b),
        Example.clean("Hi, I'm expanding my network. Let's connect!"),
        Example.clean(""),
        Example.clean("Hi Jane, let's connect."));
  }
}
