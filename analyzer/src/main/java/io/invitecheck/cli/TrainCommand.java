package io.invitecheck.cli;

import io.invitecheck.corpus.train.TrainClassifier;
import io.invitecheck.corpus.train.Training;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code invitecheck train [--corpus FILE] [--out DIR]}: trains the note classifier and its
 * calibration on the train split and writes {@code note-classifier.bin} and {@code
 * note-classifier.json}. Exit codes: 0 done, 2 bad input (message on stderr), 1 the files could not
 * be written.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description =
        "Train the note classifier and its calibration on the train split of a labeled corpus.")
public final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "Corpus in JSON Lines with train/test splits (default: the bundled corpus).")
  Path corpus;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "models",
      description = "Directory for note-classifier.bin and .json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      CorpusSource source = CorpusSource.of(corpus);
      Training.Result r =
          TrainClassifier.train(source.notes(), source.name(), source.sha256(), out);
      spec.commandLine().getOut().println(TrainClassifier.summary(r));
      return 0;
    } catch (CorpusSource.BadInput | IllegalArgumentException e) {
      err.println("invitecheck train: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("invitecheck train: " + e.getMessage());
      return 1;
    }
  }
}
