package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.InviteAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end: analyze and check, in-process, on the real pipeline. */
class CommandsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Main.AnalyzerFactory controlled;
  private static Main.AnalyzerFactory real;

  @TempDir Path dir;

  @BeforeAll
  static void build() {
    controlled = Cli.shared(Cli.controlled());
    real = Cli.shared(Cli.real());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "analyze", "check", "batch"})
  void helpAndVersionOnEveryCommand(String command) {
    String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
    Cli.Result r = Cli.run(controlled, help);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Usage: invitecheck"), r.out());
    assertTrue(r.out().contains("Exit codes"), r.out());
    String[] version =
        command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
    r = Cli.run(controlled, version);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("invitecheck " + InviteAnalyzer.VERSION), r.out());
  }

  @Test
  void usageErrorsExit2WithOneLineAndTheUsage() {
    Cli.Result r = Cli.run(controlled, "check", "--note", "hi", "--bogus");
    assertEquals(2, r.code(), r.toString());
    String[] lines = r.err().split("\n");
    assertEquals("invitecheck check: Unknown option: '--bogus'", lines[0]);
    assertTrue(r.err().contains("Usage: invitecheck check [OPTIONS]"), r.err());
    assertTrue(r.err().contains("Try 'invitecheck check --help'"), r.err());
    assertEquals("", r.out());

    r = Cli.run(controlled);
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().startsWith("invitecheck: Missing required subcommand"), r.err());

    r = Cli.run(controlled, "check", "--note", "hi", "--fail-on", "severe");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("unknown risk level 'severe'"), r.err());
  }

  @Test
  void analyzeShowsTheFlaggedWordsTheRiskTheReasonsAndTheNeighbours() {
    String note = "Hi Ana, buy now and save on every plan.";
    Cli.Result r = Cli.run(controlled, "analyze", "--note", note, "--recipient-name", "Ana Ruiz");
    assertEquals(0, r.code(), r.toString());
    String[] lines = r.out().split("\n");
    int i = indexOf(lines, "  " + note);
    // "buy now" stands at 8..15: its carets stand at columns 2 + 8 to 2 + 15
    assertEquals(2 + 8, lines[i + 1].indexOf('^'), lines[i + 1]);
    assertEquals(2 + 15, lines[i + 1].lastIndexOf('^') + 1, lines[i + 1]);
    assertTrue(r.out().contains("Risk      HIGH"), r.out());
    assertTrue(r.out().contains("[critical] spam_like at 8-15 \"buy now\""), r.out());
    assertTrue(r.out().contains("Evidence: spam-0042"), r.out());
    assertTrue(r.out().contains("spam-0042"), r.out());
    assertTrue(r.out().contains("\"Buy now and get 50% off every plan!\""), r.out());
    assertTrue(r.out().contains("Nearest corpus notes (2)"), r.out());
    assertFalse(r.out().contains("\u001b["), "no colour on a pipe");
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    String[] args = {"analyze", "--note", "Hi Ana, buy now."};
    Terminal tty = new Terminal(true, true, true, false);
    Cli.Result r = Cli.run(controlled, tty, new ByteArrayInputStream(new byte[0]), args);
    assertTrue(r.out().contains("\u001b[1;4;31mbuy now\u001b[0m"), r.out());
    Terminal noColor = new Terminal(true, true, true, true);
    r = Cli.run(controlled, noColor, new ByteArrayInputStream(new byte[0]), args);
    assertFalse(r.out().contains("\u001b["), r.out());
    assertTrue(r.out().contains("^^^^^^^"), r.out());
  }

  @Test
  void analyzeJsonIsTheReportContract() throws IOException {
    Cli.Result r =
        Cli.run(
            real,
            "analyze",
            "--format",
            "json",
            "--id",
            "d-7",
            "--note",
            "Hi Priya, congratulations on your promotion at Zalando. I followed your team's"
                + " migration to Kubernetes and would love to stay in touch.",
            "--recipient-name",
            "Priya Raman",
            "--recipient-company",
            "Zalando",
            "--account",
            "free");
    assertEquals(0, r.code(), r.toString());
    assertEquals(1, r.out().split("\n").length, "one line");
    JsonNode report = JSON.readTree(r.out());
    assertEquals("d-7", report.get("id").textValue());
    assertEquals(1, report.get("schemaVersion").intValue());
    assertTrue(report.get("language").textValue().matches("[a-z]{3}"), report.toString());
    assertTrue(report.get("risk").has("level"));
    assertTrue(report.get("scores").get("relevance").isNumber(), "profiles were given");
    assertTrue(report.get("signals").isArray());
    assertTrue(report.get("reasons").isArray());
    assertEquals(
        InviteAnalyzer.VERSION, report.get("provenance").get("analyzerVersion").textValue());
  }

  @Test
  void theNoteCanComeFromStdinOrADraftFile() throws IOException {
    Cli.Result r = Cli.runWithStdin(controlled, "Hi Ana, buy now.\n", "check", "--format", "json");
    assertEquals(1, r.code(), r.toString());
    JsonNode report = JSON.readTree(r.out());
    JsonNode reason = report.get("reasons").get(0);
    assertEquals(8, reason.get("start").intValue(), "the final newline of stdin is dropped");
    assertEquals("buy now", reason.get("text").textValue());

    Path draft = dir.resolve("draft.json");
    Files.writeString(
        draft,
        "{\"id\": \"f-1\", \"note\": \"Start your free trial today.\","
            + " \"recipient\": {\"name\": \"Ana Ruiz\"}}");
    r = Cli.run(controlled, "check", "--draft", draft.toString(), "--format", "json");
    assertEquals(0, r.code(), r.toString());
    report = JSON.readTree(r.out());
    assertEquals("f-1", report.get("id").textValue());
    assertEquals("medium", report.get("risk").get("level").textValue());

    r =
        Cli.runWithStdin(
            controlled, "{\"note\": \"buy now\"}", "check", "--draft", "-", "--format", "json");
    assertEquals(1, r.code(), r.toString());
  }

  @Test
  void stdinOnATerminalIsAUsageErrorNotAHang() {
    Terminal tty = new Terminal(true, true, true, false);
    Cli.Result r = Cli.run(controlled, tty, new ByteArrayInputStream(new byte[0]), "analyze");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("give --note TEXT or --draft FILE"), r.err());
  }

  @Test
  void checkExitCodesFollowFailOn() {
    assertEquals(0, Cli.run(controlled, "check", "--note", "Hi Ana, nice to meet you.").code());
    Cli.Result high = Cli.run(controlled, "check", "--note", "Buy now!");
    assertEquals(1, high.code(), high.toString());
    assertTrue(high.out().contains("Check FAILED: risk high is at or above --fail-on high."));
    String medium = "Start your free trial today.";
    assertEquals(0, Cli.run(controlled, "check", "--note", medium).code());
    assertEquals(1, Cli.run(controlled, "check", "--note", medium, "--fail-on", "medium").code());
    assertEquals(1, Cli.run(controlled, "check", "--note", "Hello.", "--fail-on", "LOW").code());
  }

  @Test
  void invalidInputExits2NamingTheField() throws IOException {
    Cli.Result r = Cli.run(controlled, "check", "--note", "hi", "--account", "gold");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("field 'context.accountType'"), r.err());
    assertTrue(r.err().contains("expected free or premium"), r.err());

    Path draft = dir.resolve("bad.json");
    Files.writeString(draft, "{\"note\": \"hi\", \"recipient\": {\"skills\": [\"Kafka\", 3]}}");
    r = Cli.run(controlled, "analyze", "--draft", draft.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("field 'recipient.skills[1]'"), r.err());

    Files.writeString(draft, "{\"note\": \"hi\",");
    r = Cli.run(controlled, "analyze", "--draft", draft.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("invalid JSON"), r.err());

    r = Cli.run(controlled, "analyze", "--note", "hi", "--previous", "last-week:declined");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("context.previousInvitations"), r.err());

    r = Cli.run(controlled, "analyze", "--draft", dir.resolve("missing.json").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("missing.json' does not exist"), r.err());

    r = Cli.run(controlled, "analyze", "--note", "a", "--draft", draft.toString());
    assertEquals(2, r.code(), r.toString());

    r =
        Cli.run(
            controlled, "check", "--config", dir.resolve("nope.toml").toString(), "--note", "x");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("config file '" + dir.resolve("nope.toml") + "'"), r.err());

    r = Cli.run(controlled, "check", "--index", dir.resolve("no-index").toString(), "--note", "x");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("index directory"), r.err());
  }

  @Test
  void overTheSizeLimitIsBadInputNamingTheNote() {
    Cli.Result r = Cli.run(controlled, "check", "--note", "x".repeat(10_001));
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("field 'note'"), r.err());
  }

  @Test
  void internalFailureExits3WithoutStackTraceUnlessDebug() {
    Cli.Result r = Cli.run(controlled, "check", "--note", "Hi [boom]");
    assertEquals(3, r.code(), r.toString());
    assertTrue(
        r.err().startsWith("invitecheck check: internal error: IllegalStateException: scorer"),
        r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertEquals("", r.out());

    r = Cli.run(controlled, "check", "--debug", "--note", "Hi [boom]");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("\tat io.invitecheck"), r.err());

    Main.AnalyzerFactory broken =
        s -> {
          throw new io.invitecheck.SetupException("model file /x.bin is corrupt");
        };
    r = Cli.run(broken, "check", "--note", "hi");
    assertEquals(3, r.code(), r.toString());
    assertTrue(r.err().contains("cannot start the analyzer: model file /x.bin is corrupt"));
  }

  @Test
  void utf8NotesRoundTripThroughHumanAndJsonOutput() throws IOException {
    String note = "Hola José 👋, שלום! Buy now — ça marche?";
    Cli.Result r = Cli.run(controlled, "analyze", "--note", note);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("  " + note + "\n"), r.out());
    r = Cli.run(controlled, "analyze", "--format", "json", "--id", "ünï-🚀", "--note", note);
    JsonNode report = JSON.readTree(r.out().getBytes(StandardCharsets.UTF_8));
    assertEquals("ünï-🚀", report.get("id").textValue());
    JsonNode reason = report.get("reasons").get(0);
    int start = reason.get("start").intValue();
    assertEquals(
        note.substring(start, reason.get("end").intValue()), reason.get("text").textValue());
    assertEquals("Buy now", reason.get("text").textValue());
  }

  private static int indexOf(String[] lines, String line) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals(line)) {
        return i;
      }
    }
    throw new AssertionError("no line '" + line + "' in:\n" + String.join("\n", lines));
  }
}
