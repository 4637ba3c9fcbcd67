package io.invitecheck.http;

import static io.invitecheck.http.Http.draft;
import static io.invitecheck.http.Http.get;
import static io.invitecheck.http.Http.json;
import static io.invitecheck.http.Http.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.invitecheck.InvalidDraftException;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.json.DraftJson;
import io.invitecheck.json.ReportJson;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.Severity;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Keeps openapi.yaml true: routes, and every schema against what the code really reads/writes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OpenApiIT {
  static final String NOTE =
      "Hi Lena, I liked your talk on Rust at KubeCon. We sell a tool, book a demo at acme.io.";

  static JsonNode spec;
  static InviteAnalyzer analyzer;
  static InviteServer server;

  @BeforeAll
  static void start() throws IOException {
    try (InputStream in = InviteServer.class.getResourceAsStream("openapi.yaml")) {
      assertNotNull(in, "openapi.yaml is not on the classpath");
      spec = new ObjectMapper(new YAMLFactory()).readTree(in);
    }
    // a corpus that cites a neighbour and gives one reason with a span and one without, so that
    // every level of the report has something in it
    analyzer =
        InviteAnalyzer.builder()
            .corpus(
                Http.corpus(
                    (note, d) -> {
                      String t = note.text();
                      int demo = t.indexOf("book a demo");
                      List<Reason> reasons =
                          demo < 0
                              ? List.of()
                              : List.of(
                                  Reason.at(
                                      ReasonCode.SPAM_LIKE,
                                      t,
                                      demo,
                                      demo + 11,
                                      "reads like spam",
                                      "corpus notes s-1"),
                                  Reason.about(ReasonCode.MASS_TEMPLATE, "template", null));
                      return new CorpusEvidence(
                          0.7,
                          0.2,
                          0.1,
                          0.0,
                          List.of(new Neighbor("s-1", "spam", 0.81, "Book a demo today!")),
                          reasons);
                    }))
            .build();
    server = Http.start(analyzer, Http.LIMITS, null, new Http.Log());
  }

  @AfterAll
  static void stop() {
    server.close();
    analyzer.close();
  }

  private static JsonNode schema(String name) {
    JsonNode s = spec.get("components").get("schemas").get(name);
    assertNotNull(s, "no schema " + name);
    return s;
  }

  private static JsonNode resolve(JsonNode s) {
    if (s.has("$ref")) {
      String ref = s.get("$ref").asText();
      return schema(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return s;
  }

  private static Set<String> properties(JsonNode s) {
    return keys(resolve(s).get("properties"));
  }

  private static JsonNode property(JsonNode s, String name) {
    return resolve(resolve(s).get("properties").get(name));
  }

  private static Set<String> keys(JsonNode object) {
    Set<String> keys = new TreeSet<>();
    object.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Set<String> enumOf(JsonNode s) {
    Set<String> values = new TreeSet<>();
    resolve(s).get("enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
    Set<String> documented = new TreeSet<>();
    Iterator<String> paths = spec.get("paths").fieldNames();
    while (paths.hasNext()) {
      String path = paths.next();
      spec.get("paths")
          .get(path)
          .fieldNames()
          .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path));
    }
    assertEquals(new TreeSet<>(server.routes()), documented);
  }

  @Test
  void reportSchemaMatchesTheWrittenReportAtEveryLevel() {
    JsonNode report = json(post(server, "/v1/analyze", draft("r-1", NOTE)));
    JsonNode s = schema("Report");
    assertEquals(properties(s), keys(report), "report");
    assertEquals(properties(property(s, "risk")), keys(report.get("risk")), "risk");
    assertEquals(properties(property(s, "scores")), keys(report.get("scores")), "scores");
    assertEquals(
        properties(property(s, "provenance")), keys(report.get("provenance")), "provenance");

    JsonNode reasons = report.get("reasons");
    // at least one reason with a span and one without: both must have the same keys
    assertTrue(reasons.findValues("start").stream().anyMatch(JsonNode::isNull), reasons.toString());
    assertTrue(reasons.findValues("start").stream().anyMatch(JsonNode::isInt), reasons.toString());
    for (JsonNode r : reasons) {
      assertEquals(properties(property(s, "reasons").get("items")), keys(r), "reasons[]");
    }
    JsonNode neighbors = report.get("neighbors");
    assertFalse(neighbors.isEmpty());
    assertEquals(
        properties(property(s, "neighbors").get("items")), keys(neighbors.get(0)), "neighbors[]");

    // signals: take them from the real report once detectors find some; until then a report built
    // here and written by the same writer
    JsonNode signals = report.get("signals");
    if (signals.isEmpty()) {
      int k = NOTE.indexOf("KubeCon");
      Report built =
          new Report(
              Report.SCHEMA_VERSION,
              "r-2",
              "eng",
              analyzer.analyze(DraftJson.parse(draft("x", NOTE))).risk(),
              analyzer.analyze(DraftJson.parse(draft("x", NOTE))).scores(),
              List.of(
                  new Signal(
                      SignalType.SHARED_EVENT,
                      new Span(k, k + 7),
                      NOTE.substring(k, k + 7),
                      "event KubeCon",
                      false)),
              List.of(),
              List.of(),
              analyzer.provenance());
      signals = json(ReportJson.toJson(built)).get("signals");
      assertEquals(k, signals.get(0).get("start").asInt());
      assertEquals("KubeCon", signals.get(0).get("text").asText());
    }
    assertEquals(
        properties(property(s, "signals").get("items")), keys(signals.get(0)), "signals[]");
  }

  @Test
  void enumsMatchTheCatalogues() {
    assertEquals(
        new TreeSet<>(Arrays.stream(ReasonCode.values()).map(ReasonCode::id).toList()),
        enumOf(schema("ReasonCode")));
    assertEquals(
        new TreeSet<>(Arrays.stream(Severity.values()).map(Severity::id).toList()),
        enumOf(schema("Severity")));
    assertEquals(
        new TreeSet<>(Arrays.stream(SignalType.values()).map(SignalType::id).toList()),
        enumOf(property(property(schema("Report"), "signals").get("items"), "type")));
  }

  @Test
  void otherResponsesMatchTheirSchemas() {
    JsonNode check = json(post(server, "/v1/check?failOn=medium", draft("c", NOTE)));
    Set<String> checkProps = properties(schema("Report"));
    checkProps.addAll(keys(schema("CheckResult").get("allOf").get(1).get("properties")));
    assertEquals(checkProps, keys(check), "check");

    JsonNode error = json(post(server, "/v1/analyze", "{}"));
    assertEquals(properties(schema("Error")), keys(error));
    assertEquals(properties(schema("ErrorDetail")), keys(error.get("error")));
    assertEquals(
        true,
        enumOf(property(schema("ErrorDetail"), "code"))
            .contains(error.get("error").get("code").asText()));

    JsonNode batch = json(post(server, "/v1/batch", "[" + draft("b", NOTE) + ", {}]"));
    assertEquals(properties(schema("BatchResult")), keys(batch));
    assertEquals(properties(schema("ItemError")), keys(batch.get("results").get(1)));

    assertEquals(properties(schema("Version")), keys(json(get(server, "/v1/version"))));
    assertEquals(
        properties(schema("CatalogueEntry")), keys(json(get(server, "/v1/reasons")).get(0)));
  }

  /** The fields DraftJson accepts at a path, read from the error it gives for an unknown field. */
  private static Set<String> accepted(String json) {
    InvalidDraftException e =
        assertThrows(InvalidDraftException.class, () -> DraftJson.parse(json));
    String m = e.getMessage();
    String list = m.substring(m.indexOf("expected one of [") + 17, m.lastIndexOf(']'));
    return new TreeSet<>(Arrays.asList(list.split(", ")));
  }

  @Test
  void draftSchemaMatchesTheFieldsDraftJsonAccepts() {
    JsonNode d = schema("Draft");
    assertEquals(accepted("{\"note\": \"x\", \"zz\": 1}"), properties(d));
    assertEquals(
        accepted("{\"note\": \"x\", \"recipient\": {\"zz\": 1}}"),
        properties(property(d, "recipient")));
    assertEquals(
        accepted("{\"note\": \"x\", \"sender\": {\"zz\": 1}}"), properties(property(d, "sender")));
    assertEquals(
        accepted("{\"note\": \"x\", \"context\": {\"zz\": 1}}"),
        properties(property(d, "context")));
    assertEquals(
        accepted("{\"note\": \"x\", \"context\": {\"previousInvitations\": [{\"zz\": 1}]}}"),
        properties(property(property(d, "context"), "previousInvitations").get("items")));
  }
}
