package io.invitecheck.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.invitecheck.memo.Memo;
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
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Report} in its JSON form, the project's documented contract (README, "Report
 * contract"). Field order is fixed and scores are rounded to four decimals, so that equal reports
 * give equal text. Thread-safe.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = DraftJson.MAPPER.getFactory();

  /**
   * Writes UTF-8 bytes directly. A surrogate pair becomes the four bytes of its code point, as the
   * character path encodes it, instead of Jackson's default of two escapes.
   */
  private static final JsonFactory UTF8 =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  /**
   * Corpus notes' texts, escaped once: a report cites ten of them, and they are most of its text.
   * The neighbours of all notes come from one corpus, so the texts repeat across reports; bounded
   * for a corpus larger than the bound.
   */
  private static final Memo<String, SerializableString> NEIGHBOR_TEXTS = new Memo<>(20_000);

  private ReportJson() {}

  /** The report as one line of JSON. */
  public static String toJson(Report report) {
    StringWriter out = new StringWriter(1024);
    write(report, out);
    return out.toString();
  }

  /**
   * The report as one line of JSON ending in a line break, in UTF-8: the bytes of {@link #toJson}
   * plus {@code '\n'}, encoded as an {@code OutputStreamWriter} encodes them, made without the
   * intermediate text.
   */
  public static byte[] toJsonLine(Report report) {
    return utf8(report, true);
  }

  /**
   * The report as one line of JSON in UTF-8, without a line break: {@code
   * toJson(report).getBytes(UTF_8)}, made without the intermediate text.
   */
  public static byte[] toJsonBytes(Report report) {
    return utf8(report, false);
  }

  private static byte[] utf8(Report report, boolean lineBreak) {
    ByteArrayBuilder out = new ByteArrayBuilder(4096);
    try (JsonGenerator g = UTF8.createGenerator(out, JsonEncoding.UTF8)) {
      write(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lineBreak) {
      out.append('\n');
    }
    byte[] bytes = out.toByteArray();
    return mayHoldLoneSurrogate(bytes)
        ? (toJson(report) + (lineBreak ? "\n" : "")).getBytes(StandardCharsets.UTF_8)
        : bytes;
  }

  /**
   * True when the UTF-8 generator may have escaped a lone surrogate (as a backslash, "u" and four
   * hex digits starting with "D"), which the character path writes as is and its encoder replaces
   * by "?". The generator escapes nothing else that starts so; a note that holds those characters
   * itself only takes the slower path.
   */
  private static boolean mayHoldLoneSurrogate(byte[] json) {
    for (int i = 0, end = json.length - 2; i < end; i++) {
      if (json[i] == '\\' && json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')) {
        return true;
      }
    }
    return false;
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
   * The last neighbour list each thread wrote and, once written twice, its JSON. The copies of a
   * mail merge share one list (the corpus stage's answer for their masked note, the same immutable
   * instance), and its ten corpus notes are most of a report's text: escaping them once per
   * campaign instead of once per copy was a third of writing a mail merge's reports. A cache of a
   * pure function, confined to its thread.
   */
  private static final ThreadLocal<Object[]> LAST_NEIGHBORS =
      ThreadLocal.withInitial(() -> new Object[2]);

  /**
   * What generators from {@link #FACTORY} and {@link #UTF8} are configured with: feature mask and
   * format features of each. The cached JSON is written as either writes it.
   */
  private static final int[][] PLAIN = {plain(FACTORY, false), plain(UTF8, true)};

  private static int[] plain(JsonFactory factory, boolean bytes) {
    try (JsonGenerator g =
        bytes
            ? factory.createGenerator(new ByteArrayBuilder(), JsonEncoding.UTF8)
            : factory.createGenerator(new StringWriter())) {
      return new int[] {g.getFeatureMask(), g.getFormatFeatures()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean plain(JsonGenerator g) {
    if (g.getPrettyPrinter() != null || g.getCharacterEscapes() != null) {
      return false;
    }
    for (int[] p : PLAIN) {
      if (g.getFeatureMask() == p[0] && g.getFormatFeatures() == p[1]) {
        return true;
      }
    }
    return false;
  }

  private static void writeNeighbors(List<Neighbor> neighbors, JsonGenerator g) throws IOException {
    if (!plain(g)) {
      writeNeighborArray(neighbors, g);
      return;
    }
    Object[] last = LAST_NEIGHBORS.get();
    if (last[0] != neighbors) { // a list seen once is written directly: most are never seen again
      last[0] = neighbors;
      last[1] = null;
      writeNeighborArray(neighbors, g);
      return;
    }
    if (last[1] == null) {
      StringWriter out = new StringWriter(64 + 320 * neighbors.size());
      try (JsonGenerator array = FACTORY.createGenerator(out)) {
        writeNeighborArray(neighbors, array);
      }
      last[1] = new SerializedString(out.toString());
    }
    g.writeRawValue((SerializableString) last[1]);
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
      g.writeString(NEIGHBOR_TEXTS.get(n.text(), SerializedString::new));
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
