package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

/**
 * {@link DoccatScorer} and {@link NoteClassifier}'s use of it against OpenNLP's own {@link
 * DocumentCategorizerME#categorize} on models trained here: the same doubles (compared by their
 * bits), for hash-colliding tokens, word pairs looked up by their parts, random documents, and
 * models it must leave to OpenNLP.
 */
class DoccatScorerTest {
  private static final BagOfWordsFeatureGenerator BOW = new BagOfWordsFeatureGenerator();

  private static DoccatModel train(String algorithm, FeatureGenerator generator, String[][] docs)
      throws IOException {
    List<DocumentSample> samples = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      samples.add(new DocumentSample(Label.values()[i % 4].id(), docs[i]));
    }
    TrainingParameters params = new TrainingParameters();
    NoteClassifier.PARAMETERS.forEach(params::put);
    params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
    return DocumentCategorizerME.train(
        "en",
        ObjectStreamUtils.createObjectStream(samples),
        params,
        new DoccatFactory(new FeatureGenerator[] {generator}));
  }

  /** "Aa", "BB", "AaBB"... all have the same {@code String.hashCode}. */
  private static final String[][] COLLIDING = {
    {"Aa", "AaAa", "congrats", "talk"},
    {"BB", "BBBB", "network", "add_you"},
    {"AaBB", "buy", "now", "#link"},
    {"BBAa", "my", "product", "demo"},
    {"talk", "Aa", "Über", "schön"},
    {"network", "BB", "add_you", "you_to"},
  };

  private static void assertSameBits(double[] want, double[] got, Object what) {
    assertEquals(want.length, got.length, String.valueOf(what));
    for (int i = 0; i < want.length; i++) {
      assertEquals(
          Double.doubleToRawLongBits(want[i]),
          Double.doubleToRawLongBits(got[i]),
          what + " outcome " + i + ": want " + want[i] + ", got " + got[i]);
    }
  }

  @Test
  void tokensWhoseHashesCollideAreToldApart() throws IOException {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    assertEquals("AaAa".hashCode(), "BBBB".hashCode());
    DoccatModel model = train("MAXENT_QN", BOW, COLLIDING);
    DoccatScorer scorer = DoccatScorer.of(model).orElseThrow();
    List<String> colliding = List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa");
    List<Integer> ids = new ArrayList<>();
    for (String t : colliding) {
      int id = scorer.find(t, false);
      assertTrue(id >= 0, t + " is a predicate of the model");
      assertFalse(ids.contains(id), t + " has its own predicate");
      ids.add(id);
    }
    assertEquals(-1, scorer.find("BBBBBB", false), "same hash, not in the model");
    assertEquals(-1, scorer.find("Ab", false));
    assertEquals(-1, scorer.find("", false));
    DocumentCategorizerME me = new DocumentCategorizerME(model);
    for (String t : colliding) {
      String[] doc = {t};
      assertSameBits(me.categorize(doc), scorer.probabilities(doc), t);
    }
    // the two colliding tokens of a label pull its probability up, each its own way
    double[] aa = scorer.probabilities(new String[] {"Aa"});
    double[] bb = scorer.probabilities(new String[] {"BB"});
    assertNotEquals(Arrays.toString(aa), Arrays.toString(bb));
  }

  @Test
  void wordPairsAreLookedUpWithTheirSpaceAsAnUnderscore() throws IOException {
    DoccatModel model = train("MAXENT_QN", BOW, COLLIDING);
    DoccatScorer scorer = DoccatScorer.of(model).orElseThrow();
    int addYou = scorer.find("add_you", false);
    assertTrue(addYou >= 0);
    assertEquals(addYou, scorer.find("add you", true));
    assertEquals(-1, scorer.find("add you", false), "a space is not an underscore for a stem");
    assertEquals(scorer.find("talk", false), scorer.find("talk", true), "a single word pair");
    assertEquals(-1, scorer.find("add  you", true));
    DocumentCategorizerME me = new DocumentCategorizerME(model);
    List<String> words = List.of("talk", "Über", "nothing", "talk");
    List<String> pairs = List.of("add you", "you to", "no pair", "add_you");
    List<String> rest = List.of("#link", "#len1");
    String[] joined = {
      "talk", "Über", "nothing", "talk", "add_you", "you_to", "no_pair", "add_you", "#link", "#len1"
    };
    assertSameBits(me.categorize(joined), scorer.probabilities(words, pairs, rest), "three lists");
    assertSameBits(me.categorize(joined), scorer.probabilities(joined), "joined");
  }

  /** Random documents over the vocabulary of a classifier trained on the fixture notes. */
  @Test
  void randomDocumentsGetOpenNlpsDoublesBitForBit() {
    NoteClassifier classifier = NoteClassifier.train(Fixture.notes());
    assertTrue(classifier.fast(), "the fixture classifier is one DoccatScorer replicates");
    DoccatScorer scorer = DoccatScorer.of(classifier.model()).orElseThrow();
    DocumentCategorizerME me = new DocumentCategorizerME(classifier.model());
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates =
        (Map<String, Context>)
            ((AbstractModel) classifier.model().getMaxentModel()).getDataStructures()[1];
    List<String> vocabulary = new ArrayList<>();
    for (String key : predicates.keySet()) {
      vocabulary.add(key.substring(DoccatScorer.PREFIX.length()));
    }
    assertTrue(vocabulary.size() > 500, "vocabulary " + vocabulary.size());
    vocabulary.addAll(List.of("unknown", "zzname", "", "Ünknown", "日本", "\uD83D\uDE00", "bow="));
    Random rng = new Random(42);
    for (int d = 0; d < 5_000; d++) {
      String[] doc = new String[1 + rng.nextInt(80)];
      for (int i = 0; i < doc.length; i++) {
        int r = rng.nextInt(100);
        doc[i] =
            r == 0
                ? null
                : r < 5 && i > 0
                    ? doc[rng.nextInt(i)]
                    : vocabulary.get(rng.nextInt(vocabulary.size()));
      }
      assertSameBits(me.categorize(doc), scorer.probabilities(doc), Arrays.toString(doc));
    }
  }

  @Test
  void fixtureNotesGetOpenNlpsProbabilitiesOnEveryPath() {
    NoteClassifier classifier = NoteClassifier.train(Fixture.notes());
    for (CorpusNote n : Fixture.notes()) {
      String[] features = NoteClassifier.features(n.text(), n.recipient(), n.sender());
      double[] want = classifier.openNlpProbabilities(features);
      assertSameBits(want, classifier.probabilities(features), n.id());
      assertSameBits(want, classifier.probabilities(n.text(), n.recipient(), n.sender()), n.id());
      NoteTerms.Both terms = NoteTerms.both(TextMasker.mask(n.text(), n.recipient(), n.sender()));
      List<String> surface = NoteClassifier.surface(n.text(), n.recipient());
      assertSameBits(want, classifier.probabilities(terms, surface), n.id());
    }
    // a note with no term at all is the document {"#empty"} on both paths
    NoteTerms.Both none = new NoteTerms.Both(List.of(), List.of());
    assertSameBits(
        classifier.openNlpProbabilities(new String[] {"#empty"}),
        classifier.probabilities(none, List.of()),
        "empty");
  }

  @Test
  void otherModelsAreLeftToOpenNlp() throws IOException {
    assertTrue(DoccatScorer.of(train("MAXENT", BOW, COLLIDING)).isEmpty(), "a GIS model");
    assertTrue(
        DoccatScorer.of(train("MAXENT_QN", new NGramFeatureGenerator(), COLLIDING)).isEmpty(),
        "word n-gram features");
    DoccatModel gis = train("MAXENT", BOW, COLLIDING);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    gis.serialize(bytes);
    NoteClassifier classifier = NoteClassifier.load(bytes.toByteArray());
    assertFalse(classifier.fast());
    String[] doc = {"Aa", "network", "#link"};
    double[] p = classifier.probabilities(doc);
    assertSameBits(classifier.openNlpProbabilities(doc), p, "GIS");
    assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
    double[] viaNote =
        classifier.probabilities("Hi, let's talk about my product!", Profile.EMPTY, Profile.EMPTY);
    assertEquals(4, viaNote.length);
  }
}
