package io.invitecheck.cli;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.campaign.CampaignSummary;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.RiskLevel;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The record contract of {@code invitecheck batch}, for running a batch elsewhere (the Spark module
 * runs it on a cluster): reading the records of an input, re-reading a record's draft from its text
 * on another machine, analyzing one draft, writing its result as a JSON line or a CSV record, and
 * writing the summary JSON. Every method is the code {@code batch} itself runs, so the two give the
 * same output. Internal to InviteCheck: not a stable API. Stateless, thread-safe.
 */
public final class BatchRecords {
  /** The most bytes one record may have: 64 KiB. */
  public static final int MAX_RECORD_BYTES = DraftSource.MAX_RECORD_BYTES;

  private static final ResultSink JSONL = new ResultSink.Jsonl(OutputStream.nullOutputStream());
  private static final ResultSink CSV = csvRenderer();

  private BatchRecords() {}

  private static ResultSink csvRenderer() {
    try {
      return new ResultSink.Csv(OutputStream.nullOutputStream(), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // no header is written
    }
  }

  /**
   * One input record: its text, from which {@link #draft} reads the draft again, or the error that
   * stopped it.
   *
   * @param line the line where the record starts (1-based)
   * @param id the draft's id when it could be read, else null
   * @param text the record's own text; null when {@code error} is set
   * @param error why there is no draft; null when {@code text} is set
   */
  public record Record(long line, String id, String text, RecordError error) {}

  /**
   * Reads the records of one input, as {@code batch} does: in constant memory, one record per call.
   * Not thread-safe.
   */
  public static final class Reader implements Closeable {
    private final DraftSource source;
    private final String csvHeader;

    private Reader(DraftSource source, String csvHeader) {
      this.source = source;
      this.csvHeader = csvHeader;
    }

    /** The next record, or null at the end of the input. */
    public Record next() throws IOException {
      DraftSource.Item item = source.next();
      return item == null ? null : new Record(item.line(), item.id(), item.text(), item.error());
    }

    /** Blank lines skipped so far (not records). */
    public long blankLines() {
      return source.blankLines();
    }

    /** The header row of a CSV input, to pass to {@link #draft}; null for JSON Lines. */
    public String csvHeader() {
      return csvHeader;
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }

  /**
   * Opens an input stream of JSON Lines or, when {@code csv}, CSV with a header row.
   *
   * @param name the input's name for messages
   * @throws IllegalArgumentException for a CSV header that {@code batch} rejects (its exit 2)
   */
  public static Reader open(InputStream in, String name, boolean csv) throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, DraftSource.MAX_RECORD_BYTES);
    try {
      if (csv) {
        CsvSource source = new CsvSource(lines, "'" + name + "'");
        return new Reader(source, source.headerText());
      }
      return new Reader(new JsonlSource(lines), null);
    } catch (CliException e) {
      lines.close();
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * The record of one draft's JSON text that did not come from a JSON Lines file (e.g. a Parquet
   * row turned into JSON), read as a JSON line is read.
   */
  public static Record jsonRecord(long line, String text) {
    JsonDrafts.Parsed p = JsonDrafts.read(text);
    return p.error() == null
        ? new Record(line, p.id(), text, null)
        : new Record(
            line, p.id(), null, RecordError.invalid(p.error().field(), p.error().getMessage()));
  }

  /**
   * The draft of a record's text, read as {@link Reader} read it.
   *
   * @param csvHeader the input's CSV header row, or null for a JSON line
   */
  public static Draft draft(String text, String csvHeader) {
    return csvHeader == null ? JsonDrafts.parse(text).draft() : CsvSource.draft(csvHeader, text);
  }

  /** The result of a record that had no draft. */
  public static BatchResult failed(Record record) {
    return new BatchResult(record.line(), record.id(), null, record.error(), null);
  }

  /**
   * Analyzes one draft as {@code batch} does, with the reasons found outside its note (the {@code
   * mass_template} reason of its template cluster): a report, or an error record.
   */
  public static BatchResult analyze(
      InviteAnalyzer analyzer, long line, String id, Draft draft, List<Reason> outside) {
    return BatchCommand.analyzeOne(analyzer, line, id, draft, outside);
  }

  /** The JSON Lines output of one result, without the line break. */
  public static String jsonLine(BatchResult result) {
    String s = JSONL.render(result);
    return s.substring(0, s.length() - 1);
  }

  /** The CSV output header row, with its {@code \r\n}. */
  public static String csvHeader() {
    return ResultSink.Csv.header();
  }

  /** The CSV output record of one result, with its {@code \r\n}. */
  public static String csvRecord(BatchResult result) {
    return CSV.render(result);
  }

  /**
   * The JSON {@code batch --summary FILE} writes, from totals counted elsewhere.
   *
   * @param levels reports by risk level
   * @param reasons reports by reason code (a report counts once per code)
   * @param errorsByCode error records by code, in the order each code first appears in the input
   * @param firstErrorLine the line of the first error record, or -1
   * @param campaign the campaign view of the same records
   */
  public static String summaryJson(
      String input,
      String output,
      long records,
      Map<RiskLevel, Long> levels,
      Map<ReasonCode, Long> reasons,
      Map<String, Long> errorsByCode,
      long firstErrorLine,
      long blankLines,
      double seconds,
      CampaignSummary campaign) {
    BatchSummary s =
        BatchSummary.of(
            records, levels, reasons, errorsByCode, firstErrorLine, blankLines, seconds);
    try {
      return BatchCommand.summaryJson(s.json(input, output), campaign.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
