package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusIndex;
import io.invitecheck.corpus.Fixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusCommandsTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void indexBuildsAnIndexTheAnalyzerCanOpen() {
    Path corpus = Fixture.copyTo(dir);
    Path out = dir.resolve("idx");
    Run r = run(new IndexCommand(), "--corpus", corpus.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("fixture-notes.jsonl, 40 notes"), r.out());
    try (CorpusIndex index = CorpusIndex.open(out)) {
      assertEquals(40, index.size());
    }
  }

  @Test
  void badCorpusLineExitsWithTwoAndNamesTheLine() throws IOException {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"id\":\"a\",\"label\":\"spam\"}\n");
    for (Object cmd : new Object[] {new IndexCommand(), new EvalCommand(), new TrainCommand()}) {
      String[] args =
          cmd instanceof IndexCommand
              ? new String[] {"--corpus", bad.toString(), "--out", dir.resolve("x").toString()}
              : new String[] {"--corpus", bad.toString(), "--out", dir.resolve("y").toString()};
      Run r = run(cmd, args);
      assertEquals(2, r.code(), cmd.getClass().getSimpleName() + ": " + r.err());
      assertTrue(r.err().contains(bad + " line 1: missing 'text'"), r.err());
      assertFalse(r.err().contains("at io.invitecheck"), "no stack trace: " + r.err());
    }
  }

  @Test
  void missingCorpusExitsWithTwo() {
    Path missing = dir.resolve("missing.jsonl");
    Run r = run(new EvalCommand(), "--corpus", missing.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains(missing + " does not exist"), r.err());
  }

  @Test
  void indexRequiresOut() {
    Run r = run(new IndexCommand());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--out"), r.err());
  }

  @Test
  void trainWritesAReproducibleModelAndCard() throws IOException {
    Path corpus = Fixture.copyTo(dir);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertEquals(
        0, run(new TrainCommand(), "--corpus", corpus.toString(), "--out", a.toString()).code());
    assertEquals(
        0, run(new TrainCommand(), "--corpus", corpus.toString(), "--out", b.toString()).code());
    byte[] modelA = Files.readAllBytes(a.resolve("note-classifier.bin"));
    byte[] modelB = Files.readAllBytes(b.resolve("note-classifier.bin"));
    assertTrue(java.util.Arrays.equals(modelA, modelB), "training is deterministic");
    String card = Files.readString(a.resolve("note-classifier.json"));
    assertEquals(card, Files.readString(b.resolve("note-classifier.json")));
    assertTrue(card.contains("\"notes\" : 40"), card);
    assertTrue(card.contains("\"trainSplit\" : 28"), card);
    assertTrue(card.contains(io.invitecheck.corpus.CorpusIdentity.sha256(modelA)), card);
  }
}
