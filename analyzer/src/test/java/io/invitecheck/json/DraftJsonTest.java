package io.invitecheck.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InvalidDraftException;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftJsonTest {

  @Test
  void readsAFullDraft() {
    Draft d =
        DraftJson.parse(
            """
            {"id": "d-7", "note": "Hi Jane, loved your post on pricing.",
             "recipient": {"name": "Jane Doe", "company": "Stripe", "skills": ["Pricing", "SQL"]},
             "sender": {"company": "Monzo"},
             "context": {"accountType": "FREE", "mutualConnections": 3,
                         "mutualConnectionNames": ["Ali Khan"],
                         "previousInvitations": [
                           {"sentAt": "2026-10-01", "outcome": "declined"},
                           {"sentAt": "2026-11-02T09:30:00+01:00", "outcome": "withdrawn"}]}}
            """);
    assertEquals("d-7", d.id());
    assertEquals("Jane Doe", d.recipient().name());
    assertEquals(List.of("Pricing", "SQL"), d.recipient().skills());
    assertEquals("Monzo", d.sender().company());
    assertEquals(AccountType.FREE, d.context().accountType());
    assertEquals(3, d.context().mutualConnections());
    assertEquals(Outcome.DECLINED, d.context().previousInvitations().get(0).outcome());
    assertEquals(
        Instant.parse("2026-11-02T08:30:00Z"), d.context().previousInvitations().get(1).sentAt());
  }

  @Test
  void errorsNameTheField() {
    assertField("note", "{\"id\": \"x\"}", "note is missing");
    assertField("note", "{\"note\": 42}", "note must be a string, found a number (42)");
    assertField(
        "recipient.skills[1]",
        "{\"note\": \"hi\", \"recipient\": {\"skills\": [\"a\", 3]}}",
        "recipient.skills[1] must be a string");
    assertField("recipent", "{\"note\": \"hi\", \"recipent\": {}}", "unknown field 'recipent'");
    assertField(
        "context.accountType",
        "{\"note\": \"hi\", \"context\": {\"accountType\": \"gold\"}}",
        "expected free or premium");
    assertField(
        "context.mutualConnections",
        "{\"note\": \"hi\", \"context\": {\"mutualConnections\": -1}}",
        "0 or more");
    assertField(
        "context.previousInvitations[0].sentAt",
        "{\"note\": \"hi\", \"context\": {\"previousInvitations\": [{\"sentAt\": \"last week\", \"outcome\": \"ignored\"}]}}",
        "not an ISO-8601 date");
    assertField(
        "context.previousInvitations[0].outcome",
        "{\"note\": \"hi\", \"context\": {\"previousInvitations\": [{\"sentAt\": \"2026-01-01\", \"outcome\": \"maybe\"}]}}",
        "unknown outcome 'maybe'");
    assertField("$", "{\"note\": \"hi\"", "invalid JSON");
    assertField("$", "[1, 2]", "expected a JSON object");
    assertField("$", "{\"note\": \"a\", \"note\": \"b\"}", "Duplicate field 'note'");
  }

  private static void assertField(String field, String json, String messagePart) {
    InvalidDraftException e =
        assertThrows(InvalidDraftException.class, () -> DraftJson.parse(json));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(messagePart), e.getMessage());
  }
}
