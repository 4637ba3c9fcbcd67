package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.sentdetect.SDContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SentenceScorer} against OpenNLP's {@link SentenceDetectorME} on every corpus note and
 * example draft and on thousands of generated texts: the same feature strings as the model's
 * generator at every candidate end, the same sums (bit for bit, seen through the probabilities
 * {@code model.eval} gives), and the same sentence spans with the same probabilities.
 */
class SentenceScorerIT {
  private static NlpModels models;
  private static SentenceScorer scorer;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    scorer = SentenceScorer.of(models.sentences).orElseThrow();
  }

  /** The corpus notes, as written and as the reader normalizes them. */
  private static Set<String> corpusTexts() {
    Set<String> texts = new LinkedHashSet<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      texts.add(n.text());
      texts.add(NoteReader.normalize(n.text()));
    }
    return texts;
  }

  /**
   * Texts made of words, sentence ends, white space of several kinds, quotes, brackets, numbers,
   * abbreviations, surrogate pairs and lone surrogates; seeded.
   */
  static List<String> generatedTexts(int count) {
    String[] pieces = {
      "Hi",
      "jane",
      "Jane",
      "I",
      "loved",
      "your",
      "talk",
      "ACME",
      "São",
      "ŞEN",
      "ß",
      "ж",
      "Ж",
      "中",
      "e.g.",
      "U.S.",
      "Dr.",
      "Mr.",
      "p.m.",
      "3.5",
      "2.0.1",
      "1,000",
      "10/12",
      "100%",
      "a",
      "x",
      ".",
      ".",
      ".",
      "!",
      "?",
      "...",
      "?!",
      "!!!",
      ",",
      ";",
      ":",
      "'",
      "\"",
      "(",
      ")",
      "[",
      "]",
      "-",
      "--",
      "…",
      "🚀",
      "\uD83D",
      "\uDE80",
      "\u00A0",
      "\u2014",
      "'s",
      "n't",
      "https://x.co/a.b",
      "name@mail.com",
      "™"
    };
    String[] spaces = {" ", " ", " ", "", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2007", " \n "};
    Random random = new Random(20261127L);
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(" ");
    out.add(".");
    out.add(". ");
    out.add(" .");
    out.add("\n.\n");
    out.add("!?");
    while (out.size() < count) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(30);
      for (int p = 0; p < parts; p++) {
        b.append(pieces[random.nextInt(pieces.length)]);
        b.append(spaces[random.nextInt(spaces.length)]);
      }
      String text = b.toString();
      out.add(random.nextInt(4) == 0 ? text.trim() : text);
    }
    return out;
  }

  private static int check(Iterable<String> texts) {
    SDContextGenerator contexts = models.sentences.getFactory().getSDContextGenerator();
    MaxentModel model = models.sentences.getMaxentModel();
    SentenceDetectorME detector = new SentenceDetectorME(models.sentences);
    double[] sums = new double[model.getNumOutcomes()];
    int candidates = 0;
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
          continue;
        }
        String[] theirs = contexts.getContext(text, i);
        String[] ours = scorer.features(text, i);
        if (!Arrays.equals(theirs, ours)) {
          fail(
              show(text)
                  + " at "
                  + i
                  + ": "
                  + Arrays.toString(theirs)
                  + " vs "
                  + Arrays.toString(ours));
        }
        scorer.sum(text, i, sums);
        double[] probabilities = sums.clone();
        GisArgmax.exactArgmax(probabilities);
        if (!Arrays.equals(model.eval(theirs), probabilities)) {
          fail(show(text) + " at " + i + ": other sums than OpenNLP's");
        }
        candidates++;
      }
      Span[] expected = detector.sentPosDetect(text);
      Span[] actual = scorer.sentPosDetect(text);
      assertArrayEquals(expected, actual, () -> show(text));
      for (int s = 0; s < expected.length; s++) {
        assertEquals(expected[s].getProb(), actual[s].getProb(), 0.0, () -> show(text));
      }
    }
    return candidates;
  }

  private static String show(String text) {
    return "\"" + text.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }

  @Test
  void everyCorpusNoteGetsOpenNlpsFeaturesSumsAndSentences() {
    Set<String> texts = corpusTexts();
    int candidates = check(texts);
    assertTrue(texts.size() > 2_000, "texts: " + texts.size());
    assertTrue(candidates > 5_000, "candidate ends: " + candidates);
  }

  @Test
  void generatedTextsGetOpenNlpsFeaturesSumsAndSentences() {
    int candidates = check(generatedTexts(20_000));
    assertTrue(candidates > 50_000, "candidate ends: " + candidates);
  }

  @Test
  void theProbeAgreesAndTheScorerIsBuilt() {
    // of() checked the probe against OpenNLP; a second look at one text, offsets and words
    String text = "Hi Dr. Lee! Loved your talk. Coffee?";
    Span[] spans = scorer.sentPosDetect(text);
    assertEquals(3, spans.length);
    assertEquals("Hi Dr. Lee!", spans[0].getCoveredText(text).toString());
    assertEquals(12, spans[1].getStart());
    assertEquals("Loved your talk.", spans[1].getCoveredText(text).toString());
    assertEquals("Coffee?", spans[2].getCoveredText(text).toString());
  }
}
