package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.memo.Memo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
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
    Memo<String, NoteReader.Chunk> memo = new Memo<>(1_000);
    for (String s : sentences) {
      int[] expected = TokenScorer.bounds(whole.tokenizePos(s));
      NoteReader.Tokens first =
          NoteReader.tokenize(whole, null, s, memo, w -> new KnownWord(w, null));
      assertArrayEquals(expected, first.bounds(), s);
      // a second time from the memo of chunks: the same tokens, and each word is its text
      NoteReader.Tokens again =
          NoteReader.tokenize(whole, null, s, memo, w -> fail("not memoized"));
      assertArrayEquals(expected, again.bounds(), s);
      for (int t = 0; t < again.count(); t++) {
        assertEquals(s.substring(expected[2 * t], expected[2 * t + 1]), again.words()[t].text, s);
      }
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
    NoteReader.Tokens none =
        NoteReader.tokenize(
            new TokenizerME(models.tokens),
            null,
            "   ",
            new Memo<>(10),
            w -> new KnownWord(w, null));
    assertEquals(0, none.count());
  }

  @Test
  void greedyTaggingAndMemoizedLemmasAgreeWithOpenNlpsBeamSearchOnCorpusNotes() {
    POSTaggerME beamTagger = new POSTaggerME(models.pos);
    LemmatizerME beamLemmatizer = new LemmatizerME(models.lemmas);
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    int tokens = 0;
    List<String> lemmaDiffs = new ArrayList<>();
    for (int n = 0; n < notes.size(); n += 6) {
      String text = notes.get(n).text();
      AnalyzedNote a = reader.read(text);
      for (int s = 0; s < a.sentenceCount(); s++) {
        List<Integer> in = new ArrayList<>();
        for (int t = 0; t < a.tokenCount(); t++) {
          if (a.sentenceAt(a.tokenStart(t)) == s) {
            in.add(t);
          }
        }
        String[] words = in.stream().map(a::token).toArray(String[]::new);
        for (int w = 0; w < words.length; w++) {
          words[w] = NoteReader.normalize(words[w]);
        }
        String[] tags = beamTagger.tag(words);
        String[] lemmas = beamLemmatizer.lemmatize(words, tags);
        for (int w = 0; w < words.length; w++) {
          int t = in.get(w);
          assertEquals(tags[w], a.tag(t), () -> "tag of " + a.token(t) + " in: " + text);
          String beamLemma = "O".equals(lemmas[w]) ? words[w].toLowerCase(Locale.ROOT) : lemmas[w];
          if (!beamLemma.equals(a.lemma(t))) {
            lemmaDiffs.add(words[w] + "/" + tags[w] + ": " + beamLemma + " -> " + a.lemma(t));
          }
          tokens++;
        }
      }
    }
    assertTrue(tokens > 12_000, "tokens compared: " + tokens);
    // measured on the whole corpus: 3 of 85,334 tokens differ ("tiling" -> "tile", ...)
    assertTrue(lemmaDiffs.size() <= tokens / 10_000, lemmaDiffs.toString());
  }

  @Test
  void aMailMergedSentenceIsReadTheSameAtItsNewOffsets() {
    AnalyzedNote first =
        reader.read("Hi Ana, your talk on card fraud at Money20/20 was great. Let's connect!");
    String second =
        "Hello Bartholomew, your talk on card fraud at Money20/20 was great. Let's connect!";
    AnalyzedNote b = reader.read(second);
    AnalyzedNote fresh =
        new NoteReader(models)
            .read(second); // a new reader has nothing in memory: the same reading from scratch
    assertEquals(fresh.toString(), b.toString());
    int talk = b.tokenAt(second.indexOf("talk"));
    assertEquals("talk", b.token(talk));
    assertEquals(second.indexOf("talk"), b.tokenStart(talk));
    assertEquals(second.indexOf("talk") + 4, b.tokenEnd(talk));
    assertEquals("NOUN", b.tag(talk));
    assertEquals(first.tag(first.tokenAt(first.text().indexOf("talk"))), b.tag(talk));
    int connect = b.tokenAt(second.indexOf("connect"));
    assertEquals("connect", b.lemma(connect));
    assertEquals(second.indexOf("connect"), b.tokenStart(connect));
  }

  @Test
  void commonEnglishWordsDecideEnglishAndTheDetectorReadsTheRest() {
    // the detector alone called this English note Latin ("lat") before the common-word check
    AnalyzedNote english =
        reader.read("Hi Olga, kind regards from Munich and see you at the summit");
    assertEquals("eng", english.language());
    AnalyzedNote spanish =
        reader.read("Hola María, me encantó tu charla sobre pagos en Madrid. ¿Conectamos?");
    assertEquals("spa", spanish.language());
    assertTrue(spanish.languageConfidence() < 1);
    assertEquals("und", reader.read("Hi Olga!").language());
  }

  @Test
  void theReadersWordMemoGivesOpenNlpsGreedyTagsAndTheLemmatizersLemmasOnEveryCorpusNote() {
    // the reader tags by TagScorer and keeps lemma outcomes per word (KnownWord); the reference
    // tags by OpenNLP's own evaluation and lemmatizes through the lemmatizer's string-keyed memo
    GreedyTagger tagger = new GreedyTagger(models.pos);
    GreedyLemmatizer lemmatizer = new GreedyLemmatizer(models.lemmas);
    NoteReader fresh = new NoteReader(models);
    int tokens = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass reads from the memos
      for (CorpusNote n : DefaultCorpus.bundledNotes()) {
        AnalyzedNote a = fresh.read(n.text());
        for (int s = 0; s < a.sentenceCount(); s++) {
          List<Integer> in = new ArrayList<>();
          for (int t = 0; t < a.tokenCount(); t++) {
            if (a.sentenceAt(a.tokenStart(t)) == s) {
              in.add(t);
            }
          }
          String[] words = new String[in.size()];
          for (int w = 0; w < words.length; w++) {
            words[w] = NoteReader.normalize(a.token(in.get(w)));
          }
          String[] tags = tagger.tagByOpenNlp(words, tagger.contexts());
          String[] lemmas = lemmatizer.lemmatize(words, tags);
          for (int w = 0; w < words.length; w++) {
            int t = in.get(w);
            String lemma =
                lemmas[w] == null || lemmas[w].isEmpty() || "O".equals(lemmas[w])
                    ? words[w].toLowerCase(Locale.ROOT)
                    : lemmas[w];
            assertEquals(tags[w], a.tag(t), () -> "tag of " + a.token(t) + " in: " + n.text());
            assertEquals(lemma, a.lemma(t), () -> "lemma of " + a.token(t) + " in: " + n.text());
            tokens++;
          }
        }
      }
    }
    assertTrue(tokens > 160_000, "tokens compared: " + tokens);
  }
}
