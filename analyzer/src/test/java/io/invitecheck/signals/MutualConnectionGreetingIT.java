package io.invitecheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Signal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MutualConnectionDetector} finds the greeted name only when a named referrer is found: the
 * greeted name still keeps a referrer that is the greeted person from being a signal, and notes
 * without a referrer give what they gave. Offsets and text of each signal are checked.
 */
class MutualConnectionGreetingIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());
  private static final MutualConnectionDetector DETECTOR = new MutualConnectionDetector();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "Hi Maya, Jane suggested I reach out about your data team. | 9  | 35 | Jane suggested I reach out",
        "Greetings Mr. Okafor, Tom suggested I reach out.          | 22 | 47 | Tom suggested I reach out",
        "Hi Jane, LinkedIn suggested I connect with you.           | -1 | -1 | NONE",
        "Hi Omar, our mutual friend Dana Lee says hello.           | 9  | 35 | our mutual friend Dana Lee",
        "Hi there, I'd like to add you to my professional network. | -1 | -1 | NONE",
        "Jane, Omar suggested I reach out about the platform role.  | 6  | 32 | Omar suggested I reach out",
        "Hi Tom suggested I reach out about your data team.         | -1 | -1 | NONE",
      })
  void aReferrerIsASignalUnlessItIsTheGreetedName(String text, int start, int end, String cited) {
    AnalyzedNote note = READER.read(text);
    List<Signal> found = DETECTOR.detect(note, Draft.builder(text).build());
    if (cited == null) {
      assertEquals(List.of(), found, text);
      return;
    }
    assertEquals(1, found.size(), () -> text + ": " + found);
    Signal s = found.get(0);
    assertEquals(start, s.start(), text);
    assertEquals(end, s.end(), text);
    assertEquals(cited, text.substring(s.start(), s.end()));
    assertEquals(cited, s.text());
  }

  @org.junit.jupiter.api.Test
  void theGreetedReferrerIsTheGreetedName() {
    // the case above where the greeted name, found for the referrer, is what keeps it out
    String text = "Hi Tom suggested I reach out about your data team.";
    AnalyzedNote note = READER.read(text);
    assertEquals(
        java.util.Optional.of(new io.invitecheck.report.Span(3, 6)), Greeting.name(note), text);
    String other = "Hi Maya, Tom suggested I reach out about your data team.";
    assertEquals(1, DETECTOR.detect(READER.read(other), Draft.builder(other).build()).size());
  }
}
