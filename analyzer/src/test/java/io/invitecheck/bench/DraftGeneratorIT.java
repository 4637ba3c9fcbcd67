package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Draft;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator on the bundled corpus, at the sizes the benchmark uses. */
class DraftGeneratorIT {
  private static final DraftGenerator GENERATOR = DraftGenerator.fromBundledCorpus();

  @Test
  void everyBundledNoteIsATemplate() {
    assertEquals(DefaultCorpus.bundledNotes().size(), GENERATOR.templateCount());
  }

  @Test
  void thirtyThousandUniqueDraftsAreAllDistinctAndWithinTheLimits() {
    Set<String> texts = new HashSet<>();
    Set<String> masked = new HashSet<>();
    for (DraftGenerator.Generated g : GENERATOR.generate(Workload.UNIQUE, 1, 30_000)) {
      Draft d = g.draft();
      assertTrue(texts.add(d.note()), "repeated: " + d.note());
      masked.add(DraftGeneratorTest.mask(d));
      assertTrue(d.note().length() <= DraftGenerator.MAX_CHARS, d.note());
      assertTrue(d.context().accountType() != AccountType.FREE || d.note().length() <= 200);
    }
    assertTrue(masked.size() > 29_900, "templates masked independently: " + masked.size());
  }

  @Test
  void mailMergeHasCampaignsFromOneToHundredsWhoseMaskedTextRepeats() {
    List<DraftGenerator.Generated> drafts = GENERATOR.generate(Workload.MAIL_MERGE, 2, 20_000);
    Map<Integer, Set<String>> masked = new HashMap<>();
    Map<Integer, Integer> sizes = new HashMap<>();
    for (DraftGenerator.Generated g : drafts) {
      masked.computeIfAbsent(g.campaign(), k -> new HashSet<>()).add(g.template());
      sizes.merge(g.campaign(), 1, Integer::sum);
      assertTrue(g.draft().note().length() <= DraftGenerator.MAX_CHARS, g.draft().note());
    }
    masked.values().forEach(s -> assertEquals(1, s.size(), s.toString()));
    int max = sizes.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    long singles = sizes.values().stream().filter(s -> s == 1).count();
    assertTrue(max > 150 && max <= 300, "largest campaign " + max);
    assertTrue(singles > 10, "campaigns of one: " + singles);
    long distinctTexts = drafts.stream().map(g -> g.draft().note()).distinct().count();
    assertTrue(
        distinctTexts > drafts.size() / 2 && distinctTexts < drafts.size(),
        "substituted names make most texts differ, not all: " + distinctTexts);
  }
}
