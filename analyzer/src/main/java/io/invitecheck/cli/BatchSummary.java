package io.invitecheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.RiskLevel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a batch did: records by risk level, the most frequent reasons, errors, blank lines, speed.
 * Written to stderr as text and with {@code --summary FILE} as JSON. Not thread-safe: fed by the
 * thread that writes the results, in order.
 */
final class BatchSummary {
  private final Map<RiskLevel, Long> levels = new EnumMap<>(RiskLevel.class);
  private final Map<ReasonCode, Long> reasons = new EnumMap<>(ReasonCode.class);
  private final Map<String, Long> errors = new LinkedHashMap<>();
  private long records;
  private long blankLines;
  private long firstErrorLine = -1;
  private double seconds;
  private RiskLevel worst;

  /**
   * A summary from totals counted elsewhere (the Spark job aggregates them on a cluster), equal to
   * one fed the same records by {@link #add}.
   *
   * @param errorsByCode error records by code, in the order each code first appears in the input
   * @param firstErrorLine the line of the first error record, or -1
   */
  static BatchSummary of(
      long records,
      Map<RiskLevel, Long> levels,
      Map<ReasonCode, Long> reasons,
      Map<String, Long> errorsByCode,
      long firstErrorLine,
      long blankLines,
      double seconds) {
    BatchSummary s = new BatchSummary();
    s.records = records;
    s.levels.putAll(levels);
    s.reasons.putAll(reasons);
    s.errors.putAll(errorsByCode);
    s.firstErrorLine = firstErrorLine;
    for (RiskLevel l : RiskLevel.values()) {
      if (levels.getOrDefault(l, 0L) > 0 && (s.worst == null || l.atLeast(s.worst))) {
        s.worst = l;
      }
    }
    s.finish(blankLines, seconds);
    return s;
  }

  void add(BatchResult r) {
    records++;
    if (r.report() != null) {
      RiskLevel level = r.report().risk().level();
      levels.merge(level, 1L, Long::sum);
      if (worst == null || level.atLeast(worst)) {
        worst = level;
      }
      Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
      for (Reason reason : r.report().reasons()) {
        if (seen.add(reason.code())) {
          reasons.merge(reason.code(), 1L, Long::sum);
        }
      }
    } else {
      errors.merge(r.error().code(), 1L, Long::sum);
      if (firstErrorLine < 0) {
        firstErrorLine = r.line();
      }
    }
  }

  void finish(long blankLines, double seconds) {
    this.blankLines = blankLines;
    this.seconds = seconds;
  }

  long records() {
    return records;
  }

  long errorCount() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }

  long errors(String code) {
    return errors.getOrDefault(code, 0L);
  }

  long count(RiskLevel level) {
    return levels.getOrDefault(level, 0L);
  }

  /** The highest risk level of any report, or null when there was none. */
  RiskLevel worst() {
    return worst;
  }

  /** Reasons by the number of drafts they were given for, most frequent first. */
  List<Map.Entry<ReasonCode, Long>> topReasons(int n) {
    List<Map.Entry<ReasonCode, Long>> list = new ArrayList<>(reasons.entrySet());
    list.sort(
        Map.Entry.<ReasonCode, Long>comparingByValue()
            .reversed()
            .thenComparing(e -> e.getKey().id()));
    return list.subList(0, Math.min(n, list.size()));
  }

  private double rate() {
    return seconds > 0 ? records / seconds : 0;
  }

  /** The text summary, a few lines. */
  String text(String input, String output) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "invitecheck batch: %d record%s from %s in %.1f s (%.1f notes/s)%n",
            records,
            records == 1 ? "" : "s",
            input,
            seconds,
            rate()));
    if (records == 0) {
      b.append("  no drafts: the input has no records\n");
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  risk:    high %d, medium %d, low %d%n",
            count(RiskLevel.HIGH),
            count(RiskLevel.MEDIUM),
            count(RiskLevel.LOW)));
    b.append("  reasons: ");
    List<Map.Entry<ReasonCode, Long>> top = topReasons(5);
    if (top.isEmpty()) {
      b.append("none");
    }
    for (int i = 0; i < top.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(top.get(i).getKey().id()).append(' ');
      b.append(top.get(i).getValue());
    }
    b.append('\n');
    b.append("  errors:  ").append(errorCount());
    if (errorCount() > 0) {
      b.append(" (");
      int i = 0;
      for (Map.Entry<String, Long> e : errors.entrySet()) {
        b.append(i++ == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
      }
      b.append("; first at line ").append(firstErrorLine).append(")");
    }
    b.append('\n');
    if (blankLines > 0) {
      b.append("  blank lines skipped: ").append(blankLines).append('\n');
    }
    b.append("  output:  ").append(output).append('\n');
    return b.toString();
  }

  /** The JSON summary of {@code --summary FILE}. */
  String json(String input, String output) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("input", input);
      g.writeStringField("output", output);
      g.writeNumberField("records", records);
      g.writeObjectFieldStart("levels");
      for (RiskLevel l : List.of(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)) {
        g.writeNumberField(l.id(), count(l));
      }
      g.writeEndObject();
      g.writeArrayFieldStart("topReasons");
      for (Map.Entry<ReasonCode, Long> e : topReasons(ReasonCode.values().length)) {
        g.writeStartObject();
        g.writeStringField("code", e.getKey().id());
        g.writeNumberField("drafts", e.getValue());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("errors", errorCount());
      g.writeObjectFieldStart("errorsByCode");
      for (Map.Entry<String, Long> e : errors.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("blankLinesSkipped", blankLines);
      g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
      g.writeNumberField("notesPerSecond", Math.round(rate() * 10) / 10.0);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString() + "\n";
  }
}
