package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link WordSet} holds what {@code Set.of} of the same words holds. */
class WordSetTest {

  private static String word(SplittableRandom r) {
    String alphabet = "aeiourstln'’éß—😀";
    StringBuilder b = new StringBuilder();
    for (int c = r.nextInt(6); c >= 0; c--) {
      int at =
          alphabet.offsetByCodePoints(0, r.nextInt(alphabet.codePointCount(0, alphabet.length())));
      b.appendCodePoint(alphabet.codePointAt(at));
    }
    return b.toString();
  }

  @Test
  void holdsWhatSetOfHolds() {
    SplittableRandom r = new SplittableRandom(27);
    for (int t = 0; t < 300; t++) {
      Set<String> distinct = new HashSet<>();
      for (int i = r.nextInt(t % 30 == 0 ? 2_000 : 40); i >= 0; i--) {
        distinct.add(word(r));
      }
      String[] words = distinct.toArray(new String[0]);
      Set<String> expected = Set.of(words);
      WordSet set = WordSet.of(words);
      assertEquals(expected.size(), set.size());
      assertEquals(expected, set);
      assertEquals(set, expected);
      assertEquals(expected, new HashSet<>(set)); // iteration gives each word once
      for (int q = 0; q < 200; q++) {
        String probe = q % 2 == 0 ? word(r) : words[r.nextInt(words.length)];
        // a copy: equal but not the same instance, as a token is
        String copy = new String(probe.toCharArray());
        assertEquals(expected.contains(copy), set.contains(copy), copy);
      }
    }
  }

  @Test
  void wordsOfTheDetectorsListsAndTokensOfANote() {
    WordSet congrats = WordSet.of("congrats", "congratulations", "kudos", "bravo", "well done");
    List<String> tokens = new ArrayList<>();
    for (String t : "Congrats on the promotion , well done — kudos ! bravo 🎉".split(" ")) {
      tokens.add(t.toLowerCase(java.util.Locale.ROOT));
    }
    List<String> found = new ArrayList<>();
    for (String t : tokens) {
      if (congrats.contains(t)) {
        found.add(t);
      }
    }
    assertEquals(List.of("congrats", "kudos", "bravo"), found);
    assertFalse(congrats.contains(""));
    assertFalse(congrats.contains(42));
    assertTrue(congrats.contains("well done"));
  }

  @Test
  void refusesWhatSetOfRefuses() {
    assertThrows(IllegalArgumentException.class, () -> WordSet.of("a", "b", "a"));
    assertThrows(NullPointerException.class, () -> WordSet.of("a", null));
    assertThrows(NullPointerException.class, () -> WordSet.of("a").contains(null));
    assertThrows(UnsupportedOperationException.class, () -> WordSet.of("a").add("b"));
    assertThrows(UnsupportedOperationException.class, () -> WordSet.of("a").remove("a"));
    assertThrows(UnsupportedOperationException.class, () -> WordSet.of("a").clear());
    assertTrue(WordSet.of().isEmpty());
    assertFalse(WordSet.of().contains("a"));
  }
}
