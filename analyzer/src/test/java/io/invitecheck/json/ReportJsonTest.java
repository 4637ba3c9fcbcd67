package io.invitecheck.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Report;
import io.invitecheck.report.Risk;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Scores;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Provenance PROVENANCE = new Provenance("test", "test", "none", "none");

  /** What the corpus stage answers for a mail merge's masked note: one list, shared. */
  private static final List<Neighbor> CAMPAIGN =
      List.of(
          new Neighbor(
              "w4-0265",
              "generic",
              1.0,
              "Dear Ms. Hansen, I am a hospitality professional with a \"strong\" passion for guest"
                  + " experience.\nThank you — and have a pleasant day."),
          new Neighbor("s1-0042", "spam", 0.123456, "Hi {first_name}! Book a 15-minute demo 🚀"));

  private static Report report(String id, List<Neighbor> neighbors) {
    return new Report(
        Report.SCHEMA_VERSION,
        id,
        "eng",
        new Risk(0.6019, RiskLevel.MEDIUM),
        new Scores(0.2, 0.4, 0.0005, 0.0),
        List.of(),
        List.of(),
        neighbors,
        PROVENANCE);
  }

  @Test
  void copiesSharingANeighbourListWriteWhatEachWritesAlone() throws Exception {
    Report first = report("d1-c0", CAMPAIGN);
    Report copy = report("d1-c1", CAMPAIGN);
    Report other = report("d2", List.of(new Neighbor("p1-0001", "personalized", 0.5, "Hi Jo")));

    ReportJson.toJson(first);
    String copyAfterFirst = ReportJson.toJson(copy); // the first copy's neighbour JSON, reused
    ReportJson.toJson(other); // the thread's last list is now another one
    String copyAlone = ReportJson.toJson(copy);
    assertEquals(copyAlone, copyAfterFirst);

    JsonNode neighbors = JSON.readTree(copyAfterFirst).get("neighbors");
    assertEquals(2, neighbors.size());
    assertEquals("w4-0265", neighbors.get(0).get("id").asText());
    assertEquals(CAMPAIGN.get(0).text(), neighbors.get(0).get("text").asText());
    assertEquals(0.1235, neighbors.get(1).get("similarity").asDouble());
    assertEquals(CAMPAIGN.get(1).text(), neighbors.get(1).get("text").asText());
    // the fields around the raw neighbour array stay in their order
    assertTrue(
        copyAfterFirst.contains("\"reasons\":[],\"neighbors\":[{\"id\":\"w4-0265\""),
        copyAfterFirst);
    assertTrue(copyAfterFirst.contains("}],\"provenance\":{"), copyAfterFirst);
    assertEquals("d2", JSON.readTree(ReportJson.toJson(other)).get("id").asText());
  }

  @Test
  void aPrettyPrintingGeneratorGetsItsOwnLayoutForTheNeighbours() throws Exception {
    Report copy = report("d1-c1", CAMPAIGN);
    ReportJson.toJson(copy); // cached for this thread as one line
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      ReportJson.write(copy, g);
    }
    String pretty = out.toString();
    assertTrue(pretty.contains("\"neighbors\" : [ {\n"), pretty);
    assertEquals(JSON.readTree(ReportJson.toJson(copy)), JSON.readTree(pretty));
  }

  @Test
  void theUtf8LineIsTheEncodedTextWhateverTheCharacters() {
    String[] ids = {
      "plain",
      "accents é ü ß, a dash — and an emoji 🚀 pair",
      "controls \t \n \u0001 \u2028 \"quoted\" back\\slash",
      "a lone high \ud800 surrogate",
      "a lone low \udc00 surrogate and a pair reversed \ude00\ud83d",
      "ends with a high surrogate \ud83d",
      "typed by hand: \\uD800 and \\ud83d",
    };
    List<Neighbor> other =
        List.of(new Neighbor("x1", "spam", 0.5, "Lovely 🙂 note with \"quotes\" and é"));
    for (String id : ids) {
      for (List<Neighbor> neighbors : List.of(CAMPAIGN, CAMPAIGN, other, List.<Neighbor>of())) {
        Report r = report(id, neighbors);
        byte[] expected = (ReportJson.toJson(r) + "\n").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(expected, ReportJson.toJsonLine(r), id);
        assertArrayEquals(expected, ReportJson.toJsonLine(r), id + ", again");
        assertArrayEquals(
            ReportJson.toJson(r).getBytes(StandardCharsets.UTF_8),
            ReportJson.toJsonBytes(r),
            id + ", without the line break");
      }
    }
    // what the character path's encoder makes of a lone surrogate, kept by the byte path
    String lone = new String(ReportJson.toJsonLine(report(ids[3], other)), StandardCharsets.UTF_8);
    assertTrue(lone.contains("\"id\":\"a lone high ? surrogate\""), lone);
    String emoji = new String(ReportJson.toJsonLine(report(ids[1], other)), StandardCharsets.UTF_8);
    assertTrue(emoji.contains("emoji 🚀 pair") && emoji.contains("Lovely 🙂 note"), emoji);
  }

  @Test
  void aReportLongerThanTheGeneratorsBufferGivesTheEncodedTextToo() {
    // the UTF-8 generator hands over its 8,000-byte buffer when full, and writes a long raw value
    // around it: the line then arrives in many writes
    StringBuilder note = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      note.append("Grüße aus Zürich — naïve café 🚀 \"quoted\" ").append(i).append(". ");
    }
    List<Neighbor> neighbors = new java.util.ArrayList<>();
    for (int i = 0; i < 12; i++) {
      neighbors.add(new Neighbor("n" + i, "spam", i / 12.0, note.substring(i * 7)));
    }
    for (String id : new String[] {"long", note.toString(), note + "\ud800"}) {
      for (List<Neighbor> list : List.of(neighbors, neighbors, List.<Neighbor>of())) {
        Report r = report(id, List.copyOf(list));
        String json = ReportJson.toJson(r);
        assertTrue(json.length() > 3 * 8_000 || list.isEmpty(), "length " + json.length());
        assertArrayEquals((json + "\n").getBytes(StandardCharsets.UTF_8), ReportJson.toJsonLine(r));
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), ReportJson.toJsonBytes(r));
      }
    }
  }
}
