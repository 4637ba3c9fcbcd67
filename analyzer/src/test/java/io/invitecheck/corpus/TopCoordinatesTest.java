package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.draft.Profile;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The query's top terms, chosen without sorting, are those the full sort chose. */
class TopCoordinatesTest {
  /** The sort {@link CorpusIndex} used before: every coordinate of the field, boxed. */
  private static int[] bySort(
      int[] ids, int[] tf, double[] idf, boolean[] isStem, boolean stems, int max) {
    Integer[] order =
        java.util.stream.IntStream.range(0, ids.length)
            .filter(i -> isStem[ids[i]] == stems)
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(
        order,
        Comparator.comparingDouble((Integer i) -> -tf[i] * idf[ids[i]])
            .thenComparingInt(i -> ids[i]));
    return Arrays.stream(order).limit(max).mapToInt(Integer::intValue).toArray();
  }

  @Test
  void choosesWhatTheSortChoseWithTiesByLowerId() {
    Random random = new Random(11);
    for (int t = 0; t < 5_000; t++) {
      int terms = 1 + random.nextInt(60);
      double[] idf = new double[terms];
      boolean[] isStem = new boolean[terms];
      for (int id = 0; id < terms; id++) {
        idf[id] = 1 + random.nextInt(4) * 0.5; // few values: many ties
        isStem[id] = random.nextBoolean();
      }
      int[] ids =
          java.util.stream.IntStream.range(0, terms).filter(i -> random.nextInt(3) > 0).toArray();
      int[] tf = new int[ids.length];
      for (int i = 0; i < ids.length; i++) {
        tf[i] = 1 + (random.nextInt(5) == 0 ? random.nextInt(3) : 0);
      }
      for (boolean stems : new boolean[] {true, false}) {
        for (int max : new int[] {1, 4, 8}) {
          assertArrayEquals(
              bySort(ids, tf, idf, isStem, stems, max),
              CorpusIndex.topCoordinates(ids, tf, idf, isStem, stems, max));
        }
      }
    }
  }

  @Test
  void shortQueriesKeepEveryTermOfTheField() {
    int[] ids = {2, 5, 7};
    int[] tf = {1, 2, 1};
    double[] idf = {1, 1, 3.0, 1, 1, 2.0, 1, 3.0};
    boolean[] isStem = {true, true, true, true, true, true, true, false};
    // 5: 2 × 2.0 = 4 first; 2: 3.0; 7 is a word pair
    assertArrayEquals(new int[] {1, 0}, CorpusIndex.topCoordinates(ids, tf, idf, isStem, true, 8));
    assertArrayEquals(new int[] {2}, CorpusIndex.topCoordinates(ids, tf, idf, isStem, false, 4));
  }

  @Test
  void searchingAnalyzedTermsFindsWhatSearchingTheTextFinds() {
    try (CorpusIndex index = CorpusIndex.inMemory(Fixture.notes(), "fixture")) {
      for (String q :
          List.of(
              "Hi Sara, I work with RevOps leaders at companies like Acme. Open to a 15-minute call?",
              "I'd like to add you to my network.",
              "Your talk on Kafka at Current was great")) {
        String masked = TextMasker.mask(q, Profile.EMPTY, Profile.EMPTY);
        List<CorpusIndex.Hit> hits = index.search(masked, 10);
        assertEquals(hits, index.search(NoteTerms.both(masked), 10));
        assertEquals(
            List.of(NoteClassifier.features(masked, List.of("#len1"))),
            List.of(NoteClassifier.features(NoteTerms.both(masked), List.of("#len1"))));
      }
    }
  }
}
