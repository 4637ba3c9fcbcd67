package io.invitecheck.cli;

import io.invitecheck.corpus.CorpusIndexer;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code invitecheck index [--corpus FILE] --out DIR}: builds an on-disk Lucene index of a corpus
 * (the bundled one by default) for {@code --index DIR} or the {@code index} setting. Exit codes: 0
 * done, 2 bad input (message on stderr), 1 the index could not be written.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Build an on-disk index of a labeled corpus (JSONL) for the analyzer to open.")
public final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "Corpus in JSON Lines (default: the bundled corpus).")
  Path corpus;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Directory to write the index into (replaced if it holds one).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      CorpusSource source = CorpusSource.of(corpus);
      CorpusIndexer.build(source.notes(), source.identity(), out);
      spec.commandLine()
          .getOut()
          .println("indexed " + source.identity() + " into " + out.toAbsolutePath());
      return 0;
    } catch (CorpusSource.BadInput e) {
      err.println("invitecheck index: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("invitecheck index: " + e.getMessage());
      return 1;
    }
  }
}
