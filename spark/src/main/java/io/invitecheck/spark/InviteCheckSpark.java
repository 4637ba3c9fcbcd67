package io.invitecheck.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.campaign.CampaignSummary;
import io.invitecheck.campaign.MassTemplates;
import io.invitecheck.cli.BatchRecords;
import io.invitecheck.cli.BatchResult;
import io.invitecheck.cli.RecordError;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * InviteCheck's batch scoring on Apache Spark: the records, reports and summary of {@code
 * invitecheck batch}, computed on a cluster.
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().getOrCreate();
 * Dataset<Row> records = DraftRecords.read(spark, "s3a://bucket/drafts.jsonl", Format.JSONL);
 * InviteCheckSpark.Scored scored = InviteCheckSpark.score(records, JobSettings.defaults());
 * InviteCheckSpark.write(scored.results(), "s3a://bucket/reports", Format.JSONL);
 * String summary = scored.summaryJson("drafts.jsonl", "reports", seconds); // batch --summary
 * }</pre>
 *
 * <p>Each executor JVM builds one analyzer per {@link JobSettings}, on first use, and shares it
 * between its tasks (the analyzer is thread-safe). Drafts are analyzed in {@code mapPartitions}.
 * The {@code mass_template} reason is found first, by a distributed pass ({@link TemplatePass})
 * that gives the batch's own clusters; the summary is a distributed aggregation, only its results
 * (counts, templates, duplicate recipients, the first lines of each list) reach the driver.
 */
public final class InviteCheckSpark {
  /**
   * One row per input record, in no particular order ({@code line} orders them). {@code json}: the
   * record's JSON Lines output of {@code batch} (the report, or the error record); {@code csv}: its
   * CSV output record of {@code batch}, with the {@code \r\n}; {@code risk_level}: null for an
   * error record, whose {@code error_code} and {@code error_message} say why. The other columns are
   * what the summary counts.
   */
  public static final StructType RESULT_SCHEMA =
      new StructType()
          .add("line", DataTypes.LongType, false)
          .add("id", DataTypes.StringType)
          .add("json", DataTypes.StringType, false)
          .add("csv", DataTypes.StringType, false)
          .add("risk_level", DataTypes.StringType)
          .add("error_code", DataTypes.StringType)
          .add("error_message", DataTypes.StringType)
          .add("bin", DataTypes.IntegerType)
          .add("reason_codes", DataTypes.createArrayType(DataTypes.StringType))
          .add("no_signal", DataTypes.BooleanType)
          .add("personalized", DataTypes.BooleanType)
          .add("free_account", DataTypes.BooleanType)
          .add("over_limit", DataTypes.BooleanType)
          .add("resend", DataTypes.BooleanType)
          .add("recipient_key", DataTypes.LongType)
          .add("recipient_name", DataTypes.StringType)
          .add("recipient_company", DataTypes.StringType);

  /** The columns of a Parquet output: those of the batch's CSV, the line and the report JSON. */
  public static final StructType PARQUET_SCHEMA =
      new StructType()
          .add("line", DataTypes.LongType, false)
          .add("id", DataTypes.StringType)
          .add("risk_score", DataTypes.StringType)
          .add("risk_level", DataTypes.StringType)
          .add("personalization", DataTypes.StringType)
          .add("spam", DataTypes.StringType)
          .add("self_promotion", DataTypes.StringType)
          .add("reasons", DataTypes.StringType)
          .add("top_reason", DataTypes.StringType)
          .add("error", DataTypes.StringType)
          .add("report", DataTypes.StringType, false);

  private InviteCheckSpark() {}

  /**
   * Scored records: the results and what the summary needs. Lazy: nothing runs until the results
   * are written or counted, or the summary is asked for.
   */
  public static final class Scored {
    private final Dataset<Row> records;
    private final JavaRDD<Row> drafts;
    private final Dataset<Row> results;
    private final TemplatePass.Result templates;
    private final JobSettings settings;

    private Scored(
        Dataset<Row> records,
        JavaRDD<Row> drafts,
        Dataset<Row> results,
        TemplatePass.Result templates,
        JobSettings settings) {
      this.records = records;
      this.drafts = drafts;
      this.results = results;
      this.templates = templates;
      this.settings = settings;
    }

