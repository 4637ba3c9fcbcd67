package io.invitecheck.cues;

import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
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
            + " same problem at Monzo and I would love to compare notes some time.";
    String twice = base + " " + base;
    Context free = new Context(AccountType.FREE, null, null, null, null);
    Context premium = new Context(AccountType.PREMIUM, null, null, null, null);
    return List.of(
        // free account: everything after char 200 is cut
        tail(twice.substring(0, 260), 200, free),
        // account type unknown: the default (premium, 300) applies
        tail(twice.substring(0, 340), 300, null),
        // the limit falls inside an emoji: the whole emoji is in the cut part
        tail(twice.substring(0, 299) + "\uD83D\uDE80 and more", 299, premium),
        Example.clean(base),
        Example.clean(base.substring(0, 200), b -> b.context(free)),
        Example.clean(twice.substring(0, 300), b -> b.context(premium)));
  }

  private static Example tail(String note, int from, Context context) {
    Draft draft = Draft.builder(note).context(context == null ? Context.EMPTY : context).build();
    return new Example(draft, new Span(from, note.length()));
  }
}
