package io.invitecheck.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How fast the real {@code batch} command scored a generated file, end to end in-process: each run
 * builds its analyzer, reads the file twice (the mass-template pass, then scoring), writes every
 * report and the summary. Immutable.
 *
 * @param drafts drafts in each run's file
 * @param threads the {@code --threads} given to batch
 * @param runs the timed runs (after one untimed warm-up run)
 * @param wallSeconds each timed run's wall time, start of the command to its exit
 * @param medianWallSeconds the median of {@code wallSeconds}
 * @param notesPerSecond {@code drafts / medianWallSeconds}: end to end, analyzer start-up included
 * @param scoringNotesPerSecond each run's own figure from its summary: the scoring loop only,
 *     without building the analyzer and without the mass-template pass
 * @param medianScoringNotesPerSecond the median of {@code scoringNotesPerSecond}
 * @param outsideScoringSeconds each run's wall time outside its scoring loop ({@code wallSeconds}
 *     less {@code drafts / scoringNotesPerSecond}): building the analyzer, the mass-template pass,
 *     the summary. A batch pays about this whatever its size, so it decides small batches.
 * @param medianOutsideScoringSeconds the median of {@code outsideScoringSeconds}
 * @param stolenShare each run's share of the machine's CPU time that the hypervisor gave to other
 *     guests ({@link HostCpu}), 0 to 1, -1 when unknown: a run with a large share was slowed by the
 *     machine, not by the batch
 * @param gcSeconds each run's time in garbage collection ({@link GcTime}); each run starts after a
 *     full collection, as a new process starts with an empty heap, so that it does not pay for the
 *     garbage of the run before
 */
public record BatchThroughput(
    int drafts,
    int threads,
    int runs,
    List<Double> wallSeconds,
    double medianWallSeconds,
    double notesPerSecond,
    List<Double> scoringNotesPerSecond,
    double medianScoringNotesPerSecond,
    List<Double> outsideScoringSeconds,
    double medianOutsideScoringSeconds,
    List<Double> stolenShare,
    List<Double> gcSeconds) {

  /** The throughput of these runs. */
  public static BatchThroughput of(
      int drafts,
      int threads,
      List<Double> wallSeconds,
      List<Double> scoringNotesPerSecond,
      List<Double> stolenShare,
      List<Double> gcSeconds) {
    if (wallSeconds.isEmpty()
        || wallSeconds.size() != scoringNotesPerSecond.size()
        || wallSeconds.size() != stolenShare.size()
        || wallSeconds.size() != gcSeconds.size()) {
      throw new IllegalArgumentException(
          "one wall time, one summary rate, one stolen share and one collection time per run are"
              + " needed");
    }
    double wall = median(wallSeconds);
    List<Double> outside = new ArrayList<>();
    for (int i = 0; i < wallSeconds.size(); i++) {
      double rate = scoringNotesPerSecond.get(i);
      outside.add(rate > 0 ? Math.max(0, wallSeconds.get(i) - drafts / rate) : wallSeconds.get(i));
    }
    return new BatchThroughput(
        drafts,
        threads,
        wallSeconds.size(),
        List.copyOf(wallSeconds),
        wall,
        wall > 0 ? drafts / wall : 0,
        List.copyOf(scoringNotesPerSecond),
        median(scoringNotesPerSecond),
        List.copyOf(outside),
        median(outside),
        List.copyOf(stolenShare),
        List.copyOf(gcSeconds));
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return ColdStart.median(sorted);
  }
}
