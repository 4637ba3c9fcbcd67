package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class NoteReaderIT {
  private static NlpModels models;
  private static NoteReader reader;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    reader = new NoteReader(models);
  }

  @Test
  void tokensTagsAndLemmasPointAtTheOriginalNote() {
    String note = "Hi Jane, congrats on the new role at Stripe! I\u2019d love to compare notes.";
    AnalyzedNote a = reader.read(note);
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < a.tokenCount(); i++) {
      tokens.add(a.token(i));
      assertEquals(a.token(i), note.substring(a.tokenStart(i), a.tokenEnd(i)));
    }
    assertEquals("Jane", a.token(1));
    assertEquals("PROPN", a.tag(1));
    assertEquals(2, a.sentenceCount());
    assertTrue(tokens.contains("I\u2019d") || tokens.contains("I\u2019"), tokens.toString());
    assertEquals("eng", a.language());
    int role = tokens.indexOf("role");
    assertEquals(a.tokenStart(role), note.indexOf("role"));
    assertEquals(role, a.tokenAt(note.indexOf("role") + 2));
  }

  @Test
  void chunkByChunkTokenizationEqualsTheModelOnWholeSentences() {
    TokenizerME whole = new TokenizerME(models.tokens);
    String[] sentences = {
      "Hi Jane, congrats on the new role at Stripe!",
      "Book a call: https://calendly.com/acme/15min (it's free!!!)",
      "I'm at jane.doe@example.com / +1 (555) 010-2030 — ping me.",
      "we help B2B SaaS founders 3x their pipeline... interested?"
    };
    for (String s : sentences) {
      assertArrayEquals(whole.tokenizePos(s), NoteReader.tokenize(whole, s), s);
    }
  }

  @Test
  void tokensPastTheTaggingBudgetKeepOffsetsButAreNotTagged() {
    String sentence = "Jane wrote a great post on pricing. ";
    String note = sentence.repeat(60); // 8 tokens a sentence: 480 tokens
    AnalyzedNote a = reader.read(note);
    assertEquals(480, a.tokenCount());
    assertEquals("PROPN", a.tag(0));
    assertEquals("PROPN", a.tag(392)); // the 50th sentence still fits the budget of 400
    assertEquals(NoteReader.UNTAGGED, a.tag(400));
    String oneSentence = "we help companies like yours ".repeat(100); // 500 tokens, no full stop
    AnalyzedNote b = reader.read(oneSentence);
    assertEquals("help", b.lemma(1));
    assertEquals(NoteReader.UNTAGGED, b.tag(499));
    assertEquals("jane", a.lemma(400));
    assertEquals(note.lastIndexOf("Jane"), a.tokenStart(472));
  }

  @Test
  @Timeout(30)
  void overLongWordsAreReadInLinearTime() {
    String word = "a".repeat(10_000);
    AnalyzedNote a = reader.read(word);
    assertEquals(1, a.tokenCount());
    String braces = "{".repeat(10_000);
    AnalyzedNote b = reader.read(braces);
    assertEquals(10_000, b.tokenEnd(b.tokenCount() - 1));
    Span[] none = NoteReader.tokenize(new TokenizerME(models.tokens), "   ");
    assertEquals(0, none.length);
  }
}