    /** One row per record, of {@link #RESULT_SCHEMA}. */
    public Dataset<Row> results() {
      return results;
    }

    /**
     * The JSON {@code batch --summary FILE} writes for the same input: the batch summary with the
     * campaign view under {@code "campaign"}. Counted on the cluster.
     *
     * @param input the input's name, as the summary shows it
     * @param output the output's name
     * @param seconds the time the job took, for {@code seconds} and {@code notesPerSecond}
     */
    public String summaryJson(String input, String output, double seconds) {
      Settings s = settings.settings();
      Tally t = results.javaRDD().mapPartitions(Scored::tally).reduce(Tally::merge);
      Object blanks =
          records
              .filter(col("line").equalTo(lit(DraftRecords.TRAILER)))
              .agg(org.apache.spark.sql.functions.sum("blank_lines"))
              .first()
              .get(0);
      long blankLines = blanks == null ? 0 : ((Number) blanks).longValue();

      List<TemplatePass.TemplateRow> clusters;
      long parsed = drafts.count();
      if (parsed == t.drafts) {
        clusters = templates.templates().collect();
      } else {
        // Some drafts failed in the analyzer: the campaign view clusters only the analyzed ones.
        JavaPairRDD<Long, Boolean> analyzed =
            results
                .javaRDD()
                .filter(r -> r.getString(r.fieldIndex("risk_level")) != null)
                .mapToPair(r -> new Tuple2<>(r.getLong(0), Boolean.TRUE));
        clusters =
            TemplatePass.run(
                    draftTexts(drafts).join(analyzed).mapValues(Tuple2::_1),
                    settings.massTemplateSize())
                .templates()
                .collect();
      }

      Map<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
      Map<RiskLevel, Long> levelsLong = new EnumMap<>(RiskLevel.class);
      for (RiskLevel l : RiskLevel.values()) {
        levels.put(l, (int) t.levels[l.ordinal()]);
        levelsLong.put(l, t.levels[l.ordinal()]);
      }
      Map<ReasonCode, Integer> reasons = new EnumMap<>(ReasonCode.class);
      Map<ReasonCode, Long> reasonsLong = new EnumMap<>(ReasonCode.class);
      for (ReasonCode c : ReasonCode.values()) {
        if (t.reasons[c.ordinal()] > 0) {
          reasons.put(c, (int) t.reasons[c.ordinal()]);
          reasonsLong.put(c, t.reasons[c.ordinal()]);
        }
      }
      List<CampaignSummary.ErrorLine> errorSamples = new ArrayList<>();
      t.errorSamples.forEach(
          (line, message) ->
              errorSamples.add(
                  new CampaignSummary.ErrorLine(
                      Math.toIntExact(line), message == null ? "error" : message)));
      CampaignSummary campaign =
          CampaignSummary.of(
              s,
              settings.massTemplateSize(),
              new CampaignSummary.Totals(
                  (int) t.drafts,
                  (int) (t.records - t.drafts),
                  errorSamples,
                  levels,
                  java.util.Arrays.stream(t.histogram).boxed().toList(),
                  reasons,
                  (int) t.noSignal,
                  (int) t.personalized,
                  (int) t.freeAccount,
                  clusters.stream().map(TemplatePass.TemplateRow::toTemplate).toList(),
                  duplicates(),
                  (int) t.resends,
                  ints(t.resendLines),
                  (int) t.overLimit,
                  ints(t.overLimitLines)));
      return BatchRecords.summaryJson(
          input,
          output,
          t.records,
          levelsLong,
          reasonsLong,
          t.errorsByCode(),
          t.firstErrorLine(),
          blankLines,
          seconds,
          campaign);
    }

    private static List<Integer> ints(java.util.Collection<Long> lines) {
      return lines.stream().map(Math::toIntExact).toList();
    }

    private static Iterator<Tally> tally(Iterator<Row> rows) {
      Tally t = new Tally();
      rows.forEachRemaining(t::add);
      return List.of(t).iterator();
    }

