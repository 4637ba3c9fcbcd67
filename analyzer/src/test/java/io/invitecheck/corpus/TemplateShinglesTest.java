package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.report.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template check's shingle keys give what hash sets of shingle strings gave: the same sizes,
 * the same Jaccard similarities bit for bit, and the same {@code mass_template} reasons for every
 * corpus note and thousands of edited copies of them.
 */
class TemplateShinglesTest {
  private static CorpusIndex index;
  private static List<CorpusNote> notes;
  private static LabeledCorpusScorer scorer;

  @BeforeAll
  static void open() {
    index = DefaultCorpus.bundledIndex();
    notes = DefaultCorpus.bundledNotes();
    scorer = new LabeledCorpusScorer(index, DefaultCorpus.bundledModel(), 5);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static String masked(CorpusNote n) {
    return TextMasker.mask(n.text(), n.recipient(), n.sender());
  }

  @Test
  void everyNotesKeysCountItsShingles() {
    TemplateShingles t = index.templateShingles();
    for (int d = 0; d < index.size(); d++) {
      assertEquals(index.shingles(d).size(), t.of(d).length, index.id(d));
    }
  }

  @Test
  void notesReadWithTheTemplatesEqualNotesReadOneByOne() {
    try (CorpusIndex sequential = DefaultCorpus.bundledIndex();
        CorpusIndex oneByOne = DefaultCorpus.bundledIndex()) {
      sequential.templateShingles(); // reads every note with its template first
      int families = 0;
      for (int d = 0; d < sequential.size(); d++) {
        assertEquals(oneByOne.id(d), sequential.id(d));
        assertEquals(oneByOne.label(d), sequential.label(d));
        assertEquals(oneByOne.text(d), sequential.text(d));
        assertEquals(oneByOne.family(d), sequential.family(d));
        assertEquals(oneByOne.shingles(d).size(), sequential.templateShingles().of(d).length);
        families += sequential.family(d) != null ? 1 : 0;
      }
      assertTrue(families > 100, "notes in a family: " + families);
    }
  }

  @Test
  void jaccardByKeysEqualsJaccardBySetsBitForBit() {
    TemplateShingles t = index.templateShingles();
    Random random = new Random(11);
    int positive = 0;
    for (int q = 0; q < notes.size(); q += 3) {
      List<String> tokens = TextMasker.templateTokens(masked(notes.get(q)));
      Set<String> set = TextMasker.shingles(tokens);
      long[] keys = t.query(tokens);
      assertNotNull(keys);
      assertEquals(set.size(), keys.length, notes.get(q).id());
      for (int r = 0; r < 40; r++) {
        // the note itself, then its neighbours in index order and random notes
        int d = r == 0 ? q : r < 10 ? (q + r) % index.size() : random.nextInt(index.size());
        for (double threshold : new double[] {0, 0.3, 0.5, 0.6, 0.75, 0.9, 1}) {
          double want = TextMasker.jaccardIfAtLeast(set, index.shingles(d), threshold);
          positive += want > 0 ? 1 : 0;
          double early = TemplateShingles.jaccardAtLeast(keys, t.of(d), threshold);
          String pair = notes.get(q).id() + " vs " + index.id(d) + " at " + threshold;
          assertEquals(want >= threshold, early >= threshold, "early exit: " + pair);
          if (want >= threshold) { // at threshold 0, every pair: the whole computation, bit for bit
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(early), pair);
          }
        }
      }
    }
    assertTrue(positive > 5_000, "positive similarities: " + positive);
  }

