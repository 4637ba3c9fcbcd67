package io.invitecheck.corpus;

import io.invitecheck.draft.Profile;
import java.util.Objects;

/**
 * One labeled note of the corpus. Immutable.
 *
 * @param id unique id, e.g. {@code w1-0042}
 * @param label the label the guideline gives it
 * @param text the note exactly as sent
 * @param recipient the recipient's profile fields the note refers to, {@link Profile#EMPTY} when
 *     none
 * @param sender the sender's profile fields the note refers to, {@link Profile#EMPTY} when none
 * @param family the id of the mail-merge template family the note belongs to, {@code null} for a
 *     one-off note
 * @param split {@code "train"} or {@code "test"}; {@code null} in a draft that was not assembled
 *     yet
 * @param source where the note came from, e.g. {@code team-written (writer w1)}; may be {@code
 *     null}
 * @param rationale the guideline rule that decided the label; may be {@code null}
 */
public record CorpusNote(
    String id,
    Label label,
    String text,
    Profile recipient,
    Profile sender,
    String family,
    String split,
    String source,
    String rationale) {

  /** The split value of the held-out notes. */
  public static final String TEST = "test";

  /** The split value of the notes the index and the classifier learn from. */
  public static final String TRAIN = "train";

  public CorpusNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
    recipient = recipient == null ? Profile.EMPTY : recipient;
    sender = sender == null ? Profile.EMPTY : sender;
    if (split != null && !TEST.equals(split) && !TRAIN.equals(split)) {
      throw new IllegalArgumentException("split must be train or test, was '" + split + "'");
    }
  }

  /** True when this note is held out for evaluation. */
  public boolean isTest() {
    return TEST.equals(split);
  }

  /** This note with another split. */
  public CorpusNote withSplit(String newSplit) {
    return new CorpusNote(id, label, text, recipient, sender, family, newSplit, source, rationale);
  }

  /** This note with another source. */
  public CorpusNote withSource(String newSource) {
    return new CorpusNote(id, label, text, recipient, sender, family, split, newSource, rationale);
  }
}
