package io.invitecheck.cues;

import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.signals.Example;
import java.util.List;

/**
 * {@code too_long}: the note is longer than the sender's account allows ({@code
 * Settings.noteLimit}; the account type comes from the draft's context, else the configured
 * default). Length is counted in UTF-16 chars, as {@link String#length()} and JavaScript editors
 * count. The span is the part that would be cut: from the limit to the end (moved back one char
 * when the limit would split an emoji's surrogate pair). Stateless and thread-safe.
 */
public final class TooLongCue implements CueDetector {

  @Override
  public ReasonCode code() {
    return ReasonCode.TOO_LONG;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    AccountType given = input.draft().context().accountType();
    AccountType account = given != null ? given : input.settings().defaultAccountType();
    int limit = input.settings().noteLimit(account);
    if (text.length() <= limit) {
      return List.of();
    }
    int start = limit;
    if (Character.isLowSurrogate(text.charAt(start))
        && Character.isHighSurrogate(text.charAt(start - 1))) {
      start--;
    }
    String message =
        "The note is "
            + text.length()
            + " characters long; the limit for a "
            + account.id()
            + " account is "
            + limit
            + (given == null ? " (account type not given; assumed " + account.id() + ")" : "")
            + ", so the last "
            + (text.length() - limit)
            + " characters would be cut.";
    return List.of(
        Reason.at(code(), text, start, text.length(), message, "limit " + limit + " characters"));
  }

  @Override
  public List<Example> examples() {
    String base =
        "Hi Jane, I enjoyed your talk on event sourcing at QCon London last week, especially the"
            + " part about replaying projections after a schema change. We are wrestling with the"
            + " same problem at Monzo and I would love to compare notes sometime ";
    // base is 226 chars: over the free limit (200), under the premium one (300)
    return List.of(
        Example.flagged(
            base.substring(0, 200) + "[[" + base.substring(200) + "]]",
            b -> b.context(new Context(AccountType.FREE, null, null, null, null))),
        Example.flagged(base + base.substring(0, 74) + "[[" + base.substring(74, 120) + "]]"),
        Example.flagged(
            base + "if you are open to it." + "x".repeat(51) + "[[\uD83D\uDE80 and more]]",
            b -> b.context(new Context(AccountType.PREMIUM, null, null, null, null))),
        Example.clean(base),
        Example.clean(
            base.substring(0, 200),
            b -> b.context(new Context(AccountType.FREE, null, null, null, null))),
        Example.clean(""));
  }
}
