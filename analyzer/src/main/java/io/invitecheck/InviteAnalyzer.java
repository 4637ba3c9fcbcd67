package io.invitecheck;

import io.invitecheck.config.Settings;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.corpus.CorpusIndex;
import io.invitecheck.corpus.CorpusScorer;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.corpus.TrainedModel;
import io.invitecheck.cues.CueDetectors;
import io.invitecheck.cues.CueInput;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.outcomes.HistoryBlend;
import io.invitecheck.outcomes.HistoryEvidence;
import io.invitecheck.outcomes.OutcomeHistory;
import io.invitecheck.report.History;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Report;
import io.invitecheck.report.Risk;
import io.invitecheck.report.Signal;
import io.invitecheck.risk.CorpusAgreement;
import io.invitecheck.risk.ReasonPolicy;
import io.invitecheck.risk.RiskModel;
import io.invitecheck.risk.RuleRiskModel;
import io.invitecheck.signals.SignalDetectors;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one entry point: analyzes draft invitation notes and says whether they will be ignored,
 * declined or reported as spam, and why.
 *
 * <pre>{@code
 * InviteAnalyzer analyzer = InviteAnalyzer.builder().build(); // once: loads models and corpus
 * Report report = analyzer.analyze(Draft.builder("Hi Jane, loved your talk on ...")
 *     .recipient(Profile.builder().name("Jane Doe").company("Stripe").build())
 *     .build());
 * }</pre>
 *
 * <p>Immutable and thread-safe: build it once and call {@link #analyze} from any number of threads.
 * Building loads the OpenNLP models and opens the corpus index (about a second); a missing or
 * corrupt model, corpus or index fails here, with a {@link SetupException} that names the file,
 * never later inside {@code analyze}. Close it to release the index.
 */
public final class InviteAnalyzer implements AutoCloseable {
  /** This library's version, e.g. {@code 0.1.0}. */
  public static final String VERSION = readVersion();

  private final Settings settings;
  private final Clock clock;
  private final NoteReader reader;
  private final SignalDetectors signalDetectors;
  private final CueDetectors cueDetectors;
  private final CorpusScorer corpus;
  private final RiskModel riskModel;
  private final ReasonPolicy policy;
  private final Provenance provenance;
  private final OutcomeHistory history; // null without an outcome corpus

  private InviteAnalyzer(
      Builder b,
      NoteReader reader,
      SignalDetectors signalDetectors,
      CueDetectors cueDetectors,
      CorpusScorer corpus,
      OutcomeHistory history) {
    this.history = history;
    this.settings = b.settings;
    this.clock = b.clock;
    this.reader = reader;
    this.signalDetectors = signalDetectors;
    this.cueDetectors = cueDetectors;
    this.corpus = corpus;
    this.riskModel = new RuleRiskModel();
    this.policy = new ReasonPolicy(settings);
    this.provenance =
        new Provenance(
            VERSION, NlpModels.IDENTITY, corpus.classifierIdentity(), corpus.corpusIdentity());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** What {@link #preload()} started loading, taken by the next {@link Builder#build()}. */
  private static final AtomicReference<Preloaded> PRELOADED = new AtomicReference<>();

  /**
   * The OpenNLP models, the bundled classifier and the bundled corpus's index, being loaded on
   * background threads (the index on the classifier's thread, after it).
   */
  private record Preloaded(
      NlpModels.Loading models,
      CompletableFuture<TrainedModel> classifier,
      CompletableFuture<CorpusIndex> bundledIndex) {
    static Preloaded start() {
      CompletableFuture<TrainedModel> classifier =
          CompletableFuture.supplyAsync(
              DefaultCorpus::bundledModel,
              r -> {
                Thread t = new Thread(r, "invitecheck-corpus-loader");
                t.setDaemon(true);
                t.start();
              });
      // whenComplete runs on the loader thread once the classifier is read, whatever came of it
      CompletableFuture<CorpusIndex> index = new CompletableFuture<>();
      classifier.whenComplete(
          (m, e) -> {
            try {
              index.complete(DefaultCorpus.bundledIndex());
            } catch (RuntimeException x) {
              index.completeExceptionally(x);
            }
          });
      return new Preloaded(NlpModels.loadInBackground(), classifier, index);
    }

    /** The corpus scorer the settings ask for, with what was preloaded. */
    CorpusScorer openCorpus(Settings settings) {
      TrainedModel model;
      try {
        model = await(classifier, "the bundled classifier");
      } catch (SetupException e) {
        discardIndex();
        throw e;
      }
      if (!DefaultCorpus.usesBundledCorpus(settings)) {
        discardIndex();
        return DefaultCorpus.open(settings, model);
      }
      return DefaultCorpus.open(settings, model, await(bundledIndex, "the bundled corpus index"));
    }

    /** Closes the preloaded index when it is ready, if it was not needed. */
    private void discardIndex() {
      bundledIndex.whenComplete(
          (index, e) -> {
            if (index != null) {
              index.close();
            }
          });
    }

    private static <T> T await(CompletableFuture<T> f, String what) {
      try {
        return f.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof SetupException s) {
          throw new SetupException(s.getMessage(), s);
        }
        throw new SetupException(what + " could not be read: " + e.getCause(), e);
      }
    }
  }

  /**
   * Starts loading the OpenNLP models, the bundled classifier and the bundled corpus's index on
   * background threads for a {@link Builder#build()} that is about to come, and returns at once:
   * the command line calls it before it parses its arguments, so that the slowest part of start-up
   * runs meanwhile on the second core. The next build takes the models (and reports any problem
   * with them); later builds load their own. Calling it again before a build does nothing.
   */
  public static void preload() {
    if (PRELOADED.get() == null) {
      PRELOADED.compareAndSet(null, Preloaded.start());
    }
  }

  /**
   * Also starts reading what only some notes need (the language model, for notes with few common
   * English words) in the background, after what {@link #preload()} started: for a build about to
   * score many drafts, so that no scoring thread waits for it. Does nothing unless {@link
   * #preload()} was called and no build has taken its models yet ({@link #warmUp()} does the same
   * for a built analyzer).
   */
  public static void preloadRareModels() {
    Preloaded p = PRELOADED.get();
    if (p != null) {
      p.models().loadLanguagesAfterEnglish();
    }
  }

  /**
   * {@link #preloadRareModels()} when {@code note} will probably need them: it has enough letters
   * and few common English words, so its language is asked of the language model (about 250 ms to
   * read). For one draft about to be analyzed, such as a check's, whose analysis would otherwise
   * start reading that model only when it reaches it. A guess from the raw text: the report is the
   * same either way.
   *
   * @return whether the note will probably need them (and their reading was asked for)
   */
  public static boolean preloadRareModelsFor(String note) {
    if (!NoteReader.mayNeedLanguageModel(note)) {
      return false;
    }
    preloadRareModels();
    return true;
  }

  /**
   * Analyzes one draft.
   *
   * @throws InvalidDraftException when the note is longer than {@link Settings#maxNoteChars()}
   */
  public Report analyze(Draft draft) {
    return analyze(draft, List.of());
  }

  /**
   * Analyzes one draft together with reasons found outside its note, e.g. {@code mass_template}
   * from a batch's campaign view; they count in the risk like the analyzer's own.
   *
   * @throws InvalidDraftException when the note is longer than {@link Settings#maxNoteChars()}
   */
  public Report analyze(Draft draft, List<Reason> outsideReasons) {
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(outsideReasons, "outsideReasons");
    String text = draft.note();
    if (text.length() > settings.maxNoteChars()) {
      throw new InvalidDraftException(
          "note",
          "note is "
              + text.length()
              + " characters long; the limit is "
              + settings.maxNoteChars()
              + " (setting maxNoteChars)");
    }
    AnalyzedNote note = reader.read(text);
    List<Signal> signals = signalDetectors.detect(note, draft);
    List<Reason> reasons = new ArrayList<>();
    reasons.addAll(
        cueDetectors.detect(new CueInput(note, draft, signals, settings, clock.instant())));
    CorpusEvidence evidence = corpus.score(note, draft);
    reasons.addAll(evidence.reasons());
    for (Reason r : outsideReasons) {
      if (reasons.stream().noneMatch(mine -> mine.code() == r.code())) {
        reasons.add(r);
      }
    }
    List<Reason> kept = policy.apply(text, CorpusAgreement.reconcile(reasons, evidence));
    RiskModel.Assessment a = riskModel.assess(draft, signals, kept, evidence, settings);
    History past = null;
    Risk risk = a.risk();
    if (history != null) {
      HistoryEvidence h = history.evidence(text);
      double blended = HistoryBlend.blend(risk.score(), h);
      risk = new Risk(blended, RuleRiskModel.level(blended, settings));
      past =
          new History(
              h.usable(),
              h.historySize(),
              h.similar(),
              h.accepted(),
              h.acceptanceRate(),
              h.ids(),
              h.message());
    }
    return new Report(
        Report.SCHEMA_VERSION,
        draft.id(),
        note.language(),
        risk,
        a.scores(),
        signals,
        kept,
        evidence.neighbors(),
        provenance,
        past);
  }

  /** The settings this analyzer was built with. */
  /**
   * Starts reading, in the background, what the analyzer loads only when a note needs it (the
   * language model, for notes with few common English words), so that a long-running service does
   * not pay for it on the first such note. One-shot tools need not call it.
   */
  public void warmUp() {
    reader.loadRareModelsInBackground();
  }

  public Settings settings() {
    return settings;
  }

  /** What produced this analyzer's reports. */
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public void close() {
    corpus.close();
    if (history != null) {
      history.close();
    }
  }

  private static String readVersion() {
    try (InputStream in = InviteAnalyzer.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }

  /** Builds an {@link InviteAnalyzer}. Not thread-safe; build once and share the analyzer. */
  public static final class Builder {
    private Settings settings = Settings.defaults();
    private Clock clock = Clock.systemUTC();
    private CorpusScorer corpus;

    private Builder() {}

    /** The configuration; {@link Settings#defaults()} when not set. */
    public Builder settings(Settings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * The clock that time-dependent rules (resends, cool-downs) read; the system clock when not
     * set. Fix it to reproduce a result.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A corpus scorer to use instead of the one the settings name (mainly for tests). */
    public Builder corpus(CorpusScorer corpus) {
      this.corpus = Objects.requireNonNull(corpus, "corpus");
      return this;
    }

    /**
     * Loads the models and opens the corpus.
     *
     * @throws SetupException naming the model, corpus or index file that is missing or corrupt
     */
    public InviteAnalyzer build() {
      // the models load on background threads while this thread opens the corpus (two cores)
      Preloaded preloaded = PRELOADED.getAndSet(null);
      NlpModels.Loading loading =
          preloaded != null ? preloaded.models() : NlpModels.loadInBackground();
      CorpusScorer scorer;
      try (StartupTrace.Span t = StartupTrace.span("corpus (all)")) {
        if (corpus != null) {
          if (preloaded != null) {
            preloaded.discardIndex();
          }
          scorer = corpus;
        } else if (preloaded != null) {
          scorer = preloaded.openCorpus(settings);
        } else {
          scorer = DefaultCorpus.open(settings);
        }
      }
      SignalDetectors signals;
      CueDetectors cues;
      try (StartupTrace.Span t = StartupTrace.span("detectors")) {
        signals = SignalDetectors.standard();
        cues = CueDetectors.standard();
      }
      NlpModels models;
      try (StartupTrace.Span t = StartupTrace.span("waiting for the models")) {
        models = loading.await();
      } catch (IllegalStateException e) {
        if (corpus == null) {
          scorer.close();
        }
        throw new SetupException(e.getMessage(), e);
      }
      OutcomeHistory history = null;
      if (settings.outcomes() != null) {
        try {
          history = OutcomeHistory.load(settings.outcomes());
        } catch (RuntimeException e) {
          scorer.close();
          throw new SetupException(
              "outcome corpus " + settings.outcomes() + " could not be read: " + e.getMessage(), e);
        }
      }
      return new InviteAnalyzer(this, new NoteReader(models), signals, cues, scorer, history);
    }
  }
}
