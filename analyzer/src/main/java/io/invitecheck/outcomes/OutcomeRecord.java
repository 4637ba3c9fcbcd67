package io.invitecheck.outcomes;

import java.time.Instant;
import java.util.Objects;

/**
 * One invitation with a note and what became of it: a line of the outcome corpus.
 *
 * <p>Privacy: the counterpart is kept by name only, so that a person can recognise the note; the
 * profile URL, e-mail address, company and position of the export are never written to the corpus.
 * Delete the corpus file to forget them.
 *
 * @param id a stable id: a hash of direction, sent date, counterpart and note, so that importing
 *     the same invitation from a later export gives the same id
 * @param note the note as sent
 * @param direction OUTGOING when the member who made the export sent it
 * @param sentAt when it was sent (UTC)
 * @param outcome accepted, not accepted, or unknown (too young at export)
 * @param ageDaysAtExport whole days from sending to the export date
 * @param counterpart the other person's name
 */
public record OutcomeRecord(
    String id,
    String note,
    Direction direction,
    Instant sentAt,
    OutcomeLabel outcome,
    int ageDaysAtExport,
    String counterpart) {
  public OutcomeRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(counterpart, "counterpart");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id is blank");
    }
    if (note.isBlank()) {
      throw new IllegalArgumentException("note is blank: the corpus holds notes only");
    }
  }

  /** True for an outgoing invitation whose outcome is known: what the sender's history counts. */
  public boolean countsForHistory() {
    return direction == Direction.OUTGOING && outcome.known();
  }
}
