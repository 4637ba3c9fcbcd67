package io.invitecheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.invitecheck.json.ReportJson;
import io.invitecheck.report.Report;
import io.invitecheck.report.Scores;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes batch results in input order: JSON Lines or CSV, in UTF-8. {@link #encode} and {@link
 * #render} are thread-safe, so a batch turns results into bytes on its worker threads; writing is
 * not.
 */
abstract class ResultSink {
  private final OutputStream out;
  private final int typicalChars;

  private ResultSink(OutputStream out, int typicalChars) {
    this.out = out;
    this.typicalChars = typicalChars;
  }

  /** One result as the text {@link #writeRendered} writes (with its line break). Thread-safe. */
  final String render(BatchResult result) {
    StringWriter w = new StringWriter(typicalChars);
    try {
      print(result, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  /** One result as the UTF-8 bytes of {@link #render}, which {@link #writeEncoded} writes. */
  byte[] encode(BatchResult result) {
    return render(result).getBytes(StandardCharsets.UTF_8);
  }

  /** Prints one result, with its line break. */
  abstract void print(BatchResult result, Writer to) throws IOException;

  /** Writes one result encoded by {@link #encode}. */
  final void writeEncoded(byte[] encoded) throws IOException {
    out.write(encoded);
  }

  /** Writes one result. */
  final void write(BatchResult result) throws IOException {
    writeEncoded(encode(result));
  }

  /** Flushes what is buffered. */
  final void flush() throws IOException {
    out.flush();
  }

  /** The sink for a format. */
  static ResultSink of(BatchFormat format, OutputStream out) throws IOException {
    return format == BatchFormat.CSV ? new Csv(out) : new Jsonl(out);
  }

  /**
   * One JSON object per line: the report contract, or an error record {@code {"line": 7, "id":
   * "d-7", "error": {"code": "invalid_draft", "field": "note", "message": "..."}}}.
   */
  static final class Jsonl extends ResultSink {
    private static final JsonFactory FACTORY = new JsonFactory();

    Jsonl(OutputStream out) {
      super(out, 2048); // a report with its ten neighbours
    }

    @Override
    byte[] encode(BatchResult r) {
      return r.report() != null ? ReportJson.toJsonLine(r.report()) : super.encode(r);
    }

    @Override
    void print(BatchResult r, Writer out) throws IOException {
      if (r.report() != null) {
        ReportJson.write(r.report(), out);
      } else {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          g.writeStartObject();
          g.writeNumberField("line", r.line());
          if (r.id() == null) {
            g.writeNullField("id");
          } else {
            g.writeStringField("id", r.id());
          }
          g.writeObjectFieldStart("error");
          g.writeStringField("code", r.error().code());
          g.writeStringField("field", r.error().field());
          g.writeStringField("message", r.error().message());
          g.writeEndObject();
          g.writeEndObject();
        }
      }
      out.write('\n');
    }
  }

  /**
   * One row per record: {@code id, risk_score, risk_level, personalization, spam, self_promotion,
   * reasons, top_reason, error}; reasons are codes joined by {@code ;}; an error row has only the
   * id and the error ("line 7, field note: ...").
   */
  static final class Csv extends ResultSink {
    static final String[] HEADER = {
      "id",
      "risk_score",
      "risk_level",
      "personalization",
      "spam",
      "self_promotion",
      "reasons",
      "top_reason",
      "error"
    };

    Csv(OutputStream out) throws IOException {
      this(out, true);
    }

    /** A sink that starts with the header row when {@code header}. */
    Csv(OutputStream out, boolean header) throws IOException {
      super(out, 160);
      if (header) {
        out.write(header().getBytes(StandardCharsets.UTF_8));
      }
    }

    /** The header row, with its {@code \r\n}. */
    static String header() {
      StringBuilder b = new StringBuilder();
      try {
        CSVFormat.RFC4180.printRecord(b, (Object[]) HEADER);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringBuilder does not fail
      }
      return b.toString();
    }

    @Override
    void print(BatchResult r, Writer sb) throws IOException {
      CSVFormat printer = CSVFormat.RFC4180;
      String id = r.id() == null ? "" : r.id();
      Report rep = r.report();
      if (rep == null) {
        printer.printRecord(
            sb,
            id,
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "line " + r.line() + ", field " + r.error().field() + ": " + r.error().message());
        return;
      }
      Scores s = rep.scores();
      printer.printRecord(
          sb,
          id,
          num(rep.risk().score()),
          rep.risk().level().id(),
          num(s.personalization()),
          num(s.spam()),
          num(s.selfPromotion()),
          ReportText.codes(rep.reasons()),
          rep.topReason().map(x -> x.code().id()).orElse(""),
          "");
    }

    private static String num(double v) {
      return String.format(Locale.ROOT, "%.4f", v);
    }
  }
}
