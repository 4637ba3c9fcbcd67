package io.invitecheck.outcomes;

import static io.invitecheck.outcomes.LinkedInExportTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.invitecheck.NamedPipe;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeCorpusTest {

  @Test
  void writesFixedOrderLinesWithoutUrlsAndReadsThemBack(@TempDir Path dir) throws Exception {
    LinkedInExport ex = LinkedInExport.read(fixture("export-2023"));
    List<OutcomeRecord> records =
        new OutcomeLabeler(ex.connections(), LocalDate.of(2023, 12, 7), 30)
            .records(ex.invitations());
    Path file = dir.resolve("outcomes.jsonl");
    OutcomeCorpus.writeAtomically(records, file);

    List<String> lines = Files.readAllLines(file);
    assertEquals(6, lines.size());
    String id = records.get(0).id();
    assertEquals(
        "{\"id\":\""
            + id
            + "\",\"note\":\"Hi Ana, congrats on the new role at Adyen! Your fraud talk at"
            + " Money20/20 stuck with me.\",\"direction\":\"outgoing\",\"sentAt\":"
            + "\"2023-11-02T00:00:00Z\",\"outcome\":\"accepted\",\"ageDaysAtExport\":35,"
            + "\"counterpart\":\"Ana Gómez\"}",
        lines.get(0));
    String all = Files.readString(file);
    assertFalse(all.contains("linkedin.com"), "no profile URL may reach the corpus");
    assertFalse(all.contains("@"), "no e-mail address may reach the corpus");
    assertEquals(records, OutcomeCorpus.read(file));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count(), "the temporary file is gone");
    }
  }

  @Test
  void multiLineNoteIsOneJsonLine() throws Exception {
    OutcomeRecord r =
        new OutcomeRecord(
            "li-1",
            "Hi Zoë,\nsecond line",
            Direction.OUTGOING,
            Instant.parse("2023-11-20T00:00:00Z"),
            OutcomeLabel.UNKNOWN,
            3,
            "Zoë Ångström");
    StringWriter w = new StringWriter();
    OutcomeCorpus.write(List.of(r, r), w);
    assertEquals(2, w.toString().split("\n").length);
    assertEquals(List.of(r, r), OutcomeCorpus.read(new StringReader(w.toString()), "x"));
  }

  @Test
  void readerNamesTheLineAndTheProblem() {
    String good =
        "{\"id\":\"a\",\"note\":\"Hi\",\"direction\":\"outgoing\",\"sentAt\":\"2023-11-02\","
            + "\"outcome\":\"accepted\",\"ageDaysAtExport\":3,\"counterpart\":\"Ana\"}";
    assertEquals(
        "outcomes.jsonl line 3: unknown outcome 'maybe': expected accepted, not_accepted or"
            + " unknown (each line must be one outcome record; see invitecheck import-linkedin)",
        error(good + "\n\n" + good.replace("\"accepted\"", "\"maybe\"")));
    assertEquals(
        "outcomes.jsonl line 1: unknown field 'email' (each line must be one outcome record; see"
            + " invitecheck import-linkedin)",
        error(good.replace("}", ",\"email\":\"a@b.c\"}")));
    assertEquals(
        "outcomes.jsonl line 2: ageDaysAtExport must be a whole number (each line must be one"
            + " outcome record; see invitecheck import-linkedin)",
        error(good + "\n" + good.replace(":3,", ":3.5,")));
    assertEquals(
        "outcomes.jsonl line 1: note is blank: the corpus holds notes only (each line must be one"
            + " outcome record; see invitecheck import-linkedin)",
        error(good.replace("\"Hi\"", "\"  \"")));
    String truncated = error(good.substring(0, 40));
    assertEquals("outcomes.jsonl line 1: ", truncated.substring(0, 23));
  }

  private static String error(String text) {
    return assertThrows(
            OutcomeInputException.class,
            () -> OutcomeCorpus.read(new StringReader(text), "outcomes.jsonl"))
        .getMessage();
  }

  @Test
  void aPipeIsWrittenDirectlyNotReplaced(@TempDir Path dir) throws Exception {
    Path fifo = NamedPipe.make(dir.resolve("outcomes.fifo"));
    CompletableFuture<byte[]> reader = NamedPipe.readAll(fifo);
    LinkedInExport ex = LinkedInExport.read(fixture("export-2023"));
    List<OutcomeRecord> records =
        new OutcomeLabeler(ex.connections(), LocalDate.of(2023, 12, 7), 30)
            .records(ex.invitations());
    OutcomeCorpus.writeAtomically(records, fifo);

    String got = new String(reader.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    assertEquals(6, got.lines().count());
    assertEquals(records, OutcomeCorpus.read(new StringReader(got), "pipe"));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a pipe");
  }
}
