package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.bench.DraftGenerator;
import io.invitecheck.bench.Workload;
import io.invitecheck.draft.Draft;
import io.invitecheck.json.DraftJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled classifier's fast path ({@link DoccatScorer}) against OpenNLP's {@link
 * DocumentCategorizerME#categorize}, bit for bit, on every corpus note, every example draft and
 * 4,000 generated drafts; and the one-pass {@link NoteClassifier#surface} against the reference on
 * the same notes.
 */
class NoteClassifierIT {
  private static NoteClassifier classifier;
  private static List<Draft> drafts;

  @BeforeAll
  static void load() throws IOException {
    classifier = DefaultCorpus.bundledModel().classifier();
    drafts = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      drafts.add(new Draft(n.id(), n.text(), n.recipient(), n.sender(), null));
    }
    for (String line : Files.readAllLines(Path.of("..", "corpus", "examples", "drafts.jsonl"))) {
      if (!line.isBlank()) {
        drafts.add(DraftJson.parse(line));
      }
    }
    DraftGenerator generator = DraftGenerator.fromBundledCorpus();
    for (Workload w : List.of(Workload.UNIQUE, Workload.MAIL_MERGE)) {
      for (DraftGenerator.Generated g : generator.generate(w, 11, 2_000)) {
        drafts.add(g.draft());
      }
    }
  }

  private static void assertSameBits(double[] want, double[] got, String what) {
    assertEquals(want.length, got.length, what);
    for (int i = 0; i < want.length; i++) {
      if (Double.doubleToRawLongBits(want[i]) != Double.doubleToRawLongBits(got[i])) {
        throw new AssertionError(
            what + " label " + i + ": OpenNLP " + want[i] + ", ours " + got[i]);
      }
    }
  }

  @Test
  void theBundledModelTakesTheFastPath() {
    assertTrue(classifier.fast(), "DoccatScorer declined the bundled model");
    assertTrue(DoccatScorer.of(classifier.model()).isPresent());
  }

  @Test
  void everyNoteGetsOpenNlpsProbabilitiesBitForBit() {
    DoccatScorer scorer = DoccatScorer.of(classifier.model()).orElseThrow();
    DocumentCategorizerME me = new DocumentCategorizerME(classifier.model());
    int known = 0;
    int tokens = 0;
    for (Draft d : drafts) {
      String what = d.id() + ": " + d.note();
      String masked = TextMasker.mask(d.note(), d.recipient(), d.sender());
      NoteTerms.Both terms = NoteTerms.both(masked);
      List<String> surface = NoteClassifier.surface(d.note(), d.recipient());
      String[] features = NoteClassifier.features(terms, surface);
      double[] want = classifier.openNlpProbabilities(features);
      assertSameBits(want, classifier.probabilities(features), what);
      assertSameBits(want, classifier.probabilities(terms, surface), what + " (terms)");
      assertSameBits(
          want, classifier.probabilities(d.note(), d.recipient(), d.sender()), what + " (text)");
      assertSameBits(me.categorize(features), scorer.probabilities(features), what + " (raw)");
      for (String f : features) {
        tokens++;
        known += scorer.find(f, false) >= 0 ? 1 : 0;
      }
    }
    assertTrue(drafts.size() > 6_500, "notes " + drafts.size());
    // the comparison means something only if most features are the model's predicates
    assertTrue(known > tokens / 2, known + " of " + tokens + " features known");
  }

  @Test
  void surfaceAgreesWithTheReferenceOnEveryNote() {
    for (Draft d : drafts) {
      assertEquals(
          SurfaceReference.surface(d.note(), d.recipient()),
          NoteClassifier.surface(d.note(), d.recipient()),
          d.id() + ": " + d.note());
    }
  }
}
