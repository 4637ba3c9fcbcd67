package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Profile;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorer on the bundled corpus and model, as the analyzer opens them by default. */
class CorpusScorerIT {
  private static LabeledCorpusScorer scorer;

  @BeforeAll
  static void open() {
    scorer = (LabeledCorpusScorer) DefaultCorpus.open(Settings.defaults());
  }

  @AfterAll
  static void close() {
    scorer.close();
  }

  private static Reason reason(CorpusEvidence e, ReasonCode code) {
    return e.reasons().stream().filter(r -> r.code() == code).findFirst().orElse(null);
  }

  @Test
  void provenanceNamesTheBundledCorpusAndModel() {
    assertTrue(
        scorer
            .corpusIdentity()
            .matches("bundled notes\\.jsonl, \\d,\\d{3} notes, sha256 [0-9a-f]{8}"),
        scorer.corpusIdentity());
    assertTrue(
        scorer.classifierIdentity().matches("note-classifier\\.bin sha256 [0-9a-f]{8}"),
        scorer.classifierIdentity());
  }

  @Test
  void mailMergeCopiesShareOneScoringAndGetWhatAFreshScorerGives() {
    String ingridNote =
        "Hi Ingrid, we help teams like Fjordline Systems book 3x more meetings with our AI SDR."
            + " Free trial here: https://acme.io/trial - worth a 15 min call this week?";
    String tomasNote =
        "Hi Tomas, we help teams like Kestrel Freight book 3x more meetings with our AI SDR."
            + " Free trial here: https://acme.io/trial - worth a 15 min call this week?";
    Profile ingrid =
        Profile.builder().name("Ingrid Halvorsen").company("Fjordline Systems").build();
    Profile tomas = Profile.builder().name("Tomas Ruiz").company("Kestrel Freight").build();
    CorpusEvidence first = scorer.score(ingridNote, ingrid, Profile.EMPTY);
    CorpusEvidence second = scorer.score(tomasNote, tomas, Profile.EMPTY); // from the memo
    assertEquals(first.spam(), second.spam());
    assertEquals(first.neighbors(), second.neighbors());
    try (LabeledCorpusScorer fresh =
        (LabeledCorpusScorer) DefaultCorpus.open(Settings.defaults())) {
      CorpusEvidence alone = fresh.score(tomasNote, tomas, Profile.EMPTY);
      assertEquals(alone, second);
    }
    // the spam_like span is the copy's own: offsets into its text, not the first note's
    Reason spam = reason(second, ReasonCode.SPAM_LIKE);
    assertNotNull(spam, second.reasons().toString());
    assertEquals(tomasNote.substring(spam.span().start(), spam.span().end()), spam.text());
    assertTrue(spam.span().end() <= tomasNote.length());
  }

  @Test
  void aNameSwappedCopyOfATemplateFamilyIsAMassTemplateNamingTheFamily() {
    String note =
        "Hi Ingrid, I work with RevOps leaders at companies like Fjordline Systems to clean up"
            + " Salesforce data and boost pipeline visibility. Would you be open to a 15-minute"
            + " call next Tuesday?";
    Profile ingrid =
        Profile.builder().name("Ingrid Halvorsen").company("Fjordline Systems").build();
    CorpusEvidence e = scorer.score(note, ingrid, Profile.EMPTY);
    Reason template = reason(e, ReasonCode.MASS_TEMPLATE);
    assertNotNull(template, e.reasons().toString());
    assertTrue(template.evidence().contains("w1-0049"), template.evidence());
    assertTrue(
        template.evidence().contains("template family w1-f01: w1-0049, w1-0050, w1-0051"),
        template.evidence());
    assertTrue(template.message().contains("w1-f01"), template.message());
    // the family members are the three closest neighbours
    List<String> top3 = e.neighbors().subList(0, 3).stream().map(Neighbor::id).sorted().toList();
    assertEquals(List.of("w1-0049", "w1-0050", "w1-0051"), top3);
    assertTrue(e.spam() > 0.9, "spam " + e.spam());
  }

