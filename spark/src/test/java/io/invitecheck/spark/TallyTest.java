package io.invitecheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

class TallyTest {
  private static Row report(long line, String level, int bin, boolean overLimit, String... codes) {
    return new GenericRowWithSchema(
        new Object[] {
          line,
          "d-" + line,
          "{}",
          "",
          level,
          null,
          null,
          bin,
          CollectionConverters.asScala(List.of(codes)).toSeq(),
          codes.length == 0,
          codes.length > 0,
          false,
          overLimit,
          false,
          null,
          null,
          null
        },
        InviteCheckSpark.RESULT_SCHEMA);
  }

  private static Row error(long line, String code, String message) {
    return new GenericRowWithSchema(
        new Object[] {
          line, null, "{}", "", null, code, message, null, null, null, null, null, null, null, null,
          null, null
        },
        InviteCheckSpark.RESULT_SCHEMA);
  }

  @Test
  void partsMergeToTheCountsOfTheWholeAndKeepTheFirstLines() {
    Tally a = new Tally();
    Tally b = new Tally();
    // lines 1..60 spread over two partitions in no order; every third high, every second too long
    for (long line = 60; line >= 1; line--) {
      (line % 2 == 0 ? a : b)
          .add(
              report(
                  line,
                  line % 3 == 0 ? "high" : "low",
                  (int) (line % 10),
                  line % 2 == 0,
                  "sales_pitch"));
    }
    a.add(error(75, "internal_error", "boom"));
    b.add(error(70, "invalid_draft", "bad JSON"));
    b.add(error(80, "invalid_draft", "no note"));
    Tally t = a.merge(b);
    assertEquals(63, t.records);
    assertEquals(60, t.drafts);
    assertEquals(20, t.levels[io.invitecheck.report.RiskLevel.HIGH.ordinal()]);
    assertEquals(40, t.levels[io.invitecheck.report.RiskLevel.LOW.ordinal()]);
    assertEquals(60, t.reasons[io.invitecheck.report.ReasonCode.SALES_PITCH.ordinal()]);
    assertEquals(30, t.overLimit);
    assertEquals(Tally.MAX_LINES, t.overLimitLines.size()); // the first 20 of 30
    assertEquals(2L, t.overLimitLines.first());
    assertEquals(40L, t.overLimitLines.last());
    // first appearance in the input decides the order of the codes, as in batch
    assertEquals(Map.of("invalid_draft", 2L, "internal_error", 1L), t.errorsByCode());
    assertEquals(
        List.of("invalid_draft", "internal_error"), List.copyOf(t.errorsByCode().keySet()));
    assertEquals(70, t.firstErrorLine());
    assertEquals(List.of(70L, 75L, 80L), List.copyOf(t.errorSamples.keySet()));
    assertEquals(6, t.histogram[0]);
  }
}
