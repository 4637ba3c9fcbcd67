package io.invitecheck.cues;

import io.invitecheck.nlp.PhraseMatcher;
import java.util.List;

/**
 * A built-in phrase list plus the configured extra phrases, as one {@link PhraseMatcher}. The
 * combined matcher is built once per distinct extra list and reused; thread-safe (a race builds the
 * same matcher twice, which is harmless).
 */
final class PhraseCache {
  private record Entry(List<String> extras, PhraseMatcher matcher) {}

  private final PhraseMatcher builtIn;
  private volatile Entry last;

  PhraseCache(PhraseMatcher builtIn) {
    this.builtIn = builtIn;
    this.last = new Entry(List.of(), builtIn);
  }

  /** The built-in phrases plus {@code extras}. */
  PhraseMatcher with(List<String> extras) {
    Entry e = last;
    if (e.extras().equals(extras)) {
      return e.matcher();
    }
    PhraseMatcher m = builtIn.plus(extras);
    last = new Entry(List.copyOf(extras), m);
    return m;
  }

  PhraseMatcher builtIn() {
    return builtIn;
  }
}
