package io.invitecheck.corpus;

import io.invitecheck.SetupException;
import io.invitecheck.memo.AfterUses;
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
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
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
  private static final Set<String> NOTE_FIELDS = Set.of(ID, LABEL, TEXT, FAMILY);
  private static final Set<String> TEMPLATE_FIELD = Set.of(TEMPLATE);
  private static final Set<String> NOTE_AND_TEMPLATE_FIELDS =
      Set.of(ID, LABEL, TEXT, FAMILY, TEMPLATE);

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final String identity;
  private final int count;
  // What each note's stored fields give (id, label, text, family), read on first use: a search
  // reads a few dozen notes. Racing threads read equal values, so either one may be kept.
  private final AtomicReferenceArray<Note> notes;
  // Per note, once read: its label's ordinal + 1, plus IN_FAMILY when it has a family; 0 before.
  // What a search asks of its 20 to 30 candidates in one byte each (see noteCode).
  private final byte[] noteCodes;
  // Each note's masked 3-shingles, derived on first use (only template candidates need them).
  private final AtomicReferenceArray<Set<String>> shingles;
  // Every note's term vector and every term's postings, read in one pass on first use (derived()).
  private volatile Derived derived;
  // Term ids per field, keyed by the bare term (a lookup needs no "s:" + stem string), as flat
  // tables, which a query's many lookups read with fewer cache misses.
  private final TermTable stemTable;
  private final TermTable phraseTable;
  private final String[] termById;
  private final double[] idfById;
  private final double unseenIdf;
  private final boolean[] isStem; // per term id: a stem, not a word pair
  private final int phraseCount; // ids below are word pairs ("p:" sorts before "s:"), stems above
  private final boolean termsEnumerated; // term ids follow the dictionaries' order
  private volatile Map<String, List<String>> familyMembers; // read on first use
  // Per thread, per term id: its weight in the current query vector, else 0 (cleared after use).
  private final ThreadLocal<DenseQuery> denseQuery;

  /** One note's stored fields. Immutable. */
  private record Note(String id, Label label, String text, String family) {}

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
    noteCodes = new byte[count];
    shingles = new AtomicReferenceArray<>(count);
    // one pass over each field's term dictionary gives every term and idf (one seek per term is
    // far slower), already in id order (see termsInOrder)
    SortedTerms all = termsInOrder(reader);
    termById = all.terms();
    termsEnumerated = all.enumerated();
    int[] df = all.docFreqs();
    idfById = new double[termById.length];
    isStem = new boolean[termById.length];
    int phrases = 0;
    for (int id = 0; id < termById.length; id++) {
      idfById[id] = idf(df[id]);
      isStem[id] = termById[id].startsWith("s:");
      phrases += isStem[id] ? 0 : 1;
    }
    phraseCount = phrases;
    // the tables of the terms cut after "p:"/"s:", ids by index, with no map in between
    phraseTable = new TermTable(termById, 0, phraseCount, 2);
    stemTable = new TermTable(termById, phraseCount, termById.length, 2);
    unseenIdf = idf(0);
    int termCount = termById.length;
    denseQuery = ThreadLocal.withInitial(() -> new DenseQuery(termCount));
  }

  /**
   * Every term as "s:" + stem or "p:" + word pair, ascending, and its document frequency; {@code
   * enumerated} when that is the order in which the dictionaries gave them (word pairs first, then
   * stems, segment after segment), so that the nth term met in that walk has id n.
   */
  record SortedTerms(String[] terms, int[] docFreqs, boolean enumerated) {}

  /**
   * Every term of both fields, written "p:" + word pair or "s:" + stem, in {@link String} order (a
   * term's id is its rank), with its document frequency summed over the segments.
   *
   * <p>A term dictionary gives its terms in UTF-8 byte order, which is {@link String} order but for
   * rare characters (above U+E000 against surrogate pairs), and "p:" sorts before "s:": the word
   * pairs' dictionary and then the stems' is already in order for an index of one segment (every
   * index {@link #write} makes), which this checks in one pass instead of sorting some 60,000
   * strings (some 50 ms of a fresh analyzer's CPU under the client compiler). When the check fails
   * (rare characters, or several segments with terms in common), the terms are sorted and merged as
   * before: the same terms in the same order either way.
   */
  static SortedTerms termsInOrder(DirectoryReader reader) throws IOException {
    List<String> terms = new ArrayList<>();
    int[] dfs = new int[1024];
    for (String field : new String[] {NoteTerms.PHRASE_FIELD, NoteTerms.STEM_FIELD}) {
      String prefix = field.equals(NoteTerms.STEM_FIELD) ? "s:" : "p:";
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms fieldTerms = leaf.reader().terms(field);
        if (fieldTerms == null) {
          continue;
        }
        TermsEnum te = fieldTerms.iterator();
        BytesRef term;
        while ((term = te.next()) != null) {
          if (terms.size() == dfs.length) {
            dfs = java.util.Arrays.copyOf(dfs, dfs.length * 2);
          }
          dfs[terms.size()] = te.docFreq();
          terms.add(prefix + term.utf8ToString());
        }
      }
    }
    String[] inOrder = terms.toArray(String[]::new);
    for (int i = 1; i < inOrder.length; i++) {
      if (inOrder[i - 1].compareTo(inOrder[i]) >= 0) {
        return sortedAndMerged(inOrder, dfs);
      }
    }
    return new SortedTerms(inOrder, java.util.Arrays.copyOf(dfs, inOrder.length), true);
  }

  /** {@link #termsInOrder} of terms not in order: sorted, a term's frequencies summed. */
  static SortedTerms sortedAndMerged(String[] terms, int[] dfs) {
    java.util.TreeMap<String, Integer> df = new java.util.TreeMap<>();
    for (int i = 0; i < terms.length; i++) {
      df.merge(terms[i], dfs[i], Integer::sum);
    }
    return new SortedTerms(
        df.keySet().toArray(String[]::new),
        df.values().stream().mapToInt(Integer::intValue).toArray(),
        false);
  }

  /**
   * The note {@code doc}, read from the index on first use: alone for the first {@value
   * #STORED_AFTER} notes read, then with every other note in one pass ({@link #stored}).
   */
  private Note note(int doc) {
    Note n = notes.get(doc);
    if (n != null) {
      return n; // no stored-fields reader made for a note already read
    }
    Stored all = stored.get();
    if (all != null) {
      return all.notes()[doc];
    }
    try {
      return note(doc, reader.storedFields());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Notes read one by one before they are all read in one pass. */
  static final int STORED_AFTER = 64;

  /**
   * Every note's stored fields and template tokens, read in one sequential pass on the {@value
   * #STORED_AFTER}th note not read yet (or when the template shingles or a family's members are
   * needed). Reading one note decompresses the whole block of notes it sits in, and a batch's
   * neighbours and template candidates ask for notes all over the index: reading them one by one
   * cost a fresh analyzer some 80 ms of CPU over its first thousand drafts; the first 64 alone and
   * then the pass, some 30 ms. A one-note {@code check} reads a few dozen notes and never makes the
   * pass. The same fields of the same documents, so the same notes.
   */
  private final AfterUses<Stored> stored = new AfterUses<>(STORED_AFTER, this::readStored);

  /** Every note, by doc, and its stored template tokens (joined by spaces). Immutable. */
  private record Stored(Note[] notes, String[] templates) {}

  private Stored readStored() {
    Note[] all = new Note[count];
    String[] templates = new String[count];
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        StoredFields fields = sequentialStoredFields(leaf);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          int d = leaf.docBase + doc;
          Document fieldsOfDoc = fields.document(doc, NOTE_AND_TEMPLATE_FIELDS);
          Note read = notes.get(d);
          if (read == null) {
            read = noteOf(fieldsOfDoc);
            notes.set(d, read);
          }
          all[d] = read;
          templates[d] = fieldsOfDoc.get(TEMPLATE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Stored(all, templates);
  }

  /**
   * Note {@code doc} and its template tokens read alone and from the one pass, for tests: {@code
   * {id, label, text, family, template}} each way.
   */
  String[][] storedBothWays(int doc) throws IOException {
    Document alone = reader.storedFields().document(doc, NOTE_AND_TEMPLATE_FIELDS);
    Note one = noteOf(alone);
    Stored all = stored.now();
    Note n = all.notes()[doc];
    return new String[][] {
      {one.id(), one.label().id(), one.text(), one.family(), alone.get(TEMPLATE)},
      {n.id(), n.label().id(), n.text(), n.family(), all.templates()[doc]}
    };
  }

  /** {@link #note(int)} through {@code fields}, which a pass over many notes reuses. */
  private Note note(int doc, StoredFields fields) throws IOException {
    Note n = notes.get(doc);
    if (n == null) {
      n = noteOf(fields.document(doc, NOTE_FIELDS));
      notes.set(doc, n);
    }
    return n;
  }

  private static Note noteOf(Document d) {
    return new Note(d.get(ID), Label.fromId(d.get(LABEL)), d.get(TEXT), d.get(FAMILY));
  }

  /**
   * The term vector of every note, indexed by doc, derived on first use from the postings of both
   * fields in one pass: each term's postings give the notes that have it and how often. This is the
   * vector {@link #unitVector} makes of the note's masked text (the index analyzed that text with
   * the same analyzers, so every feature is indexed and none is unseen), without analyzing 2,700
   * notes again: that took about half a second of CPU in every batch.
   */
  private SparseVector[] vectors() {
    return derived().vectors;
  }

  /**
   * What the postings and norms give, read once: every note's term vector, and the search over the
   * postings. Immutable.
   */
  private record Derived(SparseVector[] vectors, Bm25Postings postings) {}

  /**
   * The word pairs' ids by their halves, built on the {@value #PAIRS_AFTER}th query (about 50 ms of
   * CPU, mostly interpreted, which a one-note check would spend for nothing); until then the query
   * vector is made by looking its terms up by their strings, which gives the same vector.
   */
  private final AfterUses<WordPairs> pairs = new AfterUses<>(PAIRS_AFTER, this::wordPairs);

  /** Queries made before the word-pair table is built. */
  static final int PAIRS_AFTER = 64;

  private WordPairs wordPairs() {
    return WordPairs.of(termById, 0, phraseCount, 2, ' ');
  }

  private Derived derived() {
    Derived v = derived;
    if (v == null) {
      try {
        v = readPostings();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      derived = v; // racing threads read equal values
    }
    return v;
  }

  private Derived readPostings() throws IOException {
    int[][] postingDocs = new int[termById.length][];
    int[][] postingFreqs = new int[termById.length][];
    long[][] norms = new long[2][count]; // per field: stems, word pairs
    int[][] ids = new int[count][];
    int[][] tfs = new int[count][];
    int[] sizes = new int[count];
    for (int d = 0; d < count; d++) {
      ids[d] = new int[16];
      tfs[d] = new int[16];
    }
    // word pairs first, as termsInOrder walks them: when the ids follow that walk, the nth term met
    // has id n, with no lookup, and each note's ids come in ascending order (which its insertion
    // sort then passes through once); the postings and vectors are the same either way
    int walked = 0;
    for (String field : new String[] {NoteTerms.PHRASE_FIELD, NoteTerms.STEM_FIELD}) {
      TermTable fieldIds = field.equals(NoteTerms.STEM_FIELD) ? stemTable : phraseTable;
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        BytesRef term;
        while ((term = te.next()) != null) {
          int id = termsEnumerated ? walked++ : fieldIds.id(term.utf8ToString());
          pe = te.postings(pe, PostingsEnum.FREQS);
          int[] docs = new int[te.docFreq()];
          int[] freqs = new int[docs.length];
          int p = 0;
          for (int doc = pe.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = pe.nextDoc()) {
            int d = leaf.docBase + doc;
            docs[p] = d;
            freqs[p++] = pe.freq();
            int at = sizes[d]++;
            if (at == ids[d].length) {
              ids[d] = java.util.Arrays.copyOf(ids[d], at * 2);
              tfs[d] = java.util.Arrays.copyOf(tfs[d], at * 2);
            }
            ids[d][at] = id;
            tfs[d][at] = freqs[p - 1];
          }
          postingDocs[id] = append(postingDocs[id], docs, p);
          postingFreqs[id] = append(postingFreqs[id], freqs, p);
        }
        // as LeafSimScorer reads them: a doc without a norm value counts as 1
        NumericDocValues nv = leaf.reader().getNormValues(field);
        long[] fieldNorms = norms[field.equals(NoteTerms.STEM_FIELD) ? 0 : 1];
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          fieldNorms[leaf.docBase + doc] = nv != null && nv.advanceExact(doc) ? nv.longValue() : 1L;
        }
      }
    }
    SparseVector[] out = new SparseVector[count];
    for (int d = 0; d < count; d++) {
      out[d] = vectorOf(ids[d], tfs[d], sizes[d], 0);
    }
    return new Derived(
        out, new Bm25Postings(searcher, termById, isStem, postingDocs, postingFreqs, norms));
  }

  /** {@code a} followed by the first {@code n} of {@code b} ({@code b} cut to n when a is null). */
  private static int[] append(int[] a, int[] b, int n) {
    if (a == null) {
      return n == b.length ? b : java.util.Arrays.copyOf(b, n);
    }
    int[] out = java.util.Arrays.copyOf(a, a.length + n);
    System.arraycopy(b, 0, out, a.length, n);
    return out;
  }

  /**
   * The unit vector of {@code size} distinct term ids (in any order) with their counts, and {@code
   * unseen} distinct features no note has; the arrays are reordered in place.
   */
  private SparseVector vectorOf(int[] ids, int[] tf, int size, int unseen) {
    // insertion sort by id, carrying the counts: a note has a few dozen terms
    for (int i = 1; i < size; i++) {
      int id = ids[i];
      int t = tf[i];
      int j = i - 1;
      while (j >= 0 && ids[j] > id) {
        ids[j + 1] = ids[j];
        tf[j + 1] = tf[j];
        j--;
      }
      ids[j + 1] = id;
      tf[j + 1] = t;
    }
    double norm = unseen == 0 ? 0 : unseen * unseenIdf * unseenIdf;
    for (int i = 0; i < size; i++) {
      norm += idfById[ids[i]] * idfById[ids[i]];
    }
    double len = Math.sqrt(norm);
    double[] weights = new double[size];
    for (int i = 0; i < size; i++) {
      weights[i] = idfById[ids[i]] / len;
    }
    return new SparseVector(
        java.util.Arrays.copyOf(ids, size), weights, java.util.Arrays.copyOf(tf, size), len);
  }

  /** The term vector of note {@code doc}. */
  private SparseVector vector(int doc) {
    return vectors()[doc];
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
    if (terms.isEmpty() || count == 0) {
      return List.of();
    }
    SparseVector query = unitVector(terms);
    int[] queryTerms = queryTerms(query);
    if (queryTerms.length == 0) {
      return List.of();
    }
    Top top = topDocs(queryTerms, Math.max(n + 10, 30));
    List<Hit> hits = new ArrayList<>(top.docs().length);
    DenseQuery dense = denseQuery.get();
    query.spread(dense);
    NoteIds flat = noteIds();
    if (flat != null) {
      for (int doc : top.docs()) {
        hits.add(new Hit(doc, flat.dot(doc, dense, idfById)));
      }
    } else {
      SparseVector[] all = vectors();
      for (int doc : top.docs()) {
        hits.add(new Hit(doc, all[doc].dot(dense)));
      }
    }
    query.clear(dense);
    sortMostSimilarFirst(hits);
    return hits.size() > n ? List.copyOf(hits.subList(0, n)) : List.copyOf(hits);
  }

  /** The order {@link #search} gives its hits: most similar first, ties by id. */
  private Comparator<Hit> mostSimilarFirst() {
    return Comparator.comparingDouble(Hit::similarity).reversed().thenComparing(h -> id(h.doc()));
  }

  /**
   * Sorts the hits as {@code hits.sort(mostSimilarFirst())} does, by a stable insertion sort (a
   * search has 30 to 40 hits): the same order, since both sorts are stable, without the
   * comparator's chain of calls per comparison, each a call under the client compiler. The id is
   * read only for equal similarities, as the comparator reads it.
   */
  void sortMostSimilarFirst(List<Hit> hits) {
    Hit[] a = hits.toArray(new Hit[0]);
    for (int i = 1; i < a.length; i++) {
      Hit h = a[i];
      int j = i - 1;
      while (j >= 0 && after(a[j], h)) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = h;
    }
    for (int i = 0; i < a.length; i++) {
      hits.set(i, a[i]);
    }
  }

  /** Whether {@code a} goes after {@code b}: {@code mostSimilarFirst().compare(a, b) > 0}. */
  private boolean after(Hit a, Hit b) {
    int bySimilarity = Double.compare(b.similarity(), a.similarity());
    return bySimilarity != 0 ? bySimilarity > 0 : id(a.doc()).compareTo(id(b.doc())) > 0;
  }

  /** {@link #search}'s sort as it was written first, for tests comparing. */
  void sortByComparator(List<Hit> hits) {
    hits.sort(mostSimilarFirst());
  }

  /**
   * The ids of the query's terms: the {@value #STEM_TERMS} stems and then the {@value
   * #PHRASE_TERMS} word pairs with the highest tf·idf in the query (ties by term).
   */
  private int[] queryTerms(SparseVector query) {
    int[] stems = topCoordinates(query.ids, query.tf, idfById, isStem, true, STEM_TERMS);
    int[] phrases = topCoordinates(query.ids, query.tf, idfById, isStem, false, PHRASE_TERMS);
    int[] out = new int[stems.length + phrases.length];
    for (int i = 0; i < stems.length; i++) {
      out[i] = query.ids[stems[i]];
    }
    for (int i = 0; i < phrases.length; i++) {
      out[stems.length + i] = query.ids[phrases[i]];
    }
    return out;
  }

  /** The term ids {@link #search} would query for a masked note's terms. */
  int[] queryTerms(NoteTerms.Both terms) {
    return queryTerms(unitVector(terms));
  }

  /** The best documents of a search, best first, and their BM25 scores. */
  record Top(int[] docs, float[] scores) {}

  /** The {@code numHits} best notes for a disjunction of the terms (see {@link Bm25Postings}). */
  Top topDocs(int[] termIds, int numHits) {
    return derived().postings().topDocs(termIds, numHits);
  }

  /** What Lucene's own search finds for the same disjunction, for tests. */
  Top luceneTopDocs(int[] termIds, int numHits) throws IOException {
    return derived().postings().luceneTopDocs(termIds, numHits);
  }

  /** The BM25 search over the postings held in memory, for tests. */
  Bm25Postings bm25() {
    return derived().postings();
  }

  /** The number of indexed terms (stems and word pairs); ids run from 0. */
  int terms() {
    return termById.length;
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
    return LABELS[(noteCode(doc) & ~IN_FAMILY) - 1];
  }

  /** Whether a note belongs to a template family: {@code family(doc) != null}. */
  boolean inFamily(int doc) {
    return (noteCode(doc) & IN_FAMILY) != 0;
  }

  private static final Label[] LABELS = Label.values();
  private static final int IN_FAMILY = 0x40;

  /**
   * Note {@code doc}'s label and whether it has a family, as {@link #noteCodes} keeps them: the
   * neighbour vote and the template check ask them of every candidate, and through the note ({@link
   * #note}: a volatile array read, the note, its label) each was a few dependent reads, likely
   * cache misses in a batch, where a note's byte sits in an array of 2.7 KB. The byte is a function
   * of the note, so racing threads write the same value; 0 means not known yet.
   */
  private int noteCode(int doc) {
    int code = noteCodes[doc];
    if (code == 0) {
      Note n = note(doc);
      code = n.label().ordinal() + 1 + (n.family() != null ? IN_FAMILY : 0);
      noteCodes[doc] = (byte) code;
    }
    return code;
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
      for (Note n : stored.now().notes()) {
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
    Set<String> s = shingles.get(doc);
    if (s == null) {
      String template = template(doc);
      s =
          java.util.Collections.unmodifiableSet(
              TextMasker.shingles(template.isEmpty() ? List.of() : List.of(template.split(" "))));
      shingles.set(doc, s);
    }
    return s;
  }

  /** Note {@code doc}'s stored template tokens, joined by spaces. */
  private String template(int doc) {
    Stored all = stored.get();
    if (all != null) {
      return all.templates()[doc];
    }
    try {
      return reader.storedFields().document(doc, TEMPLATE_FIELD).get(TEMPLATE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every note's masked 3-shingles as {@link TemplateShingles} keys, read from the stored template
   * tokens in one pass on first use: the template check compares a note with up to twenty notes,
   * and hash sets of shingle strings cost it most of its time.
   */
  TemplateShingles templateShingles() {
    return shingleKeys.now();
  }

  /**
   * {@link #templateShingles}, or null for the first {@value #SHINGLES_AFTER} calls: reading every
   * note costs some 40 ms, which a one-note check does not recover; until then the template check
   * compares the few candidates by their string sets, with the same result.
   */
  TemplateShingles templateShinglesOnceWarm() {
    return shingleKeys.get();
  }

  static final int SHINGLES_AFTER = 64;

  /** Read once, on the {@value #SHINGLES_AFTER}th template check or when a test asks. */
  private final AfterUses<TemplateShingles> shingleKeys =
      new AfterUses<>(SHINGLES_AFTER, this::readTemplateShingles);

  private TemplateShingles readTemplateShingles() {
    List<List<String>> tokens = new ArrayList<>(count);
    for (String template : stored.now().templates()) {
      tokens.add(template.isEmpty() ? List.of() : List.of(template.split(" ")));
    }
    return TemplateShingles.of(tokens);
  }

  /**
   * A reader of a segment's stored fields for reading every note in order: the codec's merge
   * instance, which decompresses each block of notes once instead of once per note, when the
   * segment has one.
   */
  private static StoredFields sequentialStoredFields(LeafReaderContext leaf) throws IOException {
    if (leaf.reader() instanceof CodecReader codec) {
      return codec.getFieldsReader().getMergeInstance();
    }
    return leaf.reader().storedFields();
  }

  /** True when the stemmed term occurs in the note (for highlighting what matched). */
  public boolean hasStem(int doc, String stem) {
    int id = stemTable.id(stem);
    return id >= 0 && vector(doc).has(id);
  }

  /** The inverse document frequency of a stemmed term (high for rare terms). */
  public double stemIdf(String stem) {
    int id = stemTable.id(stem);
    return id >= 0 ? idfById[id] : unseenIdf;
  }

  /**
   * The id of a stem ({@code stems}) or word pair by the flat table and by a binary search of the
   * sorted "s:"/"p:" terms, for tests: {@code {table, search}}, -1 when absent.
   */
  int[] idBothWays(String term, boolean stems) {
    return new int[] {
      (stems ? stemTable : phraseTable).id(term), termId((stems ? "s:" : "p:") + term)
    };
  }

  /** Whether the term ids follow the term dictionaries' order ({@link SortedTerms#enumerated}). */
  boolean termsEnumerated() {
    return termsEnumerated;
  }

  /** Every indexed term, written "s:" + stem or "p:" + word pair, by id, for tests. */
  String term(int id) {
    return termById[id];
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

  /**
   * The indices of the at most {@code max} coordinates of one field ({@code isStem[id] == stems})
   * with the highest {@code tf · idf}, best first, ties by lower id.
   *
   * @param ids term ids, ascending
   * @param tf their counts
   */
  static int[] topCoordinates(
      int[] ids, int[] tf, double[] idfById, boolean[] isStem, boolean stems, int max) {
    BestFirst best = new BestFirst(max);
    for (int i = 0; i < ids.length; i++) {
      if (isStem[ids[i]] == stems) {
        best.offer(i, tf[i] * idfById[ids[i]]);
      }
    }
    return best.items();
  }

  /**
   * Writes the ids of the {@code terms} the index knows into {@code raw} from {@code m} on, adds
   * the others to {@code unseen}, and returns where the ids end.
   */
  private static int knownIds(
      List<String> terms, TermTable ids, int[] raw, int m, Set<String> unseen) {
    for (String t : terms) {
      int id = ids.id(t);
      if (id >= 0) {
        raw[m++] = id;
      } else {
        unseen.add(t);
      }
    }
    return m;
  }

  /**
   * The idf-weighted binary vector of a masked note's terms, scaled to length 1. Terms no note has
   * count in the length but get no coordinate (they can match nothing).
   */
  private SparseVector unitVector(NoteTerms.Both terms) {
    if (terms.words() != null) {
      SparseVector byIds = unitVectorByWords(terms);
      if (byIds != null) {
        return byIds;
      }
    }
    return unitVectorByStrings(terms);
  }

  /** {@link #unitVector} by looking each stem and word pair up by its string, for tests. */
  private SparseVector unitVectorByStrings(NoteTerms.Both terms) {
    int total = terms.stems().size() + terms.phrases().size();
    int[] raw = new int[total];
    java.util.Set<String> unseenStems = new java.util.HashSet<>();
    java.util.Set<String> unseenPhrases = new java.util.HashSet<>();
    int m = knownIds(terms.stems(), stemTable, raw, 0, unseenStems);
    m = knownIds(terms.phrases(), phraseTable, raw, m, unseenPhrases);
    return vectorOfRaw(raw, m, unseenStems.size() + unseenPhrases.size());
  }

  /**
   * The unit vector of the first {@code m} term ids in {@code raw} (sorted in place), each id as
   * often as it occurs, and {@code unseen} distinct features no note has.
   */
  private SparseVector vectorOfRaw(int[] raw, int m, int unseen) {
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
    return vectorOf(ids, tf, distinct, unseen);
  }

  /**
   * {@link #unitVector} of terms that came with their words (two or more), from the ids each word
   * keeps for this index ({@link NoteTerms.Word#inIndex}: its stem's id and its word id among the
   * halves of word pairs, looked up once per word), the word pairs' ids by {@link WordPairs}; null
   * when a word has a space (its pairs would not split back at one space). The same ids, so the
   * same vector: a stem's id is what {@link #stemTable} gives its string, a pair's what {@link
   * #phraseTable} gives {@code first + " " + second} (see {@link WordPairs}); the terms not found
   * are counted by their strings, as {@link #unitVectorByStrings} counts them. Null too while the
   * word-pair table is not built ({@link #pairs}).
   */
  private SparseVector unitVectorByWords(NoteTerms.Both terms) {
    WordPairs pairs = this.pairs.get();
    if (pairs == null) {
      return null;
    }
    List<NoteTerms.Word> words = terms.words();
    int n = words.size();
    int[] raw = new int[terms.stems().size() + n - 1];
    int[] wordIds = new int[n];
    int m = 0;
    Set<String> unseenStems = null;
    for (int i = 0; i < n; i++) {
      NoteTerms.Word w = words.get(i);
      if (!w.plain) {
        return null;
      }
      NoteTerms.Ids ids = idsOf(w, pairs);
      if (w.stem != null) {
        if (ids.term() >= 0) {
          raw[m++] = ids.term();
        } else {
          if (unseenStems == null) {
            unseenStems = new java.util.HashSet<>();
          }
          unseenStems.add(w.stem);
        }
      }
      wordIds[i] = ids.word();
    }
    Set<String> unseenPhrases = null;
    for (int i = 0; i + 1 < n; i++) {
      int id = pairs.id(wordIds[i], wordIds[i + 1]);
      if (id >= 0) {
        raw[m++] = id;
      } else {
        if (unseenPhrases == null) {
          unseenPhrases = new java.util.HashSet<>();
        }
        unseenPhrases.add(terms.pair(i));
      }
    }
    int unseen =
        (unseenStems == null ? 0 : unseenStems.size())
            + (unseenPhrases == null ? 0 : unseenPhrases.size());
    return vectorOfRaw(raw, m, unseen);
  }

  /** The ids {@code w} keeps for this index, looked up and kept on first use. */
  private NoteTerms.Ids idsOf(NoteTerms.Word w, WordPairs pairs) {
    NoteTerms.Ids ids = w.inIndex;
    if (ids == null || ids.owner() != this) {
      ids =
          new NoteTerms.Ids(
              this, w.stem == null ? -1 : stemTable.id(w.stem), pairs.word(w.lowered));
      w.inIndex = ids;
    }
    return ids;
  }

  /** The id of the word's stem, -1 when no note has it or the word has none. */
  int stemId(NoteTerms.Word w) {
    WordPairs built = pairs.get();
    if (built == null) {
      return w.stem == null ? -1 : stemTable.id(w.stem);
    }
    return idsOf(w, built).term();
  }

  /** {@link #hasStem(int, String)} of the stem with id {@code stemId} ({@link #stemId}). */
  boolean hasStem(int doc, int stemId) {
    return stemId >= 0 && vector(doc).has(stemId);
  }

  /** {@link #stemIdf(String)} of the stem with id {@code stemId} ({@link #stemId}). */
  double stemIdf(int stemId) {
    return stemId >= 0 ? idfById[stemId] : unseenIdf;
  }

  /**
   * Note {@code doc}'s vector made the slow way, by analyzing its stored masked text again, for
   * tests comparing it with the one derived from the postings.
   */
  double[] analyzedVector(int doc) throws IOException {
    String masked = reader.storedFields().document(doc, Set.of(MASKED)).get(MASKED);
    return unitVector(NoteTerms.both(masked)).flat();
  }

  /**
   * The similarity of a masked note to every note, by the sparse merge (first array), by the dense
   * query array alone (second), by the dense query with its bit set (third) and by the notes' ids
   * held as chars with the dense query, as {@link #search} computes it ({@link NoteIds}; fourth,
   * the third again when the index has too many terms for it), for tests comparing them.
   */
  double[][] similaritiesBothWays(NoteTerms.Both terms) {
    SparseVector query = unitVector(terms);
    double[] dense = new double[termById.length];
    DenseQuery withBits = new DenseQuery(termById.length);
    query.spread(dense);
    query.spread(withBits);
    NoteIds flat = noteIds();
    double[][] out = new double[4][count];
    for (int d = 0; d < count; d++) {
      out[0][d] = query.dot(vector(d));
      out[1][d] = vector(d).dot(dense);
      out[2][d] = vector(d).dot(withBits);
      out[3][d] = flat == null ? out[2][d] : flat.dot(d, withBits, idfById);
    }
    query.clear(withBits);
    for (int id = 0; id < termById.length; id++) {
      if (withBits.weights[id] != 0 || withBits.present[id >>> 6] != 0) {
        throw new IllegalStateException("dense query not cleared at " + id);
      }
    }
    return out;
  }

  /**
   * One thread's query vector spread over every term id, and a bit per term id telling which ones
   * it has: the bits (a few kilobytes) stay in the nearest cache, so a note's coordinates the query
   * lacks, most of them, cost no read of the weights (hundreds of kilobytes). Left cleared.
   */
  private static final class DenseQuery {
    final double[] weights;
    final long[] present;

    DenseQuery(int terms) {
      weights = new double[terms];
      present = new long[(terms + 63) >>> 6];
    }
  }

  /**
   * Every note's term ids as {@code char}s one after another, and each note's vector length, for
   * the similarities of a search ({@link NoteIds#dot}); made from {@link #vectors} on first use,
   * null when the index has more terms than a {@code char} numbers.
   */
  private NoteIds noteIds() {
    NoteIds flat = noteIds;
    if (flat == null && termById.length <= NoteIds.MAX_TERMS) {
      flat = NoteIds.of(vectors());
      noteIds = flat; // racing threads make equal ones
    }
    return flat;
  }

  private volatile NoteIds noteIds;

  /**
   * The notes' term vectors as a search reads them: all ids in one {@code char} array, note after
   * note, and each note's length. A search takes some 28 candidates' similarities, each a walk over
   * the note's some 46 ids, of which about 7 are in the query; a {@link SparseVector} per note
   * spread those walks over an object, its ids (4 bytes each) and its weights (8 bytes, read at the
   * matches, scattered over the array): cache misses, not arithmetic, were most of {@link
   * SparseVector#dot(DenseQuery)}'s time. Here a note's ids are 2 bytes each in one run of a shared
   * array, and a matched weight is computed instead of read: {@code idf[id] / length} is the very
   * division {@link #vectorOf} stored it from, so the same double, and the query's idfs were just
   * read to make its vector. Immutable.
   */
  private static final class NoteIds {
    static final int MAX_TERMS = Character.MAX_VALUE + 1;

    private final char[] ids; // every note's ids, ascending within a note
    private final int[] starts; // note d's ids are ids[starts[d], starts[d + 1])
    private final double[] lengths; // per note: its vector's length

    private NoteIds(char[] ids, int[] starts, double[] lengths) {
      this.ids = ids;
      this.starts = starts;
      this.lengths = lengths;
    }

    static NoteIds of(SparseVector[] vectors) {
      int total = 0;
      for (SparseVector v : vectors) {
        total += v.ids.length;
      }
      char[] ids = new char[total];
      int[] starts = new int[vectors.length + 1];
      double[] lengths = new double[vectors.length];
      int at = 0;
      for (int d = 0; d < vectors.length; d++) {
        starts[d] = at;
        for (int id : vectors[d].ids) {
          ids[at++] = (char) id;
        }
        lengths[d] = vectors[d].length;
      }
      starts[vectors.length] = at;
      return new NoteIds(ids, starts, lengths);
    }

    /**
     * {@code vectors[doc].dot(dense)}: the same products (the query's weight times {@code idf[id] /
     * length}, the note's weight), added in the same order, ascending id, so the same double.
     */
    double dot(int doc, DenseQuery dense, double[] idf) {
      // every array in a local: the client compiler would load the fields again on every turn
      char[] own = ids;
      double length = lengths[doc];
      double[] w = dense.weights;
      long[] present = dense.present;
      double sum = 0;
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        int id = own[i];
        if ((present[id >>> 6] & (1L << id)) != 0) {
          sum += w[id] * (idf[id] / length);
        }
      }
      return Math.max(0, Math.min(1, sum));
    }
  }

  /** A masked note's query vector, flattened as {@link SparseVector#flat}, for tests. */
  double[] queryVector(NoteTerms.Both terms) {
    return unitVector(terms).flat();
  }

  /** {@link #queryVector} by looking every term up by its string, for tests. */
  double[] queryVectorByStrings(NoteTerms.Both terms) {
    return unitVectorByStrings(terms).flat();
  }

  /** The id of a feature written "s:" + stem or "p:" + word pair, or -1 when no note has it. */
  int termId(String feature) {
    int at = java.util.Arrays.binarySearch(termById, feature);
    return at >= 0 ? at : -1;
  }

  /** The idf of term {@code id}. */
  double idfOf(int id) {
    return idfById[id];
  }

  /** Note {@code doc}'s vector as used by searches, flattened as {@link SparseVector#flat}. */
  double[] vectorOfDoc(int doc) {
    return vector(doc).flat();
  }

  /** A sparse vector with coordinates sorted by term id, and the term counts. Immutable. */
  private static final class SparseVector {
    private final int[] ids;
    private final double[] weights;
    private final int[] tf;
    private final double length; // what each idf was divided by: weights[i] = idf / length

    SparseVector(int[] ids, double[] weights, int[] tf, double length) {
      this.ids = ids;
      this.weights = weights;
      this.tf = tf;
      this.length = length;
    }

    /** The ids, weights and counts in one array, ids and counts as doubles, for tests. */
    double[] flat() {
      double[] out = new double[ids.length * 3];
      for (int i = 0; i < ids.length; i++) {
        out[3 * i] = ids[i];
        out[3 * i + 1] = weights[i];
        out[3 * i + 2] = tf[i];
      }
      return out;
    }

    /** Writes the weights into {@code dense} at their ids. */
    void spread(double[] dense) {
      for (int i = 0; i < ids.length; i++) {
        dense[ids[i]] = weights[i];
      }
    }

    /** Writes the weights into {@code dense} at their ids and sets their bits. */
    void spread(DenseQuery dense) {
      for (int i = 0; i < ids.length; i++) {
        dense.weights[ids[i]] = weights[i];
        dense.present[ids[i] >>> 6] |= 1L << ids[i];
      }
    }

    /** Sets {@code dense} back to 0 at the ids, bits included. */
    void clear(DenseQuery dense) {
      for (int id : ids) {
        dense.weights[id] = 0;
        dense.present[id >>> 6] = 0;
      }
    }

    /**
     * {@link #dot(double[])} reading the weight only at the ids whose bit is set: the others would
     * add +0.0 to a sum that starts at +0.0 and adds only products of positive weights, which
     * changes nothing, so the same double.
     */
    double dot(DenseQuery dense) {
      // every array in a local: the client compiler would load the fields again on every turn
      int[] own = ids;
      double[] ownWeights = weights;
      double[] w = dense.weights;
      long[] present = dense.present;
      double sum = 0;
      for (int i = 0, n = own.length; i < n; i++) {
        int id = own[i];
        if ((present[id >>> 6] & (1L << id)) != 0) {
          sum += w[id] * ownWeights[i];
        }
      }
      return Math.max(0, Math.min(1, sum));
    }

    /**
     * {@link #dot(SparseVector)} with a vector {@link #spread} into a dense array: the same
     * products added in the same order (ascending id; the coordinates the other lacks add +0.0,
     * which changes no sum), so the same double, without the merge's comparisons.
     */
    double dot(double[] dense) {
      double sum = 0;
      for (int i = 0; i < ids.length; i++) {
        sum += dense[ids[i]] * weights[i];
      }
      return Math.max(0, Math.min(1, sum));
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
