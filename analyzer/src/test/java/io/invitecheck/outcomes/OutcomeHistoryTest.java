package io.invitecheck.outcomes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeHistoryTest {
  private static final String[] NAMES = {
    "Ana", "Ben", "Chloé", "Dev", "Emma", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemal",
    "Lena", "Mei", "Noah", "Olga", "Priya", "Ravi", "Sofia", "Tariq", "Uma"
  };
  private static final String[] ROLES = {
    "Head of Data", "VP Engineering", "Staff Engineer", "Product Lead", "CTO", "Design Director"
  };
  private static final String[] COMPANIES = {
    "Stripe", "Adyen", "Klarna", "Monzo", "Wise", "Revolut", "N26", "Mollie"
  };

  private static OutcomeRecord rec(String id, String note, OutcomeLabel outcome, Direction d) {
    return new OutcomeRecord(
        id, note, d, Instant.parse("2023-06-01T09:00:00Z"), outcome, 120, "Someone");
  }

  /** {@code n} congratulation notes, all accepted, that share few words with a hiring note. */
  private static List<OutcomeRecord> congratulations(int n) {
    List<OutcomeRecord> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          rec(
              "congrats-" + i,
              "Hi "
                  + NAMES[i % NAMES.length]
                  + ", congratulations on the "
                  + ROLES[i % ROLES.length]
                  + " role at "
                  + COMPANIES[i % COMPANIES.length]
                  + "! Your team's blog on payments has been a great read.",
              OutcomeLabel.ACCEPTED,
              Direction.OUTGOING));
    }
    return out;
  }

  @Test
  void citesTheMostSimilarNotesAndTheirOutcome() {
    List<OutcomeRecord> records = new ArrayList<>(congratulations(30));
    String[] cities = {"Lisbon", "Porto", "Berlin", "Madrid", "Dublin", "Warsaw", "Prague", "Riga"};
    for (int i = 0; i < 9; i++) {
      records.add(
          rec(
              "hiring-" + i,
              "We are hiring senior Java engineers in "
                  + cities[i % cities.length]
                  + ", remote friendly and well paid. Interested in a chat?",
              i < 7 ? OutcomeLabel.NOT_ACCEPTED : OutcomeLabel.ACCEPTED,
              Direction.OUTGOING));
    }
    // neither unknown outcomes nor received invitations count
    records.add(
        rec(
            "young",
            "We are hiring senior Java engineers in Lisbon, remote friendly. Interested?",
            OutcomeLabel.UNKNOWN,
            Direction.OUTGOING));
    records.add(
        rec(
            "received",
            "We are hiring senior Java engineers in Lisbon. Interested?",
            OutcomeLabel.ACCEPTED,
            Direction.INCOMING));

    try (OutcomeHistory h = OutcomeHistory.of(records)) {
      assertEquals(39, h.size());
      assertTrue(h.usable());
      HistoryEvidence e =
          h.evidence(
              "We're hiring senior Java engineers in Valencia, remote friendly. Interested in a"
                  + " chat about it?");
      assertTrue(e.usable());
      assertEquals(39, e.historySize());
      assertEquals(9, e.similar());
      assertEquals(2, e.accepted());
      assertEquals(2.0 / 9, e.acceptanceRate(), 1e-9);
      assertEquals("7 of your 9 most similar notes were not accepted.", e.message());
      assertTrue(e.ids().stream().allMatch(id -> id.startsWith("hiring-")), e.ids().toString());
      for (int i = 1; i < e.neighbors().size(); i++) {
        assertTrue(e.neighbors().get(i - 1).similarity() >= e.neighbors().get(i).similarity());
      }
      assertTrue(e.neighbors().get(0).similarity() > 0.5, e.neighbors().toString());

      HistoryEvidence congrats =
          h.evidence("Hi Maya, congratulations on the CTO role at Wise! Loved your blog.", 5);
      assertEquals(5, congrats.similar());
      assertEquals(5, congrats.accepted());
      assertEquals("5 of your 5 most similar notes were accepted.", congrats.message());

      HistoryEvidence none = h.evidence("Quarterly tax filing reminder for contractors.");
      assertEquals(0, none.similar());
      assertEquals(
          "None of your 39 earlier notes with a known outcome resembles this one.", none.message());
      assertEquals(0.4, HistoryBlend.blend(0.4, none), 0.0);
    }
  }

  @Test
  void belowTheMinimumTheHistoryIsShownButNotUsed() {
    try (OutcomeHistory h = OutcomeHistory.of(congratulations(OutcomeHistory.MIN_KNOWN - 1))) {
      assertFalse(h.usable());
      HistoryEvidence e = h.evidence("Hi Ana, congratulations on the CTO role at Stripe!");
      assertFalse(e.usable());
      assertEquals(10, e.similar());
      assertEquals(
          "Your history is too small to use: 29 of your sent notes have a known outcome; at"
              + " least 30 are needed.",
          e.message());
      assertEquals(0.55, HistoryBlend.blend(0.55, e), 0.0);
    }
    try (OutcomeHistory h = OutcomeHistory.of(congratulations(OutcomeHistory.MIN_KNOWN))) {
      assertTrue(h.usable());
    }
  }

  @Test
  void emptyNoteOrEmptyHistoryHasNoNeighbours() {
    try (OutcomeHistory h = OutcomeHistory.of(List.of())) {
      assertEquals(0, h.evidence("Hi Ana, congratulations!").similar());
    }
    try (OutcomeHistory h = OutcomeHistory.of(congratulations(3))) {
      assertEquals(0, h.evidence("   ").similar());
      assertEquals(0, h.evidence("the and of").similar());
    }
  }
}
