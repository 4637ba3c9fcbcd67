package io.invitecheck.cues;

import io.invitecheck.config.Settings;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code generic_flattery}: praise that could be sent to anyone ("impressed by your profile", "we
 * have a lot in common", "amazing background"), from {@link #PHRASES} plus {@link
 * Settings#extraFlatteryPhrases()}. A phrase is not flagged when a signal of {@link #BACKING} (a
 * shared interest, the recipient's content or achievement) stands in the same sentence: then the
 * praise is specific. The span is the phrase. Stateless and thread-safe.
 */
public final class GenericFlatteryCue implements CueDetector {
  /** The built-in phrases. */
  static final List<String> PHRASES =
      List.of(
          "i came across your impressive profile",
          "impressed by your profile",
          "impressed with your profile",
          "your impressive profile",
          "your profile is impressive",
          "your profile is amazing",
          "your profile stood out",
          "your profile caught my eye",
          "your profile caught my attention",
          "impressive profile",
          "amazing profile",
          "great profile",
          "awesome profile",
          "we have a lot in common",
          "we have so much in common",
          "you seem like a great person to know",
          "you seem like a great person",
          "great person to know",
          "great person to connect with",
          "love what you're doing",
          "love what you are doing",
          "love what you do",
          "amazing background",
          "impressive background",
          "impressive experience",
          "amazing experience and skills",
          "your impressive career",
          "your inspiring journey",
          "you're an inspiration",
          "you are an inspiration",
          "truly inspiring profile",
          "i admire your profile",
          "like-minded professionals",
          "like-minded professional",
          "like minded professionals",
          "you are doing amazing things",
          "you're doing amazing things",
          "doing great things");

  /** Signals that make praise specific when they stand in the same sentence. */
  static final Set<SignalType> BACKING =
      EnumSet.of(
          SignalType.SHARED_INTEREST,
          SignalType.RECIPIENT_CONTENT,
          SignalType.RECIPIENT_ACHIEVEMENT);

  private static final PhraseMatcher BUILT_IN = PhraseMatcher.shared(PHRASES);

  private final PhraseCache phrases = new PhraseCache(BUILT_IN);

  @Override
  public ReasonCode code() {
    return ReasonCode.GENERIC_FLATTERY;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    AnalyzedNote note = input.note();
    String text = input.text();
    List<Reason> reasons = new ArrayList<>();
    for (Span s : phrases.with(input.settings().extraFlatteryPhrases()).findAll(text)) {
      if (backed(note, s, input.signals())) {
        continue;
      }
      reasons.add(
          Reason.at(
              code(),
              text,
              s.start(),
              s.end(),
              "'"
                  + s.textIn(text)
                  + "' could be said to anyone; nothing in the sentence shows what you admire.",
              "generic flattery phrase"));
    }
    return reasons;
  }

  private static boolean backed(AnalyzedNote note, Span phrase, List<Signal> signals) {
    int sentence = note.sentenceAt(phrase.start());
    for (Signal sig : signals) {
      if (BACKING.contains(sig.type())
          && (sentence >= 0 ? note.sentenceAt(sig.start()) == sentence : true)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Lee, I'm [[impressed by your profile]] and would like to connect."),
        Example.flagged("[[I came across your impressive profile]]. Let's connect!"),
        Example.flagged("Hello! [[We have a lot in common]], would be great to connect."),
        Example.flagged("[[You seem like a great person to know]] \uD83D\uDE42"),
        Example.flagged("I [[love what you\u2019re doing]]! Let's stay in touch."),
        Example.flagged("Hi Mo, [[amazing background]]. Connect?"),
        Example.clean("Hi Lee, I loved your talk on Postgres indexing at PGConf."),
        Example.clean("Hi Mo, your background in both law and ML is rare; how did you switch?"),
        Example.clean("Impressive work on the Kafka connector, Jo: the retry design is neat."));
  }
}
