package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TermTable} finds what a {@code HashMap<String, Integer>} finds: every indexed term, every
 * term of the corpus notes and of new notes, and nothing for strings it lacks, including strings
 * with the same {@link String#hashCode} as a term it has.
 */
class TermTableTest {
  private static CorpusIndex index;

  @BeforeAll
  static void open() {
    index = DefaultCorpus.bundledIndex();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  /** {@code term} with two adjacent chars changed so that its hash stays the same, or null. */
  private static String sameHash(String term, int at) {
    char[] c = term.toCharArray();
    if (c[at + 1] < 31 || c[at] == Character.MAX_VALUE) {
      return null;
    }
    c[at]++;
    c[at + 1] -= 31;
    return new String(c);
  }

  private static void assertBothWays(String term, boolean stems) {
    int[] ids = index.idBothWays(term, stems);
    assertEquals(ids[1], ids[0], (stems ? "stem " : "pair ") + term);
  }

  @Test
  void everyIndexedTermAndItsNearMissesAreFoundAsTheMapFindsThem() {
    int collisions = 0;
    for (int id = 0; id < index.terms(); id++) {
      String feature = index.term(id);
      boolean stems = feature.startsWith("s:");
      String term = feature.substring(2);
      int[] ids = index.idBothWays(term, stems);
      assertArrayEquals(new int[] {id, id}, ids, feature);
      assertBothWays(term, !stems); // the other field's table
      assertBothWays(term + "s", stems);
      assertBothWays(term.substring(0, term.length() - 1), stems);
      assertBothWays(term.toUpperCase(java.util.Locale.ROOT), stems);
      for (int at = 0; at + 1 < term.length(); at++) {
        String twin = sameHash(term, at);
        if (twin != null) {
          assertEquals(term.hashCode(), twin.hashCode());
          assertBothWays(twin, stems);
          collisions++;
        }
      }
    }
    assertTrue(collisions > 10_000, "same-hash strings: " + collisions);
  }

  @Test
  void termsOfCorpusNotesAndNewNotesAreFoundAsTheMapFindsThem() {
    int absent = 0;
    List<String> texts = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      texts.add(TextMasker.mask(n.text(), n.recipient(), n.sender()));
      texts.add(n.text()); // unmasked: names the index never saw
    }
    texts.add("Salut Élodie, j'ai vu votre présentation sur la cryptographie post-quantique 🚀");
    texts.add("Quantumflux hyperlattice zxqwv aside, I'd like to add you to my network.");
    for (String text : texts) {
      NoteTerms.Both terms = NoteTerms.both(text);
      for (String s : terms.stems()) {
        assertBothWays(s, true);
        absent += index.idBothWays(s, true)[1] < 0 ? 1 : 0;
      }
      for (String p : terms.phrases()) {
        assertBothWays(p, false);
        absent += index.idBothWays(p, false)[1] < 0 ? 1 : 0;
      }
    }
    assertTrue(absent > 1_000, "terms the index lacks: " + absent);
  }

  @Test
  void smallAndCollidingTablesAgreeWithTheMap() {
    assertEquals(-1, new TermTable(Map.of()).id("anything"));
    assertEquals(-1, new TermTable(Map.of()).id(""));
    Map<String, Integer> ids = new HashMap<>();
    ids.put("", 0);
    ids.put("Aa", 1); // "Aa" and "BB" share a hash code
    ids.put("BB", 2);
    ids.put("AaAa", 3);
    ids.put("BBBB", 4);
    ids.put("AaBB", 5);
    TermTable t = new TermTable(ids);
    for (String s :
        new String[] {"", "Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "A", "aA", "Ab"}) {
      assertEquals(ids.getOrDefault(s, -1), t.id(s), s);
    }
    Random random = new Random(9);
    Map<String, Integer> many = new HashMap<>();
    while (many.size() < 5_000) {
      many.putIfAbsent(Long.toString(random.nextLong() & 0xFFFFF, 36), many.size());
    }
    TermTable big = new TermTable(many);
    for (int i = 0; i < 20_000; i++) {
      String s = Long.toString(random.nextLong() & 0xFFFFF, 36);
      assertEquals(many.getOrDefault(s, -1), big.id(s), s);
    }
    for (Map.Entry<String, Integer> e : many.entrySet()) {
      assertEquals(e.getValue(), big.id(e.getKey()), e.getKey());
    }
  }
}
