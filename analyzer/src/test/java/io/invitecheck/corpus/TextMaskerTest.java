package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Profile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextMaskerTest {
  private static final Profile MEGAN =
      Profile.builder().name("Megan Foster").company("Lattice Point").build();

  @Test
  void masksProfileNamesCompaniesAndTheGreetedName() {
    String masked =
        TextMasker.mask(
            "Hi Megan, companies like Lattice Point love it. Dear Omar, thanks.",
            MEGAN,
            Profile.EMPTY);
    assertEquals("Hi  zzname , companies like  zzorg  love it. Dear zzname, thanks.", masked);
  }

  @Test
  void doesNotMaskInsideWords() {
    assertEquals(
        "Megane is not Megan's sister",
        TextMasker.mask(
                "Megane is not Megan's sister",
                Profile.builder().name("Egan").build(),
                Profile.EMPTY)
            .strip());
  }

  @Test
  void templateTokensHideProperNounsAndNumbers() {
    List<String> t =
        TextMasker.templateTokens(
            "Hi Arjun, I work with leaders at Kestrel Cloud. Open to a 15-minute call?",
            Profile.EMPTY,
            Profile.EMPTY);
    assertEquals(
        List.of(
            "hi", "zzcap", "i", "work", "with", "leaders", "at", "zzcap", "open", "to", "a",
            "zznum", "minute", "call"),
        t);
  }

  @Test
  void nameSwappedCopiesHaveTheSameShingles() {
    String a =
        "Hi Megan, I work with RevOps leaders at companies like Lattice Point to clean up"
            + " Salesforce data. Would you be open to a 15-minute call next Tuesday?";
    String b =
        "Hi Arjun, I work with RevOps leaders at companies like Kestrel Cloud to clean up"
            + " Salesforce data. Would you be open to a 15-minute call next Tuesday?";
    double j =
        TextMasker.jaccard(
            TextMasker.shingles(TextMasker.templateTokens(a, MEGAN, Profile.EMPTY)),
            TextMasker.shingles(TextMasker.templateTokens(b, Profile.EMPTY, Profile.EMPTY)));
    assertEquals(1.0, j, 1e-9);
  }

  @Test
  void greetedNameAndTheClassifiersMismatchFeature() {
    assertEquals("Grace", TextMasker.greetedName("Hi Grace, I hope you are well!"));
    assertEquals(null, TextMasker.greetedName("Hi there, loved your talk."));
    assertEquals(null, TextMasker.greetedName("Loved your talk, Grace."));
    Profile abena = Profile.builder().name("Abena Mensah").build();
    List<String> mismatch =
        List.of(NoteClassifier.features("Hi Grace, loved your post!", abena, Profile.EMPTY));
    assertTrue(mismatch.contains("#greeting_mismatch"), mismatch.toString());
    List<String> match =
        List.of(NoteClassifier.features("Hi Abena, loved your post!", abena, Profile.EMPTY));
    assertTrue(match.contains("#greeting_match"), match.toString());
    List<String> unknown =
        List.of(
            NoteClassifier.features("Hi Abena, loved your post!", Profile.EMPTY, Profile.EMPTY));
    assertTrue(unknown.stream().noneMatch(f -> f.startsWith("#greeting")), unknown.toString());
  }

  @Test
  void jaccardOfKnownSets() {
    assertEquals(
        1 / 3.0,
        TextMasker.jaccard(
            new java.util.HashSet<>(List.of("a", "b")), new java.util.HashSet<>(List.of("b", "c"))),
        1e-12);
    assertEquals(0.0, TextMasker.jaccard(java.util.Set.of(), java.util.Set.of()));
  }

  @Test
  void clustersUniteFamiliesAndNearDuplicatesUnderTheSmallestId() {
    CorpusNote a = note("x-3", "Hi Anna, I'd love to connect and learn more about what you do.");
    CorpusNote b = note("x-1", "Hi Omar, I'd love to connect and learn more about what you do!");
    CorpusNote c =
        new CorpusNote(
            "x-2", Label.SPAM, "Buy our widgets now.", null, null, "f1", null, null, null);
    CorpusNote d =
        new CorpusNote(
            "x-4", Label.SPAM, "Totally different words here.", null, null, "f1", null, null, null);
    Map<String, String> clusters = NearDuplicates.clusters(List.of(a, b, c, d));
    assertEquals("x-1", clusters.get("x-3"));
    assertEquals("x-1", clusters.get("x-1"));
    assertEquals("x-2", clusters.get("x-4"));
    assertEquals("x-2", clusters.get("x-2"));
  }

  @Test
  void splitHashIsStableAndNearTheTargetShare() {
    int test = 0;
    for (int i = 0; i < 2000; i++) {
      if (NearDuplicates.isTestCluster(String.format("w1-%04d", i))) {
        test++;
      }
    }
    assertTrue(test > 380 && test < 500, "test clusters: " + test);
    assertEquals(NearDuplicates.isTestCluster("w2-0042"), NearDuplicates.isTestCluster("w2-0042"));
  }

  private static CorpusNote note(String id, String text) {
    return new CorpusNote(id, Label.GENERIC, text, null, null, null, null, null, null);
  }
}
