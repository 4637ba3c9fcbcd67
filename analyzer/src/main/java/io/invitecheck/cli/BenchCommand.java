package io.invitecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.bench.AnalyzeLatency;
import io.invitecheck.bench.BatchThroughput;
import io.invitecheck.bench.BenchReport;
import io.invitecheck.bench.BenchResult;
import io.invitecheck.bench.ColdStart;
import io.invitecheck.bench.DraftGenerator;
import io.invitecheck.bench.DraftJsonl;
import io.invitecheck.bench.Environment;
import io.invitecheck.bench.GcTime;
import io.invitecheck.bench.HostCpu;
import io.invitecheck.bench.Percentiles;
import io.invitecheck.bench.ServerLoad;
import io.invitecheck.bench.Workload;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.http.InviteServer;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code invitecheck bench}: generates realistic drafts per workload and measures (a) the real
 * {@code batch} command end to end in-process, (b) the latency of in-process {@code analyze}, (c)
 * the cold start of one {@code check} in a new process and, with {@code --server}, (d) {@code POST
 * /v1/analyze} under concurrent load on loopback; it prints them with the machine and the JVM, as
 * text or JSON. {@code bench generate} writes the drafts alone.
 */
@Command(
    name = "bench",
    sortOptions = false,
    description = {
      "Measure InviteCheck's speed on realistic drafts made from the corpus.",
      "Reports batch notes/s end to end, analyze latency percentiles, the cold start",
      "of one check, and with --server the HTTP service under load, with the",
      "machine and the JVM they were measured on."
    },
    subcommands = {BenchGenerateCommand.class},
    footer = {
      "",
      "Each workload gets its own generated files: one untimed warm-up batch run of",
      "min(N, 5,000) drafts, then --runs timed runs of N, each on a file of its own",
      "(seeds derived from --seed), so a cache that outlives one batch cannot make a",
      "later run look faster. Every run builds its own analyzer; the time it spends",
      "outside its scoring loop (start-up, mass-template pass) is shown apart. A",
      "batch pays that, and the slower first notes of its scoring loop (empty memos,",
      "code not yet compiled), whatever its size: small batches are slower per",
      "draft (try -n 2000).",
      "analyze is timed call by call on one analyzer, after min(N, 5,000) untimed",
      "warm-up drafts. The cold start runs ./invitecheck when the current directory",
      "has it (else java with the launcher's flags on this jar): once untimed, then",
      "--runs times. Progress goes to stderr, only when stderr is a terminal.",
      "",
      "Examples:",
      "  invitecheck bench                      # 50,000 drafts, all three workloads",
      "  invitecheck bench -n 2000 --runs 5     # small batches: start-up dominates",
      "  invitecheck bench -n 5000 --runs 3 --format json --out bench.json",
      "  invitecheck bench --workload mail-merge --skip cold-start --threads 1",
      "  invitecheck bench -n 500 --server --seconds 30",
      "  invitecheck bench --skip batch,analyze,cold-start \\",
      "      --url http://127.0.0.1:8080 --rate 500,1000,2000 --warm-up 20",
      "  invitecheck bench --skip batch,analyze,cold-start --workload unique \\",
      "      --bodies 50000 --url http://127.0.0.1:8080 --rate 1000  # no note repeats",
      "  invitecheck bench generate -n 1000000 -o million.jsonl",
      "",
      "Exit codes: 0 measured; 2 bad usage; 3 a measured command failed (the",
      "message says which and why)."
    })
final class BenchCommand implements Callable<Integer> {
  /** The parts of a run that --skip may name. */
  enum Part {
    BATCH,
    ANALYZE,
    COLD_START;

    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private static final String COLD_NOTE =
      "Hi Ana, I enjoyed your talk on payment fraud at Money20/20 and would love to compare notes"
          + " on chargeback models.";

  /**
   * Untimed drafts before the timed ones: the analyze stream's warm-up and the warm-up batch run's
   * size. Enough for the client compiler to have compiled the analyzer and for its memos to hold a
   * workload's common words, as in a process that has been checking notes for a while.
   */
  private static final int MAX_WARM_UP = 5_000;

  @ParentCommand Main main;

  @Option(
      names = {"-n", "--drafts"},
      paramLabel = "N",
      defaultValue = "50000",
      description =
          "Drafts per workload, for each timed batch run and the latency stream"
              + " (default: ${DEFAULT-VALUE}, a large mail merge).")
  int drafts;

  @Option(
      names = "--workload",
      paramLabel = "W",
      split = ",",
      converter = WorkloadConverter.class,
      description = "mail-merge, unique, mixed, or several with commas (default: all three).")
  List<Workload> workloads;

