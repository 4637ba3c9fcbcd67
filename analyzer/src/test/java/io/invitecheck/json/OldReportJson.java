package io.invitecheck.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.invitecheck.report.History;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Report;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Signal;
import java.io.IOException;
import java.util.List;

/**
 * {@link ReportJson#write(Report, JsonGenerator)} as it was written before its field names were
 * encoded once: every field through {@code write*Field(String, ...)}, every neighbour written
 * afresh. The reference {@code ReportJsonSameBytesTest} compares with.
 */
final class OldReportJson {
  private OldReportJson() {}

  static void write(Report r, JsonGenerator g) throws IOException {
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
    writeNeighborArray(r.neighbors(), g);

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

  private static void writeNeighborArray(List<Neighbor> neighbors, JsonGenerator g)
      throws IOException {
    g.writeStartArray();
    for (Neighbor n : neighbors) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("label", n.label());
      g.writeNumberField("similarity", round(n.similarity()));
      g.writeFieldName("text");
      g.writeString(new SerializedString(n.text()));
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
