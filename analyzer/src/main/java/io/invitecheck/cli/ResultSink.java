package io.invitecheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.invitecheck.json.ReportJson;
import io.invitecheck.report.Report;
import io.invitecheck.report.Scores;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes batch results in input order: JSON Lines or CSV. {@link #render} is thread-safe, so a
 * batch turns results into text on its worker threads; writing is not.
 */
abstract class ResultSink {
  private final Writer out;
  private final int typicalChars;

  private ResultSink(Writer out, int typicalChars) {
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

  /** Prints one result, with its line break. */
  abstract void print(BatchResult result, Writer to) throws IOException;

  /** Writes one result rendered by {@link #render}. */
  final void writeRendered(String rendered) throws IOException {
    out.write(rendered);
  }

  /** Writes one result. */
  final void write(BatchResult result) throws IOException {
    writeRendered(render(result));
  }

  /** Flushes what is buffered. */
  final void flush() throws IOException {
    out.flush();
  }

  /** The sink for a format. */
  static ResultSink of(BatchFormat format, Writer out) throws IOException {
    return format == BatchFormat.CSV ? new Csv(out) : new Jsonl(out);
  }

  /**
   * One JSON object per line: the report contract, or an error record {@code {"line": 7, "id":
   * "d-7", "error": {"code": "invalid_draft", "field": "note", "message": "..."}}}.
   */
  static final class Jsonl extends ResultSink {
    private static final JsonFactory FACTORY = new JsonFactory();

    Jsonl(Writer out) {
      super(out, 2048); // a report with its ten neighbours
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

    Csv(Writer out) throws IOException {
      this(out, true);
    }

    /** A sink that starts with the header row when {@code header}. */
    Csv(Writer out, boolean header) throws IOException {
      super(out, 160);
      if (header) {
        CSVFormat.RFC4180.printRecord(out, (Object[]) HEADER);
      }
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
