package io.invitecheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScoreJobArgsTest {
  @Test
  void formatsComeFromTheExtensionsUnlessGiven() {
    ScoreJob.Args a =
        ScoreJob.Args.parse(new String[] {"s3a://b/drafts.csv", "hdfs:///out.parquet"});
    assertEquals("s3a://b/drafts.csv", a.input());
    assertEquals(Format.CSV, a.inputFormat());
    assertEquals(Format.PARQUET, a.outputFormat());
    assertEquals(5, a.massTemplateSize());
    assertNull(a.summary());

    ScoreJob.Args b =
        ScoreJob.Args.parse(
            new String[] {
              "in",
              "--input-format",
              "JSONL",
              "out/",
              "--output-format",
              "csv",
              "--summary",
              "sum.json",
              "--config",
              "c.yaml",
              "--mass-template-size",
              "3"
            });
    assertEquals(Format.JSONL, b.inputFormat());
    assertEquals(Format.CSV, b.outputFormat());
    assertEquals("sum.json", b.summary());
    assertEquals(Path.of("c.yaml"), b.config());
    assertEquals(3, b.massTemplateSize());
  }

  @Test
  void badArgumentsSayWhatIsWrong() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ScoreJob.Args.parse(new String[] {"in.jsonl"}));
    assertTrue(e.getMessage().startsWith("give IN and OUT"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreJob.Args.parse(new String[] {"drafts.txt", "out.jsonl"}));
    assertTrue(e.getMessage().contains("cannot tell the format of 'drafts.txt'"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoreJob.Args.parse(new String[] {"a.jsonl", "b.jsonl", "--output-format", "xml"}));
    assertTrue(e.getMessage().contains("unknown format 'xml'"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreJob.Args.parse(new String[] {"a.jsonl", "b.jsonl", "--summary"}));
    assertTrue(e.getMessage().startsWith("--summary needs a value"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new JobSettings(null, null, 1),
        "a template of one draft is no template");
  }
}