  @Option(
      names = "--runs",
      paramLabel = "R",
      defaultValue = "3",
      description =
          "Timed batch and cold-start runs; the median is reported"
              + " (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "batch --threads (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed the drafts are generated from (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--skip",
      paramLabel = "PART",
      split = ",",
      converter = PartConverter.class,
      description = "Skip batch, analyze or cold-start (several with commas).")
  List<Part> skip;

  @Option(
      names = "--server",
      description = "Also load-test POST /v1/analyze of an in-process server on loopback.")
  boolean server;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "20",
      description = "How long each server phase lasts (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--concurrency",
      paramLabel = "C",
      defaultValue = "200",
      description =
          "Server connections, each with at most one request in flight"
              + " (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(
      names = "--rate",
      paramLabel = "R",
      split = ",",
      description =
          "Offer R requests/s on a fixed schedule instead of a closed loop; several with commas"
              + " run one phase each (0 is a closed loop: each answer sends the next request).")
  List<Double> rates;

  @Option(
      names = "--warm-up",
      paramLabel = "S",
      description =
          "Seconds of closed-loop load before the measured server phases"
              + " (default: a fifth of --seconds).")
  Integer warmUpSeconds;

  @Option(
      names = "--bodies",
      paramLabel = "N",
      defaultValue = "5000",
      description =
          "The server phases' request bodies: N generated drafts of the one --workload given"
              + " (else mixed), which the connections cycle through (default: ${DEFAULT-VALUE}; the"
              + " memos answer a draft they have seen, so N larger than the requests sent means"
              + " notes that never repeat).")
  int bodies;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "Load-test a server already running on loopback (e.g. http://127.0.0.1:8080 from"
              + " invitecheck serve) instead of one in this process; implies --server. Sends"
              + " INVITECHECK_TOKEN as the bearer token when it is set.")
  String url;

  @Option(
      names = "--launcher",
      paramLabel = "PATH",
      description = "Time this program's check for the cold start instead (e.g. ./invitecheck).")
  Path launcher;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also save the result (in --format) to this file.")
  Path out;

  private boolean progressShown;
  private InetSocketAddress target;

  @Override
  public Integer call() throws Exception {
    validate();
    List<Workload> asked =
        workloads == null || workloads.isEmpty()
            ? List.of(Workload.MAIL_MERGE, Workload.UNIQUE, Workload.MIXED)
            : workloads.stream().distinct().toList();
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    int warmUp = Math.min(drafts, MAX_WARM_UP);
    Environment env = Environment.detect();
    Settings settings = main.settings();
    DraftGenerator generator = DraftGenerator.fromBundledCorpus();
    Path dir = Files.createTempDirectory("invitecheck-bench");
    InviteAnalyzer analyzer = null;
    try {
      List<BenchResult.WorkloadResult> results = new ArrayList<>();
      for (Workload w : asked) {
        BatchThroughput batch = null;
        if (!skipped(Part.BATCH)) {
          batch = batch(generator, w, nThreads, dir);
        }
        Percentiles latency = null;
        double latencyStolen = -1;
        if (!skipped(Part.ANALYZE)) {
          if (analyzer == null) {
            progress("building the analyzer");
            analyzer = main.analyzer(settings);
          }
          progress(w.id() + ": timing analyze on " + drafts + " drafts");
          List<Draft> stream = drafts(generator, w, derivedSeed(w, -1), warmUp + drafts);
          HostCpu cpu = HostCpu.now();
          latency =
              AnalyzeLatency.measure(
                  analyzer, stream.subList(0, warmUp), stream.subList(warmUp, stream.size()));
          latencyStolen = HostCpu.now().stolenSince(cpu);
        }
        results.add(new BenchResult.WorkloadResult(w.id(), batch, latency, latencyStolen));
      }
      ColdStart cold = skipped(Part.COLD_START) ? null : coldStart();
      List<ServerLoad> load = List.of();
      if (server || target != null) {
        progress(
            "server: "
                + concurrency
                + " connections, "
                + (rates == null || rates.isEmpty() ? "closed loop" : "rates " + rates)
                + ", "
                + seconds
                + " s each");
        Workload bodiesOf = asked.size() == 1 ? asked.get(0) : Workload.MIXED;
        List<String> requestBodies =
            drafts(generator, bodiesOf, derivedSeed(bodiesOf, -2), bodies).stream()
                .map(DraftJsonl::toJson)
                .toList();
        ServerLoad.Plan plan =
            new ServerLoad.Plan(
                requestBodies,
                concurrency,
                rates == null || rates.isEmpty() ? List.of(0.0) : rates,
                warmUpSeconds == null
                    ? Duration.ofMillis(seconds * 200L)
                    : Duration.ofSeconds(warmUpSeconds),
                Duration.ofSeconds(seconds));
        if (target != null) {
          load = ServerLoad.against(target, System.getenv(ServeCommand.TOKEN_ENV), plan);
        } else {
          if (analyzer == null) {
            progress("building the analyzer");
            analyzer = main.analyzer(settings);
          }
          load = ServerLoad.run(analyzer, plan);
        }
      }
      clearProgress();
      BenchResult result =
          new BenchResult(
              InviteAnalyzer.VERSION,
              env,
              new BenchResult.Setup(drafts, runs, nThreads, seed, warmUp),
              results,
              cold,
              load);
      String text = format.equals("json") ? BenchReport.json(result) : BenchReport.text(result);
      main.out().print(text);
      main.out().flush();
      if (out != null) {
        save(out, text);
      }
      return ExitCodes.OK;
    } finally {
      clearProgress();
      if (analyzer != null) {
        main.release(analyzer);
      }
      deleteTree(dir);
    }
  }

