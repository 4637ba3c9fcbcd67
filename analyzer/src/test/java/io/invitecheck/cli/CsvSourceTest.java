package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceTest {

  private static List<DraftSource.Item> read(String csv) throws IOException {
    CsvSource s =
        new CsvSource(
            new BoundedLineReader(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                DraftSource.MAX_RECORD_BYTES),
            "test.csv");
    List<DraftSource.Item> items = new ArrayList<>();
    DraftSource.Item item;
    while ((item = s.next()) != null) {
      items.add(item);
    }
    return items;
  }

  @Test
  void quotedFieldsWithCommasQuotesAndLineBreaksKeepTheLineWhereTheRecordStarts()
      throws IOException {
    String csv =
        "id,note,recipient_name\n"
            + "a,\"Hi Ana, \"\"great\"\" talk\",Ana Ruiz\n"
            + "b,\"Line one\r\nline two\n\nline four\",Bo\n"
            + "c,plain,\n";
    List<DraftSource.Item> items = read(csv);
    assertEquals(3, items.size());
    assertEquals("Hi Ana, \"great\" talk", items.get(0).draft().note());
    assertEquals("Ana Ruiz", items.get(0).draft().recipient().name());
    assertEquals(2, items.get(0).line());
    assertEquals("Line one\r\nline two\n\nline four", items.get(1).draft().note());
    assertEquals(3, items.get(1).line());
    assertEquals(7, items.get(2).line());
    assertNull(items.get(2).draft().recipient().name());
  }

  @Test
  void listsContextAndPreviousInvitations() throws IOException {
    String csv =
        "note,recipient_skills,account_type,mutual_connections,mutual_connection_names,"
            + "previous_invitations\n"
            + "Hi,Kafka; Flink ;,free,3,Ali Khan;Bo Li,2026-10-01:declined;"
            + "2026-11-02T09:30:00Z:withdrawn\n";
    Draft d = read(csv).get(0).draft();
    assertEquals(List.of("Kafka", "Flink"), d.recipient().skills());
    assertEquals(AccountType.FREE, d.context().accountType());
    assertEquals(3, d.context().mutualConnections());
    assertEquals(List.of("Ali Khan", "Bo Li"), d.context().mutualConnectionNames());
    assertEquals(2, d.context().previousInvitations().size());
    assertEquals(Outcome.WITHDRAWN, d.context().previousInvitations().get(1).outcome());
  }

  @Test
  void badRecordsGiveErrorsNamingTheColumnAndTheBatchGoesOn() throws IOException {
    String csv =
        "id,note,account_type,mutual_connections\n"
            + "a,ok,free,1\n"
            + "b,x,gold,1\n"
            + "c,x,free,many\n"
            + "d,too,many,fields,here\n"
            + "\n"
            + "e,fine,,\n";
    List<DraftSource.Item> items = read(csv);
    assertEquals(5, items.size());
    assertEquals("account_type", items.get(1).error().field());
    assertEquals("b", items.get(1).id());
    assertEquals(3, items.get(1).line());
    assertEquals("mutual_connections", items.get(2).error().field());
    assertTrue(items.get(3).error().message().contains("5 fields"), items.get(3).error().message());
    assertEquals("$", items.get(3).error().field());
    assertEquals("e", items.get(4).id());
    assertEquals(7, items.get(4).line());
  }

  @Test
  void anUnclosedQuoteIsAnErrorAtTheRecordStart() throws IOException {
    List<DraftSource.Item> items = read("id,note\na,ok\nb,\"never closed\nstill\n");
    assertEquals(2, items.size());
    assertEquals(3, items.get(1).line());
    assertTrue(items.get(1).error().message().contains("never closed"));
  }

  @Test
  void aRecordOverTheLimitIsAnErrorAndTheNextRecordIsRead() throws IOException {
    String big = "x".repeat(40_000);
    String csv = "id,note\na,\"" + big + "\n" + big + "\"\nb,after\n";
    List<DraftSource.Item> items = read(csv);
    assertEquals(2, items.size());
    assertEquals(2, items.get(0).line());
    assertTrue(items.get(0).error().message().contains("limit"));
    assertEquals("after", items.get(1).draft().note());
    assertEquals(4, items.get(1).line());
  }

  @Test
  void unknownColumnIsAClearErrorNamingIt() {
    CliException e =
        assertThrows(CliException.class, () -> read("id,note,recipient_nmae\na,b,c\n"));
    assertEquals(ExitCodes.BAD_INPUT, e.exitCode());
    assertTrue(e.getMessage().contains("'recipient_nmae'"), e.getMessage());
    assertTrue(e.getMessage().contains("recipient_name"), e.getMessage());
  }

  @Test
  void headerWithoutNoteColumnIsAnError() {
    CliException e = assertThrows(CliException.class, () -> read("id,recipient_name\n"));
    assertTrue(e.getMessage().contains("no 'note' column"), e.getMessage());
  }

  @Test
  void emptyInputHasNoRecords() throws IOException {
    assertEquals(0, read("").size());
    assertEquals(0, read("id,note\n").size());
  }
}
