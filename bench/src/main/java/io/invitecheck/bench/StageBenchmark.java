package io.invitecheck.bench;

import io.invitecheck.config.Settings;
import io.invitecheck.corpus.CorpusScorer;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.cues.CueDetectors;
import io.invitecheck.cues.CueInput;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Signal;
import io.invitecheck.signals.SignalDetectors;
import java.time.Instant;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Each pipeline stage alone, on the same realistic notes with profiles. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StageBenchmark {
  private NoteReader reader;
  private SignalDetectors signals;
  private CueDetectors cues;
  private CorpusScorer corpus;
  private List<Draft> drafts;
  private List<AnalyzedNote> notes;
  private List<List<Signal>> found;
  private final Settings settings = Settings.defaults();
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    reader = new NoteReader(NlpModels.load());
    signals = SignalDetectors.standard();
    cues = CueDetectors.standard();
    corpus = DefaultCorpus.open(settings);
    drafts = Notes.drafts(true);
    notes = new ArrayList<>();
    found = new ArrayList<>();
    for (Draft d : drafts) {
      AnalyzedNote n = reader.read(d.note());
      notes.add(n);
      found.add(signals.detect(n, d));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    corpus.close();
  }

  private int advance() {
    int i = next;
    next = (next + 1) % drafts.size();
    return i;
  }

  @Benchmark
  public AnalyzedNote read() {
    return reader.read(drafts.get(advance()).note());
  }

  @Benchmark
  public List<Signal> signals() {
    int i = advance();
    return signals.detect(notes.get(i), drafts.get(i));
  }

  @Benchmark
  public List<Reason> cues() {
    int i = advance();
    return cues.detect(
        new CueInput(notes.get(i), drafts.get(i), found.get(i), settings, Instant.EPOCH));
  }

  @Benchmark
  public Object corpus() {
    int i = advance();
    return corpus.score(notes.get(i), drafts.get(i));
  }
}
