package io.invitecheck.corpus.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The results of one evaluation run on the held-out test split: the full analyzer and the two
 * baselines, with the same numbers for each. Immutable; {@link #toMarkdown()} and {@link #toJson()}
 * render it.
 *
 * @param corpus the corpus identity (name, note count, SHA-256 prefix)
 * @param trainNotes notes of the train split (the index and the models learnt from them only)
 * @param testNotes notes of the test split (evaluated)
 * @param testPerLabel test notes per label, in {@link io.invitecheck.corpus.Label} order
 * @param classifier the identity of the classifier trained for this run
 * @param corpusMsPerNote mean time of the corpus stage alone (index search, classifier,
 *     calibration, reasons) per test note, warmed up, in milliseconds of wall-clock time
 * @param corpusCpuMsPerNote the same in CPU time of the thread ({@code NaN} when not measurable)
 * @param systems the analyzer and the baselines
 * @param writers the writer check (see {@link Evaluator}); empty with a single writer
 */
public record EvalReport(
    String corpus,
    int trainNotes,
    int testNotes,
    List<Integer> testPerLabel,
    String classifier,
    double corpusMsPerNote,
    double corpusCpuMsPerNote,
    List<SystemResult> systems,
    List<WriterResult> writers) {

  public EvalReport {
    testPerLabel = List.copyOf(testPerLabel);
    systems = List.copyOf(systems);
    writers = List.copyOf(writers);
  }

  /**
   * The corpus stage on one writer's test notes, trained with and without that writer's notes.
   *
   * @param writer the id prefix, e.g. {@code w2}
   * @param testNotes that writer's test notes
   * @param otherTrainNotes the other writers' train notes (the second model's training data)
   * @param withAllWriters labels predicted by the model trained on the whole train split
   * @param withOtherWriters labels predicted by the model trained on the other writers only
   */
  public record WriterResult(
      String writer,
      int testNotes,
      int otherTrainNotes,
      Confusion withAllWriters,
      Confusion withOtherWriters) {}

  /** A wrongly labeled test note. */
  public record ErrorCase(
      String id,
      String label,
      String predicted,
      String riskLevel,
      double confidence,
      String text) {}

  /**
   * The numbers of one system.
   *
   * @param name e.g. "analyzer (rules + corpus)"
   * @param labels the label confusion (truth × prediction)
   * @param riskLevels expected risk level × predicted risk level (low, medium, high)
   * @param aucSpam ROC AUC of the spam score for spam vs the rest
   * @param aucSelfPromotion ROC AUC of the self-promotion score for self_promotion vs the rest
   * @param brierSpam Brier score of the spam score as a probability of spam
   * @param spamReliability reliability table of the spam score
   * @param brierRisk Brier score of the risk score as a probability of "not personalized"
   * @param riskReliability reliability table of the risk score vs "not personalized"
   * @param worstErrors the most confident wrong predictions, at most 10
   * @param msPerNote mean time per test note in milliseconds (whole analysis for the analyzer)
   */
  public record SystemResult(
      String name,
      Confusion labels,
      Confusion riskLevels,
      double aucSpam,
      double aucSelfPromotion,
      double brierSpam,
      List<Metrics.Bin> spamReliability,
      double brierRisk,
      List<Metrics.Bin> riskReliability,
      List<ErrorCase> worstErrors,
      double msPerNote) {

    /** Share of test notes whose risk level is the expected one. */
    public double riskLevelAgreement() {
      return riskLevels.accuracy();
    }
  }

  /** The report as Markdown, for people and for {@code models/README.md}. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("Corpus: ").append(corpus).append("  \n");
    sb.append(
        f(
            "Train split: %d notes (index, classifier and calibration learn from these only); test"
                + " split: %d notes (",
            trainNotes, testNotes));
    List<String> labels = systems.get(0).labels().classes();
    for (int i = 0; i < labels.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(labels.get(i)).append(' ').append(testPerLabel.get(i));
    }
    sb.append(").  \nClassifier trained for this run: ").append(classifier).append("  \n");
    sb.append(
        f(
            "Corpus stage alone (index search, classifier, calibration, reasons), warmed up, each note new to it: %.3f"
                + " ms of CPU time and %.3f ms of wall-clock time per note.%n%n",
            corpusCpuMsPerNote, corpusMsPerNote));

    sb.append("### Summary\n\n");
    sb.append(
        "| system | accuracy | macro F1 | spam AUC | self-promotion AUC | spam Brier | risk Brier"
            + " (vs not personalized) | risk level as expected | ms/note |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (SystemResult s : systems) {
      sb.append(
          f(
              "| %s | %.3f | %.3f | %s | %s | %.3f | %.3f | %.3f | %.2f |%n",
              s.name(),
              s.labels().accuracy(),
              s.labels().macroF1(),
              num(s.aucSpam()),
              num(s.aucSelfPromotion()),
              s.brierSpam(),
              s.brierRisk(),
              s.riskLevelAgreement(),
              s.msPerNote()));
    }
    if (!writers.isEmpty()) {
      sb.append(
          "\n### Writer check (corpus stage alone, label = highest calibrated probability)\n\n");
      sb.append(
          "Each writer's test notes, scored by the model trained on the whole train split and by"
              + " a model trained on the other writers' train notes only. The drop is how much the"
              + " model relies on knowing a writer's style.\n\n");
      sb.append(
          "| writer | test notes | accuracy, all writers | macro F1, all writers | accuracy, other"
              + " writers only | macro F1, other writers only |\n|---|---|---|---|---|---|\n");
      for (WriterResult w : writers) {
        sb.append(
            f(
                "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n",
                w.writer(),
                w.testNotes(),
                w.withAllWriters().accuracy(),
                w.withAllWriters().macroF1(),
                w.withOtherWriters().accuracy(),
                w.withOtherWriters().macroF1()));
      }
    }
    for (SystemResult s : systems) {
      sb.append("\n### ").append(s.name()).append("\n\n");
      sb.append("| label | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
      Confusion c = s.labels();
      for (int i = 0; i < c.classes().size(); i++) {
        sb.append(
            f(
                "| %s | %.3f | %.3f | %.3f | %d |%n",
                c.classes().get(i), c.precision(i), c.recall(i), c.f1(i), c.support(i)));
      }
      sb.append("\nLabel confusion (rows: truth, columns: prediction)\n\n");
      matrix(sb, c);
      sb.append("\nRisk level (rows: expected level, columns: the level given)\n\n");
      matrix(sb, s.riskLevels());
      sb.append("\nReliability (10 bins)\n\n");
      sb.append(
          "| bin | spam: notes | mean spam score | share spam | risk: notes | mean risk |"
              + " share not personalized |\n|---|---|---|---|---|---|---|\n");
      for (int b = 0; b < s.spamReliability().size(); b++) {
        Metrics.Bin a = s.spamReliability().get(b);
        Metrics.Bin r = s.riskReliability().get(b);
        sb.append(
            f(
                "| %.1f–%.1f | %d | %s | %s | %d | %s | %s |%n",
                a.from(),
                a.to(),
                a.count(),
                num(a.meanPredicted()),
                num(a.observed()),
                r.count(),
                num(r.meanPredicted()),
                num(r.observed())));
      }
      sb.append("\nWorst errors (most confident wrong predictions)\n\n");
      if (s.worstErrors().isEmpty()) {
        sb.append("none\n");
      } else {
        sb.append("| id | label | predicted | risk level | confidence | note |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (ErrorCase e : s.worstErrors()) {
          sb.append(
              f(
                  "| %s | %s | %s | %s | %.2f | %s |%n",
                  e.id(),
                  e.label(),
                  e.predicted(),
                  e.riskLevel(),
                  e.confidence(),
                  shorten(e.text())));
        }
      }
    }
    return sb.toString();
  }

  /** The report as JSON. */
  public String toJson() {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("corpus", corpus);
    root.put("trainNotes", trainNotes);
    root.put("testNotes", testNotes);
    root.put("classifier", classifier);
    root.put("corpusMsPerNote", r(corpusMsPerNote));
    putNum(root, "corpusCpuMsPerNote", corpusCpuMsPerNote);
    ArrayNode ws = root.putArray("writerCheck");
    for (WriterResult w : writers) {
      ObjectNode o = ws.addObject();
      o.put("writer", w.writer());
      o.put("testNotes", w.testNotes());
      o.put("otherTrainNotes", w.otherTrainNotes());
      o.put("accuracyAllWriters", r(w.withAllWriters().accuracy()));
      o.put("macroF1AllWriters", r(w.withAllWriters().macroF1()));
      o.put("accuracyOtherWriters", r(w.withOtherWriters().accuracy()));
      o.put("macroF1OtherWriters", r(w.withOtherWriters().macroF1()));
    }
    ArrayNode arr = root.putArray("systems");
    for (SystemResult s : systems) {
      ObjectNode o = arr.addObject();
      o.put("name", s.name());
      o.put("accuracy", r(s.labels().accuracy()));
      o.put("macroF1", r(s.labels().macroF1()));
      ObjectNode per = o.putObject("perLabel");
      Confusion c = s.labels();
      for (int i = 0; i < c.classes().size(); i++) {
        ObjectNode l = per.putObject(c.classes().get(i));
        l.put("precision", r(c.precision(i)));
        l.put("recall", r(c.recall(i)));
        l.put("f1", r(c.f1(i)));
        l.put("support", c.support(i));
      }
      o.set("labelConfusion", matrixJson(json, c));
      o.set("riskLevelConfusion", matrixJson(json, s.riskLevels()));
      o.put("riskLevelAgreement", r(s.riskLevelAgreement()));
      putNum(o, "aucSpam", s.aucSpam());
      putNum(o, "aucSelfPromotion", s.aucSelfPromotion());
      o.put("brierSpam", r(s.brierSpam()));
      o.put("brierRisk", r(s.brierRisk()));
      o.set("spamReliability", binsJson(json, s.spamReliability()));
      o.set("riskReliability", binsJson(json, s.riskReliability()));
      ArrayNode errors = o.putArray("worstErrors");
      for (ErrorCase e : s.worstErrors()) {
        ObjectNode eo = errors.addObject();
        eo.put("id", e.id());
        eo.put("label", e.label());
        eo.put("predicted", e.predicted());
        eo.put("riskLevel", e.riskLevel());
        eo.put("confidence", r(e.confidence()));
        eo.put("text", e.text());
      }
      o.put("msPerNote", r(s.msPerNote()));
    }
    try {
      return json.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode matrixJson(ObjectMapper json, Confusion c) {
    ObjectNode m = json.createObjectNode();
    for (int t = 0; t < c.classes().size(); t++) {
      ObjectNode row = m.putObject(c.classes().get(t));
      for (int p = 0; p < c.classes().size(); p++) {
        row.put(c.classes().get(p), c.count(t, p));
      }
    }
    return m;
  }

  private static ArrayNode binsJson(ObjectMapper json, List<Metrics.Bin> bins) {
    ArrayNode a = json.createArrayNode();
    for (Metrics.Bin b : bins) {
      ObjectNode o = a.addObject();
      o.put("from", r(b.from()));
      o.put("to", r(b.to()));
      o.put("count", b.count());
      putNum(o, "meanPredicted", b.meanPredicted());
      putNum(o, "observed", b.observed());
    }
    return a;
  }

  private static void putNum(ObjectNode o, String field, double v) {
    if (Double.isNaN(v)) {
      o.putNull(field);
    } else {
      o.put(field, r(v));
    }
  }

  private static void matrix(StringBuilder sb, Confusion c) {
    sb.append("| truth \\ predicted |");
    for (String k : c.classes()) {
      sb.append(' ').append(k).append(" |");
    }
    sb.append("\n|---|");
    sb.append("---|".repeat(c.classes().size()));
    sb.append('\n');
    for (int t = 0; t < c.classes().size(); t++) {
      sb.append("| ").append(c.classes().get(t)).append(" |");
      for (int p = 0; p < c.classes().size(); p++) {
        sb.append(' ').append(c.count(t, p)).append(" |");
      }
      sb.append('\n');
    }
  }

  private static String shorten(String text) {
    String oneLine = text.replace('\n', ' ').replace("|", "\\|");
    return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "...";
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static double r(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
