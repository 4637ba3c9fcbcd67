package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The term table and the word pairs built from a slice of prefixed terms (ids by index) give what
 * the ones built from the map of the cut terms to those ids give: every term, every absent probe,
 * every pair of halves, over texts with accents, other scripts, surrogate pairs, lone surrogates
 * and the empty term.
 */
class TermTableArraysTest {
  private static String randomWord(Random random) {
    StringBuilder b = new StringBuilder();
    int letters = random.nextInt(6);
    for (int i = 0; i < letters; i++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        b.appendCodePoint(0x1F600 + random.nextInt(64)); // a surrogate pair
      } else if (kind == 1) {
        b.append((char) (0xD800 + random.nextInt(0x800))); // often a lone surrogate
      } else if (kind == 2) {
        b.append((char) (0xE9 + random.nextInt(0x400)));
      } else {
        b.append((char) ('a' + random.nextInt(5)));
      }
    }
    return b.toString();
  }

  /** Prefixed terms, ascending and distinct, the first {@code pairs} of them word pairs. */
  private static String[] terms(Random random, int words, int pairs) {
    TreeSet<String> p = new TreeSet<>();
    p.add("p:a b");
    p.add("p: "); // two empty halves
    while (p.size() < pairs) {
      p.add("p:" + randomWord(random) + " " + randomWord(random));
    }
    TreeSet<String> s = new TreeSet<>();
    s.add("s:");
    while (s.size() < words) {
      s.add("s:" + randomWord(random));
    }
    List<String> all = new ArrayList<>(p);
    all.addAll(s);
    return all.toArray(String[]::new);
  }

  private static Map<String, Integer> cut(String[] terms, int from, int to) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = from; i < to; i++) {
      m.put(terms[i].substring(2), i);
    }
    return m;
  }

  @Test
  void aTableOfASliceGivesWhatTheMapsTableGives() {
    Random random = new Random(8);
    for (int round = 0; round < 20; round++) {
      String[] terms = terms(random, 1 + random.nextInt(400), 2 + random.nextInt(400));
      int phrases = (int) java.util.Arrays.stream(terms).filter(t -> t.startsWith("p:")).count();
      for (int[] slice : new int[][] {{0, phrases}, {phrases, terms.length}}) {
        Map<String, Integer> map = cut(terms, slice[0], slice[1]);
        TermTable byMap = new TermTable(map);
        TermTable bySlice = new TermTable(terms, slice[0], slice[1], 2);
        for (String t : map.keySet()) {
          assertEquals(map.get(t), bySlice.id(t), t);
          assertEquals(byMap.id(t), bySlice.id(t), t);
        }
        for (int probe = 0; probe < 200; probe++) {
          String absent = randomWord(random);
          assertEquals(byMap.id(absent), bySlice.id(absent), absent);
          String withSpace = randomWord(random) + " " + randomWord(random);
          assertEquals(byMap.id(withSpace), bySlice.id(withSpace), withSpace);
        }
      }
    }
  }

  @Test
  void wordPairsOfASliceGiveWhatTheMapsPairsGive() {
    Random random = new Random(9);
    for (int round = 0; round < 20; round++) {
      String[] terms = terms(random, 50, 2 + random.nextInt(500));
      int phrases = (int) java.util.Arrays.stream(terms).filter(t -> t.startsWith("p:")).count();
      Map<String, Integer> map = cut(terms, 0, phrases);
      WordPairs byMap = WordPairs.of(map, ' ');
      WordPairs bySlice = WordPairs.of(terms, 0, phrases, 2, ' ');
      List<String> halves = new ArrayList<>();
      int found = 0;
      for (Map.Entry<String, Integer> e : map.entrySet()) {
        String term = e.getKey();
        for (int at = term.indexOf(' '); at >= 0; at = term.indexOf(' ', at + 1)) {
          String a = term.substring(0, at);
          String b = term.substring(at + 1);
          halves.add(a);
          halves.add(b);
          int id = bySlice.id(bySlice.word(a), bySlice.word(b));
          assertEquals(byMap.id(byMap.word(a), byMap.word(b)), id, term);
          found += id == e.getValue() ? 1 : 0;
        }
      }
      assertTrue(found >= map.size() - 1, "found " + found + " of " + map.size());
      for (int probe = 0; probe < 300; probe++) {
        String a =
            random.nextBoolean() ? halves.get(random.nextInt(halves.size())) : randomWord(random);
        String b =
            random.nextBoolean() ? halves.get(random.nextInt(halves.size())) : randomWord(random);
        assertEquals((byMap.word(a) < 0), (bySlice.word(a) < 0), a);
        assertEquals(
            byMap.id(byMap.word(a), byMap.word(b)),
            bySlice.id(bySlice.word(a), bySlice.word(b)),
            a + " " + b);
      }
    }
  }
}
