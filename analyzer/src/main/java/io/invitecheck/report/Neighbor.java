package io.invitecheck.report;

import java.util.Objects;

/**
 * A labeled corpus note close to the analyzed note, cited as evidence.
 *
 * @param id the corpus note's id
 * @param label its label: personalized, generic, spam or self_promotion
 * @param similarity 0 to 1, higher is closer
 * @param text the corpus note
 */
public record Neighbor(String id, String label, double similarity, String text) {
  public Neighbor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
