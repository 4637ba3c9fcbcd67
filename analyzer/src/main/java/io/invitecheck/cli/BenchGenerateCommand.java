package io.invitecheck.cli;

import io.invitecheck.bench.DraftGenerator;
import io.invitecheck.bench.DraftJsonl;
import io.invitecheck.bench.Workload;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code invitecheck bench generate}: writes N generated drafts as JSON Lines, the {@code batch}
 * input format. The same seed, workload and corpus give byte-identical output.
 */
@Command(
    name = "generate",
    sortOptions = false,
    description = {
      "Write N realistic drafts as JSON Lines, the batch input format.",
      "They are made from the bundled corpus, deterministically: the same -n,",
      "--workload and --seed always give byte-identical output."
    },
    footer = {
      "",
      "Workloads:",
      "  mail-merge  campaigns of 1 to 300 drafts: one corpus note, each recipient's",
      "              first name, last name and company substituted",
      "  unique      every text and template distinct: sentences of corpus notes of",
      "              one label recombined around a new recipient",
      "  mixed       70%% mail-merge, 30%% unique, interleaved",
      "",
      "Examples:",
      "  invitecheck bench generate -n 5000 -o drafts.jsonl",
      "  invitecheck bench generate -n 1000000 --workload mail-merge -o million.jsonl",
      "  invitecheck bench generate -n 20 --workload unique | invitecheck batch -"
    })
final class BenchGenerateCommand implements Callable<Integer> {
  @ParentCommand BenchCommand bench;

  @Option(
      names = {"-n", "--count"},
      paramLabel = "N",
      required = true,
      description = "How many drafts to write.")
  long count;

  @Option(
      names = "--workload",
      paramLabel = "W",
      defaultValue = "mixed",
      converter = BenchCommand.WorkloadConverter.class,
      description = "mail-merge, unique or mixed (default: ${DEFAULT-VALUE}).")
  Workload workload;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      converter = OutputFileConverter.class,
      description = "Write here (appears whole or not at all) instead of stdout ('-').")
  Path output;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw CliException.badInput("-n must be 0 or more, was " + count);
    }
    Main main = bench.main;
    DraftGenerator generator = DraftGenerator.fromBundledCorpus();
    Iterator<DraftGenerator.Generated> drafts = generator.stream(workload, seed);
    boolean progress = output != null && main.terminal().stderr();
    try (AtomicOutput atomic = output == null ? null : AtomicOutput.create(output)) {
      OutputStream raw = atomic == null ? main.out() : atomic.open();
      Writer w = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16);
      long step = Math.max(1, count / 100);
      long written = 0;
      while (written < count) {
        long chunk = Math.min(step, count - written);
        written += DraftJsonl.write(drafts, chunk, w);
        if (progress) {
          main.err().printf(Locale.ROOT, "\rGenerating: %,d of %,d drafts", written, count);
        }
      }
      w.flush();
      if (atomic != null) {
        w.close();
        atomic.commit();
      }
      if (progress) {
        main.err().print("\r\033[K");
      }
      if (output != null) {
        main.err()
            .printf(
                Locale.ROOT,
                "invitecheck bench generate: %,d %s drafts (seed %d) written to %s%n",
                count,
                workload.id(),
                seed,
                output);
      }
    }
    return ExitCodes.OK;
  }
}
