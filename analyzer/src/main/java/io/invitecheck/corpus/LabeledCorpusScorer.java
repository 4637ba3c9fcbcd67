package io.invitecheck.corpus;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.memo.Memo;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * Scores a note against a labeled corpus: the similarity-weighted label shares of its {@code k}
 * nearest notes ({@link CorpusIndex}), the {@link NoteClassifier}'s probabilities, combined and
 * calibrated per label by {@link Calibration}. Gives the neighbours as evidence and two reasons:
 *
 * <ul>
 *   <li>{@code spam_like} when the calibrated spam probability is at least {@value
 *       #SPAM_LIKE_THRESHOLD} and a spam note is among the neighbours; its evidence names the spam
 *       neighbours with their similarity, and its span covers the run of the note's words that
 *       matched them most (the whole draft when no run of two or more matching words stands out);
 *   <li>{@code mass_template} when the note, with names, companies, proper nouns and numbers
 *       masked, shares at least {@value #TEMPLATE_JACCARD} (Jaccard) of its word 3-shingles with a
 *       corpus note that belongs to a template family or is labeled spam (the note having at least
 *       {@value #TEMPLATE_MIN_WORDS} words), or with a generic note (the note having at least
 *       {@value #GENERIC_TEMPLATE_MIN_WORDS} words); its evidence names the matched notes and their
 *       family.
 * </ul>
 *
 * Immutable and thread-safe. Closing it closes the index.
 */
public final class LabeledCorpusScorer implements CorpusScorer {
  /** Calibrated spam probability at or above which {@code spam_like} is reported. */
  public static final double SPAM_LIKE_THRESHOLD = 0.7;

  /** Masked-shingle Jaccard at or above which a note is a copy of a template. */
  public static final double TEMPLATE_JACCARD = 0.6;

  /** Notes with fewer masked words are too short to call a template copy. */
  public static final int TEMPLATE_MIN_WORDS = 6;

  /**
   * A copy of a generic note outside any template family counts only from this many masked words: a
   * short stock line ("Hi Kevin, I'd love to connect with you") is common wording, not a
   * mass-outreach template (the platform's default text has its own cue).
   */
  public static final int GENERIC_TEMPLATE_MIN_WORDS = 12;

  /** Weight of the uniform prior in the neighbour vote (in units of similarity). */
  static final double PRIOR_WEIGHT = 1.0;

  /** How many candidates the template check looks at. */
  static final int TEMPLATE_CANDIDATES = 20;

  private final CorpusIndex index;
  private final TrainedModel model;
  private final int k;

  /**
   * A scorer over {@code index} with {@code model}, citing {@code k} neighbours.
   *
   * @throws IllegalArgumentException when {@code k} is not positive
   */
  public LabeledCorpusScorer(CorpusIndex index, TrainedModel model, int k) {
    this.index = Objects.requireNonNull(index, "index");
    this.model = Objects.requireNonNull(model, "model");
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive, was " + k);
    }
    this.k = k;
  }

  /** The two uncalibrated scores of a note, per label, and the candidates they came from. */
  public record Raw(double[] knn, double[] classifier, List<CorpusIndex.Hit> candidates) {}

  /** The uncalibrated kNN shares and classifier probabilities of a note. */
  public Raw raw(String text, Profile recipient, Profile sender) {
    return raw(TextMasker.mask(text, recipient, sender), NoteClassifier.surface(text, recipient));
  }

  private Raw raw(String masked, List<String> surface) {
    NoteTerms.Both terms = NoteTerms.both(masked);
    List<CorpusIndex.Hit> candidates = index.search(terms, Math.max(k, TEMPLATE_CANDIDATES));
    double[] knn = knnShare(candidates.subList(0, Math.min(k, candidates.size())));
    double[] cls = model.classifier().probabilities(terms, surface);
    return new Raw(knn, cls, candidates);
  }

  /** The spam notes among the {@code k} nearest of a masked note, for tests. */
  List<CorpusIndex.Hit> spamNeighbours(String masked) {
    List<CorpusIndex.Hit> hits = index.search(masked, k);
    return hits.stream().filter(h -> index.label(h.doc()) == Label.SPAM).limit(5).toList();
  }

  /** {@link #matchedRun}, for tests. */
  int[] matchedRunOf(String text, List<CorpusIndex.Hit> spamHits) {
    return matchedRun(text, spamHits);
  }

  /** The similarity-weighted label shares of the hits, smoothed towards the uniform prior. */
  double[] knnShare(List<CorpusIndex.Hit> hits) {
    int labels = Label.values().length;
    double[] share = new double[labels];
    double total = PRIOR_WEIGHT;
    for (int l = 0; l < labels; l++) {
      share[l] = PRIOR_WEIGHT / labels;
    }
    for (CorpusIndex.Hit h : hits) {
      share[index.label(h.doc()).ordinal()] += h.similarity();
      total += h.similarity();
    }
    for (int l = 0; l < labels; l++) {
      share[l] /= total;
    }
    return share;
  }

  @Override
  public CorpusEvidence score(AnalyzedNote note, Draft draft) {
    return score(note.text(), draft.recipient(), draft.sender());
  }

  /** What the corpus says about a note given as text and profiles. */
  public CorpusEvidence score(String text, Profile recipient, Profile sender) {
    if (text.isBlank()) {
      return CorpusEvidence.NONE;
    }
    char[] chars = text.toCharArray(); // read by the mask, the shape and the greeting: one copy
    MaskedNote key =
        new MaskedNote(
            TextMasker.mask(text, chars, recipient, sender),
            NoteClassifier.surface(text, chars, recipient));
    Scored scored = memo.get(key, this::score);
    List<Reason> reasons = new ArrayList<>(2);
    double spam = scored.p()[Label.SPAM.ordinal()];
    if (scored.spamLike() != null) {
      reasons.add(spamLikeAt(text, scored.spamLike()));
    }
    if (scored.template() != null) {
      reasons.add(scored.template());
    }
    double[] p = scored.p();
    return new CorpusEvidence(
        spam,
        p[Label.SELF_PROMOTION.ordinal()],
        p[Label.GENERIC.ordinal()],
        p[Label.PERSONALIZED.ordinal()],
        scored.neighbors(),
        reasons);
  }

  /**
   * A note as the corpus sees it: masked (names and companies set aside) plus the few features of
   * its original text the mask hides ({@link NoteClassifier#surface}). Everything but the {@code
   * spam_like} span is a function of it, so the notes of a mail merge share one.
   */
  private record MaskedNote(String masked, List<String> surface) {}

  /** What the corpus says about a {@link MaskedNote}; immutable, shared by the memo. */
  private record Scored(double[] p, List<Neighbor> neighbors, SpamLike spamLike, Reason template) {}

  /**
   * The {@code spam_like} reason of a masked note but for its span: the spam neighbours (which
   * {@link #matchedRun} needs for the span in each note's own text), the message and the evidence.
   * Formatting them once per masked note instead of once per note spares a mail merge three {@link
   * String#format} calls a copy.
   */
  private record SpamLike(List<CorpusIndex.Hit> spamHits, String message, String evidence) {}

  /** Masked notes kept scored, about 2 KB each: 5,000 is some 10 MB. */
  static final int MEMO_CAPACITY = 5_000;

  private final Memo<MaskedNote, Scored> memo = new Memo<>(MEMO_CAPACITY);

  private Scored score(MaskedNote note) {
    Raw raw = raw(note.masked(), note.surface());
    double[] p = new double[Label.values().length];
    for (Label l : Label.values()) {
      p[l.ordinal()] =
          model.calibration().apply(l, raw.knn()[l.ordinal()], raw.classifier()[l.ordinal()]);
    }
    List<CorpusIndex.Hit> top = raw.candidates().subList(0, Math.min(k, raw.candidates().size()));
    List<Neighbor> neighbors = new ArrayList<>(top.size());
    for (CorpusIndex.Hit h : top) {
      neighbors.add(
          new Neighbor(
              index.id(h.doc()),
              index.label(h.doc()).id(),
              round(h.similarity()),
              index.text(h.doc())));
    }
    double spam = p[Label.SPAM.ordinal()];
    return new Scored(
        p,
        List.copyOf(neighbors),
        spam >= SPAM_LIKE_THRESHOLD ? spamLike(spam, top) : null,
        massTemplate(note.masked(), raw.candidates()));
  }

  /** The {@code spam_like} wording for these neighbours, or null when none of them is spam. */
  private SpamLike spamLike(double spam, List<CorpusIndex.Hit> top) {
    List<CorpusIndex.Hit> spamHits =
        top.stream().filter(h -> index.label(h.doc()) == Label.SPAM).limit(5).toList();
    if (spamHits.isEmpty()) {
      return null;
    }
    StringBuilder evidence = new StringBuilder("spam neighbours: ");
    for (int i = 0; i < spamHits.size(); i++) {
      CorpusIndex.Hit h = spamHits.get(i);
      evidence
          .append(i == 0 ? "" : ", ")
          .append(index.id(h.doc()))
          .append(" (similarity ")
          .append(RootFormat.fixed(h.similarity(), 2))
          .append(')');
    }
    evidence.append("; calibrated spam probability ").append(RootFormat.fixed(spam, 2));
    String message =
        "The note reads like spam notes in the corpus (spam probability "
            + RootFormat.fixed(spam * 100, 0)
            + "%); the closest is "
            + index.id(spamHits.get(0).doc())
            + ".";
    return new SpamLike(spamHits, message, evidence.toString());
  }

  /** The {@code spam_like} reason in {@code text}, at the run of words its neighbours share. */
  private Reason spamLikeAt(String text, SpamLike s) {
    int[] span = matchedRun(text, s.spamHits());
    if (span == null) {
      return Reason.about(ReasonCode.SPAM_LIKE, s.message(), s.evidence());
    }
    return Reason.at(ReasonCode.SPAM_LIKE, text, span[0], span[1], s.message(), s.evidence());
  }

  /**
   * The run of the note's words that the spam neighbours share most: each stemmed word scores its
   * idf when a spam neighbour has it and −1.5 otherwise; the best-scoring contiguous run (Kadane)
   * wins if it holds at least two matching words. The words come with their stems' ids ({@link
   * NoteTerms#stemWords}), so no stem is looked up by its string.
   */
  private int[] matchedRun(String text, List<CorpusIndex.Hit> spamHits) {
    List<NoteTerms.WordAt> tokens = NoteTerms.stemWords(text);
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double run = 0;
    int runStart = 0;
    int[] matchedBefore = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      int stem = index.stemId(tokens.get(i).word());
      boolean matched = false;
      for (CorpusIndex.Hit h : spamHits) {
        if (index.hasStem(h.doc(), stem)) {
          matched = true;
          break;
        }
      }
      matchedBefore[i + 1] = matchedBefore[i] + (matched ? 1 : 0);
      double s = matched ? index.stemIdf(stem) : -1.5;
      if (run <= 0) {
        run = s;
        runStart = i;
      } else {
        run += s;
      }
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    if (bestStart < 0 || matchedBefore[bestEnd + 1] - matchedBefore[bestStart] < 2) {
      return null;
    }
    return new int[] {tokens.get(bestStart).start(), tokens.get(bestEnd).end()};
  }

  /**
   * The {@code mass_template} reason of a masked note among the search's candidates, or null. The
   * shingles are compared as {@link TemplateShingles} keys once the corpus's are read ({@link
   * CorpusIndex#templateShinglesOnceWarm}), before that as sets of strings; tests check that both
   * give the same reason.
   */
  private Reason massTemplate(String masked, List<CorpusIndex.Hit> candidates) {
    return massTemplate(masked, candidates, index.templateShinglesOnceWarm());
  }

  /** {@link #massTemplate} for a masked note, searching its candidates first, for tests. */
  Reason massTemplate(String masked, boolean bySets) {
    List<CorpusIndex.Hit> candidates =
        index.search(NoteTerms.both(masked), Math.max(k, TEMPLATE_CANDIDATES));
    return massTemplate(masked, candidates, bySets ? null : index.templateShingles());
  }

  /**
   * {@link #massTemplate} comparing shingles by {@code corpus}'s keys, or by hash sets of shingle
   * strings when {@code corpus} is null or cannot number the note's shingles (too many new tokens).
   */
  private Reason massTemplate(
      String masked, List<CorpusIndex.Hit> candidates, TemplateShingles corpus) {
    List<String> tokens = TextMasker.templateTokens(masked);
    if (tokens.size() < TEMPLATE_MIN_WORDS) {
      return null;
    }
    long[] keys = corpus == null ? null : corpus.query(tokens);
    IntToDoubleFunction similarity;
    if (keys != null) {
      similarity = d -> TemplateShingles.jaccardAtLeast(keys, corpus.of(d), TEMPLATE_JACCARD);
    } else {
      Set<String> shingles = TextMasker.shingles(tokens);
      similarity = d -> TextMasker.jaccardIfAtLeast(shingles, index.shingles(d), TEMPLATE_JACCARD);
    }
    int[] docs = new int[candidates.size()];
    double[] similarities = new double[candidates.size()];
    int matches = 0;
    for (CorpusIndex.Hit h : candidates) {
      int d = h.doc();
      if (templateCandidate(d, tokens.size())) {
        double j = similarity.applyAsDouble(d);
        if (j >= TEMPLATE_JACCARD) {
          docs[matches] = d;
          similarities[matches++] = j;
        }
      }
    }
    return templateReason(docs, similarities, matches);
  }

  /**
   * Whether note {@code doc} can be the template of a note of {@code words} masked words: it
   * belongs to a family, is spam, or is generic and the note long enough.
   */
  private boolean templateCandidate(int doc, int words) {
    Label label = index.label(doc);
    return index.inFamily(doc)
        || label == Label.SPAM
        || (label == Label.GENERIC && words >= GENERIC_TEMPLATE_MIN_WORDS);
  }

  /**
   * The {@code mass_template} reason for the first {@code n} matched notes and their similarity, in
   * candidate order, or null when there are none.
   */
  private Reason templateReason(int[] docs, double[] similarities, int n) {
    List<String> matched = new ArrayList<>();
    Set<String> families = new LinkedHashSet<>();
    double best = 0;
    int bestDoc = -1;
    for (int i = 0; i < n; i++) {
      int d = docs[i];
      double j = similarities[i];
      matched.add(index.id(d) + " (" + RootFormat.fixed(j, 2) + ")");
      if (index.family(d) != null) {
        families.add(index.family(d));
      }
      if (j > best) {
        best = j;
        bestDoc = d;
      }
    }
    if (bestDoc < 0) {
      return null;
    }
    StringBuilder evidence = new StringBuilder("near copies (masked 3-shingle Jaccard): ");
    evidence.append(String.join(", ", matched));
    for (String f : families) {
      evidence
          .append("; template family ")
          .append(f)
          .append(": ")
          .append(String.join(", ", index.familyMembers(f)));
    }
    String message =
        RootFormat.format(
            "With names and companies set aside, the note is a near copy (%.0f%% of its word"
                + " sequences) of the known %s note %s%s.",
            best * 100,
            index.label(bestDoc).id().replace('_', '-'),
            index.id(bestDoc),
            index.family(bestDoc) == null
                ? ""
                : ", one of the template family " + index.family(bestDoc));
    return Reason.about(ReasonCode.MASS_TEMPLATE, message, evidence.toString());
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** The index this scorer searches. */
  public CorpusIndex index() {
    return index;
  }

  /** The trained model. */
  public TrainedModel model() {
    return model;
  }

  @Override
  public String corpusIdentity() {
    return index.identity();
  }

  @Override
  public String classifierIdentity() {
    return model.identity();
  }

  @Override
  public void close() {
    index.close();
  }
}
