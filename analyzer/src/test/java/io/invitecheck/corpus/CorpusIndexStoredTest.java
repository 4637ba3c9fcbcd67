package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every note's stored fields read in one sequential pass equal the same note read alone: the
 * bundled corpus, and an index of odd texts (non-Latin, surrogate pairs, lone surrogates, empty
 * template tokens, random UTF-16) spread over many compressed blocks.
 */
class CorpusIndexStoredTest {
  @Test
  void theBundledNotesReadInOnePassEqualTheNotesReadAlone() throws IOException {
    try (CorpusIndex index = DefaultCorpus.bundledIndex()) {
      List<CorpusNote> notes = DefaultCorpus.bundledNotes();
      assertEquals(notes.size(), index.size());
      for (int d = 0; d < index.size(); d++) {
        String[][] both = index.storedBothWays(d);
        assertArrayEquals(both[0], both[1], "doc " + d);
        assertNotNull(both[0][4], "template of doc " + d);
      }
      // the public accessors give the corpus notes, in order, once the pass has been made
      for (int d = 0; d < index.size(); d++) {
        assertEquals(notes.get(d).id(), index.id(d));
        assertEquals(notes.get(d).label(), index.label(d));
        assertEquals(notes.get(d).text(), index.text(d));
        assertEquals(notes.get(d).family(), index.family(d));
      }
    }
  }

  /**
   * The label and family test kept per note in a byte give the corpus notes' labels and families:
   * asked in random order of a fresh index (each note read alone at first, then the one pass), and
   * asked again once kept.
   */
  @Test
  void labelsAndFamiliesKeptPerNoteAreTheCorpusNotes() throws IOException {
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    try (CorpusIndex index = DefaultCorpus.bundledIndex()) {
      List<Integer> order = new ArrayList<>();
      for (int d = 0; d < index.size(); d++) {
        order.add(d);
      }
      java.util.Collections.shuffle(order, new Random(5));
      int inFamily = 0;
      for (int round = 0; round < 2; round++) {
        for (int d : order) {
          assertEquals(notes.get(d).label(), index.label(d), "doc " + d);
          assertEquals(notes.get(d).family() != null, index.inFamily(d), "doc " + d);
          inFamily += index.inFamily(d) ? 1 : 0;
        }
      }
      org.junit.jupiter.api.Assertions.assertTrue(inFamily > 200, "in a family: " + inFamily);
      for (Label l : Label.values()) {
        org.junit.jupiter.api.Assertions.assertTrue(
            order.stream().anyMatch(d -> index.label(d) == l), "no note labeled " + l);
      }
    }
  }

  @Test
  void oddTextsReadInOnePassEqualTheTextsReadAlone() throws IOException {
    List<CorpusNote> notes = new ArrayList<>();
    String[] fixed = {
      "",
      "Hi Ana, I enjoyed your talk on payment fraud.",
      "Olá José, adorei a sua palestra sobre fraude — vamos conversar?",
      "Привет, Анна! Давайте дружить.",
      "你好，我很喜欢你的演讲。",
      "Emoji \uD83D\uDE00 and a flag \uD83C\uDDEB\uD83C\uDDF7 in a note",
      "A lone high \uD800 and a lone low \uDC00 surrogate",
      "    ",
      "Buy now!!! https://example.com/deal?x=1 #win $$$",
    };
    Random random = new Random(8);
    for (int i = 0; i < 600; i++) {
      String text = i < fixed.length ? fixed[i] : randomText(random);
      Label label = Label.values()[i % Label.values().length];
      notes.add(
          new CorpusNote(
              "n" + i,
              label,
              text,
              null,
              null,
              i % 7 == 0 ? "fam" + (i % 3) : null,
              null,
              null,
              null));
    }
    try (CorpusIndex index = CorpusIndex.inMemory(notes, "odd")) {
      // half the notes read alone first, as a search would, then the pass
      String[] alone = new String[index.size()];
      for (int d = 0; d < index.size(); d += 2) {
        alone[d] = index.text(d);
        assertEquals(stored(notes.get(d).text()), alone[d]);
      }
      for (int d = 0; d < index.size(); d++) {
        String[][] both = index.storedBothWays(d);
        assertArrayEquals(both[0], both[1], "doc " + d);
        // Lucene stores UTF-8: a lone surrogate comes back as U+FFFD either way
        assertEquals(stored(notes.get(d).text()), index.text(d), "doc " + d);
        if (alone[d] != null) {
          assertEquals(alone[d], index.text(d));
        }
        assertEquals(notes.get(d).id(), index.id(d));
        assertEquals(notes.get(d).label(), index.label(d));
        assertEquals(notes.get(d).family(), index.family(d));
      }
      List<String> fam0 = new ArrayList<>();
      for (int i = 0; i < notes.size(); i++) {
        if ("fam0".equals(notes.get(i).family())) {
          fam0.add("n" + i);
        }
      }
      assertEquals(fam0, index.familyMembers("fam0"));
    }
  }

  /** The text as Lucene's UTF-8 gives it back: each lone surrogate as U+FFFD. */
  private static String stored(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        b.append(c).append(text.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  private static String randomText(Random random) {
    StringBuilder b = new StringBuilder();
    int words = random.nextInt(40);
    for (int w = 0; w < words; w++) {
      int letters = 1 + random.nextInt(9);
      for (int l = 0; l < letters; l++) {
        int kind = random.nextInt(20);
        if (kind == 0) {
          b.appendCodePoint(0x1F300 + random.nextInt(500)); // a surrogate pair
        } else if (kind == 1) {
          b.append((char) (0xD800 + random.nextInt(0x800))); // often a lone surrogate
        } else if (kind < 4) {
          b.append((char) (0xC0 + random.nextInt(0x2000)));
        } else {
          b.append((char) ('a' + random.nextInt(26)));
        }
      }
      b.append(random.nextInt(6) == 0 ? ", " : " ");
    }
    return b.toString();
  }
}
