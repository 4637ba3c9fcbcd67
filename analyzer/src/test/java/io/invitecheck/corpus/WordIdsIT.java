package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Term ids by words ({@link NoteTerms.Word}, {@link WordPairs}) give exactly what the lookups by
 * string give: the same query vectors in the bundled and in a fixture index, and the same
 * classifier probabilities (bit for bit, against OpenNLP itself), on corpus notes masked and raw,
 * on notes generated from the corpus's own words (so most pairs are known), and on adversarial text
 * (UTF-16, surrogate pairs, lone surrogates, empty). Two indexes and two classifiers read the same
 * shared words in turn, so each word's cached ids change owner over and over.
 */
class WordIdsIT {
  private static CorpusIndex bundled;
  private static CorpusIndex fixture;
  private static NoteClassifier bundledClassifier;
  private static NoteClassifier fixtureClassifier;
  private static List<String> texts;

  private static final String[] ADVERSARIAL = {
    "",
    " ",
    "Hi",
    "Hi there",
    "I'd like to add you to my network.",
    "Priya's team's roadmap, JAMES'S book, the boss’s plan and the ＇s of it's",
    "state-of-the-art co-founder e-mail re-connect --- - -- a-b-c",
    "3.14 1,000,000 2024-05-01 10:30am 3x 15min #1 v2.0.1 0x1F",
    "Élodie Ünal ÇAĞLAR İstanbul ıi Straße STRASSE Σίσυφος ΟΔΥΣΣΕΥΣ",
    "日本語のテキスト 中文文本 한국어 텍스트 ภาษาไทย العربية עברית",
    "emoji 🚀🚀 👋🏽 hi👋 ❤️ 🇺🇸 flags and 𝐛𝐨𝐥𝐝 𝓈𝒸𝓇𝒾𝓅𝓉 𐐀𐐨 Deseret",
    "zzname zzorg ZZNAME Zzorg zzname's — let's connect",
    "camelCase snake_case kebab-case add_you UPPER_SNAKE a_b love_to connect_with",
    "I I I I I the the the the",
    "\uD83D the network \uDC00 you",
    "a\uDC00b c",
    "tab\tsep\u00a0nbsp\u2009thin\u200bzero\u200dwidth\ufeffbom",
  };

  @BeforeAll
  static void open() {
    bundled = DefaultCorpus.bundledIndex();
    fixture = CorpusIndex.inMemory(Fixture.notes(), "fixture");
    bundledClassifier = DefaultCorpus.bundledModel().classifier();
    fixtureClassifier = NoteClassifier.train(Fixture.notes());
    texts = new ArrayList<>(List.of(ADVERSARIAL));
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    List<String> vocabulary = new ArrayList<>(new LinkedHashSet<>(wordsOf(notes)));
    for (int i = 0; i < notes.size(); i += 3) {
      CorpusNote n = notes.get(i);
      texts.add(TextMasker.mask(n.text(), n.recipient(), n.sender()));
      texts.add(n.text());
    }
    for (CorpusNote n : Fixture.notes()) {
      texts.add(TextMasker.mask(n.text(), n.recipient(), n.sender()));
    }
    Random random = new Random(77);
    String[] odd = {
      "—", "🚀", "\uD83D", "\uDC00", "Ünal", "_", "a_b", "’s", "'s", "42", ",", ".", "Zzname"
    };
    for (int t = 0; t < 1_500; t++) {
      StringBuilder b = new StringBuilder();
      int words = random.nextInt(40);
      for (int w = 0; w < words; w++) {
        b.append(w == 0 ? "" : random.nextInt(8) == 0 ? ", " : " ");
        b.append(
            random.nextInt(10) == 0
                ? odd[random.nextInt(odd.length)]
                : vocabulary.get(random.nextInt(vocabulary.size())));
      }
      texts.add(b.toString());
    }
  }

  private static List<String> wordsOf(List<CorpusNote> notes) {
    List<String> out = new ArrayList<>();
    for (CorpusNote n : notes) {
      out.addAll(NoteTerms.words(TextMasker.mask(n.text(), n.recipient(), n.sender())));
    }
    return out;
  }

  @AfterAll
  static void close() {
    bundled.close();
    fixture.close();
  }

