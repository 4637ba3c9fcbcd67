package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code batch} on real files, in-process. */
class BatchIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Main.AnalyzerFactory controlled;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    controlled = Cli.shared(Cli.controlled());
  }

  private static String draft(String id, String note) {
    try {
      return JSON.writeValueAsString(
          java.util.Map.of("id", id, "note", note, "recipient", java.util.Map.of("name", "Ana")));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> jsonl(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  /** The note for draft i: every 7th is high, every 5th (not 7th) medium, the rest low. */
  private static String noteFor(int i) {
    if (i % 7 == 0) {
      return "Hi Ana, buy now: draft " + i + " has a deal for you.";
    }
    if (i % 5 == 0) {
      return "Start your free trial today, offer " + i + ".";
    }
    return "Hi Ana, I enjoyed your talk number " + i + " on payment fraud.";
  }

  @Test
  void oneRecordOutPerRecordInInInputOrderAcrossThreads() throws IOException {
    Path in = dir.resolve("drafts.jsonl");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      b.append(draft("d-" + i, noteFor(i))).append('\n');
    }
    Files.writeString(in, b);
    Path out = dir.resolve("reports.jsonl");
    Cli.Result r =
        Cli.run(
            controlled,
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--threads",
            "4",
            "--mass-template-size",
            "1000"); // three templates on purpose: this test is about order, not mail merges
    assertEquals(0, r.code(), r.toString());
    assertEquals("", r.out(), "results go to OUT");
    List<JsonNode> reports = jsonl(out);
    assertEquals(500, reports.size());
    int high = 0;
    int medium = 0;
    for (int i = 0; i < 500; i++) {
      JsonNode rep = reports.get(i);
      assertEquals("d-" + i, rep.get("id").textValue());
      String expected = i % 7 == 0 ? "high" : i % 5 == 0 ? "medium" : "low";
      assertEquals(expected, rep.get("risk").get("level").textValue(), "draft " + i);
      high += expected.equals("high") ? 1 : 0;
      medium += expected.equals("medium") ? 1 : 0;
    }
    assertTrue(r.err().contains("500 records from " + in), r.err());
    assertTrue(
        r.err()
            .contains(
                "risk:    high " + high + ", medium " + medium + ", low " + (500 - high - medium)),
        r.err());
    assertTrue(r.err().contains("reasons: spam_like " + (high + medium)), r.err());
    assertTrue(r.err().contains("errors:  0"), r.err());
    assertTrue(leftovers().isEmpty());
  }

  @Test
  void badRecordsGiveErrorRecordsWithLineNumbersAndTheBatchGoesOn() throws IOException {
    Path in = dir.resolve("mixed.jsonl");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    String[] lines = {
      draft("ok-1", "Hello Ana, nice to e-meet you."), // 1
      "{\"id\": \"bad-json\", \"note\": \"unterminated", // 2
      "{\"id\": \"no-note\", \"recipient\": {\"name\": \"Ana\"}}", // 3
      "{\"id\": \"wrong-type\", \"note\": [\"a\", \"list\"]}", // 4
      draft("huge", "x".repeat(70_000)), // 5: over the 64 KiB line limit
      "   ", // 6: blank, skipped
    };
    for (String line : lines) {
      b.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
    b.write(
        new byte[] {'{', '"', 'n', 'o', 't', 'e', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'}); // 7
    b.write(
        (draft("too-many-chars", "y".repeat(10_001)) + "\n").getBytes(StandardCharsets.UTF_8)); // 8
    b.write(("{\"id\": \"trailing\", \"note\": \"a\"} {}\n").getBytes(StandardCharsets.UTF_8)); // 9
    b.write((draft("last", "Buy now!") + "\r\n").getBytes(StandardCharsets.UTF_8)); // 10
    Files.write(in, b.toByteArray());

    Cli.Result r = Cli.run(controlled, "batch", in.toString());
    assertEquals(0, r.code(), "error records alone do not fail the batch: " + r);
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      out.add(JSON.readTree(line));
    }
    assertEquals(9, out.size(), r.out());
    assertEquals("ok-1", out.get(0).get("id").textValue());
    assertError(out.get(1), 2, null, "$", "invalid JSON");
    assertError(out.get(2), 3, "no-note", "note", "note is missing");
    assertError(out.get(3), 4, "wrong-type", "note", "must be a string");
    assertError(out.get(4), 5, null, "$", "limit is 65536 bytes");
    assertError(out.get(5), 7, null, "$", "not valid UTF-8");
    assertError(out.get(6), 8, "too-many-chars", "note", "10001 characters");
    assertError(out.get(7), 9, "trailing", "$", "invalid JSON");
    assertEquals("last", out.get(8).get("id").textValue());
    assertEquals("high", out.get(8).get("risk").get("level").textValue());
    assertTrue(r.err().contains("errors:  7 (invalid_draft 7; first at line 2)"), r.err());
    assertTrue(r.err().contains("blank lines skipped: 1"), r.err());

    Cli.Result strict = Cli.run(controlled, "batch", in.toString(), "--strict");
    assertEquals(1, strict.code(), strict.toString());
  }

  private static void assertError(JsonNode rec, int line, String id, String field, String text) {
    assertEquals(line, rec.get("line").intValue(), rec.toString());
    if (id == null) {
      assertTrue(rec.get("id").isNull(), rec.toString());
    } else {
      assertEquals(id, rec.get("id").textValue(), rec.toString());
    }
    assertEquals("invalid_draft", rec.get("error").get("code").textValue());
    assertEquals(field, rec.get("error").get("field").textValue(), rec.toString());
    assertTrue(rec.get("error").get("message").textValue().contains(text), rec.toString());
    assertFalse(rec.has("risk"));
  }

  @Test
  void csvQuotingInAndOutWithMultiLineRecords() throws IOException {
    Path in = dir.resolve("drafts.csv");
    String csvIn =
        "id,note,recipient_name,recipient_skills\n"
            + "\"a,1\",\"Hi Ana, \"\"great\"\" talk, really.\",\"Ruiz, Ana\",Kafka;Flink\n"
            + "\"b \"\"2\"\"\",\"Line one\nline two, buy now\nline three\",Bo,\n"
            + "c,\"extra, \"\"fields\"\" here\",x,y,z\n"
            + "d,Start your free trial today.,,\n";
    Files.writeString(in, csvIn);
    Path out = dir.resolve("out.csv");
    Cli.Result r = Cli.run(controlled, "batch", in.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.toString());
    String text = Files.readString(out);
    assertTrue(
        text.startsWith(
            "id,risk_score,risk_level,personalization,spam,self_promotion,reasons,top_reason,error"),
        text);
    List<CSVRecord> rows = csv(text);
    assertEquals(4, rows.size(), text);
    assertEquals("a,1", rows.get(0).get("id"));
    assertEquals("low", rows.get(0).get("risk_level"));
    assertEquals("b \"2\"", rows.get(1).get("id"));
    assertEquals("high", rows.get(1).get("risk_level"));
    assertEquals("spam_like", rows.get(1).get("reasons"));
    assertEquals("spam_like", rows.get(1).get("top_reason"));
    assertTrue(rows.get(1).get("risk_score").matches("0\\.\\d{4}"), rows.get(1).get("risk_score"));
    assertEquals("", rows.get(1).get("error"));
    assertEquals("c", rows.get(2).get("id"));
    assertTrue(
        rows.get(2).get("error").startsWith("line 6, field $: the record has 5 fields"),
        rows.get(2).get("error"));
    assertEquals("", rows.get(2).get("risk_level"));
    assertEquals("d", rows.get(3).get("id"));
    assertEquals("medium", rows.get(3).get("risk_level"));

    // the same drafts out as JSONL: the multi-line note's reason points into the original note
    Cli.Result j = Cli.run(controlled, "batch", in.toString(), "--format", "jsonl");
    JsonNode b = JSON.readTree(j.out().split("\n")[1]);
    JsonNode reason = b.get("reasons").get(0);
    assertEquals("buy now", reason.get("text").textValue());
    assertEquals("Line one\nline two, ".length(), reason.get("start").intValue());
  }

  @Test
  void utf8RoundTripsThroughJsonlAndCsv() throws IOException {
    String[] ids = {"é-ü-ñ", "🚀-emoji-👋🏽", "שלום-עולם", "مرحبا"};
    String[] notes = {
      "Bonjour Zoë, ça va? Buy now.",
      "Hi Ana 👋🏽🎉, buy now before it's gone!",
      "שלום! I read your post, buy now.",
      "مرحبا، buy now"
    };
    StringBuilder jl = new StringBuilder();
    StringBuilder cs = new StringBuilder("id,note\n");
    for (int i = 0; i < ids.length; i++) {
      jl.append(draft(ids[i], notes[i])).append('\n');
      cs.append(ids[i]).append(",\"").append(notes[i]).append("\"\n");
    }
    Path jin = dir.resolve("u.jsonl");
    Path cin = dir.resolve("u.csv");
    Files.writeString(jin, jl, StandardCharsets.UTF_8);
    Files.writeString(cin, cs, StandardCharsets.UTF_8);
    Path jout = dir.resolve("u.out.jsonl");
    Path cout = dir.resolve("u.out.csv");
    assertEquals(0, Cli.run(controlled, "batch", jin.toString(), "-o", jout.toString()).code());
    assertEquals(0, Cli.run(controlled, "batch", cin.toString(), "-o", cout.toString()).code());
    List<JsonNode> reports = jsonl(jout);
    List<CSVRecord> rows = csv(Files.readString(cout, StandardCharsets.UTF_8));
    for (int i = 0; i < ids.length; i++) {
      assertEquals(ids[i], reports.get(i).get("id").textValue());
      assertEquals(ids[i], rows.get(i).get("id"));
      JsonNode reason = reports.get(i).get("reasons").get(0);
      int start = reason.get("start").intValue();
      int end = reason.get("end").intValue();
      assertEquals(notes[i].substring(start, end), reason.get("text").textValue());
      assertEquals("high", rows.get(i).get("risk_level"));
    }
  }

  @Test
  void failOnSetsTheExitCode() throws IOException {
    Path in = dir.resolve("gate.jsonl");
    Files.writeString(
        in,
        draft("a", "Hello Ana.")
            + "\n"
            + draft("b", "Start your free trial today.")
            + "\n"
            + draft("c", "Hi Ana, I liked your post on fraud.")
            + "\n");
    assertEquals(0, Cli.run(controlled, "batch", in.toString()).code());
    assertEquals(0, Cli.run(controlled, "batch", in.toString(), "--fail-on", "high").code());
    assertEquals(1, Cli.run(controlled, "batch", in.toString(), "--fail-on", "medium").code());
    Files.writeString(in, draft("d", "Buy now!") + "\n", java.nio.file.StandardOpenOption.APPEND);
    assertEquals(1, Cli.run(controlled, "batch", in.toString(), "--fail-on", "high").code());
  }

  @Test
  void stdinIsJsonLinesAndStdoutTheDefaultOutput() throws IOException {
    String input = draft("s-1", "Buy now!") + "\n\n" + draft("s-2", "Hello Ana.") + "\n";
    Cli.Result r = Cli.runWithStdin(controlled, input, "batch", "-", "--format", "csv");
    assertEquals(0, r.code(), r.toString());
    List<CSVRecord> rows = csv(r.out());
    assertEquals(2, rows.size());
    assertEquals("s-1", rows.get(0).get("id"));
    assertEquals("s-2", rows.get(1).get("id"));
    assertTrue(r.err().contains("2 records from stdin"), r.err());
    assertTrue(r.err().contains("output:  stdout"), r.err());

    // "-o -" names stdout as well (it wrote a file named "-" before)
    Cli.Result dash =
        Cli.runWithStdin(controlled, input, "batch", "-", "-o", "-", "--format", "csv");
    assertEquals(0, dash.code(), dash.toString());
    assertEquals(r.out(), dash.out());
    assertTrue(dash.err().contains("output:  stdout"), dash.err());
    assertFalse(Files.exists(Path.of("-")), "a file named '-' in " + Path.of("").toAbsolutePath());
  }

  @Test
  void anInterruptedRunLeavesNoOutputAndDoesNotClobberAnExistingOne() throws IOException {
    Path out = dir.resolve("reports.jsonl");
    Cli.Result r =
        Cli.run(controlled, Terminal.NONE, failingInput(), "batch", "-", "-o", out.toString());
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("disk went away"), r.err());
    assertFalse(Files.exists(out), "no half-written output");
    assertTrue(leftovers().isEmpty(), "no temporary file left");

    Files.writeString(out, "previous results\n");
    r = Cli.run(controlled, Terminal.NONE, failingInput(), "batch", "-", "-o", out.toString());
    assertEquals(3, r.code(), r.toString());
    assertEquals("previous results\n", Files.readString(out));
    assertTrue(leftovers().isEmpty());

    Path csvIn = dir.resolve("bad-header.csv");
    Files.writeString(csvIn, "id,note,favourite_colour\na,b,c\n");
    r = Cli.run(controlled, "batch", csvIn.toString(), "-o", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("unknown column 'favourite_colour'"), r.err());
    assertFalse(r.err().contains("separated by"), r.err());
    assertEquals("previous results\n", Files.readString(out));
    assertTrue(leftovers().isEmpty());

    // a spreadsheet's "CSV" with semicolons, or a tab-separated export: the error says so
    Path semicolons = dir.resolve("excel.csv");
    Files.writeString(semicolons, "id;note;recipient_name\na;Hi Ana, loved your talk.;Ana Lima\n");
    r = Cli.run(controlled, "batch", semicolons.toString(), "-o", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("unknown column 'id;note;recipient_name'"), r.err());
    assertTrue(r.err().contains("(its columns seem to be separated by ';';"), r.err());
    Path tabs = dir.resolve("export.csv");
    Files.writeString(tabs, "id\tnote\na\tHi Ana, loved your talk.\n");
    r = Cli.run(controlled, "batch", tabs.toString(), "-o", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("(its columns seem to be separated by tabs;"), r.err());
    assertEquals("previous results\n", Files.readString(out));

    Path good = dir.resolve("good.jsonl");
    Files.writeString(good, draft("g", "Hello Ana.") + "\n");
    r = Cli.run(controlled, "batch", good.toString(), "-o", out.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("g", jsonl(out).get(0).get("id").textValue(), "a successful run replaces OUT");
    assertEquals(
        "rw-r--r--",
        java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
  }

  /** Stdin that gives 300 drafts, then fails like a broken disk. */
  private static InputStream failingInput() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      b.append(draft("f-" + i, "Hello Ana, number " + i + ".")).append('\n');
    }
    byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      int pos;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        if (pos >= bytes.length) {
          throw new IOException("disk went away");
        }
        int n = Math.min(Math.min(len, 4096), bytes.length - pos);
        System.arraycopy(bytes, pos, buf, off, n);
        pos += n;
        return n;
      }
    };
  }

  @Test
  void anUnwritableOutputIsRefusedBeforeAnyWork() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, draft("x", "Hello.") + "\n");
    Cli.Result r =
        Cli.run(
            controlled,
            "batch",
            in.toString(),
            "-o",
            dir.resolve("no/such/dir/out.jsonl").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("cannot write output"), r.err());
    assertTrue(r.err().contains("does not exist"), r.err());
    assertFalse(r.err().contains("records from"), "no work was done: " + r.err());

    Path file = dir.resolve("a-file");
    Files.writeString(file, "");
    r = Cli.run(controlled, "batch", in.toString(), "-o", file.resolve("out.jsonl").toString());
    assertEquals(2, r.code(), r.toString());

    r = Cli.run(controlled, "batch", in.toString(), "-o", dir.toString() + "/", "--format", "csv");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("is a directory"), r.err());

    ByteArrayInputStream stdin =
        new ByteArrayInputStream((draft("x", "Hello.") + "\n").getBytes(StandardCharsets.UTF_8));
    r = Cli.run(controlled, Terminal.NONE, stdin, "batch", "-", "-o", "/no/such/out.jsonl");
    assertEquals(2, r.code(), r.toString());
    assertTrue(stdin.available() > 0, "stdin was not read");
  }

  @Test
  void anOutputThatIsTheInputOrAnotherOutputIsRefusedAndTheDraftsAreKept() throws IOException {
    Path in = dir.resolve("merge.jsonl");
    String drafts =
        draft("a", "Hi Ana, I enjoyed your talk on payment fraud at FinCon.")
            + "\n"
            + draft("b", "Hi Ben, would love to connect!")
            + "\n";
    Files.writeString(in, drafts);
    // the same file by another name: a relative path with a detour
    Path sameByAnotherName = dir.resolve("sub/../merge.jsonl");
    Files.createDirectories(dir.resolve("sub"));
    for (String[] args :
        List.of(
            new String[] {"-o", in.toString()},
            new String[] {"-o", sameByAnotherName.toString()},
            new String[] {"--summary", in.toString()},
            new String[] {"--html", in.toString()})) {
      List<String> argv = new ArrayList<>(List.of("batch", in.toString()));
      argv.addAll(List.of(args));
      Cli.Result r = Cli.run(controlled, argv.toArray(new String[0]));
      assertEquals(2, r.code(), r.toString());
      assertTrue(r.err().contains("is the same file as the input"), r.err());
      assertEquals(drafts, Files.readString(in), "the drafts are kept");
    }

    Path out = dir.resolve("reports.jsonl");
    Cli.Result r =
        Cli.run(controlled, "batch", in.toString(), "-o", out.toString(), "--html", out.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "the HTML summary (--html) '"
                    + out
                    + "' is the same file as the output (-o); write it elsewhere"),
        r.err());
    assertFalse(Files.exists(out), "nothing was written");
  }

  @Test
  void badOptionsAreRefusedBeforeAnyWork() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, draft("x", "Hello.") + "\n");
    Cli.Result r = Cli.run(controlled, "batch", in.toString(), "--threads", "0");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--threads must be between 1 and 256"), r.err());
    r =
        Cli.run(
            controlled,
            "batch",
            in.toString(),
            "--summary",
            dir.resolve("no/dir/summary.json").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("cannot write the summary"), r.err());
    assertEquals("", r.out(), "nothing was scored");
    r = Cli.run(controlled, "batch", in.toString(), "--format", "xml");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--format"), r.err());
  }

  @Test
  void aMissingInputFileExits2NamingIt() {
    Path missing = dir.resolve("nowhere.jsonl");
    Cli.Result r = Cli.run(controlled, "batch", missing.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("input file '" + missing + "' does not exist"), r.err());

    r = Cli.run(controlled, "batch", dir.resolve("drafts.txt").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("name it .jsonl or .csv"), r.err());
  }

  @Test
  void anEmptyInputGivesAnEmptyOutputAndSaysSo() throws IOException {
    for (String name : List.of("empty.jsonl", "empty.csv")) {
      Path in = dir.resolve(name);
      Files.writeString(in, "");
      Path out = dir.resolve("out-" + name);
      Path summary = dir.resolve("summary-" + name + ".json");
      Cli.Result r =
          Cli.run(
              controlled,
              "batch",
              in.toString(),
              "-o",
              out.toString(),
              "--summary",
              summary.toString());
      assertEquals(0, r.code(), r.toString());
      assertTrue(r.err().contains("0 records from " + in), r.err());
      assertTrue(r.err().contains("no drafts: the input has no records"), r.err());
      assertTrue(Files.exists(out));
      assertEquals(
          name.endsWith(".csv")
              ? "id,risk_score,risk_level,personalization,spam,self_promotion,reasons,top_reason,error\r\n"
              : "",
          Files.readString(out));
      assertEquals(0, JSON.readTree(summary.toFile()).get("records").intValue());
    }
  }

  @Test
  void summaryFileIsJson() throws IOException {
    Path in = dir.resolve("s.jsonl");
    Files.writeString(
        in,
        draft("a", "Buy now!")
            + "\n"
            + draft("b", "Start your free trial today.")
            + "\n\n{bad\n"
            + draft("c", "Hello Ana.")
            + "\n");
    Path summary = dir.resolve("summary.json");
    Cli.Result r = Cli.run(controlled, "batch", in.toString(), "--summary", summary.toString());
    assertEquals(0, r.code(), r.toString());
    JsonNode s = JSON.readTree(summary.toFile());
    assertEquals(4, s.get("records").intValue());
    assertEquals(1, s.get("levels").get("high").intValue());
    assertEquals(1, s.get("levels").get("medium").intValue());
    assertEquals(1, s.get("levels").get("low").intValue());
    assertEquals(1, s.get("errors").intValue());
    assertEquals(1, s.get("errorsByCode").get("invalid_draft").intValue());
    assertEquals(1, s.get("blankLinesSkipped").intValue());
    assertEquals("spam_like", s.get("topReasons").get(0).get("code").textValue());
    assertEquals(2, s.get("topReasons").get(0).get("drafts").intValue());
    assertTrue(s.get("notesPerSecond").isNumber());
    JsonNode campaign = s.get("campaign");
    assertEquals(3, campaign.get("drafts").intValue());
    assertEquals(1, campaign.get("errors").intValue());
  }

  @Test
  void aMailMergeGetsMassTemplateInItsReportsAndTheHtmlSummary() throws IOException {
    Path in = dir.resolve("merge.jsonl");
    String[][] people = {
      {"Ana Lima", "Acme"}, {"Ben Okafor", "Globex"}, {"Chloé Martin", "Initech"},
      {"Dev Patel", "Umbrella"}, {"Eva Novak", "Hooli"}, {"Farid Haddad", "Stark"}
    };
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < people.length; i++) {
      String first = people[i][0].split(" ")[0];
      String note =
          "Hi "
              + first
              + ", I noticed "
              + people[i][1]
              + " is growing fast. I'd love to connect and share ideas about the industry.";
      b.append(
              "{\"id\":\"m-"
                  + i
                  + "\",\"note\":\""
                  + note
                  + "\",\"recipient\":{\"name\":\""
                  + people[i][0]
                  + "\",\"company\":\""
                  + people[i][1]
                  + "\"}}")
          .append('\n');
    }
    b.append(draft("solo", "Loved your KubeCon talk on eBPF tracing, would be great to connect."))
        .append('\n');
    Files.writeString(in, b);
    Path out = dir.resolve("merge-out.jsonl");
    Path html = dir.resolve("campaign.html");
    Cli.Result r =
        Cli.run(
            controlled, "batch", in.toString(), "-o", out.toString(), "--html", html.toString());
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> reports = jsonl(out);
    for (int i = 0; i < people.length; i++) {
      assertTrue(
          reports.get(i).get("reasons").toString().contains("\"mass_template\""),
          reports.get(i).toString());
    }
    assertFalse(reports.get(6).get("reasons").toString().contains("mass_template"));
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>") || page.startsWith("<!doctype html>"), page);
    assertTrue(page.contains("6"), page);
    assertTrue(r.err().contains("Campaign summary"), r.err());
  }

  @Test
  void theCampaignViewClustersOnlyTheDraftsTheAnalyzerAccepted() throws IOException {
    Path in = dir.resolve("merge-long.jsonl");
    String[][] people = {
      {"Ana Lima", "Acme"}, {"Ben Okafor", "Globex"}, {"Chloé Martin", "Initech"},
      {"Dev Patel", "Umbrella"}, {"Eva Novak", "Hooli"}, {"Farid Haddad", "Stark"}
    };
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < people.length; i++) {
      // line 3 reads the same but is padded with spaces past the 10,000-character limit
      String gap = i == 2 ? " ".repeat(10_001) : " ";
      String note =
          "Hi "
              + people[i][0].split(" ")[0]
              + ", I noticed "
              + people[i][1]
              + " is growing fast. I'd love to connect and"
              + gap
              + "share ideas about the industry.";
      b.append(
              JSON.writeValueAsString(
                  java.util.Map.of(
                      "id",
                      "m-" + i,
                      "note",
                      note,
                      "recipient",
                      java.util.Map.of("name", people[i][0], "company", people[i][1]))))
          .append('\n');
    }
    Files.writeString(in, b);
    Path out = dir.resolve("merge-long-out.jsonl");
    Path summary = dir.resolve("merge-long-summary.json");
    Cli.Result r =
        Cli.run(
            controlled,
            "batch",
            in.toString(),
            "-o",
            out.toString(),
            "--summary",
            summary.toString());
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> records = jsonl(out);
    assertEquals(6, records.size());
    assertError(records.get(2), 3, "m-2", "note", "the limit is 10000");
    for (int i : new int[] {0, 1, 3, 4, 5}) {
      // the first pass read all six drafts: each report counts the over-long one too
      assertTrue(
          records.get(i).get("reasons").toString().contains("one of 6 drafts"),
          records.get(i).toString());
    }
    JsonNode templates = JSON.readTree(summary.toFile()).get("campaign").get("templates");
    assertEquals(1, templates.get("clusters").size(), templates.toString());
    JsonNode cluster = templates.get("clusters").get(0);
    assertEquals(5, cluster.get("size").intValue(), "the campaign view counts analyzed drafts");
    assertEquals("[1,2,4,5,6]", cluster.get("lines").toString());
    assertEquals(5, templates.get("massTemplateDrafts").intValue());
  }

  @Test
  void aDraftTheAnalyzerFailsOnIsAnInternalErrorRecordAndExit3() throws IOException {
    Path in = dir.resolve("boom.jsonl");
    Files.writeString(
        in,
        draft("a", "Hello.") + "\n" + draft("b", "Hi [boom]") + "\n" + draft("c", "Hi.") + "\n");
    Cli.Result r = Cli.run(controlled, "batch", in.toString());
    assertEquals(3, r.code(), r.toString());
    String[] lines = r.out().split("\n");
    assertEquals(3, lines.length);
    JsonNode b = JSON.readTree(lines[1]);
    assertEquals(2, b.get("line").intValue());
    assertEquals("internal_error", b.get("error").get("code").textValue());
    assertTrue(b.get("error").get("message").textValue().contains("scorer exploded"));
    assertNull(JSON.readTree(lines[2]).get("error"));
    assertTrue(r.err().contains("the analyzer failed on 1 draft(s)"), r.err());
  }
}
