package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The common-English kinds the reader keeps per word and decides a note's language by equal what
 * {@link CommonEnglish#count(int, java.util.function.IntFunction)} makes of the normalized note's
 * token substrings, as the reader counted before: on every corpus note, read twice (the second time
 * from the sentence memo), and on generated texts with curly and modifier apostrophes, accents,
 * UTF-16 and surrogates.
 */
class EnglishKindsIT {
  private static NoteReader reader;

  @BeforeAll
  static void load() {
    reader = new NoteReader(NlpModels.load());
  }

  private static void assertSameKinds(String text) {
    byte[][] kinds = new byte[1][];
    AnalyzedNote note = reader.read(text, kinds);
    String normalized = NoteReader.normalize(text);
    byte[] expected = new byte[note.tokenCount()];
    for (int i = 0; i < expected.length; i++) {
      expected[i] = CommonEnglish.kind(normalized.substring(note.tokenStart(i), note.tokenEnd(i)));
    }
    assertArrayEquals(expected, kinds[0], text);
    CommonEnglish.Count before =
        CommonEnglish.count(
            note.tokenCount(), i -> normalized.substring(note.tokenStart(i), note.tokenEnd(i)));
    assertEquals(before, CommonEnglish.count(kinds[0]), text);
  }

  @Test
  void corpusNotesReadTwice() {
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    int english = 0;
    for (int round = 0; round < 2; round++) {
      for (CorpusNote n : notes) {
        assertSameKinds(n.text());
        english += round == 0 && "eng".equals(reader.read(n.text()).language()) ? 1 : 0;
      }
    }
    assertTrue(english > notes.size() / 2, "english " + english);
  }

  @Test
  void generatedTexts() {
    String[] pieces = {
      "I'm", "I\u2019m", "I\u02bcm", "don\u2019t", "THE", "the", "Caf\u00e9", "na\u00efve", "we",
      "\u00fcber", "\u0130stanbul", "\u2014", "-", "42", "1st", "\ud83d\ude80", "\ud83d", "\ude00",
      "\u00a0", ",", ".", "!", "network", "Netzwerk", "r\u00e9seau", "\u0441\u0435\u0442\u044c"
    };
    Random random = new Random(8);
    List<String> texts = new ArrayList<>(List.of("", " ", "\ud83d", "I I I I I I I I I I I I I"));
    for (int n = 0; n < 3_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int p = random.nextInt(30); p > 0; p--) {
        sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(4) > 0 ? " " : "");
      }
      texts.add(sb.toString());
    }
    for (String t : texts) {
      assertSameKinds(t);
    }
  }

  /** Whether reading {@code text} asked the language model: enough letters, too few English. */
  private static boolean askedTheModel(String text) {
    byte[][] kinds = new byte[1][];
    reader.read(text, kinds);
    long letters = NoteReader.normalize(text).chars().filter(Character::isLetter).count();
    return letters >= NoteReader.MIN_LETTERS_FOR_LANGUAGE
        && !CommonEnglish.count(kinds[0]).isEnglish();
  }

  @Test
  void theGuessBeforeReadingMostlyAgreesWithTheReader() {
    // The guess only decides whether the language model is read ahead; a wrong one costs time.
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    int asked = 0;
    int missed = 0;
    int needless = 0;
    for (CorpusNote n : notes) {
      boolean actual = askedTheModel(n.text());
      boolean guess = NoteReader.mayNeedLanguageModel(n.text());
      asked += actual ? 1 : 0;
      missed += actual && !guess ? 1 : 0;
      needless += !actual && guess ? 1 : 0;
    }
    String counts =
        notes.size()
            + " notes, "
            + asked
            + " asked the model; missed "
            + missed
            + ", needless "
            + needless;
    assertTrue(asked >= 20, counts);
    assertTrue(missed <= asked / 20, counts);
    assertTrue(needless <= notes.size() / 100, counts);
  }

  @Test
  void theGuessOnNotesInOtherLanguagesAndInEnglish() {
    for (String note :
        new String[] {
          "Hola María, me encantó tu charla sobre pagos en Madrid. ¿Conectamos para hablar de"
              + " fintech?",
          "Hallo Jonas, Ihr Vortrag über Datenschutz in Berlin war großartig. Gerne würde ich mich"
              + " vernetzen.",
          "Bonjour Élodie, j'ai adoré votre intervention sur la finance durable à Paris.",
        }) {
      assertTrue(NoteReader.mayNeedLanguageModel(note), note);
      assertTrue(askedTheModel(note), note);
    }
    for (String note :
        new String[] {
          "Hi Maria, I loved your talk on payments in Madrid. Would be glad to connect.",
          "Congrats on the Series B, Priya! I lead data at Acme and would love to compare notes.",
          "Hola María!", // too few letters to ask anyone
        }) {
      assertFalse(NoteReader.mayNeedLanguageModel(note), note);
      assertFalse(askedTheModel(note), note);
    }
  }
}
