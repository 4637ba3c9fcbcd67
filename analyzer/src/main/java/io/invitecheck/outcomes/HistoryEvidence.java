package io.invitecheck.outcomes;

import java.util.List;
import java.util.Objects;

/**
 * What the sender's own history says about a note: its most similar earlier outgoing notes with a
 * known outcome. Ready to cite in a report (put {@link #message()} in the evidence) and to feed
 * {@link HistoryBlend#blend}.
 *
 * @param usable false when the history has fewer than {@link OutcomeHistory#MIN_KNOWN} notes with a
 *     known outcome; the neighbours are then shown but must not move the risk
 * @param historySize how many earlier outgoing notes with a known outcome the history holds
 * @param similar how many of them resemble this note (the neighbours below)
 * @param accepted how many of the neighbours were accepted
 * @param acceptanceRate {@code accepted / similar}; 0 when there is no neighbour
 * @param neighbors the neighbours, most similar first
 * @param message one sentence for a person, e.g. "7 of your 9 most similar notes were not
 *     accepted."
 */
public record HistoryEvidence(
    boolean usable,
    int historySize,
    int similar,
    int accepted,
    double acceptanceRate,
    List<Neighbor> neighbors,
    String message) {

  public HistoryEvidence {
    neighbors = List.copyOf(neighbors);
    Objects.requireNonNull(message, "message");
    if (similar != neighbors.size() || accepted < 0 || accepted > similar) {
      throw new IllegalArgumentException(
          "inconsistent counts: similar " + similar + ", accepted " + accepted);
    }
  }

  /**
   * One earlier note.
   *
   * @param id its outcome-corpus id
   * @param similarity 0 to 1: the share of distinct (stemmed, stop-word-free) terms the two notes
   *     have in common (Jaccard)
   * @param accepted whether it was accepted
   * @param note its text
   */
  public record Neighbor(String id, double similarity, boolean accepted, String note) {
    public Neighbor {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(note, "note");
      if (!(similarity >= 0 && similarity <= 1)) {
        throw new IllegalArgumentException("similarity must lie in [0, 1], was " + similarity);
      }
    }
  }

  /** The neighbours' ids, most similar first. */
  public List<String> ids() {
    return neighbors.stream().map(Neighbor::id).toList();
  }
}