  @Test
  void shortSequencesAndNewTokensKeepTheirOwnKeys() {
    TemplateShingles t =
        TemplateShingles.of(
            List.of(
                List.of("hi", "there"),
                List.of("hi"),
                List.of(),
                List.of("hi", "there", "friend", "hi", "there", "friend")));
    String[][] queries = {
      {"hi"},
      {"there"},
      {"hi", "there"},
      {"there", "hi"},
      {},
      {"hi", "there", "friend"},
      {"hi", "there", "friend", "hi"},
      {"new", "hi", "there"},
      {"new", "new", "new", "new"},
      {"hi", "there", "pal", "hi", "there", "friend"},
    };
    List<List<String>> corpus =
        List.of(
            List.of("hi", "there"),
            List.of("hi"),
            List.of(),
            List.of("hi", "there", "friend", "hi", "there", "friend"));
    for (String[] q : queries) {
      List<String> tokens = List.of(q);
      long[] keys = t.query(tokens);
      Set<String> set = TextMasker.shingles(tokens);
      assertEquals(set.size(), keys.length, tokens.toString());
      for (int d = 0; d < corpus.size(); d++) {
        double want = TextMasker.jaccard(set, TextMasker.shingles(corpus.get(d)));
        double got = TemplateShingles.jaccardAtLeast(keys, t.of(d), 0);
        assertEquals(want, got, 0.0, tokens + " vs " + corpus.get(d));
      }
    }
    // "hi there" as a whole short note is not the shingle "hi there friend"
    assertEquals(0.0, TemplateShingles.jaccardAtLeast(t.query(List.of("hi", "there")), t.of(3), 0));
    assertEquals(1.0, TemplateShingles.jaccardAtLeast(t.query(List.of("hi", "there")), t.of(0), 0));
  }

  /** A copy of a note with a few words dropped, repeated, replaced by new ones or moved. */
  private static String edited(String masked, Random random) {
    String[] words = masked.split(" ");
    List<String> out = new ArrayList<>();
    for (String w : words) {
      int r = random.nextInt(40);
      if (r == 0) {
        continue;
      } else if (r == 1) {
        out.add("qzx" + random.nextInt(5));
      } else if (r == 2) {
        out.add(w);
        out.add(w);
      } else {
        out.add(w);
      }
    }
    if (random.nextBoolean() && out.size() > 4) {
      out.add(out.remove(random.nextInt(out.size())));
    }
    return String.join(" ", out);
  }

  @Test
  void massTemplateReasonsByKeysEqualThoseBySetsForCorpusNotesAndEditedCopies() {
    Random random = new Random(5);
    int reasons = 0;
    int partial = 0;
    int checked = 0;
    for (CorpusNote n : notes) {
      String m = masked(n);
      List<String> variants = new ArrayList<>(List.of(m));
      for (int v = 0; v < 2; v++) {
        variants.add(edited(m, random));
      }
      for (String text : variants) {
        Reason want = scorer.massTemplate(text, true);
        Reason got = scorer.massTemplate(text, false);
        assertEquals(want, got, text);
        checked++;
        if (want != null) {
          reasons++;
          partial += want.evidence().matches(".*\\(0\\.\\d\\d\\).*") ? 1 : 0;
        }
      }
    }
    assertTrue(checked > 7_000, "checked: " + checked);
    assertTrue(reasons > 500, "mass_template reasons: " + reasons);
    assertTrue(partial > 200, "reasons with a partial copy: " + partial);
  }

  @Test
  void earlyExitKeepsEveryPairAtOrAboveTheThresholdExactly() {
    Random random = new Random(17);
    int above = 0;
    for (int q = 0; q < 20_000; q++) {
      long[] a = randomKeys(random);
      long[] b = random.nextBoolean() ? randomKeys(random) : overlapping(a, random);
      double threshold = random.nextInt(5) == 0 ? random.nextDouble() : 0.6;
      double want = jaccard(a, b);
      double got = TemplateShingles.jaccardAtLeast(a, b, threshold);
      assertEquals(want >= threshold, got >= threshold, want + " vs " + got + " at " + threshold);
      if (want >= threshold) {
        assertEquals(want, got, 0.0);
        above++;
      }
    }
    assertTrue(above > 2_000, "pairs at or above the threshold: " + above);
  }

  /** The whole merge of two ascending key arrays: shared / union, computed as the scorer does. */
  private static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0;
    }
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared / (double) (a.length + b.length - shared);
  }

  private static long[] randomKeys(Random random) {
    return java.util.stream.LongStream.generate(() -> random.nextInt(60))
        .limit(random.nextInt(40))
        .sorted()
        .distinct()
        .toArray();
  }

  /** {@code a} with a few keys dropped and a few added. */
  private static long[] overlapping(long[] a, Random random) {
    java.util.TreeSet<Long> out = new java.util.TreeSet<>();
    for (long k : a) {
      if (random.nextInt(8) != 0) {
        out.add(k);
      }
    }
    for (int i = random.nextInt(5); i > 0; i--) {
      out.add((long) random.nextInt(80));
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }
}
