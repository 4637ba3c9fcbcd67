package io.invitecheck.outcomes;

import static io.invitecheck.outcomes.LinkedInExportTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeLabelerTest {

  /** "counterpart outcome age direction" per record, to compare whole exports at a glance. */
  private static List<String> summary(List<OutcomeRecord> records) {
    return records.stream()
        .map(
            r ->
                r.counterpart()
                    + " "
                    + r.outcome().id()
                    + " "
                    + r.ageDaysAtExport()
                    + " "
                    + r.direction().id())
        .toList();
  }

  @Test
  void oldExportMatchesNamesIgnoringCaseAndAccents() {
    LinkedInExport ex = LinkedInExport.read(fixture("export-2021"));
    LocalDate exportDate = ex.newestDate().orElseThrow();
    List<OutcomeRecord> records =
        new OutcomeLabeler(ex.connections(), exportDate, 30).records(ex.invitations());
    assertEquals(
        List.of(
            "Ana Gómez accepted 4 outgoing",
            "Jörg Müller accepted 11 outgoing",
            "Priya Nair not_accepted 59 outgoing",
            "Lena Hoffmann accepted 30 incoming",
            "Chloé Dubois unknown 0 outgoing",
            "Noah Kim not_accepted 121 outgoing"),
        summary(records));
    assertEquals(Instant.parse("2021-12-27T08:55:00Z"), records.get(0).sentAt());
    assertTrue(records.get(0).id().matches("li-[0-9a-f]{12}"), records.get(0).id());
  }

  @Test
  void newExportMatchesUrlsFirstThenNamesOfConnectionsWithoutUrl() {
    LinkedInExport ex = LinkedInExport.read(fixture("export-2023"));
    List<OutcomeRecord> records =
        new OutcomeLabeler(ex.connections(), LocalDate.of(2023, 12, 7), 30)
            .records(ex.invitations());
    assertEquals(
        List.of(
            // http vs https, www and the trailing slash do not matter
            "Ana Gómez accepted 35 outgoing",
            // the same name, another profile URL: a different Ana, not a connection
            "Ana Gomez not_accepted 53 outgoing",
            // the connection has no URL: matched on the name, accents ignored
            "Zoë Ångström accepted 17 outgoing",
            "Ravi Shah not_accepted 63 outgoing",
            "Mei Chen unknown 9 outgoing",
            "Olga Petrova accepted 12 incoming"),
        summary(records));
  }

  @Test
  void minimumAgeAndExportDateAreSettable() {
    LinkedInExport ex = LinkedInExport.read(fixture("export-2023"));
    List<OutcomeRecord> strict =
        new OutcomeLabeler(ex.connections(), LocalDate.of(2024, 1, 31), 60)
            .records(ex.invitations());
    assertEquals(
        List.of(
            "Ana Gómez accepted 90 outgoing",
            "Ana Gomez not_accepted 108 outgoing",
            "Zoë Ångström accepted 72 outgoing",
            "Ravi Shah not_accepted 118 outgoing",
            "Mei Chen not_accepted 64 outgoing",
            "Olga Petrova accepted 67 incoming"),
        summary(strict));
  }

  @Test
  void sameInvitationGetsTheSameIdFromAnyExport() {
    LinkedInExport folder = LinkedInExport.read(fixture("export-2023"));
    List<OutcomeRecord> a =
        new OutcomeLabeler(folder.connections(), LocalDate.of(2023, 12, 7), 30)
            .records(folder.invitations());
    List<OutcomeRecord> b =
        new OutcomeLabeler(folder.connections(), LocalDate.of(2024, 6, 1), 30)
            .records(folder.invitations());
    assertEquals(
        a.stream().map(OutcomeRecord::id).toList(), b.stream().map(OutcomeRecord::id).toList());
    assertEquals(6, a.stream().map(OutcomeRecord::id).distinct().count());
  }

  @Test
  void urlsAndNamesNormalize() {
    assertEquals(
        "linkedin.com/in/jane-doe",
        OutcomeLabeler.normalizeUrl(" https://www.LinkedIn.com/in/Jane-Doe//?trk=x#top "));
    assertEquals("jose nunez", OutcomeLabeler.normalizeName("  José   NÚÑEZ "));
  }
}
