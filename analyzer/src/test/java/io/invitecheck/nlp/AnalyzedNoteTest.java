package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class AnalyzedNoteTest {

  @Test
  void lowerTokensAreTheLowerCasedTextAtTheTokenOffsetsMadeOnce() {
    String text = "Hi ZOË, CONGRATS on the Series B!";
    int[] starts = {0, 3, 6, 8, 17, 20, 24, 31, 32};
    int[] ends = {2, 6, 7, 16, 19, 23, 30, 32, 33};
    String[] tags = {"INTJ", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"};
    AnalyzedNote note =
        new AnalyzedNote(
            text, new int[] {0}, new int[] {33}, starts, ends, tags, tags.clone(), "eng", 1.0);
    String[] expected = {"hi", "zoë", ",", "congrats", "on", "the", "series", "b", "!"};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], note.lowerToken(i), "token " + i);
      assertEquals(text.substring(starts[i], ends[i]), note.token(i));
      assertSame(note.lowerToken(i), note.lowerToken(i));
    }
  }
}
