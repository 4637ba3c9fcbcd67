package io.invitecheck.cues;

import io.invitecheck.draft.Context;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.SignalType;
import io.invitecheck.signals.Example;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code no_common_ground}: the context says the two share no connections ({@code
 * mutualConnections} given as 0, no names) and the note shows no mutual connection, organisation,
 * event or interest either, so the recipient has nothing to recognise the sender by. Not reported
 * when the mutual-connection count is unknown ({@code null}) or the note is empty. When the context
 * lists shared groups the note does not mention, the message says so. A reason about the whole
 * draft. Depends on the signals in the input. Stateless and thread-safe.
 */
public final class NoCommonGroundCue implements CueDetector {
  /** Signals that show common ground. */
  static final Set<SignalType> COMMON =
      EnumSet.of(
          SignalType.MUTUAL_CONNECTION,
          SignalType.SHARED_ORG,
          SignalType.SHARED_EVENT,
          SignalType.SHARED_INTEREST);

  @Override
  public ReasonCode code() {
    return ReasonCode.NO_COMMON_GROUND;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    Context c = input.draft().context();
    if (c.mutualConnections() == null
        || c.mutualConnections() > 0
        || !c.mutualConnectionNames().isEmpty()
        || !Cues.hasWords(input.text())
        || Cues.hasSignal(input.signals(), COMMON)) {
      return List.of();
    }
    String message =
        "You have no mutual connections and the note mentions no shared organisation, event or"
            + " interest"
            + (c.sharedGroups().isEmpty()
                ? "."
                : "; you are both in " + Cues.quoted(c.sharedGroups()) + ": say so.");
    return List.of(Reason.about(code(), message, "mutualConnections = 0"));
  }

  @Override
  public List<Example> examples() {
    Context none = new Context(null, 0, List.of(), List.of(), List.of());
    Context group = new Context(null, 0, List.of(), List.of("Berlin Rust Meetup"), List.of());
    Context some = new Context(null, 12, List.of("Ada Lovelace"), List.of(), List.of());
    return List.of(
        Example.flaggedWithoutSpan("Hi Jane, I'd love to connect.", b -> b.context(none)),
        Example.flaggedWithoutSpan(
            "Hello, I help startups scale their sales teams.", b -> b.context(none)),
        Example.flaggedWithoutSpan("Hi Jo, let's connect!", b -> b.context(group)),
        Example.clean("Hi Jane, I'd love to connect."),
        Example.clean("Hi Jane, I'd love to connect.", b -> b.context(some)),
        Example.clean("", b -> b.context(none)));
  }
}
