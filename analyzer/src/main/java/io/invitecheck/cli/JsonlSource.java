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
  public Item next() throws IOException {
    while (true) {
      BoundedLineReader.Line line = lines.next();
      if (line == null) {
        return null;
      }
      if (line.problem() == BoundedLineReader.Problem.TOO_LONG) {
        return Item.failed(
            line.number(), null, RecordError.invalid("$", DraftSource.tooLong(line, "the line")));
      }
      if (line.problem() == BoundedLineReader.Problem.NOT_UTF8) {
        return Item.failed(
            line.number(), null, RecordError.invalid("$", "the line is not valid UTF-8"));
      }
      if (line.text().isBlank()) {
        blank++;
        continue;
      }
      JsonDrafts.Parsed p = JsonDrafts.read(line.text());
      return p.error() != null
          ? Item.failed(line.number(), p.id(), p.error())
          : Item.of(line.number(), p.id(), p.draft(), line.text());
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
