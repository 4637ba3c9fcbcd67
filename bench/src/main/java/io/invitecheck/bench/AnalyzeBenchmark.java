package io.invitecheck.bench;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Report;
import java.util.ArrayList;
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

/**
 * {@code analyze} end to end, on three workloads:
 *
 * <ul>
 *   <li>{@code unique}: the 2,672 corpus notes with their profiles, in order, on an analyzer built
 *       afresh for every iteration, so no note is seen twice while measured (an iteration of 2 s
 *       analyzes fewer notes than the corpus holds) and the memos start empty: the worst case;
 *   <li>{@code mailmerge}: ten realistic notes each sent to 40 recipients, the greeted name and the
 *       profile changed per copy: what a batch of a campaign repeats;
 *   <li>{@code repeated}: the same ten notes again and again (a pre-send check re-run on an
 *       unchanged draft).
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class AnalyzeBenchmark {
  @Param({"unique", "mailmerge", "repeated"})
  public String workload;

  private InviteAnalyzer analyzer;
  private List<Draft> drafts;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    drafts =
        switch (workload) {
          case "unique" -> corpusDrafts();
          case "mailmerge" -> Notes.mailMerge(40);
          case "repeated" -> Notes.drafts(true);
          default -> throw new IllegalArgumentException(workload);
        };
    analyzer = InviteAnalyzer.builder().build();
  }

  @Setup(Level.Iteration)
  public void freshAnalyzerForUniqueNotes() {
    if (workload.equals("unique")) {
      analyzer.close();
      analyzer = InviteAnalyzer.builder().build();
      next = 0;
    }
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

  private static List<Draft> corpusDrafts() {
    List<Draft> list = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      list.add(
          Draft.builder(n.text()).id(n.id()).recipient(n.recipient()).sender(n.sender()).build());
    }
    return list;
  }
}
