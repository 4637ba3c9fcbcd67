package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/**
 * {@link PredicateTable} against {@code HashMap.get} of the built string: the same parameters for
 * every key it holds and null for every key it does not, on keys with UTF-16 characters, surrogate
 * pairs, lone surrogates, empty spans and hash collisions.
 */
class PredicateTableTest {
  private static final String[] LITERALS = {"p=", "s=", "p21=", "x=", "eos=", ""};

  /** Characters drawn for keys and texts: ASCII, Latin-1, a dash, an emoji half, a euro sign. */
  private static final char[] ALPHABET = {
    'a', 'b', 'e', 'I', '.', ',', '\'', '-', '\u00e9', '\u2014', '\u20ac', '\ud83d', '\ude00', '0'
  };

  @Test
  void findsWhatTheMapOfStringsFinds() {
    Random random = new Random(8);
    Map<String, Context> predicates = new HashMap<>();
    List<String> spans = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      String span = randomText(random, random.nextInt(6));
      spans.add(span);
      if (random.nextInt(3) > 0) {
        String literal = LITERALS[random.nextInt(LITERALS.length)];
        predicates.put(literal + span, context(i));
      }
    }
    // two keys with the same String hash: "Aa" and "BB"
    predicates.put("p=Aa", context(-1));
    predicates.put("p=BB", context(-2));
    predicates.put("sn", context(-3));
    PredicateTable table = new PredicateTable(predicates);
    spans.add("Aa");
    spans.add("BB");
    spans.add("Ab");
    int found = 0;
    for (String span : spans) {
      for (String literal : LITERALS) {
        String pad = randomText(random, random.nextInt(3));
        char[] text = (pad + span + pad).toCharArray();
        int from = pad.length();
        int to = from + span.length();
        String key = literal + span;
        int hash = PredicateTable.hash(literal.hashCode(), text, from, to);
        assertEquals(key.hashCode(), hash, key);
        Context expected = predicates.get(key);
        assertSame(expected, table.get(hash, literal.toCharArray(), text, from, to), key);
        assertSame(expected, table.get(key), key);
        found += expected == null ? 0 : 1;
      }
    }
    assertEquals(context(-1).getOutcomes()[0], table.get("p=Aa").getOutcomes()[0]);
    assertNull(table.get("p=Ab"));
    assertSame(predicates.get("sn"), table.get("sn"));
    assertSame(predicates.get(""), table.get(""));
    assertEquals(true, found > 1_000, "found " + found);
  }

  @Test
  void anEmptyTableFindsNothing() {
    PredicateTable table = new PredicateTable(Map.of());
    assertNull(table.get("p=a"));
    assertNull(table.get(""));
  }

  private static String randomText(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return b.toString();
  }

  private static Context context(int id) {
    return new Context(new int[] {id}, new double[] {id * 0.5});
  }
}
