package io.invitecheck.corpus;

import io.invitecheck.SetupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A Lucene index of labeled notes, and the neighbour search over it.
 *
 * <p>Each note is indexed over its masked text ({@link TextMasker#mask}) in two fields (see {@link
 * NoteTerms}): stemmed content words and word pairs that keep function words. A search builds a
 * small query from the note's few highest-weight terms (tf·idf: {@value #STEM_TERMS} stems and
 * {@value #PHRASE_TERMS} word pairs, not one clause per token), lets BM25 pick candidates, and then
 * ranks them by a similarity from 0 to 1: the cosine of the idf-weighted term sets of both fields.
 * Identical masked notes have similarity 1.
 *
 * <p>Built in memory ({@link #inMemory}) or opened from a directory written by {@link
 * CorpusIndexer#build}. Immutable after opening and thread-safe; {@link #close()} releases the
 * index.
 */
public final class CorpusIndex implements AutoCloseable {
  /** Stemmed terms in a query. */
  public static final int STEM_TERMS = 8;

  /** Word pairs in a query. */
  public static final int PHRASE_TERMS = 4;

  static final String FORMAT_KEY = "invitecheck.format";
  static final String FORMAT = "invitecheck-corpus-index-1";
  static final String IDENTITY_KEY = "invitecheck.corpus";
  private static final String ID = "id";
  private static final String LABEL = "label";
  private static final String TEXT = "text";
  private static final String FAMILY = "family";
  private static final String TEMPLATE = "template";
  private static final String MASKED = "masked";

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final String identity;
  private final int count;
  // What each note's stored fields give (id, label, text, ..., its term vector), read on first use:
  // a search reads a few dozen notes, and deriving all of them at start-up cost a third of a
  // second. Racing threads derive equal values, so either one may be kept.
  private final AtomicReferenceArray<Note> notes;
  private final Map<String, Integer> termIds;
  private final String[] termById;
  private final double[] idfById;
  private final double unseenIdf;
  // Each query term's per-segment state (where its postings start, its doc freq), looked up in the
  // term dictionary on first use and reused: a fresh TermQuery seeks every term in the dictionary
  // again, which was a third of Lucene's time per search. The index never changes, so the state
  // stays right; racing threads build equal states, so either one may be kept.
  private final AtomicReferenceArray<TermStates> termStates;
  private final boolean[] isStem; // per term id: a stem, not a word pair
  private volatile Map<String, List<String>> familyMembers; // read on first use

  /** One note's stored fields and what is derived from them. Immutable. */
  private record Note(
      String id,
      Label label,
      String text,
      String family,
      Set<String> shingles,
      SparseVector vector) {}

  /** A candidate note and its similarity to the query, 0 to 1. */
  public record Hit(int doc, double similarity) {}

  private CorpusIndex(Directory directory, DirectoryReader reader) throws IOException {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    // a tiny index answers faster than the query cache can look a query up
    this.searcher.setQueryCache(null);
    Map<String, String> data = reader.getIndexCommit().getUserData();
    this.identity = data.getOrDefault(IDENTITY_KEY, "index");
    this.count = reader.maxDoc();
    notes = new AtomicReferenceArray<>(count);
    // one pass over each field's term dictionary gives every idf (one seek per term is far slower)
    Map<String, Integer> df = new HashMap<>();
    for (String field : new String[] {NoteTerms.STEM_FIELD, NoteTerms.PHRASE_FIELD}) {
      String prefix = field.equals(NoteTerms.STEM_FIELD) ? "s:" : "p:";
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        BytesRef term;
        while ((term = te.next()) != null) {
          df.merge(prefix + term.utf8ToString(), te.docFreq(), Integer::sum);
        }
      }
    }
    termIds = new HashMap<>(df.size() * 2);
    termById = df.keySet().toArray(String[]::new);
    java.util.Arrays.sort(termById);
    idfById = new double[termById.length];
    for (int id = 0; id < termById.length; id++) {
      idfById[id] = idf(df.get(termById[id]));
      termIds.put(termById[id], id);
    }
    unseenIdf = idf(0);
    termStates = new AtomicReferenceArray<>(termById.length);
    isStem = new boolean[termById.length];
    for (int id = 0; id < termById.length; id++) {
      isStem[id] = termById[id].startsWith("s:");
    }
  }

  /** The note {@code doc}, read from the index on first use. */
  private Note note(int doc) {
    Note n = notes.get(doc);
    if (n == null) {
      n = readNote(doc);
      notes.set(doc, n);
    }
    return n;
  }

  private Note readNote(int doc) {
    Document d;
    try {
      d = reader.storedFields().document(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String template = d.get(TEMPLATE);
    return new Note(
        d.get(ID),
        Label.fromId(d.get(LABEL)),
        d.get(TEXT),
        d.get(FAMILY),
        TextMasker.shingles(template.isEmpty() ? List.of() : List.of(template.split(" "))),
        unitVector(features(d.get(MASKED))));
  }

  /** Indexes the notes in memory. */
  public static CorpusIndex inMemory(List<CorpusNote> notes, String identity) {
    try {
      Directory dir = new ByteBuffersDirectory();
      write(notes, dir, identity);
      return new CorpusIndex(dir, DirectoryReader.open(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens an index held in {@code dir} (e.g. the {@link PrebuiltIndex}), closing both when it is
   * not one written by {@link #write}.
   *
   * @throws IOException when the index cannot be read or is not of this format
   */
  static CorpusIndex open(Directory dir, DirectoryReader r) throws IOException {
    String format = r.getIndexCommit().getUserData().get(FORMAT_KEY);
    if (!FORMAT.equals(format)) {
      r.close();
      dir.close();
      throw new IOException("index format " + format + ", expected " + FORMAT);
    }
    return new CorpusIndex(dir, r);
  }

  /**
   * Opens an index directory written by {@link CorpusIndexer#build}.
   *
   * @throws SetupException naming the directory when it is missing, is not such an index, or is
   *     corrupt
   */
  public static CorpusIndex open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new SetupException(
          "corpus index "
              + dir
              + " does not exist or is not a directory; build it with `invitecheck index --out "
              + dir
              + "`");
    }
    Directory d = null;
    try {
      d = FSDirectory.open(dir);
      DirectoryReader r = DirectoryReader.open(d);
      String format = r.getIndexCommit().getUserData().get(FORMAT_KEY);
      if (!FORMAT.equals(format)) {
        r.close();
        throw new SetupException(
            "corpus index "
                + dir
                + " was not written by `invitecheck index` (format "
                + format
                + ", expected "
                + FORMAT
                + "); rebuild it");
      }
      return new CorpusIndex(d, r);
    } catch (IOException | RuntimeException e) {
      closeQuietly(d);
      if (e instanceof SetupException se) {
        throw se;
      }
      throw new SetupException(
          "corpus index "
              + dir
              + " cannot be opened ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + "); rebuild it with `invitecheck index --out "
              + dir
              + "`",
          e);
    }
  }

  /** Writes the notes into {@code dir}, replacing what was there. */
  static void write(List<CorpusNote> notes, Directory dir, String identity) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (CorpusNote n : notes) {
        String masked = TextMasker.mask(n.text(), n.recipient(), n.sender());
        Document doc = new Document();
        doc.add(new StringField(ID, n.id(), Field.Store.YES));
        doc.add(new StringField(LABEL, n.label().id(), Field.Store.YES));
        doc.add(new StoredField(TEXT, n.text()));
        if (n.family() != null) {
          doc.add(new StoredField(FAMILY, n.family()));
        }
        doc.add(
            new StoredField(
                TEMPLATE,
                String.join(" ", TextMasker.templateTokens(n.text(), n.recipient(), n.sender()))));
        doc.add(new StoredField(MASKED, masked));
        doc.add(new TextField(NoteTerms.STEM_FIELD, masked, Field.Store.NO));
        doc.add(new TextField(NoteTerms.PHRASE_FIELD, masked, Field.Store.NO));
        w.addDocument(doc);
      }
      w.forceMerge(1);
      w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, IDENTITY_KEY, identity).entrySet());
      w.commit();
    }
  }

  /**
   * The notes most similar to a masked note, most similar first (ties by id), at most {@code n}.
   */
  public List<Hit> search(String maskedText, int n) {
    return search(NoteTerms.both(maskedText), n);
  }

  /** {@link #search(String, int)} of a masked note whose terms are already analyzed. */
  List<Hit> search(NoteTerms.Both terms, int n) {
    List<String> f = features(terms);
    if (f.isEmpty() || count == 0) {
      return List.of();
    }
    SparseVector query = unitVector(f);
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    addTopTerms(q, query, true, STEM_TERMS);
    addTopTerms(q, query, false, PHRASE_TERMS);
    BooleanQuery built = q.build();
    if (built.clauses().isEmpty()) {
      return List.of();
    }
    TopDocs top;
    try {
      top = searcher.search(built, Math.max(n + 10, 30));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      hits.add(new Hit(sd.doc, query.dot(note(sd.doc).vector())));
    }
    hits.sort(
        Comparator.comparingDouble(Hit::similarity).reversed().thenComparing(h -> id(h.doc())));
    return hits.size() > n ? List.copyOf(hits.subList(0, n)) : List.copyOf(hits);
  }

  /** The number of notes. */
  public int size() {
    return count;
  }

  /** Where the notes came from, e.g. "bundled notes.jsonl, 2,160 notes, sha256 1a2b3c4d". */
  public String identity() {
    return identity;
  }

  public String id(int doc) {
    return note(doc).id();
  }

  public Label label(int doc) {
    return note(doc).label();
  }

  public String text(int doc) {
    return note(doc).text();
  }

  /** The template family of a note, or {@code null}. */
  public String family(int doc) {
    return note(doc).family();
  }

  /** The ids of the notes in a family, in index order. */
  public List<String> familyMembers(String family) {
    Map<String, List<String>> members = familyMembers;
    if (members == null) {
      Map<String, List<String>> m = new HashMap<>();
      for (int d = 0; d < count; d++) {
        Note n = note(d);
        if (n.family() != null) {
          m.computeIfAbsent(n.family(), k -> new ArrayList<>()).add(n.id());
        }
      }
      m.replaceAll((k, v) -> List.copyOf(v));
      members = Map.copyOf(m);
      familyMembers = members;
    }
    return members.getOrDefault(family, List.of());
  }

  /** The masked 3-shingles of a note (see {@link TextMasker#shingles}). */
  public Set<String> shingles(int doc) {
    return note(doc).shingles();
  }

  /** True when the stemmed term occurs in the note (for highlighting what matched). */
  public boolean hasStem(int doc, String stem) {
    Integer id = termIds.get("s:" + stem);
    return id != null && note(doc).vector().has(id);
  }

  /** The inverse document frequency of a stemmed term (high for rare terms). */
  public double stemIdf(String stem) {
    return weightOf("s:" + stem);
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The features of a masked text: "s:" + stem and "p:" + word pair, with repeats. */
  static List<String> features(String masked) {
    return features(NoteTerms.both(masked));
  }

  private static List<String> features(NoteTerms.Both terms) {
    List<String> out = new ArrayList<>(terms.stems().size() + terms.phrases().size());
    for (String s : terms.stems()) {
      out.add("s:" + s);
    }
    for (String p : terms.phrases()) {
      out.add("p:" + p);
    }
    return out;
  }

  /**
   * Adds SHOULD clauses for the {@code max} indexed terms of one field with the highest tf·idf in
   * the query (ties by term), one clause per term. The few best are kept by insertion into a short
   * sorted array: sorting every term of the note, boxed, cost more than the rest of the query
   * building.
   */
  private void addTopTerms(BooleanQuery.Builder q, SparseVector query, boolean stems, int max) {
    int[] chosen = topCoordinates(query.ids, query.tf, idfById, isStem, stems, max);
    String field = stems ? NoteTerms.STEM_FIELD : NoteTerms.PHRASE_FIELD;
    for (int c : chosen) {
      int id = query.ids[c];
      Term term = new Term(field, termById[id].substring(2));
      q.add(new TermQuery(term, termStates(id, term)), BooleanClause.Occur.SHOULD);
    }
  }

  /**
   * The indices of the at most {@code max} coordinates of one field ({@code isStem[id] == stems})
   * with the highest {@code tf · idf}, best first, ties by lower id.
   *
   * @param ids term ids, ascending
   * @param tf their counts
   */
  static int[] topCoordinates(
      int[] ids, int[] tf, double[] idfById, boolean[] isStem, boolean stems, int max) {
    int[] chosen = new int[max]; // best first
    double[] keys = new double[max]; // their -tf·idf
    int size = 0;
    for (int i = 0; i < ids.length; i++) {
      if (isStem[ids[i]] != stems) {
        continue;
      }
      double key = -tf[i] * idfById[ids[i]];
      // ids ascend, so an equal key already kept has the lower id and stays first
      int at = size;
      while (at > 0 && Double.compare(key, keys[at - 1]) < 0) {
        at--;
      }
      if (at == max) {
        continue;
      }
      int last = Math.min(size, max - 1);
      System.arraycopy(chosen, at, chosen, at + 1, last - at);
      System.arraycopy(keys, at, keys, at + 1, last - at);
      chosen[at] = i;
      keys[at] = key;
      size = Math.min(size + 1, max);
    }
    return java.util.Arrays.copyOf(chosen, size);
  }

  /**
   * The term's state in this index, as {@link TermQuery} would look it up for a search that scores
   * (statistics included), built on first use.
   */
  private TermStates termStates(int id, Term term) {
    TermStates states = termStates.get(id);
    if (states == null) {
      try {
        states = TermStates.build(searcher, term, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      termStates.set(id, states);
    }
    return states;
  }

  /**
   * The idf-weighted binary vector of the features, scaled to length 1. Features no note has count
   * in the length but get no coordinate (they can match nothing).
   */
  private SparseVector unitVector(List<String> features) {
    int[] raw = new int[features.size()];
    int m = 0;
    java.util.Set<String> unseen = null;
    for (String t : features) {
      Integer id = termIds.get(t);
      if (id != null) {
        raw[m++] = id;
      } else {
        if (unseen == null) {
          unseen = new java.util.HashSet<>();
        }
        unseen.add(t);
      }
    }
    java.util.Arrays.sort(raw, 0, m);
    int[] ids = new int[m];
    int[] tf = new int[m];
    int distinct = 0;
    for (int i = 0; i < m; i++) {
      if (distinct > 0 && ids[distinct - 1] == raw[i]) {
        tf[distinct - 1]++;
      } else {
        ids[distinct] = raw[i];
        tf[distinct++] = 1;
      }
    }
    double norm = unseen == null ? 0 : unseen.size() * unseenIdf * unseenIdf;
    for (int i = 0; i < distinct; i++) {
      norm += idfById[ids[i]] * idfById[ids[i]];
    }
    double len = Math.sqrt(norm);
    double[] weights = new double[distinct];
    for (int i = 0; i < distinct; i++) {
      weights[i] = idfById[ids[i]] / len;
    }
    return new SparseVector(
        java.util.Arrays.copyOf(ids, distinct), weights, java.util.Arrays.copyOf(tf, distinct));
  }

  /** A sparse vector with coordinates sorted by term id, and the term counts. Immutable. */
  private static final class SparseVector {
    private final int[] ids;
    private final double[] weights;
    private final int[] tf;

    SparseVector(int[] ids, double[] weights, int[] tf) {
      this.ids = ids;
      this.weights = weights;
      this.tf = tf;
    }

    boolean has(int id) {
      return java.util.Arrays.binarySearch(ids, id) >= 0;
    }

    /** The dot product, clamped to [0, 1] (both vectors have length 1 at most). */
    double dot(SparseVector o) {
      double sum = 0;
      int i = 0;
      int j = 0;
      while (i < ids.length && j < o.ids.length) {
        if (ids[i] == o.ids[j]) {
          sum += weights[i++] * o.weights[j++];
        } else if (ids[i] < o.ids[j]) {
          i++;
        } else {
          j++;
        }
      }
      return Math.max(0, Math.min(1, sum));
    }
  }

  /** The idf of an indexed feature; the idf of a term seen in no note otherwise. */
  private double weightOf(String feature) {
    Integer id = termIds.get(feature);
    return id != null ? idfById[id] : unseenIdf;
  }

  /** BM25's idf: log(1 + (N − df + 0.5) / (df + 0.5)). */
  private double idf(int docFreq) {
    return Math.log(1 + (count - docFreq + 0.5) / (docFreq + 0.5));
  }

  private static void closeQuietly(Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // already failing
      }
    }
  }

  /** The analyzer per field: {@link NoteTerms#STEM} and {@link NoteTerms#PHRASE}. */
  private static final class PerFieldAnalyzer
      extends org.apache.lucene.analysis.DelegatingAnalyzerWrapper {
    PerFieldAnalyzer() {
      super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected org.apache.lucene.analysis.Analyzer getWrappedAnalyzer(String fieldName) {
      return NoteTerms.PHRASE_FIELD.equals(fieldName) ? NoteTerms.PHRASE : NoteTerms.STEM;
    }
  }
}
