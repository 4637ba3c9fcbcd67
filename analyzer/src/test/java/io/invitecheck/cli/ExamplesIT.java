package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled example drafts: valid, and the CSV twin says the same as the JSONL. */
class ExamplesIT {
  private static final Path EXAMPLES = Path.of("..", "corpus", "examples");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Main.AnalyzerFactory real;

  @BeforeAll
  static void build() {
    real = Cli.shared(Cli.real());
  }

  @Test
  void theJsonlAndCsvTwinsGiveTheSameReports() throws IOException {
    Cli.Result jsonl =
        Cli.run(real, "batch", EXAMPLES.resolve("drafts.jsonl").toString(), "--threads", "2");
    Cli.Result csv =
        Cli.run(real, "batch", EXAMPLES.resolve("drafts.csv").toString(), "--format", "jsonl");
    assertEquals(0, jsonl.code(), jsonl.toString());
    assertEquals(0, csv.code(), csv.toString());
    assertEquals(jsonl.out(), csv.out());

    List<String> lines = List.of(jsonl.out().split("\n"));
    assertTrue(lines.size() >= 30 && lines.size() <= 50, lines.size() + " examples");
    Set<String> ids = new HashSet<>();
    for (String line : lines) {
      JsonNode report = JSON.readTree(line);
      assertFalse(report.has("error"), "every example is a valid draft: " + line);
      assertTrue(ids.add(report.get("id").textValue()), "ids are unique: " + line);
    }
    List<String> drafts =
        Files.readAllLines(EXAMPLES.resolve("drafts.jsonl"), StandardCharsets.UTF_8);
    for (int i = 0; i < drafts.size(); i++) {
      assertEquals(
          JSON.readTree(drafts.get(i)).get("id").textValue(),
          JSON.readTree(lines.get(i)).get("id").textValue(),
          "input order");
    }
    assertTrue(jsonl.err().contains(lines.size() + " records from"), jsonl.err());
    assertTrue(jsonl.err().contains("errors:  0"), jsonl.err());
  }
}