  @Test
  void neighboursOfARealisticSpamNoteAreMostlySpamAndCitedInSpamLike() {
    String note =
        "Hi Tom, loved your post on hiring! We help teams like yours cut time-to-hire by 40% with"
            + " our AI sourcing tool. Open to a quick 15-min demo this week?";
    CorpusEvidence e = scorer.score(note, Profile.EMPTY, Profile.EMPTY);
    assertEquals(10, e.neighbors().size());
    long spam = e.neighbors().stream().filter(n -> n.label().equals("spam")).count();
    assertTrue(spam >= 7, "spam neighbours: " + e.neighbors());
    for (int i = 1; i < e.neighbors().size(); i++) {
      assertTrue(e.neighbors().get(i).similarity() <= e.neighbors().get(i - 1).similarity());
    }
    assertTrue(e.spam() >= LabeledCorpusScorer.SPAM_LIKE_THRESHOLD, "spam " + e.spam());
    Reason r = reason(e, ReasonCode.SPAM_LIKE);
    assertNotNull(r);
    String firstSpam =
        e.neighbors().stream().filter(n -> n.label().equals("spam")).findFirst().get().id();
    assertTrue(
        r.evidence().startsWith("spam neighbours: " + firstSpam + " (similarity "), r.evidence());
    assertNotNull(r.span(), "the matching words are highlighted");
    assertEquals(note.substring(r.span().start(), r.span().end()), r.text());
    String words = r.text().toLowerCase(Locale.ROOT);
    assertTrue(words.contains("demo") || words.contains("teams like yours"), r.text());
  }

  @Test
  void aSpecificPersonalNoteIsNotSpamLike() {
    String note =
        "Hi Aiko, your PyData Tokyo talk on forecasting ramen shop demand with hierarchical models"
            + " was a delight. I'm trying the same reconciliation trick for our bakery chain.";
    CorpusEvidence e =
        scorer.score(note, Profile.builder().name("Aiko Mori").build(), Profile.EMPTY);
    assertTrue(e.personalized() > 0.5, "personalized " + e.personalized());
    assertTrue(e.spam() < 0.2, "spam " + e.spam());
    assertNull(reason(e, ReasonCode.SPAM_LIKE));
    assertNull(reason(e, ReasonCode.MASS_TEMPLATE));
  }

  @Test
  void theDefaultNoteIsGenericWithItsCopyAsNearestNeighbour() {
    CorpusEvidence e =
        scorer.score(
            "I'd like to add you to my professional network on LinkedIn.",
            Profile.EMPTY,
            Profile.EMPTY);
    assertTrue(e.generic() > 0.8, "generic " + e.generic());
    assertEquals("w1-0002", e.neighbors().get(0).id());
    assertEquals(1.0, e.neighbors().get(0).similarity(), 1e-9);
  }

  @Test
  void aShortStockLineIsNotCalledATemplateButALongGenericCopyIs() {
    CorpusEvidence shortLine =
        scorer.score("Hi Kevin, I'd love to connect with you.", Profile.EMPTY, Profile.EMPTY);
    assertNull(reason(shortLine, ReasonCode.MASS_TEMPLATE), shortLine.reasons().toString());

    String copy =
        "Hi Omar, I hope you are doing well! I came across your profile and would love to"
            + " connect. Looking forward to hearing from you.";
    CorpusEvidence e = scorer.score(copy, Profile.EMPTY, Profile.EMPTY);
    Reason template = reason(e, ReasonCode.MASS_TEMPLATE);
    assertNotNull(template, e.reasons().toString());
    assertTrue(template.evidence().contains("w1-0158 (1.00)"), template.evidence());
    assertNull(template.span(), "a template concerns the whole note");
  }

  @Test
  void fourThreadsGetTheSameEvidenceAsOne() throws Exception {
    List<CorpusNote> notes = DefaultCorpus.bundledNotes().subList(0, 200);
    List<CorpusEvidence> serial =
        notes.stream().map(n -> scorer.score(n.text(), n.recipient(), n.sender())).toList();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<CorpusEvidence>> futures = new java.util.ArrayList<>();
      for (CorpusNote n : notes) {
        futures.add(pool.submit(() -> scorer.score(n.text(), n.recipient(), n.sender())));
      }
      for (int i = 0; i < notes.size(); i++) {
        assertEquals(serial.get(i), futures.get(i).get(), notes.get(i).id());
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aBlankNoteConsultsNothing() {
    assertEquals(CorpusEvidence.NONE, scorer.score("  ", Profile.EMPTY, Profile.EMPTY));
  }

  @Test
  void scoringTakesWellUnderAMillisecondPerNoteOnceWarm() {
    List<CorpusNote> all = DefaultCorpus.bundledNotes();
    List<CorpusNote> notes = all.subList(0, Math.min(500, all.size()));
    for (CorpusNote n : notes) {
      scorer.score(n.text(), n.recipient(), n.sender());
    }
    long start = System.nanoTime();
    for (CorpusNote n : notes) {
      scorer.score(n.text(), n.recipient(), n.sender());
    }
    double msPerNote = (System.nanoTime() - start) / 1e6 / notes.size();
    // generous bound for a shared 2-core machine; the measured figure is in models/README.md
    assertTrue(msPerNote < 5, "ms per note " + msPerNote);
  }
}
