package io.invitecheck.cues;

import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code default_note}: the platform's stock invitation text ("I'd like to add you to my
 * professional network on LinkedIn.") or a close variant, with or without the apostrophe, "on
 * LinkedIn" or "join your network". The span is the stock sentence without its final full stop.
 * Stateless and thread-safe.
 */
public final class DefaultNoteCue implements CueDetector {
  static final PhraseMatcher STOCK;

  static {
    List<String> phrases = new ArrayList<>();
    for (String subject :
        List.of(
            "i'd like to",
            "id like to",
            "i would like to",
            "i'd love to",
            "i want to",
            "i wanted to")) {
      for (String rest :
          List.of(
              "add you to my professional network on linkedin",
              "add you to my professional network",
              "join your linkedin network",
              "join your professional network",
              "join your network on linkedin")) {
        phrases.add(subject + " " + rest);
      }
    }
    STOCK = PhraseMatcher.shared(phrases);
  }

  @Override
  public ReasonCode code() {
    return ReasonCode.DEFAULT_NOTE;
  }

  /** The stock sentence in {@code text}, or {@code null}. */
  static Span find(String text) {
    return STOCK.findFirst(text);
  }

  @Override
  public List<Reason> detect(CueInput input) {
    Span s = find(input.text());
    if (s == null) {
      return List.of();
    }
    return List.of(
        Reason.at(
            code(),
            input.text(),
            s.start(),
            s.end(),
            "'"
                + s.textIn(input.text())
                + "' is the platform's stock invitation text; recipients skip it as a note"
                + " nobody wrote.",
            "stock invitation text"));
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("[[I'd like to add you to my professional network on LinkedIn]]."),
        Example.flagged("Hi Ravi, [[I\u2019d like to join your LinkedIn network]]."),
        Example.flagged("[[Id like to add you to my professional network]]\n- Tom"),
        Example.flagged("Hello, [[I would like to add you to my professional network]]. Thanks!"),
        Example.clean("Hi Ravi, I'd like to add you to the speaker list for our Rust meetup."),
        Example.clean("Loved your LinkedIn post on network effects in marketplaces."),
        Example.clean("Hi Ravi, would love to connect: we both run platform teams in Leeds."));
  }
}
