package io.invitecheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import io.invitecheck.cli.BatchRecords;
import io.invitecheck.cli.RecordError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads the records of a drafts file into a {@code Dataset<Row>} of {@link #SCHEMA}, exactly as
 * {@code invitecheck batch} reads them: one row per record with its line number, and an error row
 * (invalid JSON, a missing note, a wrong type, a bad CSV record, a record over 64 KiB) where the
 * record has no draft. The draft itself stays as the record's text; it is read again where it is
 * analyzed.
 *
 * <p>JSON Lines and CSV are read by the batch command's own readers, one task per file (reading is
 * microseconds a record; the analysis after it is spread over the cluster). A CSV record may span
 * lines, so CSV cannot be split by byte ranges anyway. Parquet rows are turned into draft JSON
 * (column names as in the JSON form of a draft, nested structs for {@code recipient}, {@code
 * sender} and {@code context}), numbered 1, 2, ... in file order, and read as JSON lines.
 */
public final class DraftRecords {
  /**
   * One row per input record. {@code line}: where the record starts (1-based); {@code id}: the
   * draft's id when it could be read; {@code text}: the record's text, null for an error row;
   * {@code csv_header}: the CSV header row, null for JSON; {@code error_code}, {@code error_field},
   * {@code error_message}: why there is no draft, null for a draft. One more row per input file has
   * {@code line} -1 and, in {@code blank_lines}, the blank lines skipped (they are not records).
   */
  public static final StructType SCHEMA =
      new StructType()
          .add("line", DataTypes.LongType, false)
          .add("id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("csv_header", DataTypes.StringType)
          .add("error_code", DataTypes.StringType)
          .add("error_field", DataTypes.StringType)
          .add("error_message", DataTypes.StringType)
          .add("blank_lines", DataTypes.LongType);

  /** The {@code line} of the row that counts blank lines. */
  public static final long TRAILER = -1;

  private DraftRecords() {}

  /**
   * Reads one drafts file (JSON Lines or CSV: one file, as {@code batch}; Parquet: a file or a
   * directory of part files).
   *
   * @throws IllegalArgumentException when a JSON Lines or CSV path does not name exactly one file
   */
  public static Dataset<Row> read(SparkSession spark, String path, Format format) {
    JavaRDD<Row> rows;
    if (format == Format.PARQUET) {
      rows =
          spark
              .read()
              .parquet(path)
              .select(to_json(struct(col("*"))))
              .javaRDD()
              .zipWithIndex()
              .map(t -> row(BatchRecords.jsonRecord(t._2() + 1, t._1().getString(0)), null));
    } else {
      checkOneFile(spark, path);
      boolean csv = format == Format.CSV;
      rows =
          JavaSparkContext.fromSparkContext(spark.sparkContext())
              .binaryFiles(path, 1)
              .flatMap(f -> new FileRows(f._1(), f._2(), csv));
    }
    return spark.createDataFrame(rows, SCHEMA);
  }

  static Row row(BatchRecords.Record r, String csvHeader) {
    RecordError e = r.error();
    return RowFactory.create(
        r.line(),
        r.id(),
        r.text(),
        e == null ? csvHeader : null,
        e == null ? null : e.code(),
        e == null ? null : e.field(),
        e == null ? null : e.message(),
        null);
  }

  private static void checkOneFile(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] found = fs.globStatus(p);
      if (found == null || found.length != 1 || !found[0].isFile()) {
        throw new IllegalArgumentException(
            "input '"
                + path
                + "' must name one JSON Lines or CSV file, as for 'invitecheck batch' (found "
                + (found == null ? 0 : found.length)
                + " matches)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list input '" + path + "'", e);
    }
  }

  /** The rows of one file, read lazily with the batch's reader, then the blank-line trailer. */
  private static final class FileRows implements Iterator<Row> {
    private final BatchRecords.Reader reader;
    private final InputStream in;
    private Row next;
    private boolean done;

    FileRows(String name, PortableDataStream stream, boolean csv) throws IOException {
      this.in = stream.open();
      try {
        this.reader = BatchRecords.open(in, name, csv);
      } catch (IOException | RuntimeException e) {
        in.close();
        throw e;
      }
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          BatchRecords.Record r = reader.next();
          if (r != null) {
            next = row(r, reader.csvHeader());
          } else {
            next =
                RowFactory.create(TRAILER, null, null, null, null, null, null, reader.blankLines());
            done = true;
            reader.close();
            in.close();
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = next;
      next = null;
      return r;
    }
  }
}
