package io.invitecheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invitecheck.InvalidDraftException;
import io.invitecheck.InviteAnalyzer;
import io.invitecheck.campaign.CampaignSummary;
import io.invitecheck.campaign.MassTemplates;
import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Reason;
import io.invitecheck.report.RiskLevel;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code invitecheck batch}: scores a file of drafts, streaming, in parallel, in input order.
 *
 * <p>One output record per input record: a report, or an error record with the record's line
 * number. Blank lines are not records: they give no output and are counted in the summary.
 *
 * <p>A file is read twice. The first pass finds the mass templates ({@link MassTemplates}) so that
 * {@code mass_template} counts in each draft's risk; the campaign view reuses its clusters. The
 * second scores. In both, the calling thread only cuts the input into records and consumes results
 * in order ({@link OrderedChunks}); parsing, masking, analysis and rendering the output run on the
 * pool, in chunks, with a few chunks per thread in flight, so memory stays constant whatever the
 * input size.
 */
@Command(
    name = "batch",
    sortOptions = false,
    description = {
      "Score a file of drafts (JSON Lines, CSV, or '-' for JSON Lines on stdin) in parallel,"
          + " keeping the order.",
      "Writes one report or error record per input record, as JSON Lines or CSV, and a summary"
          + " on stderr."
    },
    footer = {
      "",
      // one element per paragraph: picocli wraps it to the terminal's width (80 when piped)
      "Blank lines are skipped and counted in the summary. A bad record (invalid JSON, missing"
          + " note, wrong type, a record over 64 KiB) gives an error record with its line number"
          + " and the batch goes on. OUT appears whole or not at all.",
      "",
      "Examples:",
      "  invitecheck batch corpus/examples/drafts.jsonl",
      "  invitecheck batch drafts.csv -o reports.csv --fail-on high",
      "  cat drafts.jsonl | invitecheck batch - --format csv > reports.csv",
      "",
      "Exit codes: 0 done; 1 a draft reached --fail-on (or, with --strict, an error record);"
          + " 2 bad usage, a missing input, an unwritable output or a bad CSV header (nothing"
          + " written); 3 internal failure (a draft the analyzer failed on gives an"
          + " internal_error record)."
    })
