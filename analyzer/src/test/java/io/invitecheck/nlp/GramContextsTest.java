package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageScorer.GramContexts} gives, for every gram of 1 to 3 chars (ASCII, accented,
 * surrogate halves, lone surrogates, NUL), the very context the map holds for its string, or null
 * when the map has none, however the grams evict one another from their slots.
 */
class GramContextsTest {
  private static final char[] ALPHABET =
      "\u0000ab zA\u00e9\u00df\u0130\u4e00\ud83d\ude80\udc00\ud800\uffff".toCharArray();

  @Test
  void everyGramGetsTheMapsContextThroughEvictionsAndRepeats() {
    Map<String, Context> map = new HashMap<>();
    Random random = new Random(11);
    // every gram of up to 3 chars of the alphabet, two in three known to the "model"
    for (char a : ALPHABET) {
      map.put(String.valueOf(a), context(random));
      for (char b : ALPHABET) {
        if (random.nextInt(3) > 0) {
          map.put("" + a + b, context(random));
        }
        for (char c : ALPHABET) {
          if (random.nextInt(3) > 0) {
            map.put("" + a + b + c, context(random));
          }
        }
      }
    }
    LanguageScorer.GramContexts recent = new LanguageScorer.GramContexts();
    for (int round = 0; round < 200_000; round++) {
      char[] text = new char[3 + random.nextInt(6)];
      for (int i = 0; i < text.length; i++) {
        text[i] = ALPHABET[random.nextInt(ALPHABET.length)];
      }
      int length = 1 + random.nextInt(3);
      int start = random.nextInt(text.length - length + 1);
      String gram = new String(text, start, length);
      assertSame(map.get(gram), recent.get(text, start, start + length, map), gram);
    }
  }

  @Test
  void gramsThatDifferOnlyInLengthOrALeadingNulAreTold() {
    Map<String, Context> map = new HashMap<>();
    Context a = new Context(new int[] {0}, new double[] {1});
    Context nulA = new Context(new int[] {0}, new double[] {2});
    Context nulNulA = new Context(new int[] {0}, new double[] {3});
    map.put("a", a);
    map.put("\u0000a", nulA);
    map.put("\u0000\u0000a", nulNulA);
    LanguageScorer.GramContexts recent = new LanguageScorer.GramContexts();
    char[] text = "\u0000\u0000a".toCharArray();
    for (int i = 0; i < 3; i++) {
      assertSame(nulNulA, recent.get(text, 0, 3, map));
      assertSame(nulA, recent.get(text, 1, 3, map));
      assertSame(a, recent.get(text, 2, 3, map));
      assertSame(null, recent.get(text, 0, 1, map));
    }
  }

  private static Context context(Random random) {
    return new Context(new int[] {random.nextInt(100)}, new double[] {random.nextDouble()});
  }
}
