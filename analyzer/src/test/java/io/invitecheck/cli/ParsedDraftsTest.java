package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ParsedDraftsTest {
  private static final String ANA =
      "{\"id\":\"a1\",\"note\":\"Hi Ana, your talk on payment fraud at Money20/20 was the clearest"
          + " I have heard. I lead risk at Ledgerly and would value comparing notes.\","
          + "\"recipient\":{\"name\":\"Ana Costa\",\"company\":\"Revolut\"}}";
  private static final String RAJ =
      "{\"id\":\"r2\",\"note\":\"Hello Raj, I saw your post on zero-downtime Postgres upgrades;"
          + " we did the same at Brightwave last spring.\",\"recipient\":{\"name\":\"Raj Patel\"}}";
  private static final String NO_NOTE = "{\"id\":\"e3\",\"recipient\":{\"name\":\"Ana Costa\"}}";

  private final JsonlSource source = new JsonlSource(null);

  private DraftSource.Record record(long line, String text) {
    return new DraftSource.Record(line, text, null);
  }

  private DraftSource.Item parsed(long line, String text) {
    return source.parse(record(line, text));
  }

  @Test
  void aKeptDraftIsHandedOutOnceForTheSameRecord() {
    ParsedDrafts kept = ParsedDrafts.withBudget(10_000);
    DraftSource.Item ana = parsed(1, ANA);
    DraftSource.Item raj = parsed(3, RAJ);
    kept.keep(ana);
    kept.keep(raj);
    assertEquals(2, kept.size());

    assertSame(raj, kept.take(record(3, RAJ)));
    assertSame(ana, kept.take(record(1, ANA)));
    assertNull(kept.take(record(1, ANA)), "handed out once, then dropped");
    assertEquals(0, kept.size());
  }

  @Test
  void aRecordWhoseTextChangedSinceTheFirstPassIsParsedAgain() {
    ParsedDrafts kept = ParsedDrafts.withBudget(10_000);
    kept.keep(parsed(1, ANA));
    assertNull(kept.take(record(1, RAJ)), "line 1 now holds another draft");
    assertNull(kept.take(record(2, ANA)), "no draft was kept for line 2");
  }

  @Test
  void draftsBeyondTheBudgetAreNotKept() {
    ParsedDrafts kept = ParsedDrafts.withBudget(ANA.length() + RAJ.length() - 1);
    kept.keep(parsed(1, ANA));
    kept.keep(parsed(2, RAJ));
    kept.keep(parsed(3, ANA));
    assertEquals(1, kept.size());
    assertNull(kept.take(record(2, RAJ)));
    assertNull(kept.take(record(3, ANA)));
    assertEquals("a1", kept.take(record(1, ANA)).id());
  }

  @Test
  void recordsThatGaveNoDraftAreNotKept() {
    ParsedDrafts kept = ParsedDrafts.withBudget(10_000);
    DraftSource.Item noNote = parsed(1, NO_NOTE);
    assertNull(noNote.draft(), "a draft without a note is invalid");
    assertEquals("e3", noNote.id());
    kept.keep(noNote);
    kept.keep(source.parse(new DraftSource.Record(2, null, RecordError.invalid("$", "not UTF-8"))));
    assertEquals(0, kept.size());
  }

  @Test
  void standardInputKeepsNothing() {
    ParsedDrafts kept = ParsedDrafts.none();
    kept.keep(parsed(1, ANA));
    assertNull(kept.take(record(1, ANA)));
  }

  @Test
  void theDefaultBudgetIsATenthOfTheHeap() {
    ParsedDrafts kept = ParsedDrafts.forThisHeap();
    long budget = Runtime.getRuntime().maxMemory() / 10 / ParsedDrafts.HEAP_BYTES_PER_CHAR;
    assertEquals(budget, kept.budgetChars());
  }
}