    /** Recipients with two or more analyzed drafts, grouped on the cluster. */
    private List<CampaignSummary.DuplicateRecipient> duplicates() {
      record Dup(long second, String name, String company, int drafts, int[] lines)
          implements java.io.Serializable {}
      List<Dup> found =
          results
              .javaRDD()
              .filter(r -> !r.isNullAt(r.fieldIndex("recipient_key")))
              .mapToPair(
                  r ->
                      new Tuple2<>(
                          r.getLong(r.fieldIndex("recipient_key")),
                          new Tuple2<>(
                              r.getLong(0),
                              new Tuple2<>(
                                  r.getString(r.fieldIndex("recipient_name")),
                                  r.getString(r.fieldIndex("recipient_company"))))))
              .groupByKey()
              .flatMap(
                  g -> {
                    List<Tuple2<Long, Tuple2<String, String>>> ds = new ArrayList<>();
                    g._2().forEach(ds::add);
                    if (ds.size() < 2) {
                      return java.util.Collections.<Dup>emptyIterator();
                    }
                    ds.sort(Comparator.comparingLong(Tuple2::_1));
                    // as the batch: the name and company of the second draft
                    Tuple2<Long, Tuple2<String, String>> second = ds.get(1);
                    int[] lines =
                        ds.stream()
                            .limit(Tally.MAX_LINES)
                            .mapToInt(d -> Math.toIntExact(d._1()))
                            .toArray();
                    return List.of(
                            new Dup(
                                second._1(), second._2()._1(), second._2()._2(), ds.size(), lines))
                        .iterator();
                  })
              .collect();
      return found.stream()
          .sorted(Comparator.comparingLong(Dup::second))
          .map(
              d ->
                  new CampaignSummary.DuplicateRecipient(
                      d.name(),
                      d.company(),
                      d.drafts(),
                      java.util.Arrays.stream(d.lines()).boxed().toList()))
          .toList();
    }
  }

  /**
   * Scores records read by {@link DraftRecords#read} (or any dataset of {@link
   * DraftRecords#SCHEMA}), as {@code batch} scores them.
   */
  public static Scored score(Dataset<Row> records, JobSettings settings) {
    SparkSession spark = records.sparkSession();
    JavaRDD<Row> rows =
        records.filter(col("line").geq(lit(1L))).javaRDD().persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Row> drafts = rows.filter(r -> !r.isNullAt(r.fieldIndex("text")));
    TemplatePass.Result templates =
        TemplatePass.run(draftTexts(drafts), settings.massTemplateSize());
    int partitions = Math.max(2, spark.sparkContext().defaultParallelism() * 2);
    JavaRDD<Row> results =
        rows.mapToPair(r -> new Tuple2<>(r.getLong(0), r))
            .leftOuterJoin(templates.massByLine(), partitions)
            .mapPartitions(it -> analyze(it, settings));
    return new Scored(
        records, drafts, spark.createDataFrame(results, RESULT_SCHEMA), templates, settings);
  }

  private static JavaPairRDD<Long, Tuple2<String, String>> draftTexts(JavaRDD<Row> drafts) {
    return drafts.mapToPair(
        r ->
            new Tuple2<>(
                r.getLong(0),
                new Tuple2<>(
                    r.getString(r.fieldIndex("text")), r.getString(r.fieldIndex("csv_header")))));
  }

