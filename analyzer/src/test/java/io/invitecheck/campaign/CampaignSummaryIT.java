package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.cli.Main;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign summary over reports from the real analyzer, and through the batch command. */
class CampaignSummaryIT {
  private static InviteAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = InviteAnalyzer.builder().build();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  @Test
  void mailMergeThroughTheAnalyzer() {
    List<Draft> drafts = Batches.mailMerge();
    CampaignSummary.Builder b = CampaignSummary.builder(Settings.defaults());
    List<Report> reports = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Report r = analyzer.analyze(drafts.get(i));
      reports.add(r);
      b.add(i + 1, drafts.get(i), r);
    }
    CampaignSummary s = b.build();
    assertEquals(
        List.of(Batches.linesOf('p'), Batches.linesOf('r'), Batches.linesOf('n')),
        s.templates().stream().map(CampaignSummary.Template::lines).toList());
    assertEquals(
        50, s.riskLevels().values().stream().mapToInt(Integer::intValue).sum(), s.toText());
    assertEquals(50, s.histogram().stream().mapToInt(Integer::intValue).sum());

    int line = Batches.linesOf('p').get(3);
    Report marked = s.withMassTemplate(line, reports.get(line - 1));
    assertTrue(marked.has(ReasonCode.MASS_TEMPLATE));
    assertEquals(reports.get(line - 1).id(), marked.id());
    assertEquals(reports.get(line - 1).risk(), marked.risk());
    assertTrue(
        marked.reasons().stream()
            .filter(r -> r.code() == ReasonCode.MASS_TEMPLATE)
            .allMatch(r -> r.evidence().startsWith("template cluster of 20 drafts")));
  }

  @Test
  void batchPrintsAndWritesTheCampaignAsJsonAndHtml(@TempDir Path dir) throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Draft d : Batches.mailMerge()) {
      ObjectNode o = m.createObjectNode();
      o.put("id", d.id());
      o.put("note", d.note());
      o.putObject("recipient")
          .put("name", d.recipient().name())
          .put("company", d.recipient().company());
      o.putObject("sender").put("name", "Sam Carter").put("company", "Cloudcut");
      lines.add(m.writeValueAsString(o));
    }
    lines.add(4, "{\"note\": 42}");
    lines.add(9, "");
    Path in = dir.resolve("drafts.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path json = dir.resolve("summary.json");
    Path html = dir.resolve("summary.html");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        Main.run(
            new String[] {
              "batch",
              in.toString(),
              "-o",
              dir.resolve("reports.jsonl").toString(),
              "--summary",
              json.toString(),
              "--html",
              html.toString()
            },
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(0, exit, printed);
    assertTrue(printed.contains("Campaign summary: 50 drafts, 1 error"), printed);
    assertTrue(printed.contains("  Error line 5: note must be a string"), printed);
    assertEquals(
        40, m.readTree(json.toFile()).at("/campaign/templates/massTemplateDrafts").asInt());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>"));
    assertTrue(page.contains("Largest templates"));
    assertTrue(page.contains(" high</span>") && page.contains(" low</span>"));
  }
}
