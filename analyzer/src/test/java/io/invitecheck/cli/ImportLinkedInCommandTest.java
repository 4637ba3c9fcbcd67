package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.outcomes.OutcomeCorpus;
import io.invitecheck.outcomes.OutcomeHistory;
import io.invitecheck.outcomes.OutcomeLabel;
import io.invitecheck.outcomes.OutcomeRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportLinkedInCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new ImportLinkedInCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String fixture(String name) throws Exception {
    return Path.of(ImportLinkedInCommandTest.class.getResource("/linkedin/" + name).toURI())
        .toString();
  }

  @Test
  void importsAZipAndPrintsCountsAndUnreadableRows(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("outcomes.jsonl");
    Run r = run(fixture("export-2023.zip"), "-o", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        String.join(
            System.lineSeparator(),
            "Read 7 invitations (6 with a note: 5 sent, 1 received) and 4 connections; export"
                + " date 2023-12-07.",
            "Sent notes: 2 accepted, 2 not accepted, 1 unknown (younger than 30 days).",
            "3 unreadable rows:",
            "  Invitations.csv:11: unreadable date '31 Nov 2023': expected e.g. 12/27/21, 8:55 AM"
                + " or 28-Dec-21 or 02 Nov 2023 or 2023-11-02",
            "  Invitations.csv:13: unknown direction 'SENT': expected INCOMING or OUTGOING",
            "  Connections.csv:8: Connected On: unreadable date 'Someday': expected e.g."
                + " 12/27/21, 8:55 AM or 28-Dec-21 or 02 Nov 2023 or 2023-11-02; the connection"
                + " is still matched",
            "Wrote 6 records to " + out + ".",
            ""),
        r.out());
    List<OutcomeRecord> records = OutcomeCorpus.read(out);
    assertEquals(6, records.size());
    assertEquals(1, records.stream().filter(x -> x.outcome() == OutcomeLabel.UNKNOWN).count());
    try (OutcomeHistory h = OutcomeHistory.load(out)) {
      assertEquals(4, h.size(), "sent notes with a known outcome");
      assertFalse(h.usable());
    }
  }

  @Test
  void exportDateAndMinimumAgeOptions(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("o.jsonl");
    Run r =
        run(
            fixture("export-2021"),
            "-o",
            out.toString(),
            "--export-date",
            "2022-03-01",
            "--min-age-days",
            "14");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("Sent notes: 2 accepted, 3 not accepted, 0 unknown (younger than 14"),
        r.out());
    assertTrue(r.out().contains("  Invitations.csv:10: unreadable date '13/45/21, 9:00 AM'"));
  }

  @Test
  void badInputExitsWithTwoAndWritesNothing(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("o.jsonl");
    Run missing = run(dir.resolve("no-such-export").toString(), "-o", out.toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().contains("does not exist"), missing.err());
    assertFalse(Files.exists(out));

    Run badDate = run(fixture("export-2021"), "-o", out.toString(), "--export-date", "31/12/2021");
    assertEquals(2, badDate.exit());
    assertEquals(
        "invitecheck import-linkedin: --export-date '31/12/2021' is not a date like 2024-01-31"
            + System.lineSeparator(),
        badDate.err());
    assertFalse(Files.exists(out));
  }
}
