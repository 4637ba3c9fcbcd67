package io.invitecheck.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.invitecheck.report.History;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.Risk;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Severity;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportJson} writes the bytes {@link OldReportJson} writes, field names encoded once and
 * neighbours' ids, labels and texts, suggestions and provenance remembered: on reports with
 * signals, reasons with and without spans, history or none, neighbours that repeat (the same text
 * under another id or label too), and text with accents, emoji, controls, quotes and backslashes;
 * through the character path, the UTF-8 line and a pretty printer.
 */
class ReportJsonSameBytesTest {
  private static final JsonFactory FACTORY = DraftJson.MAPPER.getFactory();
  private static final JsonFactory UTF8 =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  private static final String[] TEXTS = {
    "Hi Priya, loved your talk on Kafka backpressure at Current.",
    "Grüße aus Zürich — naïve café, €2M seed round 🚀 👋🏽",
    "controls \t \n \u0001 \u2028 \"quoted\" back\\slash </script>",
    "",
    "typed by hand: \\uD800 and \\ud83d",
    "Dear Ms. Hansen, I am a hospitality professional with a \"strong\" passion.",
  };

  private static final Provenance PROVENANCE =
      new Provenance("0.1.0", "ud-2.5 (sentence, tokens)", "maxent sha256 d6188143", "corpus");

  private static String text(SplittableRandom r) {
    return TEXTS[r.nextInt(TEXTS.length)];
  }

