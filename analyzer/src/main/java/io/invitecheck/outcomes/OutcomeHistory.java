package io.invitecheck.outcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The sender's own history: the outgoing notes of an outcome corpus whose outcome is known, in a
 * small in-memory Lucene index, asked for the notes most similar to a new one. Candidates come from
 * BM25 over stemmed terms ({@link EnglishAnalyzer}); they are then ranked and filtered by the
 * Jaccard overlap of their term sets, which, unlike a BM25 score, is comparable between notes and
 * serves as the weight in {@link HistoryBlend}. Incoming invitations and unknown outcomes are left
 * out: they say nothing about how the sender's notes fare.
 *
 * <p>Immutable and thread-safe once built; close it to free the index.
 */
public final class OutcomeHistory implements AutoCloseable {
  /**
   * Fewer notes with a known outcome than this (30) and the history is not used to move the risk.
   * With 30 notes an acceptance rate near one half is known to about ±9 points (one standard error,
   * √(0.25/30)), and the {@link #DEFAULT_NEIGHBORS} nearest neighbours are a third of the history
   * rather than nearly all of it, so they are genuinely the similar notes rather than whatever the
   * sender happened to send.
   */
  public static final int MIN_KNOWN = 30;

  /** How many neighbours are consulted (10). */
  public static final int DEFAULT_NEIGHBORS = 10;

  /** Notes sharing less than this share of terms (0.15) do not count as similar. */
  public static final double MIN_SIMILARITY = 0.15;

  private static final int MAX_QUERY_TERMS = 200;

  private final Analyzer analyzer = new EnglishAnalyzer();
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int size;

  private OutcomeHistory(List<OutcomeRecord> records) throws IOException {
    int n = 0;
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (OutcomeRecord r : records) {
        if (r.countsForHistory()) {
          Document d = new Document();
          d.add(new StoredField("id", r.id()));
          d.add(new TextField("note", r.note(), Field.Store.YES));
          d.add(new StoredField("accepted", r.outcome() == OutcomeLabel.ACCEPTED ? 1 : 0));
          w.addDocument(d);
          n++;
        }
      }
    }
    this.size = n;
    this.reader = DirectoryReader.open(dir);
    this.searcher = new IndexSearcher(reader);
  }

  /** A history of the outgoing notes with a known outcome among {@code records}. */
  public static OutcomeHistory of(List<OutcomeRecord> records) {
    try {
      return new OutcomeHistory(records);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index the outcome history in memory", e);
    }
  }

  /**
   * A history read from an outcome corpus file (see {@link OutcomeCorpus}).
   *
   * @throws OutcomeInputException naming the file and line that is wrong
   */
  public static OutcomeHistory load(java.nio.file.Path corpus) {
    return of(OutcomeCorpus.read(corpus));
  }

  /** How many outgoing notes with a known outcome the history holds. */
  public int size() {
    return size;
  }

  /** True when the history has at least {@link #MIN_KNOWN} notes with a known outcome. */
  public boolean usable() {
    return size >= MIN_KNOWN;
  }

  /** The {@link #DEFAULT_NEIGHBORS} most similar earlier notes. */
  public HistoryEvidence evidence(String note) {
    return evidence(note, DEFAULT_NEIGHBORS);
  }

  /** The {@code k} most similar earlier notes and their acceptance rate. */
  public HistoryEvidence evidence(String note, int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive, was " + k);
    }
    Set<String> terms = terms(note);
    List<HistoryEvidence.Neighbor> found = new ArrayList<>();
    if (!terms.isEmpty() && size > 0) {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      terms.stream()
          .limit(MAX_QUERY_TERMS)
          .forEach(t -> q.add(new TermQuery(new Term("note", t)), BooleanClause.Occur.SHOULD));
      try {
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc sd : searcher.search(q.build(), k * 3).scoreDocs) {
          Document d = stored.document(sd.doc);
          String text = d.get("note");
          double sim = jaccard(terms, terms(text));
          if (sim >= MIN_SIMILARITY) {
            boolean accepted = d.getField("accepted").numericValue().intValue() == 1;
            found.add(new HistoryEvidence.Neighbor(d.get("id"), sim, accepted, text));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<HistoryEvidence.Neighbor> top =
        found.stream()
            .sorted(Comparator.comparingDouble(HistoryEvidence.Neighbor::similarity).reversed())
            .limit(k)
            .toList();
    int accepted = (int) top.stream().filter(HistoryEvidence.Neighbor::accepted).count();
    double rate = top.isEmpty() ? 0 : (double) accepted / top.size();
    return new HistoryEvidence(
        usable(), size, top.size(), accepted, rate, top, message(top.size(), accepted));
  }

  private String message(int similar, int accepted) {
    if (!usable()) {
      return "Your history is too small to use: "
          + size
          + " of your sent notes have a known outcome; at least "
          + MIN_KNOWN
          + " are needed.";
    }
    if (similar == 0) {
      return "None of your " + size + " earlier notes with a known outcome resembles this one.";
    }
    String most = similar == 1 ? "most similar note was" : "most similar notes were";
    return accepted * 2 >= similar
        ? accepted + " of your " + similar + " " + most + " accepted."
        : (similar - accepted) + " of your " + similar + " " + most + " not accepted.";
  }

  private Set<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    try (TokenStream ts = analyzer.tokenStream("note", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    return (double) inter.size() / (a.size() + b.size() - inter.size());
  }

  @Override
  public void close() {
    try {
      reader.close();
      dir.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