  private void validate() {
    if (drafts < 1) {
      throw CliException.badInput("-n must be 1 or more, was " + drafts);
    }
    if (runs < 1) {
      throw CliException.badInput("--runs must be 1 or more, was " + runs);
    }
    if (threads != null && (threads < 1 || threads > 256)) {
      throw CliException.badInput("--threads must be between 1 and 256, was " + threads);
    }
    if (seconds < 1 || seconds > 3600) {
      throw CliException.badInput("--seconds must be between 1 and 3600, was " + seconds);
    }
    if (concurrency < 1 || concurrency > 1000) {
      throw CliException.badInput("--concurrency must be between 1 and 1000, was " + concurrency);
    }
    if (rates != null) {
      for (double r : rates) {
        if (!(r >= 0 && r <= 1_000_000)) {
          throw CliException.badInput("--rate must be between 0 and 1000000, was " + r);
        }
      }
    }
    if (bodies < 1 || bodies > 1_000_000) {
      throw CliException.badInput("--bodies must be between 1 and 1000000, was " + bodies);
    }
    if (warmUpSeconds != null && (warmUpSeconds < 0 || warmUpSeconds > 3600)) {
      throw CliException.badInput("--warm-up must be between 0 and 3600, was " + warmUpSeconds);
    }
    target = url == null ? null : loopbackTarget(url);
    if (launcher != null && !Files.isExecutable(launcher)) {
      throw CliException.badInput("--launcher '" + launcher + "' is not an executable file");
    }
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent) || Files.isDirectory(out)) {
        throw CliException.badInput(
            "cannot write the result to '" + out + "': no such directory, or a directory");
      }
    }
  }

  /** The address of a {@code --url}: http, a loopback host, a port, no path beyond "/". */
  static InetSocketAddress loopbackTarget(String url) {
    URI u;
    try {
      u = new URI(url);
    } catch (URISyntaxException e) {
      throw CliException.badInput("--url '" + url + "' is not a URL: " + e.getReason());
    }
    if (!"http".equalsIgnoreCase(u.getScheme())
        || u.getHost() == null
        || u.getPort() < 1
        || !(u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/"))
        || u.getRawQuery() != null) {
      throw CliException.badInput(
          "--url must look like http://127.0.0.1:8080 (http, a host, a port, no path), was '"
              + url
              + "'");
    }
    InetSocketAddress a = new InetSocketAddress(u.getHost(), u.getPort());
    if (a.isUnresolved() || !InviteServer.isLoopback(a)) {
      throw CliException.badInput(
          "--url must name a loopback address (127.0.0.1, ::1, localhost): the load test does"
              + " not leave this machine, was '"
              + url
              + "'");
    }
    return a;
  }

  private boolean skipped(Part part) {
    return skip != null && skip.contains(part);
  }

  /**
   * The seed of one generated file: {@code run} 0 is the warm-up batch, 1.. the timed runs, -1 the
   * latency stream, -2 the server's bodies. Distinct per workload and run, fixed by --seed.
   */
  private long derivedSeed(Workload w, int run) {
    long h = seed * 0x9E3779B97F4A7C15L + (w.ordinal() + 1) * 0xBF58476D1CE4E5B9L + run;
    h ^= h >>> 31;
    h *= 0x94D049BB133111EBL;
    return h ^ (h >>> 29);
  }

  private static List<Draft> drafts(DraftGenerator g, Workload w, long seed, int n) {
    return g.generate(w, seed, n).stream().map(DraftGenerator.Generated::draft).toList();
  }

  private BatchThroughput batch(DraftGenerator generator, Workload w, int nThreads, Path dir)
      throws IOException {
    List<Double> wall = new ArrayList<>();
    List<Double> scoring = new ArrayList<>();
    List<Double> stolen = new ArrayList<>();
    List<Double> collecting = new ArrayList<>();
    for (int run = 0; run <= runs; run++) {
      int n = run == 0 ? Math.min(drafts, MAX_WARM_UP) : drafts;
      Path file = dir.resolve(w.id() + "-" + run + ".jsonl");
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        DraftJsonl.write(generator.stream(w, derivedSeed(w, run)), n, writer);
      }
      progress(
          w.id()
              + ": batch "
              + (run == 0 ? "warm-up run" : "run " + run + " of " + runs)
              + " on "
              + n
              + " drafts");
      Path reports = dir.resolve("reports.jsonl");
      Path summary = dir.resolve("summary.json");
      List<String> args = new ArrayList<>();
      if (main.config != null) {
        args.addAll(List.of("--config", main.config.toString()));
      }
      args.addAll(
          List.of(
              "batch",
              file.toString(),
              "-o",
              reports.toString(),
              "--threads",
              String.valueOf(nThreads),
              "--summary",
              summary.toString()));
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      System.gc(); // the last run's memos and kept drafts: a new process would not have them
      GcTime gc = GcTime.now();
      HostCpu cpu = HostCpu.now();
      long t0 = System.nanoTime();
      int code =
          Main.run(
              args.toArray(String[]::new),
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              Terminal.NONE,
              Main.DEFAULT_FACTORY);
      double seconds = (System.nanoTime() - t0) / 1e9;
      double stolenShare = HostCpu.now().stolenSince(cpu);
      double gcSeconds = GcTime.now().secondsSince(gc);
      if (code != ExitCodes.OK) {
        throw new CliException(
            ExitCodes.INTERNAL,
            "the measured batch run failed with exit code "
                + code
                + ": "
                + err.toString(StandardCharsets.UTF_8).strip());
      }
      JsonNode s = new ObjectMapper().readTree(summary.toFile());
      if (s.path("records").asLong() != n || s.path("errors").asLong() != 0) {
        throw new CliException(
            ExitCodes.INTERNAL,
            "the measured batch run scored "
                + s.path("records").asLong()
                + " records with "
                + s.path("errors").asLong()
                + " errors, expected "
                + n
                + " without error");
      }
      Files.deleteIfExists(reports);
      Files.deleteIfExists(file);
      if (run > 0) {
        wall.add(seconds);
        scoring.add(s.path("notesPerSecond").asDouble());
        stolen.add(stolenShare);
        collecting.add(gcSeconds);
      }
    }
    return BatchThroughput.of(drafts, nThreads, wall, scoring, stolen, collecting);
  }

  private ColdStart coldStart() throws IOException, InterruptedException {
    Path cwd = Path.of("").toAbsolutePath();
    List<String> command = new ArrayList<>();
    Path local = cwd.resolve("invitecheck");
    if (launcher != null) {
      command.add(launcher.toString());
    } else if (Files.isRegularFile(local) && Files.isExecutable(local)) {
      command.add("./invitecheck");
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
      Path jar = ownJar();
      if (jar != null) {
        command.addAll(List.of("-jar", jar.toString()));
      } else {
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
      }
    }
    command.addAll(List.of("check", "--note", COLD_NOTE));
    progress("cold start: " + runs + " runs of check");
    return ColdStart.measure(command, cwd, runs);
  }

  /** The jar this class was loaded from, or null when it came from a classes directory. */
  private static Path ownJar() {
    try {
      var source = Main.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path p = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  private void progress(String message) {
    if (main.terminal().stderr()) {
      main.err().print("\r\033[Kbench: " + message + " ...");
      main.err().flush();
      progressShown = true;
    }
  }

  private void clearProgress() {
    if (progressShown) {
      main.err().print("\r\033[K");
      main.err().flush();
      progressShown = false;
    }
  }

  private static void save(Path file, String text) throws IOException {
    try (AtomicOutput atomic = AtomicOutput.create(file)) {
      try (Writer w =
          new BufferedWriter(
              new java.io.OutputStreamWriter(atomic.open(), StandardCharsets.UTF_8))) {
        w.write(text);
      }
      atomic.commit();
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }

  /** Parses a workload id for picocli. */
  static final class WorkloadConverter implements ITypeConverter<Workload> {
    @Override
    public Workload convert(String value) {
      return Workload.fromId(value);
    }
  }

  /** Parses a part name for --skip. */
  static final class PartConverter implements ITypeConverter<Part> {
    @Override
    public Part convert(String value) {
      for (Part p : Part.values()) {
        if (p.id().equalsIgnoreCase(value.strip())) {
          return p;
        }
      }
      throw new IllegalArgumentException(
          "unknown part '" + value + "': expected batch, analyze or cold-start");
    }
  }

  /** Accepts text or json. */
  static final class FormatConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (!v.equals("text") && !v.equals("json")) {
        throw new IllegalArgumentException("unknown format '" + value + "': expected text or json");
      }
      return v;
    }
  }
}
