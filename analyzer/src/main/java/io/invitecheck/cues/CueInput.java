package io.invitecheck.cues;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.report.Signal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a cue detector sees.
 *
 * @param note the note as read by OpenNLP
 * @param draft the draft, with profiles and context
 * @param signals the personalization signals already found
 * @param settings the configuration (limits, phrase lists)
 * @param now the current instant, from the analyzer's clock
 */
public record CueInput(
    AnalyzedNote note, Draft draft, List<Signal> signals, Settings settings, Instant now) {
  public CueInput {
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(now, "now");
    signals = List.copyOf(signals);
  }

  /** The note's text. */
  public String text() {
    return note.text();
  }
}
