package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command tree and the global options, without building an analyzer. */
class MainTest {
  /** A factory that fails like a bug in the analyzer, so no model is loaded. */
  private static final Main.AnalyzerFactory BROKEN =
      s -> {
        throw new IllegalStateException("no analyzer in unit tests");
      };

  /** Like the server command of the http branch: its own --config and standard help options. */
  @Command(name = "fake-serve", mixinStandardHelpOptions = true)
  static final class FakeServe implements Callable<Integer> {
    @Option(names = "--config")
    String config;

    @Override
    public Integer call() {
      return config == null ? 0 : 42;
    }
  }

  @Test
  void aCommandWithItsOwnConfigOptionCanJoinTheTree() {
    Main main =
        new Main(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            System.err,
            Terminal.NONE,
            BROKEN);
    CommandLine cl = Main.commandLine(main);
    cl.addSubcommand(new FakeServe()); // the merge adds ServeCommand the same way
    assertEquals(42, cl.execute("fake-serve", "--config", "x.toml"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    cl.setOut(new java.io.PrintWriter(out, true));
    assertEquals(0, cl.execute("fake-serve", "--version"));
    assertTrue(out.toString().startsWith("invitecheck " + InviteAnalyzer.VERSION), out.toString());
  }

  @Test
  void configBeforeOrAfterTheCommandIsChecked() {
    Cli.Result r = Cli.run(BROKEN, "--config", "/no/such.toml", "check", "--note", "x");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("config file '/no/such.toml' does not exist"), r.err());
    r = Cli.run(BROKEN, "check", "--config", "/no/other.toml", "--note", "x");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("config file '/no/other.toml'"), r.err());
  }

