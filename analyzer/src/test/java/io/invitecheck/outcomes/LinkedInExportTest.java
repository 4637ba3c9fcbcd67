package io.invitecheck.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkedInExportTest {

  static Path fixture(String name) {
    try {
      return Path.of(LinkedInExportTest.class.getResource("/linkedin/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void oldExportWithShortUsDatesAndNoUrls() {
    LinkedInExport ex = LinkedInExport.read(fixture("export-2021"));

    assertEquals(
        List.of(2L, 3L, 6L, 7L, 8L, 9L, 11L),
        ex.invitations().stream().map(LinkedInExport.Invitation::line).toList());
    LinkedInExport.Invitation ana = ex.invitations().get(0);
    assertEquals("Ana Gómez", ana.counterpart());
    assertEquals(LocalDateTime.of(2021, 12, 27, 8, 55), ana.sentAt());
    assertEquals(Direction.OUTGOING, ana.direction());
    assertNull(ana.inviteeProfileUrl());

    LinkedInExport.Invitation jorg = ex.invitations().get(1);
    assertEquals(
        "Hi Jörg,\nsaw your post on Kafka consumer lag. We fought the same issue at Brightwave;\n"
            + "happy to compare notes!",
        jorg.message());
    assertEquals(LocalDateTime.of(2021, 12, 20, 16, 10), jorg.sentAt());

    LinkedInExport.Invitation tom = ex.invitations().get(3);
    assertEquals("", tom.message());
    assertTrue(!tom.hasNote());
    LinkedInExport.Invitation lena = ex.invitations().get(4);
    assertEquals(Direction.INCOMING, lena.direction());
    assertEquals("Lena Hoffmann", lena.counterpart());

    assertEquals(1, ex.unreadable().size());
    UnreadableRow bad = ex.unreadable().get(0);
    assertEquals("Invitations.csv", bad.file());
    assertEquals(10, bad.line());
    assertTrue(bad.why().contains("'13/45/21, 9:00 AM'"), bad.why());

    assertEquals(4, ex.connections().size());
    assertEquals("ANA GOMEZ", ex.connections().get(0).fullName());
    assertEquals(LocalDate.of(2021, 12, 28), ex.connections().get(0).connectedOn());
    assertNull(ex.connections().get(0).url());
    assertEquals(LocalDate.of(2021, 12, 31), ex.newestDate().orElseThrow());
  }

  @Test
  void newExportWithUrlsNotesLinesAndLongDates() {
    LinkedInExport ex = LinkedInExport.read(fixture("export-2023"));

    assertEquals(
        List.of(2L, 3L, 4L, 8L, 9L, 10L, 12L),
        ex.invitations().stream().map(LinkedInExport.Invitation::line).toList());
    LinkedInExport.Invitation zoe = ex.invitations().get(2);
    assertEquals(
        "Hi Zoë,\nI read your thread on Rust async runtimes.\n\n"
            + "Would love to hear how you moved off Tokio.",
        zoe.message());
    assertEquals(LocalDateTime.of(2023, 11, 20, 0, 0), zoe.sentAt());
    assertEquals("https://www.linkedin.com/in/zoe-angstrom", zoe.counterpartUrl().orElseThrow());
    assertEquals(LocalDateTime.of(2023, 10, 5, 14, 22, 10), ex.invitations().get(3).sentAt());
    LinkedInExport.Invitation olga = ex.invitations().get(5);
    assertEquals("https://www.linkedin.com/in/olga-petrova", olga.counterpartUrl().orElseThrow());

    assertEquals(
        List.of(
            "Invitations.csv:11: unreadable date '31 Nov 2023': expected e.g. 12/27/21, 8:55 AM"
                + " or 28-Dec-21 or 02 Nov 2023 or 2023-11-02",
            "Invitations.csv:13: unknown direction 'SENT': expected INCOMING or OUTGOING",
            "Connections.csv:8: Connected On: unreadable date 'Someday': expected e.g. 12/27/21,"
                + " 8:55 AM or 28-Dec-21 or 02 Nov 2023 or 2023-11-02; the connection is still"
                + " matched"),
        ex.unreadable().stream().map(UnreadableRow::toString).toList());

    // The Notes: lines are skipped; the row with an unreadable date is still used for matching.
    assertEquals(
        List.of("Ana Gómez", "Zoë Ångström", "Olga Petrova", "Kim Lee"),
        ex.connections().stream().map(LinkedInExport.Connection::fullName).toList());
    assertEquals(
        List.of(5L, 6L, 7L, 8L),
        ex.connections().stream().map(LinkedInExport.Connection::line).toList());
    assertNull(ex.connections().get(1).url());
    assertNull(ex.connections().get(3).connectedOn());
    assertEquals(LocalDate.of(2023, 12, 7), ex.newestDate().orElseThrow());
  }

  @Test
  void zipReadsLikeTheFolder() {
    LinkedInExport folder = LinkedInExport.read(fixture("export-2023"));
    LinkedInExport zip = LinkedInExport.read(fixture("export-2023.zip"));
    assertEquals(folder, zip);
  }

  @Test
  void exportDatesOfEveryYear() {
    assertEquals(LocalDateTime.of(2021, 12, 27, 8, 55), ExportDates.parse("12/27/21, 8:55 AM"));
    assertEquals(
        LocalDateTime.of(2021, 12, 27, 20, 55), ExportDates.parse("12/27/21, 8:55\u202fPM"));
    assertEquals(LocalDateTime.of(2021, 12, 28, 0, 0), ExportDates.parse("28-Dec-21"));
    assertEquals(LocalDateTime.of(2021, 12, 28, 0, 0), ExportDates.parse("28-DEC-21"));
    assertEquals(LocalDateTime.of(2023, 11, 2, 0, 0), ExportDates.parse("02 Nov 2023"));
    assertEquals(LocalDateTime.of(2023, 11, 2, 0, 0), ExportDates.parse("2023-11-02"));
    assertEquals(
        LocalDateTime.of(2023, 11, 2, 9, 30, 5), ExportDates.parse("2023-11-02 09:30:05 UTC"));
    assertEquals(
        LocalDateTime.of(2023, 11, 2, 8, 30), ExportDates.parse("2023-11-02T09:30:00+01:00"));
    assertThrows(IllegalArgumentException.class, () -> ExportDates.parse("30 Feb 2023"));
    assertThrows(IllegalArgumentException.class, () -> ExportDates.parse(""));
  }

  @Test
  void missingFileOrColumnIsAClearError(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("Invitations.csv"),
        "From,To,Sent At,Message,Direction\n",
        StandardCharsets.UTF_8);
    OutcomeInputException e =
        assertThrows(OutcomeInputException.class, () -> LinkedInExport.read(dir));
    assertTrue(e.getMessage().startsWith("no Connections.csv in " + dir), e.getMessage());

    Files.writeString(
        dir.resolve("Connections.csv"), "First Name,Last Name,URL\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("Invitations.csv"), "From,To,Message\n", StandardCharsets.UTF_8);
    e = assertThrows(OutcomeInputException.class, () -> LinkedInExport.read(dir));
    assertEquals(
        "Invitations.csv has no column 'Sent At' (columns: From, To, Message): is it a LinkedIn"
            + " export?",
        e.getMessage());

    e =
        assertThrows(
            OutcomeInputException.class, () -> LinkedInExport.read(dir.resolve("nope.zip")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void unterminatedQuoteIsReportedNotSwallowed(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("Invitations.csv"),
        "From,To,Sent At,Message,Direction\n"
            + "Sam Carter,Ana Gómez,28-Dec-21,\"Hi Ana, ok\",OUTGOING\n"
            + "Sam Carter,Jon Ray,28-Dec-21,\"Hi Jon, this never ends,OUTGOING\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("Connections.csv"), "First Name,Last Name,URL\n", StandardCharsets.UTF_8);
    LinkedInExport ex = LinkedInExport.read(dir);
    assertEquals(1, ex.invitations().size());
    assertEquals(1, ex.unreadable().size());
    assertEquals(3, ex.unreadable().get(0).line());
    assertTrue(ex.unreadable().get(0).why().startsWith("CSV syntax error"));
  }

  @Test
  void windowsLineEndsAndByteOrderMarkAreRead(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("Invitations.csv"),
        "\uFEFFFrom,To,Sent At,Message,Direction\r\n"
            + "Sam Carter,Ana Gómez,\"12/27/21, 8:55 AM\",\"Hi Ana,\r\nsee you at PyCon!\",OUTGOING\r\n"
            + "Sam Carter,Bo Li,someday,\"Hi Bo\",OUTGOING\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("Connections.csv"),
        "\uFEFFNotes:\r\n\"Some e-mail addresses are missing.\"\r\n\r\n"
            + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Ana,Gomez,,,,,28-Dec-21\r\n",
        StandardCharsets.UTF_8);
    LinkedInExport ex = LinkedInExport.read(dir);
    assertEquals(1, ex.invitations().size());
    assertEquals("Hi Ana,\nsee you at PyCon!", ex.invitations().get(0).message());
    assertEquals(
        List.of(
            "Invitations.csv:4: unreadable date 'someday': expected e.g. 12/27/21, 8:55 AM or"
                + " 28-Dec-21 or 02 Nov 2023 or 2023-11-02"),
        ex.unreadable().stream().map(UnreadableRow::toString).toList());
    assertEquals(5, ex.connections().get(0).line());
  }
}
