package io.invitecheck.corpus;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The candidate search of {@link CorpusIndex}: a disjunction of a note's query terms scored by BM25
 * over the index's postings and norms, read into memory once (the bundled corpus's take a few
 * hundred kilobytes). Lucene finds the same notes with the same scores (see {@link #topDocs}), but
 * building its term enums, postings readers and bulk scorer for every query cost five times the
 * scoring. Immutable apart from per-thread scratch space; thread-safe.
 */
final class Bm25Postings {
  private final IndexSearcher searcher;
  private final String[] termById; // "s:" + stem or "p:" + word pair
  private final boolean[] isStem;
  private final int[][] postingDocs; // per term id: the notes holding it, ascending
  private final int[][] postingFreqs; // per term id: its frequency in each of them
  private final long[][] norms; // per field (stems, word pairs): each note's norm
  // per field (stems, word pairs): the statistics every term's scorer is made with
  private final CollectionStatistics[] fieldStatistics;
  // Per term id: the BM25 score of each of its postings, computed on first use by the term's
  // scorer and reused: a score depends only on the term's and field's statistics, the frequency and
  // the note's norm, and the index never changes. Racing threads compute equal arrays.
  private final AtomicReferenceArray<float[]> postingScores;
  private final ThreadLocal<Scratch> scratch;

  Bm25Postings(
      IndexSearcher searcher,
      String[] termById,
      boolean[] isStem,
      int[][] postingDocs,
      int[][] postingFreqs,
      long[][] norms)
      throws IOException {
    this.searcher = searcher;
    this.termById = termById;
    this.isStem = isStem;
    this.postingDocs = postingDocs;
    this.postingFreqs = postingFreqs;
    this.norms = norms;
    this.postingScores = new AtomicReferenceArray<>(termById.length);
    this.fieldStatistics =
        new CollectionStatistics[] {
          searcher.collectionStatistics(NoteTerms.STEM_FIELD),
          searcher.collectionStatistics(NoteTerms.PHRASE_FIELD)
        };
    int notes = norms[0].length;
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(notes));
  }

  /** One thread's state for {@link #topDocs}, left cleared after each search. */
  private static final class Scratch {
    final double[] scores; // per note: its summed score in the current search
    final boolean[] matched; // per note: whether a term of the current search matched it
    final int[] docs; // the notes matched, in the order met

    Scratch(int notes) {
      scores = new double[notes];
      matched = new boolean[notes];
      docs = new int[notes];
    }
  }

  /**
   * The {@code numHits} best documents for a disjunction (SHOULD clauses) of the terms, as Lucene's
   * {@code IndexSearcher.search(Query, int)} finds them for the {@link BooleanQuery} of their
   * {@link TermQuery TermQueries}: each note's score is the sum, in double, of each matching term's
   * BM25 score by Lucene's own {@link SimScorer} from its frequency and the note's norm, cast to
   * float; the best first, ties by lower doc. Scored over the postings held in memory: the corpus
   * is small, and building Lucene's term enums, postings readers and bulk scorer for every query
   * cost five times the scoring. {@code CorpusIndexFastPathTest} checks docs and scores against
   * Lucene's search.
   *
   * <p>The sum is exact in any order: a term's score is a float between about 1e-5 and 10, so the
   * floats of twelve terms add up in a double without rounding, as Lucene's scorers add them.
   */
  CorpusIndex.Top topDocs(int[] termIds, int numHits) {
    Scratch sc = scratch.get();
    double[] scores = sc.scores;
    boolean[] matched = sc.matched;
    int[] docs = sc.docs;
    int touched = sum(termIds, scores, matched, docs);
    int capacity = Math.min(numHits, Math.max(1, scores.length));
    // the first notes touched, as many as are kept, all go in: gathered here and sorted once
    // (BestFirst.filledWith) instead of offered one by one, the same list either way
    int first = Math.min(touched, capacity);
    int[] firstDocs = new int[first];
    double[] firstKeys = new double[first];
    for (int t = 0; t < first; t++) {
      int d = docs[t];
      firstDocs[t] = d;
      firstKeys[t] = (float) scores[d]; // Lucene ranks by the float score, ties by lower doc
      scores[d] = 0;
      matched[d] = false;
    }
    BestFirst best = BestFirst.filledWith(firstDocs, firstKeys, first, capacity);
    return top(best, first, touched, scores, matched, docs);
  }

  /** {@link #topDocs} offering every note touched one by one, as it was, for tests comparing. */
  CorpusIndex.Top topDocsByOffers(int[] termIds, int numHits) {
    Scratch sc = scratch.get();
    double[] scores = sc.scores;
    boolean[] matched = sc.matched;
    int[] docs = sc.docs;
    int touched = sum(termIds, scores, matched, docs);
    BestFirst best = new BestFirst(Math.min(numHits, Math.max(1, scores.length)));
    return top(best, 0, touched, scores, matched, docs);
  }

  /**
   * Adds each term's posting scores into {@code scores} and lists the notes touched in {@code
   * docs}, in the order met; returns how many.
   */
  private int sum(int[] termIds, double[] scores, boolean[] matched, int[] docs) {
    int touched = 0;
    for (int id : termIds) {
      int[] postings = postingDocs[id];
      float[] termScores = postingScores(id);
      for (int p = 0; p < postings.length; p++) {
        int d = postings[p];
        if (!matched[d]) {
          matched[d] = true;
          docs[touched++] = d;
        }
        scores[d] += termScores[p];
      }
    }
    return touched;
  }

  /**
   * Offers {@code best} the notes touched from {@code docs[from]} on, clearing the scratch state
   * behind them, and gives the best ones.
   */
  private static CorpusIndex.Top top(
      BestFirst best, int from, int touched, double[] scores, boolean[] matched, int[] docs) {
    // best.wouldKeep(d, score) made here, with the last kept note's key and doc in locals: most
    // notes touched are below it, and under the client compiler offer and wouldKeep are calls
    boolean full = best.isFull();
    double lastKey = full ? best.lastKey() : 0;
    int lastDoc = full ? best.lastItem() : 0;
    for (int t = from; t < touched; t++) {
      int d = docs[t];
      float score = (float) scores[d]; // Lucene ranks by the float score, ties by lower doc
      if (!full || BestFirst.goesBefore(d, score, lastDoc, lastKey)) {
        best.offer(d, score);
        full = best.isFull();
        if (full) {
          lastKey = best.lastKey();
          lastDoc = best.lastItem();
        }
      }
      scores[d] = 0;
      matched[d] = false;
    }
    double[] keys = best.keys();
    float[] bestScores = new float[keys.length];
    for (int i = 0; i < keys.length; i++) {
      bestScores[i] = (float) keys[i]; // a float widened to double and back is the same float
    }
    return new CorpusIndex.Top(best.items(), bestScores);
  }

  /**
   * What Lucene's {@code IndexSearcher.search(Query, int)} finds for the disjunction of the terms,
   * for tests comparing it with {@link #topDocs}.
   */
  CorpusIndex.Top luceneTopDocs(int[] termIds, int numHits) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (int id : termIds) {
      Term term = term(id);
      q.add(
          new TermQuery(term, TermStates.build(searcher, term, true)), BooleanClause.Occur.SHOULD);
    }
    TopDocs top = searcher.search(q.build(), numHits);
    int[] docs = new int[top.scoreDocs.length];
    float[] scores = new float[docs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
      scores[i] = top.scoreDocs[i].score;
    }
    return new CorpusIndex.Top(docs, scores);
  }

  private Term term(int id) {
    return new Term(
        isStem[id] ? NoteTerms.STEM_FIELD : NoteTerms.PHRASE_FIELD, termById[id].substring(2));
  }

  /**
   * The BM25 scorer of one indexed term, made as Lucene's {@code TermQuery} weight makes it for a
   * search that scores (boost 1, this searcher's similarity, the field's statistics and the term's
   * document frequency and total frequency). The term's statistics come from the postings held in
   * memory: its document frequency is the length of its postings and its total frequency their sum
   * (the index has no deletions), which is what {@link TermStates#build} reads from the term
   * dictionary with a seek per term ({@link #luceneSimScorer}, which tests compare).
   */
  private SimScorer simScorer(int id) {
    int[] freqs = postingFreqs[id];
    long totalTermFreq = 0;
    for (int f : freqs) {
      totalTermFreq += f;
    }
    return searcher
        .getSimilarity()
        .scorer(
            1f,
            fieldStatistics[isStem[id] ? 0 : 1],
            new TermStatistics(
                new BytesRef(termById[id].substring(2)), freqs.length, totalTermFreq));
  }

  /**
   * The BM25 score of each of term {@code id}'s postings, in postings order, by its {@link
   * #simScorer} from the frequency and the note's norm, as Lucene's scorer computes it for each
   * matching note; computed on first use.
   */
  private float[] postingScores(int id) {
    float[] out = postingScores.get(id);
    if (out == null) {
      SimScorer sim = simScorer(id);
      int[] postings = postingDocs[id];
      int[] freqs = postingFreqs[id];
      long[] fieldNorms = norms[isStem[id] ? 0 : 1];
      out = new float[postings.length];
      for (int p = 0; p < postings.length; p++) {
        out[p] = sim.score(freqs[p], fieldNorms[postings[p]]);
      }
      postingScores.set(id, out);
    }
    return out;
  }

  /** The BM25 scorer of a term as Lucene's {@code TermQuery} makes it, for tests. */
  SimScorer luceneSimScorer(int id) throws IOException {
    Term term = term(id);
    TermStates states = TermStates.build(searcher, term, true);
    return searcher
        .getSimilarity()
        .scorer(
            1f,
            searcher.collectionStatistics(term.field()),
            searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
  }

  /** The scorer {@link #topDocs} uses for a term, for tests. */
  SimScorer simScorerOf(int id) {
    return simScorer(id);
  }
}