  private static Report report(SplittableRandom r, int k) {
    List<Signal> signals = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      String t = text(r);
      String note = "x" + t;
      signals.add(
          new Signal(
              SignalType.values()[r.nextInt(SignalType.values().length)],
              new Span(1, note.length()),
              note.substring(1),
              text(r),
              r.nextBoolean()));
    }
    List<Reason> reasons = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      ReasonCode code = ReasonCode.values()[r.nextInt(ReasonCode.values().length)];
      String note = "Hi " + text(r);
      Severity severity = Severity.values()[r.nextInt(Severity.values().length)];
      reasons.add(
          switch (r.nextInt(4)) {
            case 0 ->
                Reason.at(code, note, 3, note.length(), text(r), r.nextBoolean() ? null : text(r));
            case 1 -> Reason.about(code, text(r), r.nextBoolean() ? null : text(r));
            case 2 -> new Reason(code, severity, null, null, text(r), code.suggestion(), null);
            default -> Reason.about(code, text(r), null).withSuggestion(text(r));
          });
    }
    List<Neighbor> neighbors = new ArrayList<>();
    for (int i = r.nextInt(11); i > 0; i--) {
      int t = r.nextInt(TEXTS.length);
      // mostly one id and label per text, as in a corpus; sometimes another note with that text
      String id = r.nextInt(8) == 0 ? "other-" + r.nextInt(3) : "c-" + t;
      String label = r.nextInt(8) == 0 ? "spam" : "generic";
      // mostly the corpus's own String, sometimes an equal copy (another instance)
      String text = r.nextInt(4) == 0 ? new String(TEXTS[t].toCharArray()) : TEXTS[t];
      neighbors.add(new Neighbor(id, label, r.nextDouble(), text));
    }
    History history =
        r.nextBoolean()
            ? null
            : new History(
                r.nextBoolean(),
                r.nextInt(100),
                r.nextInt(10),
                r.nextInt(10),
                r.nextDouble(),
                List.of("h-1", "h-" + k),
                text(r));
    return new Report(
        Report.SCHEMA_VERSION,
        r.nextInt(5) == 0 ? null : "d-" + k + " " + text(r),
        r.nextBoolean() ? "eng" : "und",
        new Risk(r.nextDouble(), RiskLevel.values()[r.nextInt(RiskLevel.values().length)]),
        new Scores(r.nextDouble(), r.nextDouble(), r.nextDouble(), r.nextBoolean() ? null : 0.25),
        signals,
        reasons,
        neighbors,
        switch (r.nextInt(3)) {
          case 0 -> PROVENANCE; // one analyzer's provenance, the same instance in every report
          case 1 -> new Provenance("0.1.0", "ud-2.5", "maxent", "corpus-" + k % 3);
          default -> new Provenance("0.1.0", text(r), "maxent", text(r));
        },
        history);
  }

  private interface Writing {
    void write(Report r, JsonGenerator g) throws IOException;
  }

  private static String chars(Report r, Writing w, boolean pretty) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      w.write(r, g);
    }
    return out.toString();
  }

  private static byte[] bytes(Report r, Writing w) throws IOException {
    ByteArrayBuilder out = new ByteArrayBuilder();
    try (JsonGenerator g = UTF8.createGenerator(out, JsonEncoding.UTF8)) {
      w.write(r, g);
    }
    return out.toByteArray();
  }

  @Test
  void reportsAreWrittenAsBefore() throws IOException {
    SplittableRandom r = new SplittableRandom(2026_11_27);
    for (int k = 0; k < 2_000; k++) {
      Report report = report(r, k);
      String expected = chars(report, OldReportJson::write, false);
      assertEquals(expected, chars(report, ReportJson::write, false));
      assertEquals(expected, ReportJson.toJson(report));
      assertArrayEquals(bytes(report, OldReportJson::write), bytes(report, ReportJson::write));
      assertEquals(
          chars(report, OldReportJson::write, true), chars(report, ReportJson::write, true));
    }
  }

  private static Report scored(double risk, double score, double similarity) {
    return new Report(
        Report.SCHEMA_VERSION,
        "d1",
        "eng",
        new Risk(risk, RiskLevel.MEDIUM),
        new Scores(score, score, score, score),
        List.of(),
        List.of(),
        List.of(new Neighbor("c-1", "spam", similarity, "a cited text")),
        new Provenance("t", "t", "t", "t"));
  }

  @Test
  void everyRoundedNumberIsWrittenAsBefore() throws IOException {
    // every four-decimal value of [0, 1], values that round to one of them from either side,
    // and, as a similarity, values out of [0, 1] and not numbers at all
    for (int m = 0; m <= 10_000; m++) {
      double v = m / 10_000.0;
      for (double x : new double[] {v, v - 0.000_049_99, v + 0.000_049_99, v + 0.000_05}) {
        double inside = Math.min(1, Math.max(0, x)); // risk and scores lie in [0, 1]
        Report report = scored(inside, inside, x);
        String expected = chars(report, OldReportJson::write, false);
        assertEquals(expected, ReportJson.toJson(report), () -> "" + x);
        assertArrayEquals(bytes(report, OldReportJson::write), bytes(report, ReportJson::write));
      }
    }
    for (double x :
        new double[] {-0.0, -1.5, 1.5, 12_345.678_9, Double.NaN, Double.POSITIVE_INFINITY}) {
      Report report = scored(0.25, 0.5, x); // a neighbour's similarity is not checked
      assertEquals(chars(report, OldReportJson::write, false), ReportJson.toJson(report));
      assertEquals(
          chars(report, OldReportJson::write, true), chars(report, ReportJson::write, true));
    }
    assertEquals(true, ReportJson.toJson(scored(0.0001, 0.5, 0.001)).contains("1.0E-4"));
  }

  @Test
  void aNeighbourWithASurrogateInItsIdIsWrittenAsBefore() throws IOException {
    for (String id : List.of("emoji-🚀", "lone-\ud800", "plain")) {
      Report report =
          new Report(
              Report.SCHEMA_VERSION,
              "d1",
              "eng",
              new Risk(0.5, RiskLevel.MEDIUM),
              new Scores(0.1, 0.2, 0.3, null),
              List.of(),
              List.of(),
              List.of(new Neighbor(id, "spam", 0.5, "a text cited under " + id)),
              new Provenance("t", "t", "t", "t"));
      assertEquals(chars(report, OldReportJson::write, false), ReportJson.toJson(report), id);
      if (!id.contains("\ud800")) {
        assertArrayEquals(bytes(report, OldReportJson::write), bytes(report, ReportJson::write));
      }
    }
  }

  @Test
  void theLoneSurrogateCheckSkippingBytesFindsWhatTheByteByByteOneFinds() {
    SplittableRandom r = new SplittableRandom(11);
    byte[] alphabet = "\\uDdx\"é".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int found = 0;
    for (int t = 0; t < 300_000; t++) {
      byte[] json = new byte[r.nextInt(t % 100 == 0 ? 3_000 : 12)];
      for (int i = 0; i < json.length; i++) {
        json[i] = alphabet[r.nextInt(alphabet.length)];
      }
      boolean want = ReportJson.mayHoldLoneSurrogateByteByByte(json);
      assertEquals(
          want, ReportJson.mayHoldLoneSurrogate(json), () -> java.util.Arrays.toString(json));
      found += want ? 1 : 0;
    }
    assertTrue(found > 5_000 && found < 290_000, "found " + found);
  }
}
