package io.invitecheck.cli;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.StartupTrace;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.json.ReportJson;
import io.invitecheck.report.Report;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What {@code analyze} and {@code check} share: one draft in, one report out. */
abstract class SingleDraftCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "human (default) or json (the report contract, one line).")
  OutputFormat format = OutputFormat.HUMAN;

  @Mixin AnalyzerOptions analyzerOptions;

  @Mixin DraftOptions input;

  /** Reads the draft, analyzes it and prints the report; returns it for the exit code. */
  final Report analyzeAndPrint() {
    StartupTrace.mark("command line parsed");
    Draft draft = input.draft(main.in(), main.terminal());
    InviteAnalyzer.preloadRareModelsFor(draft.note()); // while the analyzer is built
    Settings settings = analyzerOptions.settings(main);
    InviteAnalyzer analyzer;
    try (StartupTrace.Span t = StartupTrace.span("analyzer build")) {
      analyzer = main.analyzer(settings);
    }
    Report report;
    try (StartupTrace.Span t = StartupTrace.span("first analysis")) {
      report = analyzer.analyze(draft);
    } finally {
      main.release(analyzer);
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8), false);
    if (format == OutputFormat.JSON) {
      out.print(ReportJson.toJson(report));
      out.print('\n');
    } else {
      out.print(new ReportText(main.terminal().colorOut()).render(draft.note(), report));
      String verdict = verdict(report);
      if (verdict != null) {
        out.print('\n');
        out.print(verdict);
        out.print('\n');
      }
    }
    out.flush();
    StartupTrace.mark("output written");
    StartupTrace.cpuSummary();
    return report;
  }

  /** A closing line for the human output, or null. */
  String verdict(Report report) {
    return null;
  }
}