  @Test
  void debugBeforeOrAfterTheCommandShowsTheStackTrace() {
    Cli.Result plain = Cli.run(BROKEN, "check", "--note", "x");
    assertEquals(3, plain.code(), plain.toString());
    assertEquals(
        "invitecheck check: internal error: IllegalStateException: no analyzer in unit tests"
            + " (run with --debug for the stack trace)\n",
        plain.err());
    for (String[] args :
        new String[][] {{"--debug", "check", "--note", "x"}, {"check", "--debug", "--note", "x"}}) {
      Cli.Result r = Cli.run(BROKEN, args);
      assertEquals(3, r.code(), r.toString());
      assertTrue(r.err().contains("\tat io.invitecheck.cli"), r.err());
      assertFalse(r.err().contains("run with --debug"), r.err());
    }
  }

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Result r = Cli.run(BROKEN, "--help");
    assertEquals(0, r.code());
    for (String c : new String[] {"analyze", "check", "batch", "Exit codes: 0 ok; 1"}) {
      assertTrue(r.out().contains(c), r.out());
    }
    r = Cli.run(BROKEN, "help", "batch");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("Usage: invitecheck batch"), r.out());
  }

  @Test
  void everyCommandsHelpFitsEightyColumnsWithItsParagraphsWhole() {
    // Piped, the help is 80 columns wide: a paragraph written as lines longer than that came out
    // as a long line, a short one ("missing") and the rest.
    for (String command :
        new String[] {
          "--help",
          "check",
          "analyze",
          "batch",
          "serve",
          "bench",
          "bench generate",
          "index",
          "eval",
          "train",
          "import-linkedin"
        }) {
      String[] args = (command.startsWith("-") ? command : command + " --help").split(" ");
      Cli.Result r = Cli.run(BROKEN, args);
      assertEquals(0, r.code(), command);
      for (String line : r.out().split("\n")) {
        assertTrue(line.length() <= 80, command + ": " + line.length() + ": " + line);
      }
    }
    // batch's footer paragraphs: every line but a paragraph's last runs near the full width
    String help = Cli.run(BROKEN, "batch", "--help").out();
    for (String first : new String[] {"Blank lines are skipped", "Exit codes: 0 done"}) {
      String paragraph = help.substring(help.indexOf(first)).split("\n\n")[0];
      String[] lines = paragraph.split("\n");
      assertTrue(lines.length >= 2, paragraph);
      for (int i = 0; i < lines.length - 1; i++) {
        assertTrue(lines[i].length() >= 70, "a ragged line in:\n" + paragraph);
      }
    }
    assertTrue(
        help.replaceAll("\\s+", " ")
            .contains(
                "A bad record (invalid JSON, missing note, wrong type, a record over 64 KiB) gives"
                    + " an error record with its line number and the batch goes on."),
        help);
  }

  private static Main quietMain() {
    return new Main(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        Terminal.NONE,
        BROKEN);
  }

  /** A command's usage, its lines sorted: picocli orders some mixin options differently by run. */
  private static java.util.List<String> usageLines(CommandLine cl) {
    return cl.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().sorted().toList();
  }

  @Test
  void aRunNamingItsCommandFirstBuildsThatCommandAsInTheWholeTree() {
    CommandLine whole = Main.commandLine(quietMain());
    assertEquals(
        java.util.List.of(
            "analyze",
            "check",
            "batch",
            "serve",
            "import-linkedin",
            "index",
            "eval",
            "train",
            "bench",
            "help"),
        java.util.List.copyOf(whole.getSubcommands().keySet()));
    for (String name : whole.getSubcommands().keySet()) {
      CommandLine alone = Main.commandLine(quietMain(), name);
      if (name.equals("help")) {
        assertEquals(whole.getSubcommands().keySet(), alone.getSubcommands().keySet());
        continue;
      }
      assertEquals(java.util.Set.of(name), alone.getSubcommands().keySet(), name);
      CommandLine a = alone.getSubcommands().get(name);
      CommandLine w = whole.getSubcommands().get(name);
      assertEquals(usageLines(w), usageLines(a), name);
      assertEquals(w.getCommandSpec().qualifiedName(), a.getCommandSpec().qualifiedName());
      assertEquals(
          w.getCommandSpec().options().stream().map(o -> o.longestName()).sorted().toList(),
          a.getCommandSpec().options().stream().map(o -> o.longestName()).sorted().toList(),
          name);
      assertEquals(w.getSubcommands().keySet(), a.getSubcommands().keySet(), name);
      assertTrue(a.isCaseInsensitiveEnumValuesAllowed(), name);
      assertEquals(
          String.join("\n", w.getCommandSpec().version()),
          String.join("\n", a.getCommandSpec().version()));
      assertTrue(a.getCommandSpec().parent() == alone.getCommandSpec(), name);
    }
    for (String other : new String[] {"--help", "--config", "batc", "help", "", "Batch"}) {
      assertEquals(
          whole.getSubcommands().keySet(),
          Main.commandLine(quietMain(), other).getSubcommands().keySet(),
          other);
    }
    assertEquals(
        whole.getSubcommands().keySet(),
        Main.commandLine(quietMain(), null).getSubcommands().keySet());
  }

  @Test
  void aCommandBuiltAloneParsesAndFailsAsInTheWholeTree() {
    for (String[] args :
        new String[][] {
          {"batch", "--bogus"},
          {"batch"},
          {"check", "--note"},
          {"check", "--format", "yaml", "--note", "hi"},
          {"check", "--fail-on", "nope", "--note", "hi"},
          {"batch", "--threads", "x", "in.jsonl"},
          {"check", "--version"},
          {"batch", "--help"},
          {"eval", "--bogus"},
          {"bench", "generate", "--help"}
        }) {
      Cli.Result alone = Cli.run(BROKEN, args);
      // the same arguments after a global option reach the same command through the whole tree
      String[] viaTree = new String[args.length + 1];
      viaTree[0] = "--debug";
      System.arraycopy(args, 0, viaTree, 1, args.length);
      Cli.Result whole = Cli.run(BROKEN, viaTree);
      assertEquals(whole.code(), alone.code(), String.join(" ", args));
      assertEquals(sortedLines(whole.err()), sortedLines(alone.err()), String.join(" ", args));
      assertEquals(sortedLines(whole.out()), sortedLines(alone.out()), String.join(" ", args));
    }
  }

  private static java.util.List<String> sortedLines(String s) {
    return s.lines().sorted().toList();
  }
}
