package io.invitecheck.corpus;

/**
 * A corpus file has a line that is not a valid note. The message names the file, the line number
 * and what is wrong, e.g. {@code corpus/notes.jsonl line 12: unknown label 'spm': expected ...}.
 */
public final class CorpusFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  public CorpusFormatException(String file, int line, String problem) {
    super(file + " line " + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file (or resource) name as given to the reader. */
  public String file() {
    return file;
  }

  /** The 1-based line number of the bad line. */
  public int line() {
    return line;
  }
}
