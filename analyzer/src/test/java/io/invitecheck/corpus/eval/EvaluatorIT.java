package io.invitecheck.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.Fixture;
import io.invitecheck.corpus.Label;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluator on the 40-note fixture: 28 train notes, 12 test notes (3 per label). */
class EvaluatorIT {
  private static List<CorpusNote> notes;
  private static EvalReport report;

  @BeforeAll
  static void run() {
    notes = Fixture.notes();
    report = Evaluator.evaluate(notes, "fixture");
  }

  @Test
  void countsTheSplitsAndEveryTestNoteOncePerSystem() {
    assertEquals(28, report.trainNotes());
    assertEquals(12, report.testNotes());
    assertEquals(List.of(3, 3, 3, 3), report.testPerLabel());
    assertEquals(
        List.of("analyzer (rules + corpus)", "naive Bayes (bag of words)", "rules alone"),
        report.systems().stream().map(EvalReport.SystemResult::name).toList());
    for (EvalReport.SystemResult s : report.systems()) {
      assertEquals(12, s.labels().total(), s.name());
      assertEquals(12, s.riskLevels().total(), s.name());
      for (int l = 0; l < 4; l++) {
        assertEquals(3, s.labels().support(l), s.name());
      }
      // expected levels: 3 personalized low, 3 generic medium, 6 spam/self-promotion high
      assertEquals(3, s.riskLevels().support(0));
      assertEquals(3, s.riskLevels().support(1));
      assertEquals(6, s.riskLevels().support(2));
      assertEquals(12, s.spamReliability().stream().mapToInt(Metrics.Bin::count).sum());
      assertTrue(s.worstErrors().size() <= 10);
      int wrong = 12 - (int) Math.round(s.labels().accuracy() * 12);
      assertEquals(Math.min(10, wrong), s.worstErrors().size(), s.name());
    }
  }

  @Test
  void naiveBayesRowIsExactlyTheBaselineTrainedOnTheTrainSplit() {
    List<CorpusNote> train = notes.stream().filter(n -> !n.isTest()).toList();
    NaiveBayes nb = NaiveBayes.train(train);
    Confusion expected =
        new Confusion(List.of("personalized", "generic", "spam", "self_promotion"));
    double[] spam = new double[12];
    boolean[] isSpam = new boolean[12];
    int i = 0;
    for (CorpusNote n : notes) {
      if (!n.isTest()) {
        continue;
      }
      double[] p = nb.probabilities(n.text());
      int best = 0;
      for (int l = 1; l < 4; l++) {
        if (p[l] > p[best]) {
          best = l;
        }
      }
      expected.add(n.label().ordinal(), best);
      spam[i] = p[Label.SPAM.ordinal()];
      isSpam[i++] = n.label() == Label.SPAM;
    }
    EvalReport.SystemResult nbRow = report.systems().get(1);
    for (int t = 0; t < 4; t++) {
      for (int p = 0; p < 4; p++) {
        assertEquals(expected.count(t, p), nbRow.labels().count(t, p));
      }
    }
    assertEquals(Metrics.rocAuc(spam, isSpam), nbRow.aucSpam(), 1e-12);
    assertEquals(Metrics.brier(spam, isSpam), nbRow.brierSpam(), 1e-12);
  }

  @Test
  void aSingleWriterHasNoWriterCheck() {
    assertEquals(List.of(), report.writers());
    assertTrue(!report.toMarkdown().contains("Writer check"));
  }

  @Test
  void theAnalyzerSeparatesSpamOnTheFixture() {
    EvalReport.SystemResult full = report.systems().get(0);
    assertTrue(full.aucSpam() > 0.8, "spam AUC " + full.aucSpam());
  }

  @Test
  void markdownAndJsonCarryTheSameNumbers() throws Exception {
    String md = report.toMarkdown();
    assertTrue(md.contains("| system | accuracy | macro F1 |"), md);
    assertTrue(md.contains("### naive Bayes (bag of words)"), md);
    assertTrue(md.contains("Risk level (rows: expected level"), md);
    JsonNode json = new ObjectMapper().readTree(report.toJson());
    assertEquals(12, json.path("testNotes").asInt());
    JsonNode nb = json.path("systems").get(1);
    EvalReport.SystemResult nbRow = report.systems().get(1);
    assertEquals(
        Math.round(nbRow.labels().accuracy() * 10000) / 10000.0,
        nb.path("accuracy").asDouble(),
        1e-12);
    assertEquals(
        nbRow.labels().count(2, 2), nb.path("labelConfusion").path("spam").path("spam").asInt());
  }

  @Test
  void aCorpusWithoutATestSplitIsRefused() {
    List<CorpusNote> trainOnly = notes.stream().filter(n -> !n.isTest()).toList();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Evaluator.evaluate(trainOnly, "x"));
    assertTrue(e.getMessage().contains("0 test notes"), e.getMessage());
  }
}
