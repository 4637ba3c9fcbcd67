package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NoteTerms#stemWords} gives the stem chain's tokens ({@link NoteTerms#stemTokens}): the
 * same stems at the same offsets, on corpus notes, generated notes and adversarial text; and the
 * {@code spam_like} span found from the words' ids is the one found by looking stems up by string.
 */
class StemWordsIT {
  private static CorpusIndex index;
  private static LabeledCorpusScorer scorer;
  private static List<String> texts;

  private static final String[] ADVERSARIAL = {
    "",
    " ",
    "Hi",
    "The of and to",
    "Priya's team's roadmap, JAMES'S book, the boss’s plan and the ＇s of it's",
    "'s ’s ＇S s' 's's rock'n'roll o'neil O'NEIL",
    "state-of-the-art co-founder e-mail re-connect --- - -- a-b-c",
    "Call +1 (555) 123-4567 or mail jane.doe@example.com, see https://acme.io/trial?x=1&y=2",
    "Élodie Ünal ÇAĞLAR İstanbul ıi Straße STRASSE Σίσυφος ΟΔΥΣΣΕΥΣ",
    "日本語のテキスト 中文文本 한국어 텍스트 ภาษาไทย العربية עברית",
    "emoji 🚀🚀 👋🏽 hi👋 ❤️ 🇺🇸 flags and 𝐛𝐨𝐥𝐝 𝓈𝒸𝓇𝒾𝓅𝓉 𐐀𐐨 Deseret",
    "x".repeat(254) + " " + "y".repeat(255) + " " + "z".repeat(256) + " end",
    "w".repeat(600) + "'s " + "v".repeat(1000),
    "\uD83D", // a lone surrogate
    "a\uDC00b boost your revenue \uD83D now",
    "running runs ran runner easily happiness generalization connected connecting connections",
  };

  @BeforeAll
  static void open() {
    index = DefaultCorpus.bundledIndex();
    scorer = new LabeledCorpusScorer(index, DefaultCorpus.bundledModel(), 10);
    texts = new ArrayList<>(List.of(ADVERSARIAL));
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    List<String> vocabulary = new ArrayList<>();
    for (CorpusNote n : notes) {
      texts.add(n.text());
      vocabulary.addAll(List.of(n.text().split(" ")));
    }
    Random random = new Random(11);
    for (int t = 0; t < 1_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int w = random.nextInt(50); w > 0; w--) {
        b.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
      }
      texts.add(b.toString());
    }
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void stemWordsAreTheStemChainsTokens() {
    int tokens = 0;
    for (String text : texts) {
      List<NoteTerms.Token> want = NoteTerms.stemTokens(text);
      List<NoteTerms.Token> got = new ArrayList<>();
      for (NoteTerms.WordAt w : NoteTerms.stemWords(text)) {
        got.add(new NoteTerms.Token(w.word().stem, w.start(), w.end()));
      }
      assertEquals(want, got, text);
      tokens += got.size();
    }
    assertTrue(tokens > 50_000, "tokens: " + tokens);
  }

  @Test
  void matchedRunByWordIdsIsTheOneByStrings() {
    int spans = 0;
    int spamNeighbours = 0;
    for (String text : texts) {
      String masked =
          TextMasker.mask(
              text, io.invitecheck.draft.Profile.EMPTY, io.invitecheck.draft.Profile.EMPTY);
      List<CorpusIndex.Hit> spam = scorer.spamNeighbours(masked);
      List<CorpusIndex.Hit> any = index.search(masked, 5);
      for (List<CorpusIndex.Hit> hits : List.of(spam, any)) {
        int[] want = matchedRunByStrings(index, text, hits);
        int[] got = scorer.matchedRunOf(text, hits);
        assertArrayEquals(want, got, text);
        spans += got != null ? 1 : 0;
      }
      spamNeighbours += spam.isEmpty() ? 0 : 1;
    }
    assertTrue(spans > 1_000, "spans: " + spans);
    assertTrue(spamNeighbours > 300, "notes with spam neighbours: " + spamNeighbours);
  }

  /**
   * The scorer's {@code matchedRun} as it was before the words kept their ids: the stem chain's
   * tokens and string lookups. The oracle the new one must equal (same span or null).
   */
  static int[] matchedRunByStrings(CorpusIndex index, String text, List<CorpusIndex.Hit> spamHits) {
    List<NoteTerms.Token> tokens = NoteTerms.stemTokens(text);
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double run = 0;
    int runStart = 0;
    int[] matchedBefore = new int[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      String stem = tokens.get(i).term();
      boolean matched = false;
      for (CorpusIndex.Hit h : spamHits) {
        if (index.hasStem(h.doc(), stem)) {
          matched = true;
          break;
        }
      }
      matchedBefore[i + 1] = matchedBefore[i] + (matched ? 1 : 0);
      double s = matched ? index.stemIdf(stem) : -1.5;
      if (run <= 0) {
        run = s;
        runStart = i;
      } else {
        run += s;
      }
      if (run > best) {
        best = run;
        bestStart = runStart;
        bestEnd = i;
      }
    }
    if (bestStart < 0 || matchedBefore[bestEnd + 1] - matchedBefore[bestStart] < 2) {
      return null;
    }
    return new int[] {tokens.get(bestStart).start(), tokens.get(bestEnd).end()};
  }
}
