package io.invitecheck.cli;

import io.invitecheck.InvalidDraftException;
import io.invitecheck.draft.Draft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Drafts from CSV with a header row (RFC 4180: fields with commas, quotes or line breaks are
 * quoted, quotes doubled). A quoted field may span lines; a record's line number is the line where
 * it starts. Records are assembled line by line in constant memory (a record over {@link
 * #MAX_RECORD_BYTES} is skipped to its end and reported), then parsed by Apache Commons CSV.
 */
final class CsvSource implements DraftSource {
  static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(false).get();

  private final BoundedLineReader lines;
  private final CsvDrafts columns;
  private final String headerText;
  private long blank;

  /**
   * Opens the source and checks its header.
   *
   * @throws CliException (exit 2) for an empty input or a bad header
   */
  CsvSource(BoundedLineReader lines, String name) throws IOException {
    this.lines = lines;
    Raw header = nextRaw();
    if (header == null) {
      this.columns = null;
      this.headerText = null;
      return;
    }
    if (header.error != null) {
      throw CliException.badInput(
          "cannot read the header of " + name + " (line " + header.line + "): " + header.error);
    }
    this.headerText = header.text;
    try {
      this.columns = CsvDrafts.forHeader(parse(header.text), name);
    } catch (InvalidDraftException e) {
      throw CliException.badInput(
          "cannot read the header of " + name + " (line " + header.line + "): " + e.getMessage());
    }
  }

  @Override
  public Record nextRecord() throws IOException {
    if (columns == null) {
      return null;
    }
    Raw raw = nextRaw();
    if (raw == null) {
      return null;
    }
    return raw.error != null
        ? new Record(raw.line, null, RecordError.invalid("$", raw.error))
        : new Record(raw.line, raw.text, null);
  }

  @Override
  public Item parse(Record r) {
    if (r.error() != null) {
      return Item.failed(r.line(), null, r.error());
    }
    List<String> values;
    try {
      values = parse(r.text());
    } catch (InvalidDraftException e) {
      return Item.failed(r.line(), null, e);
    }
    String id = columns.id(values);
    try {
      return Item.of(r.line(), id, columns.draft(values), r.text());
    } catch (InvalidDraftException e) {
      return Item.failed(r.line(), id, e);
    }
  }

  /** One record's text (without its final line break), or the reason it has none. */
  private record Raw(long line, String text, String error) {}

  /** The next non-blank record, joined across the line breaks inside quoted fields. */
  private Raw nextRaw() throws IOException {
    BoundedLineReader.Line first;
    while (true) {
      first = lines.next();
      if (first == null) {
        return null;
      }
      if (first.problem() != null || !first.text().isBlank()) {
        break;
      }
      blank++;
    }
    long start = first.number();
    StringBuilder text = new StringBuilder();
    String error = null;
    boolean inQuotes = false;
    long bytes = 0;
    BoundedLineReader.Line line = first;
    while (true) {
      inQuotes ^= (line.quotes() & 1) == 1;
      bytes += line.bytes() + line.terminator().length();
      if (error == null) {
        if (line.problem() == BoundedLineReader.Problem.TOO_LONG || bytes > MAX_RECORD_BYTES) {
          error =
              "the record is over the limit of "
                  + MAX_RECORD_BYTES
                  + " bytes (a note is at most 10,000 characters)";
          text = null;
        } else if (line.problem() == BoundedLineReader.Problem.NOT_UTF8) {
          error = "line " + line.number() + " is not valid UTF-8";
          text = null;
        } else {
          text.append(line.text());
        }
      }
      if (!inQuotes) {
        break;
      }
      if (line.terminator().isEmpty()) {
        error = "a quoted field opened in this record is never closed (missing '\"')";
        break;
      }
      if (text != null) {
        text.append(line.terminator());
      }
      line = lines.next();
      if (line == null) {
        error = "a quoted field opened in this record is never closed (missing '\"')";
        break;
      }
    }
    return new Raw(start, error == null ? text.toString() : null, error);
  }

  /** The header row's text, or null for an empty input. */
  String headerText() {
    return headerText;
  }

  /**
   * The draft of one record's text under a header's text, as {@link #next} reads it.
   *
   * @throws InvalidDraftException naming the column that is wrong
   * @throws CliException for a bad header
   */
  static Draft draft(String headerText, String recordText) {
    return CsvDrafts.forHeader(parse(headerText), "the header").draft(parse(recordText));
  }

  static List<String> parse(String text) {
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        throw new InvalidDraftException("$", "malformed CSV record");
      }
      List<String> values = new ArrayList<>(records.get(0).size());
      records.get(0).forEach(values::add);
      return values;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new InvalidDraftException("$", "malformed CSV: " + m);
    }
  }

  @Override
  public long blankLines() {
    return blank;
  }

  @Override
  public long bytesRead() {
    return lines.bytesRead();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