final class BatchCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(
      index = "0",
      paramLabel = "IN",
      description = "Drafts: a .jsonl or .csv file, or '-' for JSON Lines on stdin.")
  String input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      converter = OutputFileConverter.class,
      description = "Write the results here (.jsonl or .csv) instead of stdout ('-').")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl or csv; by default the extension of OUT, else jsonl.")
  BatchFormat format;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "jsonl or csv; by default the extension of IN (stdin: jsonl).")
  BatchFormat inputFormat;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = RiskLevelConverter.class,
      description = "Exit 1 when any draft reaches this risk level: low, medium or high.")
  RiskLevel failOn;

  @Option(names = "--strict", description = "Exit 1 when any record is an error record.")
  boolean strict;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Drafts analyzed in parallel (default: the number of cores).")
  Integer threads;

  @Option(
      names = "--summary",
      paramLabel = "FILE",
      description = "Also write the summary as JSON to this file.")
  Path summaryFile;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Also write the campaign summary as a self-contained HTML page.")
  Path htmlFile;

  @Option(
      names = "--mass-template-size",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "Drafts that read the same apart from names and companies, from this many on, get"
              + " mass_template (default: ${DEFAULT-VALUE}).")
  int massTemplateSize;

  @Mixin AnalyzerOptions analyzerOptions;

  /**
   * From this input size (some 100 drafts) the language model is read ahead, in the background:
   * such a batch almost surely has a note that is not common English, and would otherwise wait for
   * the model on a scoring thread.
   */
  static final long RARE_MODELS_FROM_BYTES = 32 * 1024;

  /**
   * Whether the language model's reading was asked for: for a larger input at once, for a smaller
   * one by the first draft of the template pass that will probably need it.
   */
  private final AtomicBoolean rareModelsAsked = new AtomicBoolean();

  @Override
  public Integer call() throws Exception {
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (nThreads < 1 || nThreads > 256) {
      throw CliException.badInput("--threads must be between 1 and 256, was " + nThreads);
    }
    boolean stdin = input.equals("-");
    Path in = stdin ? null : Path.of(input);
    BatchFormat inFormat = inputFormat;
    if (inFormat == null) {
      inFormat = stdin ? BatchFormat.JSONL : BatchFormat.ofExtension(in);
      if (inFormat == null) {
        throw CliException.badInput(
            "cannot tell the format of '"
                + input
                + "': name it .jsonl or .csv, or give"
                + " --input-format");
      }
    }
    BatchFormat outFormat = format;
    if (outFormat == null) {
      outFormat = output == null ? BatchFormat.JSONL : BatchFormat.ofExtension(output);
      if (outFormat == null) {
        throw CliException.badInput(
            "cannot tell the format of '" + output + "': name it .jsonl or .csv, or give --format");
      }
    }
    if (!stdin) {
      if (!Files.exists(in)) {
        throw CliException.badInput("input file '" + input + "' does not exist");
      }
      if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
        throw CliException.badInput("input '" + input + "' is not a readable file");
      }
    }
    checkWritable(summaryFile, "the summary");
    checkWritable(htmlFile, "the HTML summary");
    checkDistinct(in);
    if (massTemplateSize < 2) {
      throw CliException.badInput(
          "--mass-template-size must be 2 or more, was " + massTemplateSize);
    }
    Settings settings = analyzerOptions.settings(main);
    if (!stdin && Files.size(in) >= RARE_MODELS_FROM_BYTES) {
      InviteAnalyzer.preloadRareModels(); // read while the drafts are clustered
      rareModelsAsked.set(true);
    }
    ExecutorService pool = pool(nThreads);
    try (AtomicOutput atomic = output == null ? null : AtomicOutput.create(output)) {
      ParsedDrafts parsed = stdin ? ParsedDrafts.none() : ParsedDrafts.forThisHeap();
      MassTemplates templates =
          stdin
              ? MassTemplates.builder(massTemplateSize).build()
              : massTemplates(in, inFormat, pool, nThreads, line -> false, parsed);
      InviteAnalyzer analyzer = main.analyzer(settings);
      BatchSummary summary;
      Scoring scoring;
      try (DraftSource source = open(in, inFormat);
          OutputStream raw = atomic == null ? unclosable(main.out()) : atomic.open();
          OutputStream w = new BufferedOutputStream(raw, 1 << 16)) {
        scoring =
            new Scoring(
                source,
                parsed,
                analyzer,
                templates,
                CampaignSummary.builder(settings).massTemplateMinSize(massTemplateSize),
                ResultSink.of(outFormat, w),
                stdin);
        if (!stdin) {
          scoring.campaign.clustered(templates);
        }
        summary = scoring.run(pool, nThreads, progressBar(size(in)));
        w.flush();
      } finally {
        main.release(analyzer);
      }
      if (atomic != null) {
        atomic.commit();
      }
      String inName = stdin ? "stdin" : input;
      String outName = output == null ? "stdout" : output.toString();
      CampaignSummary view;
      if (scoring.rejected.isEmpty()) {
        view = scoring.campaign.build();
      } else {
        // The analyzer rejected some drafts: the campaign view clusters only the analyzed ones.
        view =
            scoring
                .campaign
                .clustered(
                    massTemplates(
                        in,
                        inFormat,
                        pool,
                        nThreads,
                        scoring.rejected::contains,
                        ParsedDrafts.none()))
                .build();
      }
      main.err().print(summary.text(inName, outName));
      main.err().print(view.toText());
      main.err().flush();
      if (summaryFile != null) {
        writeAtomically(summaryFile, summaryJson(summary.json(inName, outName), view.toJson()));
      }
      if (htmlFile != null) {
        writeAtomically(htmlFile, view.toHtml());
      }
      return exitCode(summary);
    } catch (NoSuchFileException e) {
      throw CliException.badInput("input file '" + input + "' does not exist");
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  private static ExecutorService pool(int nThreads) {
    AtomicInteger threadNo = new AtomicInteger();
    return Executors.newFixedThreadPool(
        nThreads,
        r -> {
          Thread t = new Thread(r, "invitecheck-batch-" + threadNo.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * The mass templates of a file input, found by a first reading pass (parsing, masking and MinHash
   * on the pool, clustering in input order), so that mass_template counts in each draft's risk.
   * Standard input cannot be read twice: there the campaign summary still lists the templates, but
   * the reports do not carry the reason.
   *
   * @param skip lines to leave out (drafts the analyzer rejected)
   * @param parsed where to keep the drafts parsed, for the scoring pass
   */
  private MassTemplates massTemplates(
      Path in,
      BatchFormat inFormat,
      ExecutorService pool,
      int nThreads,
      IntPredicate skip,
      ParsedDrafts parsed)
      throws IOException, InterruptedException {
    MassTemplates.Builder b = MassTemplates.builder(massTemplateSize);
    MassTemplates.Signer signer = new MassTemplates.Signer();
    try (DraftSource pass = open(in, inFormat)) {
      OrderedChunks.run(
          pool,
          nThreads,
          pass::nextRecord,
          record -> {
            if (record.error() != null || skip.test(Math.toIntExact(record.line()))) {
              return null;
            }
            DraftSource.Item item = pass.parse(record);
            if (item.draft() == null) {
              return null;
            }
            if (!rareModelsAsked.get()
                && InviteAnalyzer.preloadRareModelsFor(item.draft().note())) {
              rareModelsAsked.set(true);
            }
            return new Signed(item, signer.sign(item.draft()));
          },
          signed -> {
            if (signed != null) {
              b.add(Math.toIntExact(signed.item().line()), signed.signature());
              parsed.keep(signed.item());
            }
          });
    }
    return b.build();
  }

  /** A draft and its template signature, from the first pass. */
  private record Signed(DraftSource.Item item, MassTemplates.Signature signature) {}

  /** The batch summary's JSON object with the campaign view added under "campaign". */
  static String summaryJson(String batchJson, String campaignJson) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(batchJson);
    root.set("campaign", mapper.readTree(campaignJson));
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static void checkWritable(Path file, String what) {
    if (file == null) {
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent) || Files.isDirectory(file)) {
      throw CliException.badInput(
          "cannot write " + what + " to '" + file + "': no such directory, or a directory");
    }
  }

  /**
   * Refuses an output that is the input file (the reports would replace the drafts once the batch
   * ends) or the same file as another output (one would replace the other).
   */
  private void checkDistinct(Path in) throws IOException {
    List<NamedFile> earlier = new ArrayList<>();
    if (in != null) {
      earlier.add(new NamedFile(in, "the input"));
    }
    for (NamedFile out :
        List.of(
            new NamedFile(output, "the output (-o)"),
            new NamedFile(summaryFile, "the summary (--summary)"),
            new NamedFile(htmlFile, "the HTML summary (--html)"))) {
      if (out.file() == null) {
        continue;
      }
      for (NamedFile e : earlier) {
        if (sameFile(out.file(), e.file())) {
          throw CliException.badInput(
              out.what()
                  + " '"
                  + out.file()
                  + "' is the same file as "
                  + e.what()
                  + "; write it elsewhere");
        }
      }
      earlier.add(out);
    }
  }

  /** A file named on the command line, and what it is for. */
  private record NamedFile(Path file, String what) {}

  private static boolean sameFile(Path a, Path b) throws IOException {
    if (Files.exists(a) && Files.exists(b)) {
      return Files.isSameFile(a, b);
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static void writeAtomically(Path file, String text) throws IOException {
    try (AtomicOutput out = AtomicOutput.create(file)) {
      try (OutputStream os = out.open()) {
        os.write(text.getBytes(StandardCharsets.UTF_8));
      }
      out.commit();
    }
  }

  private int exitCode(BatchSummary summary) {
    if (summary.errors(RecordError.INTERNAL_ERROR) > 0) {
      main.err()
          .println(
              "invitecheck batch: the analyzer failed on "
                  + summary.errors(RecordError.INTERNAL_ERROR)
                  + " draft(s); see the internal_error records");
      return ExitCodes.INTERNAL;
    }
    if (failOn != null && summary.worst() != null && summary.worst().atLeast(failOn)) {
      return ExitCodes.FAILED_GATE;
    }
    return strict && summary.errorCount() > 0 ? ExitCodes.FAILED_GATE : ExitCodes.OK;
  }

  private DraftSource open(Path in, BatchFormat inFormat) throws IOException {
    InputStream stream = in == null ? unclosable(main.in()) : Files.newInputStream(in);
    BoundedLineReader lines = new BoundedLineReader(stream, DraftSource.MAX_RECORD_BYTES);
    try {
      return inFormat == BatchFormat.CSV
          ? new CsvSource(lines, in == null ? "stdin" : "'" + in + "'")
          : new JsonlSource(lines);
    } catch (RuntimeException | IOException e) {
      lines.close();
      throw e;
    }
  }

  /**
   * The scoring pass: each record parsed (or its draft taken from those the template pass kept),
   * analyzed and rendered on the pool, then written and counted in input order on the calling
   * thread. Not thread-safe.
   */
  private static final class Scoring {
    private final DraftSource source;
    private final ParsedDrafts parsed;
    private final InviteAnalyzer analyzer;
    private final MassTemplates templates;
    private final CampaignSummary.Builder campaign;
    private final ResultSink sink;
    private final boolean signOnline;
    private final MassTemplates.Signer signer = new MassTemplates.Signer();
    private final BatchSummary summary = new BatchSummary();

    /** Lines of drafts the analyzer rejected (a note over the limit): rare, so a plain set. */
    private final Set<Integer> rejected = new HashSet<>();

    /**
     * One record's outcome, computed on the pool.
     *
     * @param signature its template signature, when the campaign view clusters as it goes (stdin)
     * @param unanalyzed a draft that was read but that the analyzer rejected or failed on
     */
    private record Scored(
        BatchResult result,
        byte[] encoded,
        MassTemplates.Signature signature,
        boolean unanalyzed) {}

    Scoring(
        DraftSource source,
        ParsedDrafts parsed,
        InviteAnalyzer analyzer,
        MassTemplates templates,
        CampaignSummary.Builder campaign,
        ResultSink sink,
        boolean signOnline) {
      this.source = source;
      this.parsed = parsed;
      this.analyzer = analyzer;
      this.templates = templates;
      this.campaign = campaign;
      this.sink = sink;
      this.signOnline = signOnline;
    }

    BatchSummary run(ExecutorService pool, int nThreads, ProgressBar progress)
        throws IOException, InterruptedException {
      long started = System.nanoTime();
      try (progress) {
        OrderedChunks.run(
            pool, nThreads, source::nextRecord, this::score, s -> consume(s, progress));
        sink.flush();
      }
      summary.finish(source.blankLines(), (System.nanoTime() - started) / 1e9);
      return summary;
    }

    /** Runs on the pool. */
    private Scored score(DraftSource.Record record) {
      DraftSource.Item item = parsed.take(record);
      if (item == null) {
        item = source.parse(record);
      }
      BatchResult result;
      MassTemplates.Signature signature = null;
      if (item.error() != null) {
        result = new BatchResult(item.line(), item.id(), null, item.error(), null);
      } else {
        int line = Math.toIntExact(item.line());
        result =
            analyzeOne(
                analyzer,
                item.line(),
                item.id(),
                item.draft(),
                templates.reason(line, analyzer.settings()).stream().toList());
        if (signOnline && result.report() != null) {
          signature = signer.sign(item.draft());
        }
      }
      return new Scored(
          result, sink.encode(result), signature, item.error() == null && result.report() == null);
    }

    /** Runs on the calling thread, in input order. */
    private void consume(Scored s, ProgressBar progress) throws IOException {
      BatchResult result = s.result();
      sink.writeEncoded(s.encoded());
      summary.add(result);
      int line = Math.toIntExact(result.line());
      if (result.report() != null) {
        campaign.add(line, result.draft(), result.report(), s.signature());
      } else {
        campaign.addError(line, result.error().message());
        if (s.unanalyzed()) {
          rejected.add(line);
        }
      }
      if (progress != null) {
        if (progress.getMax() > 0) {
          progress.stepTo(Math.min(source.bytesRead(), progress.getMax()));
          progress.setExtraMessage(summary.records() + " drafts");
        } else {
          progress.stepTo(summary.records());
        }
      }
    }
  }

  /**
   * Analyzes one parsed draft as {@code batch} does: a report, or an {@code invalid_draft} record
   * when the analyzer rejects the draft, or an {@code internal_error} record when it fails.
   */
  static BatchResult analyzeOne(
      InviteAnalyzer analyzer, long line, String id, Draft draft, List<Reason> outside) {
    try {
      return new BatchResult(line, id, analyzer.analyze(draft, outside), null, draft);
    } catch (InvalidDraftException e) {
      return new BatchResult(line, id, null, RecordError.invalid(e.field(), e.getMessage()), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new BatchResult(
          line,
          id,
          null,
          new RecordError(
              RecordError.INTERNAL_ERROR,
              "$",
              "the analyzer failed on this draft: "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage())),
          null);
    }
  }

  /** A progress bar on stderr when stderr is a terminal, else null. */
  private ProgressBar progressBar(long size) {
    if (!main.terminal().stderr()) {
      return null;
    }
    ProgressBarBuilder b = new ProgressBarBuilder().setTaskName("Scoring");
    if (size > 0) {
      b.setInitialMax(size).setUnit(" KiB", 1024);
    } else {
      b.setInitialMax(-1).setUnit(" drafts", 1);
    }
    return b.setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(main.err()))
        .clearDisplayOnFinish()
        .build();
  }

  private static long size(Path in) {
    try {
      return in == null ? -1 : Files.size(in);
    } catch (IOException e) {
      return -1;
    }
  }

  private static OutputStream unclosable(OutputStream out) {
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }

  private static InputStream unclosable(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
