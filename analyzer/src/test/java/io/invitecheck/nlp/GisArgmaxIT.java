package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import java.util.Arrays;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GisArgmax} against OpenNLP on the lemmatizer model (860 outcomes), token by token over the
 * whole bundled corpus: the same sums (seen through the probabilities {@code model.eval} gives, bit
 * for bit) and the same best outcome, fed back as the next token's previous outcome as the greedy
 * lemmatizer does.
 */
class GisArgmaxIT {
  private static NlpModels models;
  private static NoteReader reader;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    reader = new NoteReader(models);
  }

  @Test
  void lemmatizerOutcomesEqualOpenNlpsOnEveryCorpusToken() {
    MaxentModel model = models.lemmas.getArtifact("lemmatizer.model");
    GisArgmax gis = GisArgmax.of(model).orElseThrow();
    LemmatizerContextGenerator contexts = models.lemmas.getFactory().getContextGenerator();
    double[] sums = new double[model.getNumOutcomes()];
    int tokens = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      AnalyzedNote a = reader.read(n.text());
      String[] words = new String[a.tokenCount()];
      String[] tags = new String[a.tokenCount()];
      for (int t = 0; t < words.length; t++) {
        words[t] = NoteReader.normalize(a.token(t));
        tags[t] = a.tag(t);
      }
      String[] outcomes = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        String[] features = contexts.getContext(i, words, tags, outcomes);
        double[] probabilities = model.eval(features);
        gis.sum(features, sums);
        double[] ours = sums.clone();
        GisArgmax.exactArgmax(ours);
        if (!Arrays.equals(probabilities, ours)) {
          fail(Arrays.toString(words) + " token " + i + ": other sums than OpenNLP's");
        }
        String expected = model.getBestOutcome(probabilities);
        String got = gis.best(features);
        if (!expected.equals(got)) {
          fail(Arrays.toString(words) + " token " + i + ": " + got + " not " + expected);
        }
        outcomes[i] = expected;
        tokens++;
      }
    }
    assertTrue(tokens > 80_000, "corpus tokens checked: " + tokens);
  }
}
