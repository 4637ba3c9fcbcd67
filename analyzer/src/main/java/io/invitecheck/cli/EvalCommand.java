package io.invitecheck.cli;

import io.invitecheck.SetupException;
import io.invitecheck.corpus.eval.EvalReport;
import io.invitecheck.corpus.eval.Evaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code invitecheck eval [--corpus FILE] [--out FILE.md] [--json FILE.json]}: evaluates the
 * analyzer and two baselines on the held-out test split (see {@link Evaluator}), prints the
 * Markdown report and writes it where asked. Exit codes: 0 done, 2 bad input (message on stderr), 1
 * a report file could not be written.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate the analyzer, a naive Bayes baseline and the rules alone on the held-out test"
            + " split; the index and models are built from the train split only.")
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "Corpus in JSON Lines with train/test splits (default: the bundled corpus).")
  Path corpus;

  @Option(names = "--out", paramLabel = "FILE.md", description = "Also write the report here.")
  Path out;

  @Option(
      names = "--json",
      paramLabel = "FILE.json",
      description = "Also write the numbers as JSON here.")
  Path json;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    EvalReport report;
    try {
      CorpusSource source = CorpusSource.of(corpus);
      report = Evaluator.evaluate(source.notes(), source.identity());
    } catch (CorpusSource.BadInput | IllegalArgumentException | SetupException e) {
      err.println("invitecheck eval: " + e.getMessage());
      return 2;
    }
    String markdown = report.toMarkdown();
    spec.commandLine().getOut().print(markdown);
    spec.commandLine().getOut().flush();
    try {
      if (out != null) {
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
      }
      if (json != null) {
        Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println("invitecheck eval: cannot write the report: " + e.getMessage());
      return 1;
    }
    return 0;
  }
}
