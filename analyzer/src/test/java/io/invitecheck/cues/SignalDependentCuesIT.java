package io.invitecheck.cues;

import static io.invitecheck.cues.CueTesting.signal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The detectors that depend on personalization signals, with the signals given explicitly: the
 * cases where a signal must silence or change the reason.
 */
class SignalDependentCuesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());

  private static List<Reason> detect(CueDetector d, Draft draft, List<Signal> signals) {
    return d.detect(CueTesting.input(READER, draft, signals, Settings.defaults()));
  }

  private static List<Reason> detect(CueDetector d, String note, List<Signal> signals) {
    return detect(d, Draft.of(note), signals);
  }

  @Test
  void noPersonalizationSaysWhenOnlyTheNameIsThere() {
    String note = "Hi Jane, I'm expanding my network in fintech. Let's connect!";
    List<Reason> named =
        detect(
            new NoPersonalizationCue(),
            note,
            List.of(signal(note, SignalType.RECIPIENT_NAME, "Jane")));
    assertEquals(1, named.size());
    assertTrue(named.get(0).message().startsWith("Apart from the recipient's name"));
    assertEquals(null, named.get(0).span());
    List<Reason> none = detect(new NoPersonalizationCue(), note, List.of());
    assertTrue(none.get(0).message().startsWith("Nothing in the note is specific"));
  }

  @Test
  void noPersonalizationIsSilencedByAnyOtherSignal() {
    String note = "Hi Jane, loved your post on stablecoin settlement. Let's connect!";
    for (SignalType t : SignalType.values()) {
      if (t == SignalType.RECIPIENT_NAME) {
        continue;
      }
      List<Signal> signals =
          List.of(
              signal(note, SignalType.RECIPIENT_NAME, "Jane"),
              signal(note, t, "your post on stablecoin settlement"));
      assertEquals(List.of(), detect(new NoPersonalizationCue(), note, signals), t.id());
    }
  }

  @Test
  void noReasonToConnectOnlyForPersonalNotesWithoutAReason() {
    String note = "Hi Tom, fellow Michigan alum here. Go Blue!";
    Signal org = signal(note, SignalType.SHARED_ORG, "fellow Michigan alum");
    NoReasonToConnectCue cue = new NoReasonToConnectCue();
    List<Reason> flagged = detect(cue, note, List.of(org));
    assertEquals(1, flagged.size());
    assertEquals(
        "The note mentions 'fellow Michigan alum' but never says why you want to connect: no"
            + " question, shared project or purpose.",
        flagged.get(0).message());
    // each context signal gives the reason
    for (SignalType t :
        List.of(
            SignalType.REASON_TO_CONNECT,
            SignalType.SHARED_EVENT,
            SignalType.RECIPIENT_CONTENT,
            SignalType.MUTUAL_CONNECTION)) {
      assertEquals(List.of(), detect(cue, note, List.of(org, signal(note, t, "Go Blue"))), t.id());
    }
    // no personalization at all: no_personalization speaks, not this one
    assertEquals(List.of(), detect(cue, note, List.of()));
    assertEquals(1, detect(new NoPersonalizationCue(), note, List.of()).size());
    // a name alone is not personalization
    assertEquals(
        List.of(), detect(cue, note, List.of(signal(note, SignalType.RECIPIENT_NAME, "Tom"))));
  }

  @Test
  void flatteryBackedInTheSameSentenceIsNotFlagged() {
    String note =
        "I love what you're doing with the Kafka connector for Iceberg. Amazing background, too!";
    GenericFlatteryCue cue = new GenericFlatteryCue();
    Signal content = signal(note, SignalType.RECIPIENT_CONTENT, "the Kafka connector for Iceberg");
    List<Reason> reasons = detect(cue, note, List.of(content));
    // the first compliment is backed by the content in its sentence; the second is not
    assertEquals(1, reasons.size());
    assertEquals("Amazing background", reasons.get(0).text());
    assertEquals(note.indexOf("Amazing background"), reasons.get(0).span().start());
    List<Reason> unbacked = detect(cue, note, List.of());
    assertEquals(
        List.of("love what you're doing", "Amazing background"),
        unbacked.stream().map(Reason::text).toList());
    // a signal that does not back praise (a name) changes nothing
    Signal name = signal(note, SignalType.RECIPIENT_NAME, "Iceberg");
    assertEquals(2, detect(cue, note, List.of(name)).size());
  }

  @Test
  void noCommonGroundNeedsAKnownZeroAndNoSharedSignal() {
    String note = "Hi Jo, I read your post on SRE hiring and would love to compare notes.";
    Context zero = new Context(null, 0, null, null, null);
    NoCommonGroundCue cue = new NoCommonGroundCue();
    Draft draft = Draft.builder(note).context(zero).build();
    // content and a reason are not common ground
    List<Signal> contentAndReason =
        List.of(
            signal(note, SignalType.RECIPIENT_CONTENT, "your post on SRE hiring"),
            signal(note, SignalType.REASON_TO_CONNECT, "would love to compare notes"));
    assertEquals(1, detect(cue, draft, contentAndReason).size());
    for (SignalType t : NoCommonGroundCue.COMMON) {
      assertEquals(List.of(), detect(cue, draft, List.of(signal(note, t, "SRE hiring"))), t.id());
    }
    assertEquals(List.of(), detect(cue, Draft.of(note), List.of()), "count unknown");
    Context named = new Context(null, 0, List.of("Ada Lovelace"), null, null);
    assertEquals(
        List.of(),
        detect(cue, Draft.builder(note).context(named).build(), List.of()),
        "names given");
    Context grouped = new Context(null, 0, null, List.of("SRE Guild"), null);
    List<Reason> withGroup = detect(cue, Draft.builder(note).context(grouped).build(), List.of());
    assertTrue(withGroup.get(0).message().endsWith("you are both in 'SRE Guild': say so."));
  }
}
