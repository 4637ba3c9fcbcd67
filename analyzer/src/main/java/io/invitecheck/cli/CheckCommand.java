package io.invitecheck.cli;

import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code invitecheck check}: a pre-send gate whose exit code says whether to send. */
@Command(
    name = "check",
    sortOptions = false,
    description = {
      "Pre-send gate: print the report of one note and exit 1 when its risk level is at or"
          + " above --fail-on (default high), 0 when below."
    },
    footer = {
      "",
      "Examples:",
      "  invitecheck check --note \"$NOTE\" --recipient-name 'Ana Ruiz' && send",
      "  echo 'Hi! Book a call with me.' | invitecheck check --fail-on medium",
      "",
      "Exit codes: 0 risk below --fail-on; 1 at or above; 2 bad usage or input;",
      "3 internal failure."
    })
final class CheckCommand extends SingleDraftCommand {
  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = RiskLevelConverter.class,
      description = "low, medium or high (default): the risk level that fails the check.")
  RiskLevel failOn = RiskLevel.HIGH;

  @Override
  public Integer call() {
    Report report = analyzeAndPrint();
    return report.risk().level().atLeast(failOn) ? ExitCodes.FAILED_GATE : ExitCodes.OK;
  }

  @Override
  String verdict(Report report) {
    RiskLevel level = report.risk().level();
    return level.atLeast(failOn)
        ? "Check FAILED: risk " + level.id() + " is at or above --fail-on " + failOn.id() + "."
        : "Check passed: risk " + level.id() + " is below --fail-on " + failOn.id() + ".";
  }
}