  @Test
  void queryVectorsByWordsEqualThoseByStrings() {
    int byWords = 0;
    int unseen = 0;
    for (String text : texts) {
      NoteTerms.Both terms = NoteTerms.both(text);
      if (terms.words() != null && terms.words().size() >= 2) {
        byWords++;
      }
      for (CorpusIndex index : new CorpusIndex[] {bundled, fixture, bundled}) {
        double[] want = index.queryVectorByStrings(terms);
        assertArrayEquals(want, index.queryVector(terms), text); // bit for bit: delta 0
        for (String p : terms.phrases()) {
          unseen += index.termId("p:" + p) < 0 ? 1 : 0;
        }
      }
    }
    assertTrue(byWords > texts.size() * 9 / 10, "by words: " + byWords + " of " + texts.size());
    assertTrue(unseen > 10_000, "unseen word pairs: " + unseen);
  }

  @Test
  void classifierProbabilitiesByWordsAreOpenNlps() {
    Profile recipient =
        new Profile("Priya Raman", null, "Northwind", null, null, null, null, null, null, null);
    for (String text : texts) {
      NoteTerms.Both terms = NoteTerms.both(text);
      List<String> surface = NoteClassifier.surface(text, recipient);
      String[] features = NoteClassifier.features(terms, surface);
      for (NoteClassifier c :
          new NoteClassifier[] {bundledClassifier, fixtureClassifier, bundledClassifier}) {
        assertTrue(c.fast());
        assertBits(c.openNlpProbabilities(features), c.probabilities(terms, surface), text);
      }
    }
  }

  @Test
  void termsWithoutWordsOrWithFewerThanTwoTakeTheStringPath() {
    NoteTerms.Both one = NoteTerms.both("Hello");
    assertEquals(List.of("hello"), one.phrases());
    NoteTerms.Both none = new NoteTerms.Both(List.of("let", "connect"), List.of("let's connect"));
    assertNull(none.words());
    assertNotNull(NoteTerms.both("let's connect").words());
    assertEquals(none, NoteTerms.both("Let's connect"));
    for (NoteTerms.Both terms : List.of(one, none)) {
      assertArrayEquals(bundled.queryVectorByStrings(terms), bundled.queryVector(terms));
      String[] features = NoteClassifier.features(terms, List.of("#len1"));
      assertBits(
          bundledClassifier.openNlpProbabilities(features),
          bundledClassifier.probabilities(terms, List.of("#len1")),
          terms.toString());
    }
  }

  @Test
  void wordPairsFindWhatTheStringMapFinds() {
    Map<String, Integer> terms = new HashMap<>();
    String[] keys = {
      "add_you", "a_b_c", "a_b", "b_c", "_x", "x_", "_", "__", "plain", "", "Aa_BB", "BB_Aa", "é_🚀"
    };
    for (String k : keys) {
      terms.put(k, terms.size());
    }
    WordPairs pairs = WordPairs.of(terms, '_');
    String[] words = {
      "", "a", "b", "c", "a_b", "b_c", "add", "you", "x", "_", "Aa", "BB", "é", "🚀"
    };
    int found = 0;
    for (String first : words) {
      for (String second : words) {
        int want = terms.getOrDefault(first + "_" + second, -1);
        int got = pairs.id(pairs.word(first), pairs.word(second));
        assertEquals(want, got, first + " | " + second);
        found += got >= 0 ? 1 : 0;
      }
    }
    assertEquals(-1, pairs.word("plain"));
    assertEquals(-1, pairs.id(-1, pairs.word("a")));
    // every split of every key with a separator: a_b_c twice, __ twice, the others once
    assertEquals(13, found);
    WordPairs empty = WordPairs.of(Map.of(), ' ');
    assertEquals(-1, empty.id(empty.word("a"), empty.word("b")));
    Random random = new Random(5);
    Map<String, Integer> many = new HashMap<>();
    while (many.size() < 20_000) {
      many.putIfAbsent(
          Integer.toString(random.nextInt(300), 36)
              + " "
              + Integer.toString(random.nextInt(300), 36),
          many.size());
    }
    WordPairs big = WordPairs.of(many, ' ');
    for (int i = 0; i < 50_000; i++) {
      String a = Integer.toString(random.nextInt(320), 36);
      String b = Integer.toString(random.nextInt(320), 36);
      assertEquals(many.getOrDefault(a + " " + b, -1), big.id(big.word(a), big.word(b)), a + b);
    }
  }

  private static void assertBits(double[] want, double[] got, String what) {
    assertEquals(want.length, got.length, what);
    for (int i = 0; i < want.length; i++) {
      assertEquals(
          Double.doubleToRawLongBits(want[i]), Double.doubleToRawLongBits(got[i]), what + " " + i);
    }
  }
}