  private static Iterator<Row> analyze(
      Iterator<Tuple2<Long, Tuple2<Row, Optional<TemplatePass.TemplateRow>>>> it, JobSettings job) {
    InviteAnalyzer analyzer = job.analyzer(); // one per JVM, built by the first task
    Settings settings = analyzer.settings();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Row next() {
        Tuple2<Long, Tuple2<Row, Optional<TemplatePass.TemplateRow>>> e = it.next();
        Row r = e._2()._1();
        long line = e._1();
        String id = r.getString(r.fieldIndex("id"));
        String text = r.getString(r.fieldIndex("text"));
        if (text == null) {
          BatchResult failed =
              BatchRecords.failed(
                  new BatchRecords.Record(
                      line,
                      id,
                      null,
                      new RecordError(
                          r.getString(r.fieldIndex("error_code")),
                          r.getString(r.fieldIndex("error_field")),
                          r.getString(r.fieldIndex("error_message")))));
          return row(failed, null, settings, job);
        }
        Draft draft = BatchRecords.draft(text, r.getString(r.fieldIndex("csv_header")));
        List<io.invitecheck.report.Reason> outside = List.of();
        if (e._2()._2().isPresent() && settings.enabled(ReasonCode.MASS_TEMPLATE)) {
          TemplatePass.TemplateRow t = e._2()._2().get();
          outside =
              List.of(
                  MassTemplates.reason(
                      t.size(), java.util.Arrays.stream(t.lines()).boxed().toList(), settings));
        }
        return row(BatchRecords.analyze(analyzer, line, id, draft, outside), draft, settings, job);
      }
    };
  }

  private static Row row(BatchResult r, Draft draft, Settings settings, JobSettings job) {
    String json = BatchRecords.jsonLine(r);
    String csv = BatchRecords.csvRecord(r);
    Report rep = r.report();
    if (rep == null) {
      return RowFactory.create(
          r.line(),
          r.id(),
          json,
          csv,
          null,
          r.error().code(),
          r.error().message(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);
    }
    // The campaign summary of this one draft says what the whole summary counts for it.
    CampaignSummary one =
        CampaignSummary.builder(settings)
            .massTemplateMinSize(job.massTemplateSize())
            .add(Math.toIntExact(r.line()), draft, rep)
            .build();
    int bin = one.histogram().indexOf(1);
    List<String> codes = one.reasons().stream().map(c -> c.code().id()).toList();
    OptionalLong key = CampaignSummary.recipientKey(draft);
    return RowFactory.create(
        r.line(),
        r.id(),
        json,
        csv,
        rep.risk().level().id(),
        null,
        null,
        bin,
        scala.jdk.javaapi.CollectionConverters.asScala(codes).toSeq(),
        one.noSignal() == 1,
        one.personalized() == 1,
        one.freeAccountDrafts() == 1,
        one.overNoteLimit() == 1,
        one.resends() == 1,
        key.isPresent() ? key.getAsLong() : null,
        key.isPresent() ? draft.recipient().name() : null,
        key.isPresent() ? draft.recipient().company() : null);
  }

  /**
   * Writes results as {@code batch} writes them, into a directory of part files that, read in name
   * order, are the batch's output file: JSON Lines, or CSV with one header row and {@code \r\n}
   * line ends. Parquet has the {@link #PARQUET_SCHEMA} columns. Fails when the path exists.
   */
  public static void write(Dataset<Row> results, String path, Format format) {
    SparkSession spark = results.sparkSession();
    switch (format) {
      case JSONL -> results.orderBy("line").select("json").write().text(path);
      case CSV -> {
        Dataset<Row> header =
            spark.createDataFrame(
                List.of(RowFactory.create(0L, strip(BatchRecords.csvHeader()))),
                new StructType().add("line", DataTypes.LongType).add("csv", DataTypes.StringType));
        Dataset<Row> body =
            results.select(
                col("line"),
                org.apache.spark.sql.functions.regexp_replace(col("csv"), "\r\n$", "").as("csv"));
        header
            .union(body)
            .orderBy("line")
            .select("csv")
            .write()
            .option("lineSep", "\r\n")
            .text(path);
      }
      case PARQUET ->
          spark
              .createDataFrame(results.javaRDD().map(InviteCheckSpark::parquetRow), PARQUET_SCHEMA)
              .orderBy("line")
              .write()
              .parquet(path);
    }
  }

  private static String strip(String csvRecord) {
    return csvRecord.endsWith("\r\n") ? csvRecord.substring(0, csvRecord.length() - 2) : csvRecord;
  }

  private static Row parquetRow(Row r) {
    List<String> v = new ArrayList<>();
    try (CSVParser p = CSVParser.parse(r.getString(r.fieldIndex("csv")), CSVFormat.RFC4180)) {
      for (CSVRecord rec : p.getRecords()) {
        rec.forEach(v::add);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object[] values = new Object[PARQUET_SCHEMA.size()];
    values[0] = r.getLong(0);
    for (int i = 0; i < 9; i++) {
      String s = v.get(i);
      values[i + 1] = s.isEmpty() ? null : s;
    }
    values[10] = r.getString(r.fieldIndex("json"));
    return RowFactory.create(values);
  }
}
