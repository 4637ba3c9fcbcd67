package io.invitecheck.cli;

import io.invitecheck.outcomes.Direction;
import io.invitecheck.outcomes.LinkedInExport;
import io.invitecheck.outcomes.OutcomeCorpus;
import io.invitecheck.outcomes.OutcomeInputException;
import io.invitecheck.outcomes.OutcomeLabel;
import io.invitecheck.outcomes.OutcomeLabeler;
import io.invitecheck.outcomes.OutcomeRecord;
import io.invitecheck.outcomes.UnreadableRow;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code invitecheck import-linkedin DIR|ZIP -o outcomes.jsonl}: turns a LinkedIn data export into
 * an outcome corpus. Exit 0 when written (unreadable rows are listed but do not fail the run), 2 on
 * bad input.
 */
@Command(
    name = "import-linkedin",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a LinkedIn data export (the folder or the .zip) and writes an outcome corpus:"
          + " one JSON line per invitation with a note, accepted, not accepted or unknown.",
      "An invitation is accepted when its counterpart appears in Connections.csv; one younger"
          + " than --min-age-days at the export date is unknown (probably still pending).",
      "Privacy: the corpus keeps the notes and the counterparts' names, never URLs or e-mail"
          + " addresses."
    })
public final class ImportLinkedInCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR|ZIP", description = "The export folder or .zip.")
  Path export;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The outcome corpus to write (JSONL), replaced atomically.")
  Path output;

  @Option(
      names = "--export-date",
      paramLabel = "YYYY-MM-DD",
      description = "The day the export was made (default: the newest date in its files).")
  String exportDate;

  @Option(
      names = "--min-age-days",
      paramLabel = "N",
      defaultValue = "30",
      description =
          "Invitations younger than this at export are unknown (default: ${DEFAULT-VALUE}).")
  int minAgeDays;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      if (minAgeDays < 0) {
        throw new OutcomeInputException("--min-age-days must be 0 or more, was " + minAgeDays);
      }
      LinkedInExport ex = LinkedInExport.read(export);
      LocalDate date = exportDate(ex);
      OutcomeLabeler labeler = new OutcomeLabeler(ex.connections(), date, minAgeDays);
      List<OutcomeRecord> records = labeler.records(ex.invitations());
      OutcomeCorpus.writeAtomically(records, output);
      print(out, ex, date, records);
      return 0;
    } catch (OutcomeInputException e) {
      err.println("invitecheck import-linkedin: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("invitecheck import-linkedin: cannot write " + output + ": " + e.getMessage());
      return 2;
    }
  }

  private LocalDate exportDate(LinkedInExport ex) {
    if (exportDate != null) {
      try {
        return LocalDate.parse(exportDate.strip());
      } catch (DateTimeParseException e) {
        throw new OutcomeInputException(
            "--export-date '" + exportDate + "' is not a date like 2024-01-31");
      }
    }
    return ex.newestDate()
        .orElseThrow(
            () ->
                new OutcomeInputException(
                    export + " has no readable dates: give the export date with --export-date"));
  }

  private void print(
      PrintWriter out, LinkedInExport ex, LocalDate date, List<OutcomeRecord> records) {
    long outgoing = records.stream().filter(r -> r.direction() == Direction.OUTGOING).count();
    out.printf(
        "Read %d invitations (%d with a note: %d sent, %d received) and %d connections;"
            + " export date %s.%n",
        ex.invitations().size(),
        records.size(),
        outgoing,
        records.size() - outgoing,
        ex.connections().size(),
        date);
    out.printf(
        "Sent notes: %d accepted, %d not accepted, %d unknown (younger than %d days).%n",
        count(records, OutcomeLabel.ACCEPTED),
        count(records, OutcomeLabel.NOT_ACCEPTED),
        count(records, OutcomeLabel.UNKNOWN),
        minAgeDays);
    if (!ex.unreadable().isEmpty()) {
      out.printf("%d unreadable rows:%n", ex.unreadable().size());
      for (UnreadableRow r : ex.unreadable()) {
        out.println("  " + r);
      }
    }
    out.printf("Wrote %d records to %s.%n", records.size(), output);
    out.flush();
  }

  private static long count(List<OutcomeRecord> records, OutcomeLabel label) {
    return records.stream()
        .filter(r -> r.direction() == Direction.OUTGOING && r.outcome() == label)
        .count();
  }
}
