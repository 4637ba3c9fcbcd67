package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.nlp.PhraseMatcher;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link CharFolds#fold} gives {@code PhraseMatcher.fold(text).toCharArray()} for every text. */
class CharFoldsTest {
  private static void assertSameFold(String text) {
    assertArrayEquals(PhraseMatcher.fold(text).toCharArray(), CharFolds.fold(text), text);
  }

  @Test
  void everyCharAloneAndBetweenLettersAndMarks() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String x = String.valueOf((char) c);
      assertSameFold(x);
      assertSameFold("Ab" + x + "Cd");
      assertSameFold("é" + x + "\u0301");
      assertSameFold("a\u0345" + x + "\u0316");
      assertSameFold("ΣΑΣ" + x + "Σ ς");
      assertSameFold(x + x + "İ");
    }
  }

  @Test
  void randomTextsOfCharsThatDependOnTheirNeighbours() {
    String[] pieces = {
      "Hi",
      "ZOË",
      "é",
      "e\u0301",
      "\u0301",
      "\u0316",
      "\u0334",
      "\u0345",
      "\u05B0",
      "\u0F71",
      "\u0F72",
      "\u0F73",
      "\u0F75",
      "\u0F81",
      "\u0344",
      "\u1DCE",
      "Σ",
      "σ",
      "ς",
      "ΣΊΣΥΦΟΣ",
      "İ",
      "ı",
      "\u212A",
      "\u212B",
      "ß",
      "ẞ",
      "ﬁ",
      "ǅ",
      "Ǆ",
      "한국어",
      "\u1100\u1161",
      "—",
      "’",
      "“",
      "½",
      "Ⅻ",
      "😀",
      "👋🏽",
      "\uD83D",
      "\uDE80",
      "{name}",
      "{company}",
      " ",
      "\n",
      "\t",
      "Ω",
      "\u2126",
      "Å",
      "ǰ",
      "\u1E9E",
      "Ⓐ",
      "ℌ",
      "ＡＢＣ",
      "ひらがな",
      "\u00A0",
      "\u0130\u0307"
    };
    SplittableRandom r = new SplittableRandom(2611);
    for (int t = 0; t < 50_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int p = r.nextInt(12); p > 0; p--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      assertSameFold(b.toString());
    }
  }

  @Test
  void corpusNotesAndTheirTemplates() {
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      assertSameFold(n.text());
      assertSameFold(
          TemplateMasker.mask(
              new io.invitecheck.draft.Draft(null, n.text(), n.recipient(), n.sender(), null)));
    }
  }
}
