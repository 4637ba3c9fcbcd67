package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link LemmaContexts} against the lemmatizer's own context generator: for every corpus token (its
 * tag and the outcome greedily chosen before it) and for generated words after every kind of
 * previous outcome, the same model parameters in the same order as looking the generator's strings
 * up, and the same best outcome.
 */
class LemmaContextsIT {
  private static NlpModels models;
  private static NoteReader reader;
  private static GisArgmax gis;
  private static LemmatizerContextGenerator generator;
  private static LemmaContexts fast;
  private static String[] tagsById;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    reader = new NoteReader(models);
    MaxentModel model = models.lemmas.getArtifact("lemmatizer.model");
    gis = GisArgmax.of(model).orElseThrow();
    generator = models.lemmas.getFactory().getContextGenerator();
    TagScorer tags = new GreedyTagger(models.pos).scorer();
    tagsById = new String[tags.outcomeCount()];
    for (int i = 0; i < tagsById.length; i++) {
      tagsById[i] = tags.outcome(i);
    }
    fast = LemmaContexts.of(generator, gis, tagsById).orElseThrow();
  }

  @Test
  void theReadersLemmatizerResolvesWithoutStrings() {
    assertTrue(new GreedyLemmatizer(models.lemmas, tagsById).resolvesWithoutStrings());
    assertFalse(new GreedyLemmatizer(models.lemmas).resolvesWithoutStrings());
  }

  @Test
  void everyCorpusTokenGetsTheGeneratorsParameters() {
    Map<String, Integer> tagIds = new HashMap<>();
    for (int i = 0; i < tagsById.length; i++) {
      tagIds.put(tagsById[i], i);
    }
    Map<String, Integer> outcomeIds = new HashMap<>();
    for (int i = 0; i < gis.outcomes().length; i++) {
      outcomeIds.put(gis.outcomes()[i], i);
    }
    Map<String, Context> predicates = gis.predicates();
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
      int previous = -1;
      for (int i = 0; i < words.length; i++) {
        String[] features = generator.getContext(i, words, tags, outcomes);
        List<Context> expected = new ArrayList<>();
        for (String f : features) {
          if (predicates.get(f) != null) {
            expected.add(predicates.get(f));
          }
        }
        Context[] ours = new Context[LemmaContexts.MAX_FEATURES];
        int count = fast.contexts(fast.word(words[i]), tagIds.get(tags[i]), previous, ours);
        String where = Arrays.toString(words) + " token " + i;
        assertArrayEquals(expected.toArray(), Arrays.copyOf(ours, count), where);
        int outcome = gis.bestIndex(features);
        assertEquals(outcome, gis.bestIndex(ours, count), where);
        outcomes[i] = gis.outcomes()[outcome];
        assertEquals(outcome, (int) outcomeIds.get(outcomes[i]));
        previous = outcome;
        tokens++;
      }
    }
    assertTrue(tokens > 80_000, "corpus tokens checked: " + tokens);
  }

  /** Characters for generated words: hyphens, capitals, digits, UTF-16, surrogates. */
  private static final String ALPHABET = "abcdeiInosty-'.AZ09\u00e9\u00c9\u2014\u20ac\ud83d\ude00";

  @Test
  void generatedWordsAfterAnyOutcomeGetTheGeneratorsParameters() {
    Random random = new Random(8);
    List<String> words =
        new ArrayList<>(List.of("", "-", "A", "9", "\ud83d", "\ude00x", "co-founder", "I'm"));
    for (int i = 0; i < 4_000; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      words.add(b.toString());
    }
    // real words too, whose w0, p_1+w0 and affix features the model has
    for (CorpusNote n : DefaultCorpus.bundledNotes().subList(0, 200)) {
      AnalyzedNote a = reader.read(n.text());
      for (int t = 0; t < a.tokenCount(); t++) {
        words.add(NoteReader.normalize(a.token(t)));
      }
    }
    int outcomes = gis.outcomes().length;
    Context[] ours = new Context[LemmaContexts.MAX_FEATURES];
    Context[] theirs = new Context[LemmaContexts.MAX_FEATURES];
    int checked = 0;
    for (String w : words) {
      LemmaContexts.Word word = fast.word(w);
      for (int round = 0; round < 4; round++) {
        int tag = random.nextInt(tagsById.length);
        int previous = round == 0 ? -1 : random.nextInt(outcomes);
        int n = fast.contexts(word, tag, previous, ours);
        int m = fast.fromStrings(generator, w, tag, previous, theirs);
        String where = "'" + w + "' tag " + tagsById[tag] + " after " + previous;
        assertArrayEquals(Arrays.copyOf(theirs, m), Arrays.copyOf(ours, n), where);
        String[] words1 = {"x", w};
        String[] tags1 = {"X", tagsById[tag]};
        String[] preds = {previous < 0 ? null : gis.outcomes()[previous], null};
        String[] features =
            previous < 0
                ? generator.getContext(0, new String[] {w}, new String[] {tagsById[tag]}, preds)
                : generator.getContext(1, words1, tags1, preds);
        assertEquals(gis.bestIndex(features), gis.bestIndex(ours, n), where);
        checked++;
      }
    }
    assertTrue(checked > 16_000, "checked " + checked);
  }
}
