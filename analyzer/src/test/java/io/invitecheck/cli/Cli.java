package io.invitecheck.cli;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.Settings;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.corpus.CorpusScorer;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Runs the command line in-process for the end-to-end tests, with analyzers built once and shared.
 * The controlled scorer gives no corpus probabilities (the risk model may use them), only reasons.
 *
 * <p>{@link #controlled()} is the real pipeline with a corpus scorer the tests control, and every
 * reason switched off except the two that scorer gives, so the risk level of a note is known
 * whatever the detectors find: a note with "buy now" is high (a critical {@code spam_like}), one
 * with "free trial" medium (a high {@code spam_like}, no personalization), others low. A note with
 * "[boom]" makes the scorer throw, standing in for a bug.
 */
final class Cli {
  private static InviteAnalyzer real;
  private static InviteAnalyzer controlled;

  private Cli() {}

  /** The result of one run. */
  record Result(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** The default analyzer: bundled models and corpus. Built once. */
  static synchronized InviteAnalyzer real() {
    if (real == null) {
      real = InviteAnalyzer.builder().build();
    }
    return real;
  }

  /** The analyzer with the controlled corpus scorer. Built once. */
  static synchronized InviteAnalyzer controlled() {
    if (controlled == null) {
      EnumSet<ReasonCode> off = EnumSet.allOf(ReasonCode.class);
      off.remove(ReasonCode.SPAM_LIKE);
      off.remove(ReasonCode.MASS_TEMPLATE);
      Settings s = Settings.defaults().toBuilder().disabledReasons(off).build();
      controlled = InviteAnalyzer.builder().settings(s).corpus(new KeywordScorer()).build();
    }
    return controlled;
  }

  /** A factory that hands out a shared analyzer and never closes it. */
  static Main.AnalyzerFactory shared(InviteAnalyzer analyzer) {
    return new Main.AnalyzerFactory() {
      @Override
      public InviteAnalyzer create(Settings settings) {
        return analyzer;
      }

      @Override
      public void release(InviteAnalyzer a) {}
    };
  }

  static Result run(Main.AnalyzerFactory factory, String... args) {
    return run(factory, Terminal.NONE, new ByteArrayInputStream(new byte[0]), args);
  }

  static Result runWithStdin(Main.AnalyzerFactory factory, String stdin, String... args) {
    return run(
        factory,
        Terminal.NONE,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        args);
  }

  static Result run(
      Main.AnalyzerFactory factory, Terminal terminal, InputStream in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            in,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            terminal,
            factory);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A corpus scorer whose verdict the tests choose by keyword. Thread-safe. */
  static final class KeywordScorer implements CorpusScorer {
    @Override
    public CorpusEvidence score(AnalyzedNote note, Draft draft) {
      String text = note.text();
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.contains("[boom]")) {
        throw new IllegalStateException("scorer exploded");
      }
      int buy = lower.indexOf("buy now");
      if (buy >= 0) {
        Reason r =
            Reason.at(
                    ReasonCode.SPAM_LIKE, text, buy, buy + 7, "Reads like known spam.", "spam-0042")
                .withSeverity(Severity.CRITICAL);
        return new CorpusEvidence(
            0,
            0,
            0,
            0,
            List.of(
                new Neighbor("spam-0042", "spam", 0.91, "Buy now and get 50% off every plan!"),
                new Neighbor("gen-0007", "generic", 0.42, "Hi, let's connect.")),
            List.of(r));
      }
      int trial = lower.indexOf("free trial");
      if (trial >= 0) {
        Reason r =
            Reason.at(
                ReasonCode.SPAM_LIKE, text, trial, trial + 10, "Reads like an offer.", "spam-0100");
        return new CorpusEvidence(0, 0, 0, 0, List.of(), List.of(r));
      }
      return CorpusEvidence.NONE;
    }

    @Override
    public String corpusIdentity() {
      return "keyword-test-corpus";
    }

    @Override
    public String classifierIdentity() {
      return "none";
    }

    @Override
    public void close() {}
  }
}
