package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker of the bundled corpus file: every line, the labels, the split. */
class CorpusFileTest {
  /** The source file, from the module directory (Maven) or the repository root (an IDE). */
  static final Path FILE =
      Files.exists(Path.of("..", "corpus", "notes.jsonl"))
          ? Path.of("..", "corpus", "notes.jsonl")
          : Path.of("corpus", "notes.jsonl");

  private static List<CorpusNote> notes;

  @BeforeAll
  static void read() {
    // fails with the file and line of the first bad line: schema, label, types, profile fields
    notes = CorpusReader.read(FILE);
  }

  @Test
  void everyLineIsOneNote() throws IOException {
    List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
    assertEquals(lines.size(), notes.size(), "no blank or extra lines");
    assertTrue(notes.size() >= 2000, "at least 2,000 notes, has " + notes.size());
  }

  @Test
  void idsAreUniqueAndSorted() {
    Set<String> seen = new HashSet<>();
    String previous = "";
    for (CorpusNote n : notes) {
      assertTrue(seen.add(n.id()), "duplicate id " + n.id());
      assertTrue(n.id().compareTo(previous) > 0, n.id() + " is out of order");
      previous = n.id();
    }
  }

  @Test
  void textsAreUniqueAndFitTheLimit() {
    Map<String, String> seen = new HashMap<>();
    for (CorpusNote n : notes) {
      assertTrue(!n.text().isBlank(), n.id() + " has an empty text");
      assertTrue(n.text().length() <= 300, n.id() + " has " + n.text().length() + " chars");
      String key = String.join(" ", n.text().strip().toLowerCase(Locale.ROOT).split("\\s+"));
      String other = seen.putIfAbsent(key, n.id());
      assertTrue(other == null, n.id() + " repeats the text of " + other);
    }
  }

  @Test
  void everyLabelHasAtLeast300Notes() {
    Map<Label, Integer> count = new EnumMap<>(Label.class);
    notes.forEach(n -> count.merge(n.label(), 1, Integer::sum));
    for (Label l : Label.values()) {
      assertTrue(count.getOrDefault(l, 0) >= 300, l.id() + ": " + count.get(l));
    }
  }

  @Test
  void everyNoteHasASplitAndASourceAndTheTestSplitIsAtLeast20Percent() {
    int test = 0;
    for (CorpusNote n : notes) {
      assertNotNull(n.split(), n.id() + " has no split");
      assertNotNull(n.source(), n.id() + " has no source");
      test += n.isTest() ? 1 : 0;
    }
    assertTrue(test >= 0.20 * notes.size(), "test split " + test + " of " + notes.size());
    for (Label l : Label.values()) {
      long t = notes.stream().filter(n -> n.label() == l && n.isTest()).count();
      assertTrue(t >= 50, l.id() + " has only " + t + " test notes");
    }
  }

  @Test
  void noFamilyAndNoNearDuplicatePairCrossesTheSplit() {
    Map<String, CorpusNote> byId = new HashMap<>();
    notes.forEach(n -> byId.put(n.id(), n));
    Map<String, String> familySplit = new HashMap<>();
    for (CorpusNote n : notes) {
      if (n.family() != null) {
        String s = familySplit.putIfAbsent(n.family(), n.split());
        assertTrue(s == null || s.equals(n.split()), "family " + n.family() + " crosses");
      }
    }
    List<String> crossing = new ArrayList<>();
    for (NearDuplicates.Pair p : NearDuplicates.pairs(notes, NearDuplicates.THRESHOLD)) {
      if (!byId.get(p.a()).split().equals(byId.get(p.b()).split())) {
        crossing.add(p.toString());
      }
    }
    assertEquals(List.of(), crossing);
  }
}
