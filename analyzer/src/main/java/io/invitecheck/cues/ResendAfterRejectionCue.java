package io.invitecheck.cues;

import io.invitecheck.draft.Context;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.signals.Example;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code resend_after_rejection}: an earlier invitation to the same person was declined or ignored
 * (at any time), withdrawn less than {@code Settings.withdrawCooldownDays()} before now, or is
 * still pending. Decision on pending: a second invitation while one is pending is a duplicate the
 * platform refuses or shows twice, so it is reported with the same (default) severity and a message
 * that says "still pending". An accepted invitation and a withdrawal older than the cool-down are
 * not reported.
 *
 * <p>One reason about the whole draft, naming the most recent such invitation (its date, UTC, and
 * outcome) and how many others there were. Stateless and thread-safe.
 */
public final class ResendAfterRejectionCue implements CueDetector {

  @Override
  public ReasonCode code() {
    return ReasonCode.RESEND_AFTER_REJECTION;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    Duration cooldown = Duration.ofDays(input.settings().withdrawCooldownDays());
    List<PreviousInvitation> blocking = new ArrayList<>();
    for (PreviousInvitation p : input.draft().context().previousInvitations()) {
      boolean blocks =
          switch (p.outcome()) {
            case DECLINED, IGNORED, PENDING -> true;
            case WITHDRAWN -> p.sentAt().plus(cooldown).isAfter(input.now());
            case ACCEPTED -> false;
          };
      if (blocks) {
        blocking.add(p);
      }
    }
    if (blocking.isEmpty()) {
      return List.of();
    }
    blocking.sort(Comparator.comparing(PreviousInvitation::sentAt).reversed());
    PreviousInvitation latest = blocking.get(0);
    String date = latest.sentAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    String message =
        switch (latest.outcome()) {
          case PENDING ->
              "Your invitation of "
                  + date
                  + " is still pending: a second one is a duplicate. Wait for an answer or"
                  + " withdraw it first.";
          case WITHDRAWN ->
              "You withdrew an invitation to this person on "
                  + date
                  + ", less than "
                  + input.settings().withdrawCooldownDays()
                  + " days ago; the platform blocks a new one until then.";
          default ->
              "Your invitation of "
                  + date
                  + " was "
                  + latest.outcome().id()
                  + "; inviting again reads as not taking no for an answer.";
        };
    if (blocking.size() > 1) {
      message +=
          " (" + (blocking.size() - 1) + " earlier invitation(s) also unanswered or refused.)";
    }
    StringBuilder evidence = new StringBuilder("previous invitations:");
    for (PreviousInvitation p : blocking) {
      evidence.append(' ').append(p.sentAt()).append(' ').append(p.outcome().id()).append(';');
    }
    return List.of(Reason.about(code(), message, evidence.toString()));
  }

  /** The instant examples are checked at (a fixed clock in the generic test). */
  static final Instant EXAMPLE_NOW = Instant.parse("2026-11-26T12:00:00Z");

  private static Context history(Outcome outcome, String sentAt) {
    return new Context(
        null,
        null,
        null,
        null,
        List.of(new PreviousInvitation(PreviousInvitation.parseSentAt(sentAt), outcome)));
  }

  @Override
  public List<Example> examples() {
    String note = "Hi Jane, following up on my earlier invitation. Would love to connect!";
    return List.of(
        Example.flaggedWithoutSpan(note, b -> b.context(history(Outcome.DECLINED, "2025-03-01"))),
        Example.flaggedWithoutSpan(note, b -> b.context(history(Outcome.IGNORED, "2026-10-02"))),
        Example.flaggedWithoutSpan(note, b -> b.context(history(Outcome.WITHDRAWN, "2026-11-20"))),
        Example.flaggedWithoutSpan(note, b -> b.context(history(Outcome.PENDING, "2026-11-24"))),
        Example.clean(note, b -> b.context(history(Outcome.WITHDRAWN, "2026-10-01"))),
        Example.clean(note, b -> b.context(history(Outcome.ACCEPTED, "2026-11-01"))),
        Example.clean(note));
  }
}
