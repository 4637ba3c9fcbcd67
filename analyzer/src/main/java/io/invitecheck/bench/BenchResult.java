package io.invitecheck.bench;

import java.util.List;

/**
 * Everything one {@code invitecheck bench} run measured, with where and how, in the shape of its
 * JSON form ({@code --format json}). A part that was skipped is null. Immutable.
 *
 * @param invitecheckVersion the analyzer's version
 * @param environment the machine and the JVM
 * @param setup the options the run was made with
 * @param workloads one result per workload, in the order asked
 * @param coldStart the cold start of one {@code check}; null when skipped
 * @param server the phases of the HTTP load test, one per offered rate; empty unless asked for
 */
public record BenchResult(
    String invitecheckVersion,
    Environment environment,
    Setup setup,
    List<WorkloadResult> workloads,
    ColdStart coldStart,
    List<ServerLoad> server) {

  public BenchResult {
    workloads = List.copyOf(workloads);
    server = List.copyOf(server);
  }

  /**
   * The options of a run.
   *
   * @param drafts drafts generated per workload for each timed batch run and for the latency stream
   * @param runs timed batch and cold-start runs
   * @param threads batch {@code --threads}
   * @param seed the seed the drafts were generated from
   * @param warmUpDrafts drafts analyzed untimed before the latency is measured, and the size of the
   *     untimed warm-up batch run
   */
  public record Setup(int drafts, int runs, int threads, long seed, int warmUpDrafts) {}

  /**
   * The measurements of one workload.
   *
   * @param workload its id, e.g. {@code mail-merge}
   * @param batch the batch throughput; null when skipped
   * @param analyze the in-process {@code analyze} latency in ms; null when skipped
   * @param analyzeStolenShare the share of the machine's CPU time stolen while the latency was
   *     measured, its warm-up included ({@link HostCpu}), 0 to 1; -1 when unknown or skipped
   */
  public record WorkloadResult(
      String workload, BatchThroughput batch, Percentiles analyze, double analyzeStolenShare) {}
}
