package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextMaskerTest {
  /** {@link TextMasker#replaceWord} as it was before its first-char check: the reference. */
  private static String replaceWordByScan(String text, String value, String replacement) {
    if (value.isBlank() || value.length() > text.length()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    int last = 0;
    int i = 0;
    while (i + value.length() <= text.length()) {
      if (text.regionMatches(true, i, value, 0, value.length())
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (i + value.length() == text.length()
              || !Character.isLetterOrDigit(text.charAt(i + value.length())))) {
        sb.append(text, last, i).append(' ').append(replacement).append(' ');
        i += value.length();
        last = i;
      } else {
        i++;
      }
    }
    return sb.append(text, last, text.length()).toString();
  }

  @Test
  void replacesWhereTheFullScanReplaces() {
    // names whose case forms disagree: dotted and dotless i, long s, Kelvin sign, sharp s, and a
    // supplementary letter (Deseret) with its lower case
    String[][] cases = {
      {"Hi \u0130lknur, thanks", "ilknur"},
      {"Hi \u0131lknur, thanks", "Ilknur"},
      {"Hi ILKNUR, thanks", "\u0130lknur"},
      {"Dear \u017fara and SARA", "Sara"},
      {"Dear \u212aenji", "kenji"},
      {"Gr\u00fc\u00dfe an STRASSE und Stra\u00dfe", "stra\u00dfe"},
      {"Hi \u00c9mile and \u00e9mile", "\u00e9MILE"},
      {"Hi \ud801\udc00x and Megan", "\ud801\udc28X"},
      {"Loved the Lattice Point offsite, LATTICE POINT folks!", "lattice point"}
    };
    int replaced = 0;
    for (String[] c : cases) {
      String expected = replaceWordByScan(c[0], c[1], TextMasker.NAME);
      assertEquals(expected, TextMasker.replaceWord(c[0], c[1], TextMasker.NAME), c[0]);
      replaced += expected.equals(c[0]) ? 0 : 1;
    }
    assertTrue(replaced >= 6, replaced + " of " + cases.length + " replaced");
  }

  @Test
  void replacesWhereTheFullScanReplacesOnRandomTexts() {
    // word chars, separators, case pairs, UTF-16, a surrogate pair and lone halves
    String alphabet =
        "aAbBiI\u0130\u0131sS\u017fkK\u212a\u00e9\u00c9\u00df1 -.,'\n\u2014\ud83d\ude80";
    Random random = new Random(8);
    int replaced = 0;
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      String value;
      if (text.isEmpty() || random.nextInt(4) == 0) {
        value = random.nextBoolean() ? "" : "Ab";
      } else {
        int from = random.nextInt(text.length());
        int to = Math.min(text.length(), from + 1 + random.nextInt(4));
        value = text.substring(from, to);
        if (random.nextBoolean()) {
          value = random.nextBoolean() ? value.toUpperCase() : value.toLowerCase();
        }
      }
      String expected = replaceWordByScan(text, value, TextMasker.NAME);
      assertEquals(
          expected, TextMasker.replaceWord(text, value, TextMasker.NAME), text + " / " + value);
      replaced += expected.equals(text) ? 0 : 1;
    }
    assertTrue(replaced > 3_000, "replaced " + replaced);
  }

  @Test
  void maskReplacesWhatTheScanReplacesValueAfterValue() {
    String[] names = {
      "Megan Foster", "Ilknur \u00d6z", "J. R. Smith", "Sara", "Kenji", "\u00c9mile Zola", "Al",
    };
    String[] orgs = {"Lattice Point", "Stra\u00dfe GmbH", "AI", "Megan Foster Ltd", null};
    String[] pieces = {
      "Hi ", "Megan", "MEGAN", "megan's", "Foster", "fosters", "\u0130lknur", "\u0131lknur",
          "\u00d6Z",
      "J.", "R. Smith", "smith", "\u017fara", "\u212aenji", "\u00e9mile", "ZOLA", "al", "Al-",
      "Lattice Point", "lattice", "STRASSE", "Stra\u00dfe", "GmbH", "ai", "AI-first", " ", ", ",
      ". ", "\n", "\u2014", "\ud83d\ude80", "\ud801\udc00", "x", "loved your talk", "!"
    };
    java.util.Random random = new java.util.Random(1127);
    int masked = 0;
    for (int n = 0; n < 3_000; n++) {
      Profile recipient =
          Profile.builder()
              .name(names[random.nextInt(names.length)])
              .company(orgs[random.nextInt(orgs.length)])
              .school(random.nextInt(4) == 0 ? "Stra\u00dfe" : null)
              .build();
      Profile sender =
          random.nextBoolean()
              ? Profile.EMPTY
              : Profile.builder().name(names[random.nextInt(names.length)]).build();
      StringBuilder sb = new StringBuilder();
      for (int p = random.nextInt(20); p > 0; p--) {
        sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      String chained = text;
      for (String[] v : TextMasker.values(recipient, sender)) {
        chained = replaceWordByScan(chained, v[0], v[1]);
      }
      // with no profile, mask only masks the greeted name, its last step
      String expected = TextMasker.mask(chained, Profile.EMPTY, Profile.EMPTY);
      assertEquals(expected, TextMasker.mask(text, recipient, sender), text);
      assertEquals(expected, TextMasker.mask(text, text.toCharArray(), recipient, sender), text);
      masked += chained.equals(text) ? 0 : 1;
    }
    assertTrue(masked > 1_000, "masked " + masked);
  }

  @Test
  void maskFromTheNotesCharsEqualsMaskForEveryCorpusNote() {
    int changed = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      String want = TextMasker.mask(n.text(), n.recipient(), n.sender());
      char[] chars = n.text().toCharArray();
      assertEquals(want, TextMasker.mask(n.text(), chars, n.recipient(), n.sender()), n.id());
      assertEquals(n.text(), new String(chars), n.id()); // the chars are left as they were
      String byValues = n.text();
      for (String[] v : TextMasker.values(n.recipient(), n.sender())) {
        byValues = TextMasker.replaceWord(byValues, v[0], v[1]);
      }
      changed += byValues.equals(n.text()) ? 0 : 1; // past a masked value, chars are not read
    }
    assertTrue(changed > 300, "notes whose profile values are masked: " + changed);
  }

  @Test
  void valuesSplitNamesWhereTheRegularExpressionSplitsThem() {
    // \\s without flags is space and \\t to \\r only: not a no-break space, an em space or U+001C
    String[] pieces = {
      "Megan",
      "Foster",
      "J",
      "R",
      "Al",
      "\u00c9mile",
      "\ud801\udc00x",
      "\ud83d",
      "O'Brien",
      " ",
      "  ",
      ".",
      ". ",
      "\t",
      "\n",
      "\u000B",
      "\f",
      "\r",
      "\u00a0",
      "\u2003",
      "\u001c",
      "-",
      "x"
    };
    java.util.Random random = new java.util.Random(29);
    int parts = 0;
    for (int n = 0; n < 5_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int p = random.nextInt(8); p >= 0; p--) {
        name.append(pieces[random.nextInt(pieces.length)]);
      }
      String company = random.nextBoolean() ? "Lattice. Point" : null;
      Profile recipient = Profile.builder().name(name.toString()).company(company).build();
      String kept = recipient.name(); // as the profile keeps it: stripped, null when blank
      List<String[]> want = new ArrayList<>();
      if (kept != null) {
        want.add(new String[] {kept, TextMasker.NAME});
        for (String part : kept.split("[\\s.]+")) {
          if (part.length() >= 2) {
            want.add(new String[] {part, TextMasker.NAME});
          }
        }
      }
      if (company != null) {
        want.add(new String[] {company, TextMasker.ORG});
      }
      want.sort(java.util.Comparator.comparingInt((String[] v) -> v[0].length()).reversed());
      List<String[]> got = TextMasker.values(recipient, Profile.EMPTY);
      assertEquals(want.size(), got.size(), name.toString());
      for (int i = 0; i < want.size(); i++) {
        assertEquals(java.util.Arrays.asList(want.get(i)), java.util.Arrays.asList(got.get(i)));
      }
      parts += got.size();
    }
    assertTrue(parts > 10_000, "values " + parts);
  }

  @Test
  void foldIsHowRegionMatchesComparesChars() {
    for (char a = 0; a < 0x3000; a++) {
      for (char b : new char[] {'i', 'I', 's', 'S', 'k', 'K', 'e', '\u00e9', '\u00df', '\u0131'}) {
        boolean same = String.valueOf(a).regionMatches(true, 0, String.valueOf(b), 0, 1);
        assertEquals(same, TextMasker.fold(a) == TextMasker.fold(b), (int) a + " vs " + b);
      }
    }
  }

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

  @Test
  void theSizeBoundSkipsOnlyPairsThatCannotReachTheThreshold() {
    // two masked notes of a template family: same wording, one sentence longer
    Set<String> shortNote =
        TextMasker.shingles(
            TextMasker.templateTokens(
                "Hi {name}, I help teams like {company} cut churn. Open to a chat?"));
    Set<String> longNote =
        TextMasker.shingles(
            TextMasker.templateTokens(
                "Hi {name}, I help teams like {company} cut churn. Open to a chat? We cut churn"
                    + " by a third at three firms like yours last year alone."));
    double j = TextMasker.jaccard(shortNote, longNote);
    assertTrue(j > 0 && j < 0.6, "jaccard " + j);
    assertEquals(-1, TextMasker.jaccardIfAtLeast(shortNote, longNote, 0.6));
    assertEquals(j, TextMasker.jaccardIfAtLeast(shortNote, longNote, j));

    Random random = new Random(5);
    int skipped = 0;
    for (int n = 0; n < 20_000; n++) {
      Set<String> a = new HashSet<>();
      Set<String> b = new HashSet<>();
      int sizeA = random.nextInt(40);
      int sizeB = random.nextInt(40);
      for (int i = 0; i < sizeA; i++) {
        a.add("w" + random.nextInt(50));
      }
      for (int i = 0; i < sizeB; i++) {
        b.add("w" + random.nextInt(50));
      }
      double threshold = random.nextInt(11) / 10.0;
      double exact = TextMasker.jaccard(a, b);
      double bounded = TextMasker.jaccardIfAtLeast(a, b, threshold);
      if (bounded == -1) {
        skipped++;
        assertTrue(exact < threshold, a + " " + b);
      } else {
        assertEquals(exact, bounded);
      }
    }
    assertTrue(skipped > 1_000, "skipped " + skipped);
  }

  private static void assertSameGreetedNames(String text) {
    List<int[]> want = TextMasker.greetedNameSpansByCopies(text);
    List<int[]> got = TextMasker.greetedNameSpans(text);
    assertEquals(want.size(), got.size(), text);
    for (int i = 0; i < want.size(); i++) {
      assertEquals(java.util.Arrays.toString(want.get(i)), java.util.Arrays.toString(got.get(i)));
    }
    // the first one, found by a scan that stops there
    String first = want.isEmpty() ? null : text.substring(want.get(0)[0], want.get(0)[1]);
    assertEquals(first, TextMasker.greetedName(text), text);
    assertEquals(first, TextMasker.greetedName(text, text.toCharArray()), text);
  }

  @Test
  void greetedNamesFoundInPlaceEqualThoseFoundByCopyingEveryWord() {
    String[] texts = {
      "Hi Priya, great talk.",
      "HELLO Marcus and hey Ana, hi there",
      "Dear Dr. Smith",
      "Greetings Earthling! Good morning Team, good afternoon Kevin.",
      "HİYA Ali, hı Ben, hİ Cem, ﬁ Dan", // İ lower-cases to two chars; ı and ﬁ stay non-ASCII
      "Ｈｉ Ｐａｔ, Hi José, hi  Two, yo Yolanda, YO YO",
      "hi",
      "Hi",
      "",
      "greetingsgreetings Bob, Hiya Hiya Zoe",
      "Hey Hey Hey, Heyy Sam, hey I'm Sam, hey Friend, hey o'Brien O'Brien",
      "Xhi Bo, _hi Bo, 1hi Bo, hİ Bo, HEY\u212A Bo, \u212Ahi Bo, dEAR Bo, Ｄear Bo, Mornin Bo",
    };
    for (String t : texts) {
      assertSameGreetedNames(t);
    }
    assertEquals(2, TextMasker.greetedNameSpans("HELLO Marcus and hey Ana, hi there").size());
    int found = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      assertSameGreetedNames(n.text());
      found += TextMasker.greetedNameSpans(n.text()).size();
    }
    assertTrue(found > 500, "greeted names in the corpus: " + found);
    java.util.Random random = new java.util.Random(13);
    String[] words = {
      "hi", "Hi", "HI", "hey", "Hello", "dear", "Dear", "morning", "yo", "Priya", "Élodie", "İlker",
      "there", "Team", "i'm", "I'd", ",", ".", "!", "\n", " ", "KELVINK", "hı", "ß",
    };
    for (int i = 0; i < 3_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = random.nextInt(12); w > 0; w--) {
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      assertSameGreetedNames(sb.toString());
    }
  }

  @Test
  void greetedNamesOfRandomMixedTextEqualThoseFoundByCopying() {
    String[] pieces = {
      "Hi", "hi", "HEY", "Dear", "hello", "Ana", "José", "İlk", "O'Brien", "o’Neil", "x'", "'",
      "’", " ", " ", "\u00A0", ",", ".", "\n", "—", "🚀", "\uD83D", "\uDE80", "\uD801\uDC00",
      "Ｈｉ", "5", "_", "there", "Team", "ＡＢ"
    };
    Random random = new Random(17);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(14); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameGreetedNames(b.toString());
    }
  }

  /**
   * {@link TextMasker#templateTokens(String)} from one char array, ASCII words lowered in place,
   * gives the tokens of the string-by-string way: on every corpus note masked and unmasked, and on
   * random texts of ASCII and other words, placeholders, numbers, sentence ends, apostrophes,
   * UTF-16 letters, surrogate pairs and lone surrogates, and the empty text.
   */
  @Test
  void templateTokensEqualThoseMadeWordByWord() {
    int tokens = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      String masked = TextMasker.mask(n.text(), n.recipient(), n.sender());
      assertEquals(TextMasker.templateTokensByStrings(masked), TextMasker.templateTokens(masked));
      assertEquals(
          TextMasker.templateTokensByStrings(n.text()), TextMasker.templateTokens(n.text()));
      tokens += TextMasker.templateTokens(masked).size();
    }
    assertTrue(tokens > 20_000, "corpus template tokens: " + tokens);
    assertEquals(List.of(), TextMasker.templateTokens(""));
    String sample = "Hi zzname, I'm at Acme 42 ZZORG. It\u2019s";
    List<String> expected = List.of("hi", "zzcap", "i'm", "at", "zzcap", "zznum", "zzcap", "it's");
    assertEquals(expected, TextMasker.templateTokensByStrings(sample));
    assertEquals(expected, TextMasker.templateTokens(sample));
    String[] pieces = {
      "Hi",
      "hi",
      "I",
      "I'm",
      "i've",
      "I’ll",
      "Acme",
      "acme",
      "ZZNAME",
      "zzname",
      "zzorg",
      "zzNum",
      "42",
      "4x",
      "x4",
      "Élodie",
      "élodie",
      "İlker",
      "ß",
      "Straße",
      "Σίσυφος",
      "ΑΣ",
      "O'Brien",
      "o’Neil",
      "x'",
      "'",
      "’",
      " ",
      "\u00A0",
      ",",
      ".",
      "!",
      "?",
      ":",
      ";",
      "\n",
      "—",
      "🚀",
      "\uD83D",
      "\uDE80",
      "\uD801\uDC00",
      "\uD801\uDC28x",
      "Ｈｉ",
      "５",
      "_",
      "K\u212A",
      "\u0130",
      "a\u0307"
    };
    Random random = new Random(23);
    for (int t = 0; t < 30_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(16); k > 0; k--) {
        b.append(pieces[random.nextInt(pieces.length)]);
        if (random.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      String text = b.toString();
      assertEquals(TextMasker.templateTokensByStrings(text), TextMasker.templateTokens(text), text);
    }
  }
}
