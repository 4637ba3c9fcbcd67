package io.invitecheck.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The {@code spark-submit} entry point: scores a drafts file as {@code invitecheck batch} does.
 *
 * <pre>
 * spark-submit --class io.invitecheck.spark.ScoreJob invitecheck-spark-job.jar \
 *     IN OUT [--input-format jsonl|csv|parquet] [--output-format jsonl|csv|parquet] \
 *     [--summary FILE] [--config FILE] [--mass-template-size N]
 * </pre>
 *
 * IN and OUT may be any path Spark reads (local, HDFS, S3, ...); formats default to the extension.
 * OUT is a directory of part files (it must not exist) whose concatenation in name order is the
 * batch's output. The summary is the JSON of {@code batch --summary}; the config file is read on
 * the driver and shipped to the executors.
 */
public final class ScoreJob {
  private ScoreJob() {}

  /** The job's arguments. */
  record Args(
      String input,
      String output,
      Format inputFormat,
      Format outputFormat,
      String summary,
      Path config,
      int massTemplateSize) {
    static Args parse(String[] a) {
      String in = null;
      String out = null;
      String inFormat = null;
      String outFormat = null;
      String summary = null;
      Path config = null;
      int size = 5;
      for (int i = 0; i < a.length; i++) {
        switch (a[i]) {
          case "--input-format" -> inFormat = value(a, ++i);
          case "--output-format" -> outFormat = value(a, ++i);
          case "--summary" -> summary = value(a, ++i);
          case "--config" -> config = Path.of(value(a, ++i));
          case "--mass-template-size" -> size = Integer.parseInt(value(a, ++i));
          default -> {
            if (a[i].startsWith("--")) {
              throw new IllegalArgumentException("unknown option " + a[i] + "\n" + USAGE);
            } else if (in == null) {
              in = a[i];
            } else if (out == null) {
              out = a[i];
            } else {
              throw new IllegalArgumentException("too many arguments\n" + USAGE);
            }
          }
        }
      }
      if (in == null || out == null) {
        throw new IllegalArgumentException("give IN and OUT\n" + USAGE);
      }
      return new Args(in, out, format(inFormat, in), format(outFormat, out), summary, config, size);
    }

    private static String value(String[] a, int i) {
      if (i >= a.length) {
        throw new IllegalArgumentException(a[i - 1] + " needs a value\n" + USAGE);
      }
      return a[i];
    }

    private static Format format(String given, String path) {
      Format f = given != null ? Format.of(given) : Format.ofExtension(path);
      if (f == null) {
        throw new IllegalArgumentException(
            "cannot tell the format of '"
                + path
                + "': name it .jsonl, .csv or .parquet, or give"
                + " --input-format / --output-format");
      }
      return f;
    }
  }

  static final String USAGE =
      "usage: ScoreJob IN OUT [--input-format jsonl|csv|parquet]"
          + " [--output-format jsonl|csv|parquet] [--summary FILE] [--config FILE]"
          + " [--mass-template-size N]";

  public static void main(String[] argv) throws IOException {
    Args args = Args.parse(argv);
    JobSettings settings =
        args.config() == null
            ? new JobSettings(null, null, args.massTemplateSize())
            : JobSettings.of(args.config(), args.massTemplateSize());
    SparkSession spark = SparkSession.builder().appName("invitecheck-score").getOrCreate();
    try {
      run(spark, args, settings);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job on a session; returns the number of records written. */
  static long run(SparkSession spark, Args args, JobSettings settings) throws IOException {
    long started = System.nanoTime();
    Dataset<Row> records =
        DraftRecords.read(spark, args.input(), args.inputFormat())
            .persist(StorageLevel.MEMORY_AND_DISK());
    InviteCheckSpark.Scored scored = InviteCheckSpark.score(records, settings);
    Dataset<Row> results = scored.results().persist(StorageLevel.MEMORY_AND_DISK());
    InviteCheckSpark.write(results, args.output(), args.outputFormat());
    long n = results.count();
    double seconds = (System.nanoTime() - started) / 1e9;
    if (args.summary() != null) {
      String json = scored.summaryJson(args.input(), args.output(), seconds);
      org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(args.summary());
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(p, true)) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      }
    }
    System.err.printf(
        Locale.ROOT,
        "invitecheck spark: %d records from %s in %.1f s (%.1f notes/s), output %s%n",
        n,
        args.input(),
        seconds,
        n / seconds,
        args.output());
    results.unpersist();
    records.unpersist();
    return n;
  }
}
