package io.invitecheck.cli;

import picocli.CommandLine.Command;

/** {@code invitecheck analyze}: explains the risk of one note. */
@Command(
    name = "analyze",
    sortOptions = false,
    description = {
      "Explain the risk of one note: the words that raise it, the personalization found and how"
          + " to fix it.",
      "The note comes from --note, --draft FILE.json, or stdin."
    },
    footer = {
      "",
      "Examples:",
      "  invitecheck analyze --note 'Hi {first_name}, book a demo: https://x.io/demo'",
      "  invitecheck analyze --note 'Hi Ana, loved your KubeCon talk on eBPF.' \\",
      "    --recipient-name 'Ana Ruiz' --account free",
      "  invitecheck analyze --draft draft.json --format json",
      "",
      "Exit codes: 0 analyzed; 2 bad usage or input; 3 internal failure."
    })
final class AnalyzeCommand extends SingleDraftCommand {
  @Override
  public Integer call() {
    analyzeAndPrint();
    return ExitCodes.OK;
  }
}
