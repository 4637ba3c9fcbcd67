package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TagScorer} against OpenNLP itself on every token of the bundled corpus: the same feature
 * strings as the model's generator, the same sums (bit for bit, seen through the probabilities
 * {@code model.eval} gives), the same best outcome.
 */
class TagScorerIT {
  private static NlpModels models;
  private static NoteReader reader;
  private static MaxentModel model;
  private static TagScorer scorer;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    reader = new NoteReader(models);
    model = models.pos.getArtifact("pos.model");
    scorer = TagScorer.of(models.pos).orElseThrow();
  }

  /** Each sentence of each corpus note as the reader tokenizes it (normalized words). */
  private static List<String[]> corpusSentences() {
    List<String[]> out = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      AnalyzedNote a = reader.read(n.text());
      List<String> words = new ArrayList<>();
      int sentence = 0;
      for (int t = 0; t < a.tokenCount(); t++) {
        int s = a.sentenceAt(a.tokenStart(t));
        if (s != sentence && !words.isEmpty()) {
          out.add(words.toArray(new String[0]));
          words.clear();
        }
        sentence = s;
        words.add(NoteReader.normalize(a.token(t)));
      }
      if (!words.isEmpty()) {
        out.add(words.toArray(new String[0]));
      }
    }
    return out;
  }

  @Test
  void everyCorpusTokenGetsOpenNlpsFeaturesSumsAndBestOutcome() {
    POSContextGenerator contexts = models.pos.getFactory().getPOSContextGenerator();
    int tokens = 0;
    int closeCalls = 0;
    double[] sums = new double[scorer.outcomeCount()];
    for (String[] words : corpusSentences()) {
      TagScorer.Word[] resolved = scorer.resolve(words);
      String[] tags = new String[words.length];
      int[] ids = new int[words.length];
      for (int i = 0; i < words.length; i++) {
        String[] context = contexts.getContext(i, words, tags, null);
        String[] ours = TagScorer.features(words, i, tags);
        if (!Arrays.equals(context, ours)) {
          fail(
              Arrays.toString(words)
                  + " token "
                  + i
                  + ": OpenNLP "
                  + Arrays.toString(context)
                  + ", ours "
                  + Arrays.toString(ours));
        }
        double[] probabilities = model.eval(context);
        scorer.sum(resolved, i, ids, sums);
        double[] sorted = sums.clone();
        Arrays.sort(sorted);
        if (sorted[sorted.length - 1] - sorted[sorted.length - 2] < GisArgmax.TIE_MARGIN) {
          closeCalls++;
        }
        int best = GisArgmax.argmax(sums.clone());
        // the tagger's own path: dense tag rows added and the best picked in one pass
        double[] fused = new double[sums.length];
        assertEquals(best, scorer.best(resolved, i, ids, fused), () -> Arrays.toString(words));
        if (sorted[sorted.length - 1] - sorted[sorted.length - 2] >= GisArgmax.TIE_MARGIN
            && !Arrays.equals(sums, fused)) {
          fail(Arrays.toString(words) + " token " + i + ": best() summed other doubles");
        }
        double[] ourProbabilities = sums.clone();
        GisArgmax.exactArgmax(ourProbabilities);
        if (!Arrays.equals(probabilities, ourProbabilities)) {
          fail(Arrays.toString(words) + " token " + i + ": other sums than OpenNLP's");
        }
        String expected = model.getBestOutcome(probabilities);
        if (!expected.equals(scorer.outcome(best))) {
          fail(
              Arrays.toString(words)
                  + " token "
                  + i
                  + ": "
                  + scorer.outcome(best)
                  + " not "
                  + expected);
        }
        ids[i] = best;
        tags[i] = expected;
        tokens++;
      }
    }
    assertTrue(tokens > 80_000, "corpus tokens checked: " + tokens);
    System.out.println("TagScorerIT: " + tokens + " tokens, " + closeCalls + " near ties");
  }

  @Test
  void theTaggerGivesOpenNlpsGreedyTagsOnTheCorpus() {
    GreedyTagger tagger = new GreedyTagger(models.pos);
    GreedyTagger reference = new GreedyTagger(models.pos);
    POSContextGenerator contexts = tagger.contexts();
    int sentences = 0;
    for (String[] words : corpusSentences()) {
      String[] expected = reference.tagByOpenNlp(words, contexts);
      assertArrayEquals(expected, tagger.tag(words, contexts), () -> Arrays.toString(words));
      // a second time, from the memo
      assertArrayEquals(
          expected, tagger.tag(words.clone(), contexts), () -> Arrays.toString(words));
      sentences++;
    }
    assertTrue(sentences > 5_000, "sentences: " + sentences);
  }

  @Test
  void wordsOfEveryShapeGetTheModelsFeatures() {
    String[] words = {
      "Hi",
      "ÉMILE",
      "O'Neil-Smith",
      "3:30pm",
      "https://x.co/a?b=1",
      "🚀",
      "e-mail",
      "I'd",
      "x",
      "--",
      "100%",
      "Q3",
      "2,500",
      "naïve",
      "İstanbul",
      "ß",
      "ΣΊΣΥΦΟΣ"
    };
    POSContextGenerator contexts = models.pos.getFactory().getPOSContextGenerator();
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String[] context = contexts.getContext(i, words, tags, null);
      assertArrayEquals(context, TagScorer.features(words, i, tags), words[i]);
      tags[i] = model.getBestOutcome(model.eval(context));
    }
    assertEquals(words.length, tags.length);
  }
}
