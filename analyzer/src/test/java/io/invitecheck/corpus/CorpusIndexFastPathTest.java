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

  private static void assertSameTop(int[] terms, String what) throws IOException {
    for (int hits : new int[] {1, 30, 5_000}) {
      CorpusIndex.Top want = index.luceneTopDocs(terms, hits);
      CorpusIndex.Top got = index.topDocs(terms, hits);
      assertArrayEquals(want.docs(), got.docs(), what + " top " + hits);
      assertArrayEquals(want.scores(), got.scores(), what + " top " + hits); // bit for bit
      CorpusIndex.Top byOffers = index.bm25().topDocsByOffers(terms, hits);
      assertArrayEquals(byOffers.docs(), got.docs(), what + " top " + hits + " by offers");
      assertArrayEquals(byOffers.scores(), got.scores(), what + " top " + hits + " by offers");
    }
  }

  @Test
  void scoringInMemoryFindsTheDocsAndScoresLuceneFindsForEveryCorpusNotesQuery()
      throws IOException {
    int queries = 0;
    for (int i = 0; i < notes.size(); i += 2) {
      CorpusNote n = notes.get(i);
      int[] terms =
          index.queryTerms(NoteTerms.both(TextMasker.mask(n.text(), n.recipient(), n.sender())));
      if (terms.length > 0) {
        assertSameTop(terms, n.id());
        queries++;
      }
    }
    assertTrue(queries > 1_200, "queries: " + queries);
  }

  @Test
  void scoringInMemoryFindsWhatLuceneFindsForRandomTermsCommonOnesIncluded() throws IOException {
    java.util.Random random = new java.util.Random(7);
    // the most common terms match most notes: many equal scores, ties by doc
    int[] common =
        java.util.stream.IntStream.range(0, index.terms())
            .boxed()
            .sorted(java.util.Comparator.comparingDouble(index::idfOf))
            .limit(8)
            .mapToInt(Integer::intValue)
            .toArray();
    assertTrue(index.idfOf(common[7]) < 1.5, "common terms: idf " + index.idfOf(common[7]));
    for (int q = 0; q < 400; q++) {
      int size = 1 + random.nextInt(12);
      Set<Integer> ids = new java.util.LinkedHashSet<>();
      while (ids.size() < size) {
        ids.add(
            random.nextInt(3) == 0
                ? common[random.nextInt(common.length)]
                : random.nextInt(index.terms()));
      }
      int[] terms = ids.stream().mapToInt(Integer::intValue).toArray();
      assertSameTop(terms, Arrays.toString(terms));
    }
  }

  @Test
  void similaritiesByTheDenseQueryEqualThoseByTheSparseMerge() {
    int positive = 0;
    for (int i = 0; i < notes.size(); i += 25) {
      CorpusNote n = notes.get(i);
      double[][] both =
          index.similaritiesBothWays(
              NoteTerms.both(TextMasker.mask(n.text(), n.recipient(), n.sender())));
      assertArrayEquals(both[0], both[1], n.id()); // bit for bit
      assertArrayEquals(both[0], both[2], n.id());
      assertArrayEquals(both[0], both[3], n.id());
      positive += (int) Arrays.stream(both[1]).filter(x -> x > 0).count();
    }
    assertTrue(positive > 10_000, "similarities above 0: " + positive);
  }

  @Test
  void similaritiesByTheNotesCharIdsEqualThoseByTheSparseMergeForRandomTexts() {
    // corpus words shuffled, with words no note has, non-ASCII and UTF-16 ones among them
    List<String> words = new ArrayList<>();
    for (int i = 0; i < notes.size(); i += 7) {
      words.addAll(Arrays.asList(notes.get(i).text().split("\\s+")));
    }
    words.addAll(
        List.of("Zürich", "naïve", "café—", "\uD83D\uDE80launch", "qxzzyv", "\uD800", "北京"));
    java.util.Random random = new java.util.Random(9);
    int positive = 0;
    for (int q = 0; q < 300; q++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0, n = 1 + random.nextInt(60); w < n; w++) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      NoteTerms.Both terms = NoteTerms.both(text.toString());
      if (terms.isEmpty()) {
        continue;
      }
      double[][] both = index.similaritiesBothWays(terms);
      assertArrayEquals(both[0], both[3], text.toString()); // bit for bit
      positive += (int) Arrays.stream(both[3]).filter(x -> x > 0).count();
    }
    assertTrue(positive > 50_000, "similarities above 0: " + positive);
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

  @Test
  void everyTermsScorerFromThePostingsScoresAsTheOneFromTheTermDictionary() throws IOException {
    Bm25Postings bm25 = index.bm25();
    int compared = 0;
    for (int id = 0; id < index.terms(); id++) {
      org.apache.lucene.search.similarities.Similarity.SimScorer want = bm25.luceneSimScorer(id);
      org.apache.lucene.search.similarities.Similarity.SimScorer got = bm25.simScorerOf(id);
      // every encoded norm for some terms, a spread of them for the others
      int step = id % 97 == 0 ? 1 : 37;
      for (int norm = 1; norm < 256; norm += step) {
        for (float freq : new float[] {1, 2, 3, 9}) {
          assertEquals(
              Float.floatToIntBits(want.score(freq, norm)),
              Float.floatToIntBits(got.score(freq, norm)),
              "term " + id + " freq " + freq + " norm " + norm);
          compared++;
        }
      }
    }
    assertTrue(index.terms() > 10_000, "terms: " + index.terms());
    assertTrue(compared > 20 * index.terms(), "compared: " + compared);
  }

  @Test
  void hitsSortAsTheComparatorSortsThem() {
    java.util.Random random = new java.util.Random(8);
    double[] similarities = {0.0, 0.125, 0.25, 0.5, 1.0, Double.NaN};
    int ties = 0;
    for (int round = 0; round < 3_000; round++) {
      List<CorpusIndex.Hit> hits = new ArrayList<>();
      for (int k = random.nextInt(45); k > 0; k--) {
        double similarity =
            random.nextInt(3) == 0
                ? similarities[random.nextInt(round % 10 == 0 ? 6 : 5)]
                : random.nextDouble();
        hits.add(new CorpusIndex.Hit(random.nextInt(index.size()), similarity));
      }
      List<CorpusIndex.Hit> expected = new ArrayList<>(hits);
      index.sortByComparator(expected);
      index.sortMostSimilarFirst(hits);
      assertEquals(expected, hits);
      for (int k = 1; k < hits.size(); k++) {
        ties += hits.get(k).similarity() == hits.get(k - 1).similarity() ? 1 : 0;
      }
    }
    assertTrue(ties > 1_000, "ties " + ties);
  }

  @Test
  void searchesGiveHitsMostSimilarFirstTiesById() {
    int searched = 0;
    for (CorpusNote n : notes.subList(0, 300)) {
      List<CorpusIndex.Hit> hits = index.search(n.text(), 40);
      List<CorpusIndex.Hit> sorted = new ArrayList<>(hits);
      index.sortByComparator(sorted);
      assertEquals(sorted, hits, n.id());
      searched += hits.isEmpty() ? 0 : 1;
    }
    assertTrue(searched > 250, "searched " + searched);
  }
}
