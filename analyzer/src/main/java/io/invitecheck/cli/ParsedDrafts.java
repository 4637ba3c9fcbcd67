package io.invitecheck.cli;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Drafts that the template pass of a batch parsed, kept for the scoring pass so that a draft is
 * parsed once instead of twice, within a memory budget: a batch of a million drafts keeps its first
 * few thousand and parses the rest again, so the heap a batch needs does not grow with its input.
 *
 * <p>The scoring pass reads the file again and takes a kept draft only when the record's text is
 * the one it was parsed from, so a draft is always the one its own text gives. Each is handed out
 * once and then dropped, so the memory is freed as the scoring pass goes.
 *
 * <p>{@link #keep} is called by one thread (the template pass's writer, in input order); {@link
 * #take} by many (the scoring pass's pool), after the template pass has ended.
 */
final class ParsedDrafts {
  /**
   * A kept draft costs up to four bytes of heap per character of its record (3.4 measured on
   * generated drafts: the record's text, the draft's strings and objects).
   */
  static final int HEAP_BYTES_PER_CHAR = 4;

  private final ConcurrentHashMap<Long, DraftSource.Item> items = new ConcurrentHashMap<>();
  private final long budgetChars;
  private long keptChars;

  private ParsedDrafts(long budgetChars) {
    this.budgetChars = budgetChars;
  }

  /** Keeps drafts whose records add up to at most {@code budgetChars} characters. */
  static ParsedDrafts withBudget(long budgetChars) {
    return new ParsedDrafts(Math.max(0, budgetChars));
  }

  /** Keeps drafts in up to a tenth of the heap this JVM may grow to. */
  static ParsedDrafts forThisHeap() {
    return withBudget(Runtime.getRuntime().maxMemory() / 10 / HEAP_BYTES_PER_CHAR);
  }

  /** Keeps nothing: every draft is parsed where it is needed (standard input is read once). */
  static ParsedDrafts none() {
    return withBudget(0);
  }

  /**
   * Keeps a parsed draft if the budget allows; records that did not give a draft are not kept
   * (their errors are made again by the scoring pass).
   */
  void keep(DraftSource.Item item) {
    if (item.draft() == null || item.text() == null) {
      return;
    }
    long chars = item.text().length();
    if (keptChars + chars > budgetChars) {
      return;
    }
    keptChars += chars;
    items.put(item.line(), item);
  }

  /** The draft kept for this record, handed out once; else null. Thread-safe. */
  DraftSource.Item take(DraftSource.Record record) {
    if (record.text() == null || items.isEmpty()) {
      return null;
    }
    DraftSource.Item item = items.remove(record.line());
    return item != null && item.text().equals(record.text()) ? item : null;
  }

  /** The most characters of records whose drafts are kept. */
  long budgetChars() {
    return budgetChars;
  }

  /** Drafts kept and not yet taken. */
  int size() {
    return items.size();
  }
}
