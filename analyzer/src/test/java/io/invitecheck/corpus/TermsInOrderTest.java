package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * {@link CorpusIndex#termsInOrder} gives the terms and document frequencies the old way gave (a map
 * of "s:"/"p:" terms to summed frequencies, its keys sorted): on the bundled index, on indexes of
 * texts whose terms are not in String order as UTF-8 (surrogate pairs against characters above
 * U+E000), and on an index of several segments that share terms.
 */
class TermsInOrderTest {
  /** The terms and frequencies as the constructor read them before. */
  private static CorpusIndex.SortedTerms oldWay(DirectoryReader reader) throws IOException {
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
    String[] terms = df.keySet().toArray(String[]::new);
    java.util.Arrays.sort(terms);
    int[] dfs = new int[terms.length];
    for (int i = 0; i < terms.length; i++) {
      dfs[i] = df.get(terms[i]);
    }
    return new CorpusIndex.SortedTerms(terms, dfs, false);
  }

  /** Asserts the same terms and frequencies; returns whether they came in the walk's order. */
  private static boolean assertSame(DirectoryReader reader) throws IOException {
    CorpusIndex.SortedTerms expected = oldWay(reader);
    CorpusIndex.SortedTerms actual = CorpusIndex.termsInOrder(reader);
    assertArrayEquals(expected.terms(), actual.terms());
    assertArrayEquals(expected.docFreqs(), actual.docFreqs());
    return actual.enumerated();
  }

  /** Every note's vector derived from the postings equals the one of its masked text analyzed. */
  private static void assertVectorsFromPostings(CorpusIndex index) throws IOException {
    for (int d = 0; d < index.size(); d++) {
      assertArrayEquals(index.analyzedVector(d), index.vectorOfDoc(d), "doc " + d);
    }
  }

  @Test
  void theBundledCorpusIndexGivesTheSameTermsAndFrequencies() throws IOException {
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      CorpusIndex.write(notes, dir, "bundled");
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(oldWay(reader).terms().length > 10_000);
        assertTrue(assertSame(reader), "one segment, common characters: in the walk's order");
      }
    }
  }

  @Test
  void textsOutOfUtf8OrderGiveTheSameTermsAndFrequencies() throws IOException {
    List<CorpusNote> notes = new ArrayList<>();
    String[] texts = {
      "hello \uD83D\uDE00 there \uFFFD friend \uFF21\uFF22 word",
      "hello \uFFFF\uFFFD there \uD83C\uDF89 party \uE000 private",
      "\uD801\uDC00 deseret \uFB01 ligature \uE123 \uD800 lone high",
      "",
      "plain English note about payment fraud and connecting",
    };
    Random random = new Random(8);
    for (int i = 0; i < 200; i++) {
      String text = i < texts.length ? texts[i] : oddText(random);
      notes.add(
          new CorpusNote(
              "n" + i,
              Label.values()[i % Label.values().length],
              text,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      CorpusIndex.write(notes, dir, "odd");
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        // the dictionary's UTF-8 order is not String order here, so the terms must be sorted
        String[] terms = oldWay(reader).terms();
        String[] byUtf8 = terms.clone();
        java.util.Arrays.sort(byUtf8, (a, b) -> new BytesRef(a).compareTo(new BytesRef(b)));
        assertTrue(!java.util.Arrays.equals(terms, byUtf8), "texts in String order");
        assertTrue(!assertSame(reader), "sorted, not walked");
      }
    }
    // the index of these notes finds each term's id by its string, and derives the same vectors
    try (CorpusIndex index = CorpusIndex.inMemory(notes, "odd")) {
      assertTrue(!index.termsEnumerated());
      assertVectorsFromPostings(index);
    }
  }

  @Test
  void severalSegmentsSharingTermsGiveTheSameTermsAndFrequencies() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setMergePolicy(NoMergePolicy.INSTANCE);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, config)) {
        String[] segments = {"add you to my network", "add me to your network please", "zebra"};
        for (String text : segments) {
          for (int copy = 0; copy < 3; copy++) {
            Document doc = new Document();
            doc.add(new TextField(NoteTerms.STEM_FIELD, text, Field.Store.NO));
            doc.add(new TextField(NoteTerms.PHRASE_FIELD, text + " " + copy, Field.Store.NO));
            w.addDocument(doc);
          }
          w.commit(); // one segment per text
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() == 3, "segments: " + reader.leaves().size());
        assertTrue(!assertSame(reader), "terms shared by segments: sorted and merged");
        CorpusIndex.SortedTerms terms = CorpusIndex.termsInOrder(reader);
        int network = java.util.Arrays.asList(terms.terms()).indexOf("s:network");
        assertTrue(network >= 0 && terms.docFreqs()[network] == 6);
      }
    }
  }

  private static String oddText(Random random) {
    StringBuilder b = new StringBuilder();
    int words = random.nextInt(12);
    for (int w = 0; w < words; w++) {
      int letters = 1 + random.nextInt(5);
      for (int l = 0; l < letters; l++) {
        int kind = random.nextInt(6);
        if (kind == 0) {
          b.appendCodePoint(0x10000 + random.nextInt(0x20000));
        } else if (kind == 1) {
          b.append((char) (0xE000 + random.nextInt(0x1FFE)));
        } else {
          b.append((char) ('a' + random.nextInt(4)));
        }
      }
      b.append(' ');
    }
    return b.toString();
  }
}
