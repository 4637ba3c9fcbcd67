package io.invitecheck.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.invitecheck.report.History;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Signal;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a {@link Report} in its JSON form, the project's documented contract (README, "Report
 * contract"). Field order is fixed and scores are rounded to four decimals, so that equal reports
 * give equal text. Thread-safe.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = DraftJson.MAPPER.getFactory();

  private ReportJson() {}

  /** The report as one line of JSON. */
  public static String toJson(Report report) {
    StringWriter out = new StringWriter(1024);
    write(report, out);
    return out.toString();
  }

  /** Writes the report as one line of JSON (no trailing newline). */
  public static void write(Report report, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report as a JSON object into a generator the caller owns. */
  public static void write(Report r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", r.schemaVersion());
    writeNullable(g, "id", r.id());
    g.writeStringField("language", r.language());

    g.writeObjectFieldStart("risk");
    g.writeNumberField("score", round(r.risk().score()));
    g.writeStringField("level", r.risk().level().id());
    g.writeEndObject();

    Scores s = r.scores();
    g.writeObjectFieldStart("scores");
    g.writeNumberField("personalization", round(s.personalization()));
    g.writeNumberField("spam", round(s.spam()));
    g.writeNumberField("selfPromotion", round(s.selfPromotion()));
    if (s.relevance() == null) {
      g.writeNullField("relevance");
    } else {
      g.writeNumberField("relevance", round(s.relevance()));
    }
    g.writeEndObject();

    g.writeArrayFieldStart("signals");
    for (Signal sig : r.signals()) {
      g.writeStartObject();
      g.writeStringField("type", sig.type().id());
      g.writeNumberField("start", sig.start());
      g.writeNumberField("end", sig.end());
      g.writeStringField("text", sig.text());
      g.writeStringField("evidence", sig.evidence());
      g.writeBooleanField("confirmed", sig.confirmed());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeArrayFieldStart("reasons");
    for (Reason reason : r.reasons()) {
      writeReason(reason, g);
    }
    g.writeEndArray();

    g.writeFieldName("neighbors");
    writeNeighbors(r.neighbors(), g);

    Provenance p = r.provenance();
    g.writeObjectFieldStart("provenance");
    g.writeStringField("analyzerVersion", p.analyzerVersion());
    g.writeStringField("nlpModels", p.nlpModels());
    g.writeStringField("classifier", p.classifier());
    g.writeStringField("corpus", p.corpus());
    g.writeEndObject();

    History h = r.history();
    if (h == null) {
      g.writeNullField("history");
    } else {
      g.writeObjectFieldStart("history");
      g.writeBooleanField("usable", h.usable());
      g.writeNumberField("historySize", h.historySize());
      g.writeNumberField("similar", h.similar());
      g.writeNumberField("accepted", h.accepted());
      g.writeNumberField("acceptanceRate", round(h.acceptanceRate()));
      g.writeArrayFieldStart("ids");
      for (String id : h.ids()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeStringField("message", h.message());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * The last neighbour list each thread wrote and its JSON. The copies of a mail merge share one
   * list (the corpus stage's answer for their masked note, the same immutable instance), and its
   * ten corpus notes are most of a report's text: escaping them once per campaign instead of once
   * per copy was a third of writing a mail merge's reports. A cache of a pure function, confined to
   * its thread.
   */
  private static final ThreadLocal<Object[]> LAST_NEIGHBORS =
      ThreadLocal.withInitial(() -> new Object[2]);

  /** What a generator from {@link #FACTORY} is configured with: the cached JSON is written so. */
  private static final int PLAIN_FEATURES;

  private static final int PLAIN_FORMAT_FEATURES;

  static {
    try (JsonGenerator g = FACTORY.createGenerator(new StringWriter())) {
      PLAIN_FEATURES = g.getFeatureMask();
      PLAIN_FORMAT_FEATURES = g.getFormatFeatures();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeNeighbors(List<Neighbor> neighbors, JsonGenerator g) throws IOException {
    boolean plain =
        g.getPrettyPrinter() == null
            && g.getCharacterEscapes() == null
            && g.getFeatureMask() == PLAIN_FEATURES
            && g.getFormatFeatures() == PLAIN_FORMAT_FEATURES;
    if (!plain) {
      writeNeighborArray(neighbors, g);
      return;
    }
    Object[] last = LAST_NEIGHBORS.get();
    if (last[0] != neighbors) {
      StringWriter out = new StringWriter(64 + 320 * neighbors.size());
      try (JsonGenerator array = FACTORY.createGenerator(out)) {
        writeNeighborArray(neighbors, array);
      }
      last[1] = out.toString();
      last[0] = neighbors;
    }
    g.writeRawValue((String) last[1]);
  }

  private static void writeNeighborArray(List<Neighbor> neighbors, JsonGenerator g)
      throws IOException {
    g.writeStartArray();
    for (Neighbor n : neighbors) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("label", n.label());
      g.writeNumberField("similarity", round(n.similarity()));
      g.writeStringField("text", n.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeReason(Reason reason, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", reason.code().id());
    g.writeStringField("severity", reason.severity().id());
    if (reason.span() == null) {
      g.writeNullField("start");
      g.writeNullField("end");
      g.writeNullField("text");
    } else {
      g.writeNumberField("start", reason.span().start());
      g.writeNumberField("end", reason.span().end());
      g.writeStringField("text", reason.text());
    }
    g.writeStringField("message", reason.message());
    g.writeStringField("suggestion", reason.suggestion());
    writeNullable(g, "evidence", reason.evidence());
    g.writeEndObject();
  }

  /**
   * The reason catalogue as a JSON array of {@code {code, severity, description, suggestion}}, for
   * clients that build their UI from it.
   */
  public static String catalogue() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartArray();
      for (ReasonCode c : ReasonCode.values()) {
        g.writeStartObject();
        g.writeStringField("code", c.id());
        g.writeStringField("severity", c.defaultSeverity().id());
        g.writeStringField("description", c.description());
        g.writeStringField("suggestion", c.suggestion());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeNullable(JsonGenerator g, String field, String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }
}
