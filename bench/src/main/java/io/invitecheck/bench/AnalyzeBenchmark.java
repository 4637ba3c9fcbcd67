package io.invitecheck.bench;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Report;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** {@code analyze} end to end on realistic one-off notes, with and without profiles. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AnalyzeBenchmark {
  @Param({"false", "true"})
  public boolean profiles;

  private InviteAnalyzer analyzer;
  private List<Draft> drafts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    analyzer = InviteAnalyzer.builder().build();
    drafts = Notes.drafts(profiles);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    analyzer.close();
  }

  @Benchmark
  public Report analyze() {
    Draft d = drafts.get(next);
    next = (next + 1) % drafts.size();
    return analyzer.analyze(d);
  }
}
