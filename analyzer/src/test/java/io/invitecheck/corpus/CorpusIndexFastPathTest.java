package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Profile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled index's fast paths give what the slow ones gave: note vectors from the postings equal
 * the vectors of the notes' masked text analyzed again, query vectors looked up per field equal the
 * ones looked up by "s:"/"p:" feature strings, and collecting top docs on the calling thread finds
 * the documents {@code IndexSearcher.search(Query, int)} finds.
 */
class CorpusIndexFastPathTest {
  private static CorpusIndex index;
  private static List<CorpusNote> notes;

  @BeforeAll
  static void open() {
    index = DefaultCorpus.bundledIndex();
    notes = DefaultCorpus.bundledNotes();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void everyNoteVectorFromThePostingsEqualsTheAnalyzedOne() throws IOException {
    assertEquals(notes.size(), index.size());
    int coordinates = 0;
    for (int d = 0; d < index.size(); d++) {
      double[] slow = index.analyzedVector(d);
      double[] fast = index.vectorOfDoc(d);
      assertArrayEquals(slow, fast, "doc " + d + " " + index.id(d)); // bit for bit: delta 0
      coordinates += fast.length / 3;
    }
    assertTrue(coordinates > 20 * index.size(), "vectors look empty: " + coordinates);
  }

  /** The query vector as built before: "s:"/"p:" feature strings, one set of unseen features. */
  private static double[] byFeatureStrings(NoteTerms.Both terms) {
    List<String> features = new ArrayList<>();
    terms.stems().forEach(s -> features.add("s:" + s));
    terms.phrases().forEach(p -> features.add("p:" + p));
    int[] raw = new int[features.size()];
    int m = 0;
    Set<String> unseen = new HashSet<>();
    for (String f : features) {
      int id = index.termId(f);
      if (id >= 0) {
        raw[m++] = id;
      } else {
        unseen.add(f);
      }
    }
    Arrays.sort(raw, 0, m);
    List<int[]> coords = new ArrayList<>(); // id, tf
    for (int i = 0; i < m; i++) {
      if (!coords.isEmpty() && coords.get(coords.size() - 1)[0] == raw[i]) {
        coords.get(coords.size() - 1)[1]++;
      } else {
        coords.add(new int[] {raw[i], 1});
      }
    }
    double unseenIdf = index.stemIdf("qqxyzzyunseen");
    double norm = unseen.isEmpty() ? 0 : unseen.size() * unseenIdf * unseenIdf;
    for (int[] c : coords) {
      norm += index.idfOf(c[0]) * index.idfOf(c[0]);
    }
    double len = Math.sqrt(norm);
    double[] out = new double[coords.size() * 3];
    for (int i = 0; i < coords.size(); i++) {
      out[3 * i] = coords.get(i)[0];
      out[3 * i + 1] = index.idfOf(coords.get(i)[0]) / len;
      out[3 * i + 2] = coords.get(i)[1];
    }
    return out;
  }

  private static final String[] NEW_NOTES = {
    "Hi Priya, loved your zxqwv talk on Kafka at Current! Would be great to connect.",
    "Hey Marcus, we help SaaS teams cut churn 30% with our AI platform. Open to a quick demo?"
        + " Book here: calendly.com/growthpro",
    "Congrats on the new role at Northwind, Tomasz. Quantumflux hyperlattice aside, I'd like to"
        + " add you to my network.",
    "I'd like to add you to my network.",
    "Please endorse me for Java, I will endorse you back!!",
    "Salut Élodie, j'ai vu votre présentation sur la cryptographie post-quantique 🚀",
  };

  @Test
  void queryVectorsByFieldEqualThoseByFeatureStringsIncludingUnseenTerms() {
    int withUnseen = 0;
    List<String> masked = new ArrayList<>();
    for (String n : NEW_NOTES) {
      masked.add(
          TextMasker.mask(
              n,
              new Profile(
                  "Priya Raman", null, "Northwind", null, null, null, null, null, null, null),
              Profile.EMPTY));
    }
    for (int i = 0; i < notes.size(); i += 7) {
      CorpusNote n = notes.get(i);
      masked.add(TextMasker.mask(n.text(), n.recipient(), n.sender()));
    }
    for (String m : masked) {
      NoteTerms.Both terms = NoteTerms.both(m);
      double[] want = byFeatureStrings(terms);
      assertArrayEquals(want, index.queryVector(terms), m);
      boolean unseen =
          terms.stems().stream().anyMatch(s -> index.termId("s:" + s) < 0)
              || terms.phrases().stream().anyMatch(p -> index.termId("p:" + p) < 0);
      withUnseen += unseen ? 1 : 0;
    }
    assertTrue(withUnseen >= 3, "too few queries with unseen terms: " + withUnseen);
  }

  private static int[] docs(TopDocs top) {
    return Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
  }

  private static float[] scores(TopDocs top) {
    float[] out = new float[top.scoreDocs.length];
    int i = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      out[i++] = sd.score;
    }
    return out;
  }

  @Test
  void collectingOnTheCallingThreadFindsWhatIndexSearcherFinds() throws IOException {
    int queries = 0;
    for (int i = 0; i < notes.size(); i += 3) {
      CorpusNote n = notes.get(i);
      NoteTerms.Both terms = NoteTerms.both(TextMasker.mask(n.text(), n.recipient(), n.sender()));
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      terms.stems().stream()
          .distinct()
          .limit(8)
          .forEach(
              s ->
                  q.add(
                      new TermQuery(new Term(NoteTerms.STEM_FIELD, s)),
                      BooleanClause.Occur.SHOULD));
      terms.phrases().stream()
          .distinct()
          .limit(4)
          .forEach(
              p ->
                  q.add(
                      new TermQuery(new Term(NoteTerms.PHRASE_FIELD, p)),
                      BooleanClause.Occur.SHOULD));
      BooleanQuery query = q.build();
      for (int hits : new int[] {1, 30, 5_000}) {
        TopDocs want = index.luceneTopDocs(query, hits);
        TopDocs got = index.topDocs(query, hits);
        assertArrayEquals(docs(want), docs(got), n.id() + " top " + hits);
        assertArrayEquals(scores(want), scores(got), n.id() + " top " + hits);
      }
      queries++;
    }
    assertTrue(queries > 800);
  }

  @Test
  void searchesOfCorpusNotesFindAnIdenticalMaskedNoteFirst() {
    for (int i = 0; i < notes.size(); i += 50) {
      CorpusNote n = notes.get(i);
      List<CorpusIndex.Hit> hits =
          index.search(TextMasker.mask(n.text(), n.recipient(), n.sender()), 5);
      assertEquals(1.0, hits.get(0).similarity(), 1e-9, n.id());
    }
  }
}
