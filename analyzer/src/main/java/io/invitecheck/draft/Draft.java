package io.invitecheck.draft;

import java.util.Objects;
import java.util.Optional;

/**
 * A draft invitation: the note and what is known around it. Immutable.
 *
 * @param id the caller's identifier, echoed in the report; {@code null} when not given
 * @param note the note as the sender would send it (may be empty, never {@code null})
 * @param recipient the recipient's profile, {@link Profile#EMPTY} when unknown
 * @param sender the sender's profile, {@link Profile#EMPTY} when unknown
 * @param context the relationship and history, {@link Context#EMPTY} when unknown
 */
public record Draft(String id, String note, Profile recipient, Profile sender, Context context) {

  public Draft {
    Objects.requireNonNull(note, "note");
    recipient = recipient == null ? Profile.EMPTY : recipient;
    sender = sender == null ? Profile.EMPTY : sender;
    context = context == null ? Context.EMPTY : context;
  }

  /** A draft with only a note. */
  public static Draft of(String note) {
    return new Draft(null, note, null, null, null);
  }

  public static Builder builder(String note) {
    return new Builder(note);
  }

  public Optional<String> idOpt() {
    return Optional.ofNullable(id);
  }

  /** True when a recipient or sender profile was given. */
  public boolean hasProfiles() {
    return !recipient.isEmpty() || !sender.isEmpty();
  }

  /** Builds a {@link Draft}. */
  public static final class Builder {
    private final String note;
    private String id;
    private Profile recipient = Profile.EMPTY;
    private Profile sender = Profile.EMPTY;
    private Context context = Context.EMPTY;

    private Builder(String note) {
      this.note = Objects.requireNonNull(note, "note");
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder recipient(Profile recipient) {
      this.recipient = recipient;
      return this;
    }

    public Builder sender(Profile sender) {
      this.sender = sender;
      return this;
    }

    public Builder context(Context context) {
      this.context = context;
      return this;
    }

    public Draft build() {
      return new Draft(id, note, recipient, sender, context);
    }
  }
}
