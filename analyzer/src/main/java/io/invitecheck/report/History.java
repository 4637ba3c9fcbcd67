package io.invitecheck.report;

import java.util.List;
import java.util.Objects;

/**
 * What the sender's own earlier invitations say about this note (only when an outcome corpus from
 * {@code invitecheck import-linkedin} is loaded).
 *
 * @param usable false when the history is too small to move the risk; the numbers are then shown
 *     for information only
 * @param historySize earlier outgoing notes with a known outcome
 * @param similar how many of them resemble this note
 * @param accepted how many of those were accepted
 * @param acceptanceRate {@code accepted / similar}, 0 when none is similar
 * @param ids the similar notes' ids in the outcome corpus, most similar first
 * @param message one sentence for a person, e.g. "7 of your 9 most similar notes were not
 *     accepted."
 */
public record History(
    boolean usable,
    int historySize,
    int similar,
    int accepted,
    double acceptanceRate,
    List<String> ids,
    String message) {
  public History {
    ids = List.copyOf(ids);
    Objects.requireNonNull(message, "message");
  }
}
