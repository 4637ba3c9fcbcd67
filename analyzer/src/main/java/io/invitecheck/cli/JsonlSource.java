package io.invitecheck.cli;

import java.io.IOException;

/** Drafts from JSON Lines: one {@code Draft} JSON object per line. */
final class JsonlSource implements DraftSource {
  private final BoundedLineReader lines;
  private long blank;

  JsonlSource(BoundedLineReader lines) {
    this.lines = lines;
  }

  @Override
  public Record nextRecord() throws IOException {
    while (true) {
      BoundedLineReader.Line line = lines.next();
      if (line == null) {
        return null;
      }
      if (line.problem() == BoundedLineReader.Problem.TOO_LONG) {
        return new Record(
            line.number(), null, RecordError.invalid("$", DraftSource.tooLong(line, "the line")));
      }
      if (line.problem() == BoundedLineReader.Problem.NOT_UTF8) {
        return new Record(
            line.number(), null, RecordError.invalid("$", "the line is not valid UTF-8"));
      }
      if (line.text().isBlank()) {
        blank++;
        continue;
      }
      return new Record(line.number(), line.text(), null);
    }
  }

  @Override
  public Item parse(Record r) {
    if (r.error() != null) {
      return Item.failed(r.line(), null, r.error());
    }
    JsonDrafts.Parsed p = JsonDrafts.read(r.text());
    return p.error() != null
        ? Item.failed(r.line(), p.id(), p.error())
        : Item.of(r.line(), p.id(), p.draft(), r.text());
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
