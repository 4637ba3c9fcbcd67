package io.invitecheck.cli;

import io.invitecheck.InvalidDraftException;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.SetupException;
import io.invitecheck.StartupTrace;
import io.invitecheck.config.ConfigFile;
import io.invitecheck.config.Settings;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code invitecheck} command line. {@link #main} runs it and exits with its code; {@link #run}
 * runs it in-process with the given streams (what the tests call).
 *
 * <p>Exit codes ({@link ExitCodes}): 0 success, 1 a draft reached {@code --fail-on}, 2 bad usage or
 * input (a one-line message, and the usage for a usage error), 3 an internal failure (the message
 * on stderr; the stack trace only with {@code --debug}).
 */
@Command(
    name = "invitecheck",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    scope = ScopeType.INHERIT,
    sortOptions = false,
    abbreviateSynopsis = true,
    usageHelpAutoWidth = true,
    description = {
      "Tells, before a connection invitation is sent, whether its note will be ignored,"
          + " declined or reported as spam, and why."
    },
    footer = {
      "",
      "Exit codes: 0 ok; 1 a draft reached --fail-on; 2 bad usage or input; 3 internal failure."
    })
public final class Main implements Runnable {

  /**
   * The commands, in the order the usage lists them. They are added by {@link #commandLine} rather
   * than named in {@code @Command(subcommands = ...)}, so that a run whose first argument names one
   * of them builds only that one (see {@link #commandLine(Main, String)}).
   */
  private static final List<Class<?>> COMMANDS =
      List.of(
          AnalyzeCommand.class,
          CheckCommand.class,
          BatchCommand.class,
          ServeCommand.class,
          ImportLinkedInCommand.class,
          IndexCommand.class,
          EvalCommand.class,
          TrainCommand.class,
          BenchCommand.class,
          CommandLine.HelpCommand.class);

  /** Builds the analyzer a command uses, from the settings the options produced. */
  public interface AnalyzerFactory {
    /** An analyzer for these settings. */
    InviteAnalyzer create(Settings settings);

    /** Called when the command is done with the analyzer; closes it by default. */
    default void release(InviteAnalyzer analyzer) {
      analyzer.close();
    }
  }

  /** The default factory: a new analyzer per command, closed afterwards. */
  public static final AnalyzerFactory DEFAULT_FACTORY =
      settings -> InviteAnalyzer.builder().settings(settings).build();

  @Spec CommandSpec spec;

  // Global options, given before the command (invitecheck --config FILE check ...). They are not
  // inherited by the subcommands: a command with an option of the same name (serve --config) would
  // clash. analyze, check and batch also accept them after the command name (AnalyzerOptions).
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Read settings (limits, thresholds, phrase lists, corpus) from this file.")
  Path config;

  @Option(names = "--debug", description = "Print the stack trace of an internal failure.")
  boolean debug;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;
  private final AnalyzerFactory factory;

  Main(
      InputStream in,
      PrintStream out,
      PrintStream err,
      Terminal terminal,
      AnalyzerFactory factory) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.factory = factory;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    StartupTrace.mark("main");
    for (String a : args) {
      if (a.equals("check") || a.equals("analyze") || a.equals("batch")) {
        InviteAnalyzer.preload(); // the models load while picocli reads the command line
        break;
      }
    }
    System.exit(run(args, System.in, System.out, System.err, Terminal.detect(), DEFAULT_FACTORY));
  }

  /** Runs the command line in-process, as on a pipe (no terminal), and returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, Terminal.NONE, DEFAULT_FACTORY);
  }

  /**
   * Runs the command line in-process and returns the exit code.
   *
   * @param terminal which streams are terminals (colour, progress bar)
   * @param factory builds the analyzer (tests pass one that shares a prebuilt analyzer)
   */
  public static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Terminal terminal,
      AnalyzerFactory factory) {
    Main main =
        new Main(
            Objects.requireNonNull(in, "in"),
            Objects.requireNonNull(out, "out"),
            Objects.requireNonNull(err, "err"),
            Objects.requireNonNull(terminal, "terminal"),
            Objects.requireNonNull(factory, "factory"));
    CommandLine cl = commandLine(main, args.length > 0 ? args[0] : null);
    PrintWriter errWriter =
        new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(errWriter);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parseResult) ->
            main.handle(ex, cmd.getCommandName(), debug(parseResult), errWriter));
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command tree, for documentation and tests. */
  static CommandLine commandLine(Main main) {
    return commandLine(main, null);
  }

  /**
   * The command tree with only the command named {@code first} when that is a command's name (not
   * {@code help}), else with every command.
   *
   * <p>Why: picocli reads every command's annotations, options and mixins by reflection when it
   * builds the tree, some 100-180 ms of CPU at every start under the client compiler (its classes
   * cannot be archived for class-data sharing), most of it for the commands that do not run. When
   * the first argument is the command's name, no global option comes before it and picocli parses
   * the rest with that command alone, so the others cannot be reached: the command gets the same
   * options, usage, messages and exit codes as in the whole tree. Anything else (no argument, an
   * option first, a misspelt command, {@code help}) gets the whole tree, for its usage and
   * suggestions.
   */
  static CommandLine commandLine(Main main, String first) {
    CommandLine cl = new CommandLine(main);
    Class<?> only = null;
    for (Class<?> c : COMMANDS) {
      if (c != CommandLine.HelpCommand.class
          && c.getAnnotation(Command.class).name().equals(first)) {
        only = c;
      }
    }
    for (Class<?> c : COMMANDS) {
      if (only == null || c == only) {
        cl.addSubcommand(c);
      }
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpLongOptionsMaxWidth(32);
    for (CommandLine sub : cl.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      if (spec.version().length == 0) {
        spec.versionProvider(new Version()); // --version on commands that declare none
      }
    }
    return cl;
  }

  /** True when --debug was given at any level of the command line. */
  private static boolean debug(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /** A usage error: one line saying what is wrong, the short usage, and where to find more. */
  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter w = cmd.getErr();
    w.println(cmd.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, w);
    w.print("Usage: " + cmd.getHelp().synopsis(0));
    w.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    w.flush();
    return ExitCodes.BAD_INPUT;
  }

  private int handle(Exception ex, String command, boolean debug, PrintWriter errWriter) {
    String prefix = "invitecheck " + command + ": ";
    int code;
    if (ex instanceof CliException c) {
      errWriter.println(prefix + c.getMessage());
      code = c.exitCode();
    } else if (ex instanceof InvalidDraftException d) {
      errWriter.println(prefix + "invalid draft, field '" + d.field() + "': " + d.getMessage());
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof SetupException s) {
      errWriter.println(prefix + "cannot start the analyzer: " + s.getMessage());
      code = ExitCodes.INTERNAL;
    } else {
      errWriter.println(
          prefix
              + "internal error: "
              + ex.getClass().getSimpleName()
              + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
              + (debug ? "" : " (run with --debug for the stack trace)"));
      code = ExitCodes.INTERNAL;
    }
    if (debug) {
      ex.printStackTrace(errWriter);
    }
    errWriter.flush();
    return code;
  }

  // ---- what the subcommands share ----

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  Terminal terminal() {
    return terminal;
  }

  /**
   * The settings: those of the global {@code --config FILE} when given, else the defaults.
   *
   * @throws CliException (exit 2) naming a config file that is missing or invalid
   */
  public Settings settings() {
    return settings(config);
  }

  /**
   * The settings of a config file, or the defaults when {@code config} is null.
   *
   * @throws CliException (exit 2) naming a config file that is missing or invalid
   */
  static Settings settings(Path config) {
    if (config == null) {
      return Settings.defaults();
    }
    if (!Files.isRegularFile(config)) {
      throw CliException.badInput(
          "config file '" + config + "' does not exist or is not a regular file");
    }
    try {
      return ConfigFile.load(config);
    } catch (SetupException | IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      // the loader's messages usually name the file already
      throw CliException.badInput(
          m.contains(config.toString())
              ? "config file " + m
              : "config file '" + config + "': " + m);
    }
  }

  /** Builds the analyzer for these settings. Release it with {@link #release}. */
  InviteAnalyzer analyzer(Settings settings) {
    return factory.create(settings);
  }

  void release(InviteAnalyzer analyzer) {
    factory.release(analyzer);
  }

  /** The version line of {@code --version}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "invitecheck " + InviteAnalyzer.VERSION,
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ")"
      };
    }
  }
}
