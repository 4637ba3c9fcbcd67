package io.invitecheck.cli;

import io.invitecheck.InvalidDraftException;
import io.invitecheck.draft.Draft;
import java.io.Closeable;
import java.io.IOException;

/**
 * Reads the records of a batch input one at a time, in constant memory. Every record gives exactly
 * one {@link Item}: a draft or the error that stopped it. Blank lines are not records: they are
 * skipped and counted. Reading is split in two so that a batch can parse on many threads: {@link
 * #nextRecord} cuts the input into records (not thread-safe, in order), {@link #parse} reads a
 * record's draft (thread-safe).
 */
interface DraftSource extends Closeable {
  /** The most bytes one record (a JSONL line, a CSV record) may have: 64 KiB. */
  int MAX_RECORD_BYTES = 64 * 1024;

  /**
   * One input record.
   *
   * @param line the line number where the record starts (1-based)
   * @param id the draft's id when it could be read, else null
   * @param draft the draft; null when {@code error} is set
   * @param error why there is no draft; null when {@code draft} is set
   * @param text the record's own text (a JSON line, a CSV record without its line break), from
   *     which {@code draft} was read; null when {@code error} is set
   */
  record Item(long line, String id, Draft draft, RecordError error, String text) {
    static Item of(long line, String id, Draft draft, String text) {
      return new Item(line, id, draft, null, text);
    }

    static Item failed(long line, String id, RecordError error) {
      return new Item(line, id, null, error, null);
    }

    static Item failed(long line, String id, InvalidDraftException e) {
      return failed(line, id, RecordError.invalid(e.field(), e.getMessage()));
    }
  }

  /**
   * One input record before parsing: its text, or the reason it has none (too long, not UTF-8, an
   * unclosed quote).
   *
   * @param line the line number where the record starts (1-based)
   * @param text the record's own text; null when {@code error} is set
   * @param error why there is no text; null when {@code text} is set
   */
  record Record(long line, String text, RecordError error) {}

  /** The next record's text, or null at the end of the input. */
  Record nextRecord() throws IOException;

  /** The draft of a record, or the error that stops it. Thread-safe. */
  Item parse(Record record);

  /** The next record, parsed; or null at the end of the input. */
  default Item next() throws IOException {
    Record r = nextRecord();
    return r == null ? null : parse(r);
  }

  /** Blank lines skipped so far. */
  long blankLines();

  /** Bytes of input consumed so far. */
  long bytesRead();

  /** A message for a line over the limit. */
  static String tooLong(BoundedLineReader.Line line, String what) {
    return what
        + " is "
        + line.bytes()
        + " bytes long; the limit is "
        + MAX_RECORD_BYTES
        + " bytes (a note is at most 10,000 characters)";
  }
}
