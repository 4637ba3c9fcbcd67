package io.invitecheck.cues;

import io.invitecheck.draft.Profile;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import io.invitecheck.signals.Greeting;
import io.invitecheck.signals.PersonNames;
import java.util.List;
import java.util.Optional;

/**
 * {@code name_mismatch}: the note greets someone who is not the recipient, the classic mail-merge
 * slip ("Hi Mark," to Jane Doe). Reported only when {@code recipient.name} is known and the greeted
 * name ({@link Greeting}) matches neither the recipient's first, last nor full name, nor a
 * diminutive of the first name ({@link PersonNames#refersTo}). Stateless and thread-safe.
 */
public final class NameMismatchCue implements CueDetector {

  @Override
  public ReasonCode code() {
    return ReasonCode.NAME_MISMATCH;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String fullName = input.draft().recipient().name();
    if (fullName == null) {
      return List.of();
    }
    Optional<Span> greeted = Greeting.name(input.note());
    if (greeted.isEmpty()) {
      return List.of();
    }
    Span s = greeted.get();
    String written = s.textIn(input.text());
    if (PersonNames.refersTo(written, fullName)) {
      return List.of();
    }
    return List.of(
        Reason.at(
            code(),
            input.text(),
            s.start(),
            s.end(),
            "The note greets '" + written + "' but the recipient is " + fullName + ".",
            "greeted name '" + written + "' vs recipient.name '" + fullName + "'"));
  }

  private static Profile named(String name) {
    return Profile.builder().name(name).build();
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged(
            "Hi [[Mark]], congrats on the Series B! Would love to hear how you scaled support.",
            d -> d.recipient(named("Jane Doe"))),
        Example.flagged(
            "Dear Dr. [[Smith]], your work on protein folding inspired my thesis.",
            d -> d.recipient(named("Priya Patel"))),
        Example.flagged(
            "[[Sarah]], I saw your post on warehouse robotics and would love to compare notes.",
            d -> d.recipient(named("Sam Okafor"))),
        Example.flagged(
            "Hello [[Jon Baker]], fellow Wharton alum here.",
            d -> d.recipient(named("Jon Miller"))),
        Example.clean(
            "Hi Kate, congrats on the new role at Ramp.", d -> d.recipient(named("Katherine Ng"))),
        Example.clean(
            "Hello Dr. Patel, your paper on sepsis triage is excellent.",
            d -> d.recipient(named("Priya Patel"))),
        Example.clean(
            "Hey alex — loved your talk on Flink state.",
            d -> d.recipient(named("Alexander Grün"))),
        Example.clean("Hi there, I would like to connect.", d -> d.recipient(named("Jane Doe"))),
        // no recipient name: nothing to compare the greeting with
        Example.clean("Hi Mark, congrats on the Series B!"),
        Example.clean(
            "Hi {{first_name}}, quick question about your stack.",
            d -> d.recipient(named("Jane Doe"))));
  }
}
