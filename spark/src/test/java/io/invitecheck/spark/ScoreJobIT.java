package io.invitecheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invitecheck.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on {@code local[2]} against {@code invitecheck batch} run in-process on the same
 * files: the same output, byte for byte, and the same summary (apart from the names and the time).
 */
class ScoreJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("invitecheck-it")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.default.parallelism", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void jsonLinesEqualTheBatchRecordForRecordWithTheSameSummary() throws IOException {
    List<String> lines = new ArrayList<>(Drafts.jsonLines(1800));
    lines.add(1200, Drafts.tooLongNote("too-long")); // parsed, then rejected by the analyzer
    Path in = dir.resolve("drafts.jsonl");
    Drafts.write(in, lines);

    Path batchOut = dir.resolve("batch.jsonl");
    Path batchSummary = dir.resolve("batch-summary.json");
    batch(in, batchOut, batchSummary);

    Path sparkOut = dir.resolve("spark-jsonl");
    Path sparkSummary = dir.resolve("spark-summary.json");
    long n =
        ScoreJob.run(
            spark,
            ScoreJob.Args.parse(
                new String[] {
                  in.toString(),
                  sparkOut.toString(),
                  "--output-format",
                  "jsonl",
                  "--summary",
                  sparkSummary.toString()
                }),
            JobSettings.defaults());

    List<String> expected = Files.readAllLines(batchOut, StandardCharsets.UTF_8);
    List<String> actual = partLines(sparkOut);
    assertEquals(expected.size(), n);
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "record " + (i + 1));
    }
    assertEquals(
        new String(Files.readAllBytes(batchOut), StandardCharsets.UTF_8),
        String.join("", parts(sparkOut)));

    JsonNode want = summary(batchSummary);
    JsonNode got = summary(sparkSummary);
    assertEquals(want, got);
    // the batch really has what the comparison is about
    JsonNode campaign = got.get("campaign");
    assertTrue(got.get("records").asInt() > 1900, got.toString());
    assertTrue(got.get("errorsByCode").get("invalid_draft").asInt() >= 10, got.toString());
    assertTrue(got.get("blankLinesSkipped").asInt() > 5, got.toString());
    assertTrue(campaign.get("templates").get("massTemplateDrafts").asInt() > 100, got.toString());
    assertTrue(campaign.get("duplicateRecipients").get("drafts").asInt() > 20, got.toString());
    long massReports = expected.stream().filter(l -> l.contains("\"mass_template\"")).count();
    assertTrue(massReports > 100, "reports with mass_template: " + massReports);
    assertTrue(
        expected.stream().anyMatch(l -> l.contains("\"too-long\"") && l.contains("\"error\"")));
  }

  @Test
  void csvThroughTheJavaApiEqualsTheBatchAndParquetCarriesTheSameColumns() throws IOException {
    Path in = dir.resolve("drafts.csv");
    Files.writeString(in, Drafts.csv(120), StandardCharsets.UTF_8);

    Path batchOut = dir.resolve("batch.csv");
    Path batchSummary = dir.resolve("batch-csv-summary.json");
    batch(in, batchOut, batchSummary);

    Dataset<Row> records = DraftRecords.read(spark, in.toString(), Format.CSV).cache();
    InviteCheckSpark.Scored scored = InviteCheckSpark.score(records, JobSettings.defaults());
    Dataset<Row> results = scored.results().cache();
    Path sparkOut = dir.resolve("spark-csv");
    InviteCheckSpark.write(results, sparkOut.toString(), Format.CSV);
    String expected = Files.readString(batchOut, StandardCharsets.UTF_8);
    assertEquals(expected, String.join("", parts(sparkOut)));
    JsonNode want = summary(batchSummary);
    JsonNode got = summary(scored.summaryJson("in", "out", 1.0));
    assertEquals(want, got);
    assertTrue(expected.contains("the header has"), "a row with the wrong number of fields");
    assertTrue(expected.contains("field mutual_connections"), "a row with a bad number");
    assertTrue(expected.contains("mass_template"), "copies of a template");
    assertTrue(got.get("blankLinesSkipped").asInt() >= 2, got.toString());

    // Parquet: the CSV's columns as values (empty cells null), the line, and the report JSON
    Path parquet = dir.resolve("spark-parquet");
    InviteCheckSpark.write(results, parquet.toString(), Format.PARQUET);
    List<Row> rows = spark.read().parquet(parquet.toString()).orderBy("line").collectAsList();
    List<CSVRecord> csv = CSVFormat.RFC4180.parse(new StringReader(expected)).getRecords();
    List<String> jsonl =
        results.orderBy("line").select("json").as(Encoders.STRING()).collectAsList();
    assertEquals(csv.size() - 1, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      CSVRecord want1 = csv.get(i + 1);
      for (int c = 0; c < want1.size(); c++) {
        String cell = want1.get(c);
        assertEquals(cell.isEmpty() ? null : cell, r.getString(c + 1), "row " + (i + 1));
      }
      assertEquals(jsonl.get(i), r.getString(r.fieldIndex("report")));
    }
  }

  @Test
  void parquetInputGivesTheReportsBatchGivesForTheSameDrafts() throws IOException {
    // valid drafts only: a Parquet file has rows, not lines, so bad records cannot be written
    List<String> drafts =
        Drafts.jsonLines(150).stream()
            .filter(l -> l.startsWith("{\"id\":\"c-") || l.startsWith("{\"id\":\"mm-"))
            .toList();
    Path jsonl = dir.resolve("valid.jsonl");
    Drafts.write(jsonl, drafts);
    Path batchOut = dir.resolve("valid-batch.jsonl");
    batch(jsonl, batchOut, dir.resolve("valid-summary.json"));

    Path parquet = dir.resolve("drafts.parquet");
    spark.read().json(jsonl.toString()).coalesce(1).write().parquet(parquet.toString());
    Dataset<Row> records = DraftRecords.read(spark, parquet.toString(), Format.PARQUET);
    List<String> actual =
        InviteCheckSpark.score(records, JobSettings.defaults())
            .results()
            .orderBy("line")
            .select("json")
            .as(Encoders.STRING())
            .collectAsList();
    List<String> expected = Files.readAllLines(batchOut, StandardCharsets.UTF_8);
    assertTrue(expected.size() > 150, "drafts: " + expected.size());
    assertTrue(expected.stream().anyMatch(l -> l.contains("\"mass_template\"")));
    assertEquals(expected, actual);
  }

  @Test
  void oneAnalyzerPerJvmAndSettings() {
    assertEquals(
        JobSettings.defaults().analyzer(), JobSettings.defaults().analyzer(), "built once, shared");
  }

  private static void batch(Path in, Path out, Path summary) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {
              "batch", in.toString(), "-o", out.toString(), "--summary", summary.toString()
            },
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
  }

  /** The summary without what must differ: the file names and the time taken. */
  private static JsonNode summary(Path file) throws IOException {
    return summary(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static JsonNode summary(String json) throws IOException {
    ObjectNode s = (ObjectNode) JSON.readTree(json);
    for (String f : List.of("input", "output", "seconds", "notesPerSecond")) {
      assertTrue(s.has(f), f);
      s.remove(f);
    }
    return s;
  }

  private static List<String> parts(Path outDir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(outDir)) {
      for (Path p :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static List<String> partLines(Path outDir) throws IOException {
    List<String> out = new ArrayList<>();
    for (String part : parts(outDir)) {
      part.lines().forEach(out::add);
    }
    return out;
  }
}
