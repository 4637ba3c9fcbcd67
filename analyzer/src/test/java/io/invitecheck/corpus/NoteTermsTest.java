package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NoteTerms#both}, one tokenizer pass with word pairs made from its lower-cased tokens,
 * gives exactly what the two Lucene chains give ({@link NoteTerms#bothByTwoChains}): on every
 * corpus note, raw and masked, on thousands of generated notes and on adversarial text.
 */
class NoteTermsTest {
  private static final String[] ADVERSARIAL = {
    "",
    " ",
    "\n\t ",
    "Hi",
    "the",
    "The of and to",
    "Hello!",
    "I'd like to add you to my network.",
    "Priya's team's roadmap, JAMES'S book, the boss’s plan and the ＇s of it's",
    "'s ’s ＇S s' 's's rock'n'roll o'neil O'NEIL",
    "don't can't won't shouldn't y'all ma'am",
    "state-of-the-art co-founder e-mail re-connect --- - -- a-b-c",
    "3.14 1,000,000 2024-05-01 10:30am 3x 15min #1 v2.0.1 0x1F",
    "Call +1 (555) 123-4567 or mail jane.doe@example.com, see https://acme.io/trial?x=1&y=2",
    "Élodie Ünal ÇAĞLAR İstanbul ıi Straße STRASSE Σίσυφος ΟΔΥΣΣΕΥΣ",
    "日本語のテキスト 中文文本 한국어 텍스트 ภาษาไทย العربية עברית",
    "emoji 🚀🚀 👋🏽 hi👋 ❤️ 🇺🇸 flags and 𝐛𝐨𝐥𝐝 𝓈𝒸𝓇𝒾𝓅𝓉 𐐀𐐨 Deseret",
    "zzname zzorg ZZNAME Zzorg zzname's",
    "a an and are as at be but by for if in into is it no not of on or such that the their then"
        + " there these they this to was will with",
    "tab\tsep\u00a0nbsp\u2009thin\u200bzero\u200dwidth\ufeffbom",
    "x".repeat(254) + " " + "y".repeat(255) + " " + "z".repeat(256) + " end",
    "w".repeat(600) + "'s " + "v".repeat(1000),
    "ＦＵＬＬＷＩＤＴＨ ｆｕｌｌ １２３ Ｒｏｍａｎ Ⅻ ⅻ",
    "camelCase snake_case kebab-case PascalCase UPPER_SNAKE a_b",
    "... !!! ??? ;;; ::: ''' \"\"\" ((( )))",
    "running runs ran runner easily happiness generalization connected connecting connections",
    "I I I I I the the the the",
    "\uD83D", // a lone surrogate
    "a\uDC00b",
  };

  private static void assertSame(String text) {
    NoteTerms.Both want = NoteTerms.bothByTwoChains(text);
    NoteTerms.Both got = NoteTerms.both(text);
    assertEquals(want.stems(), got.stems(), text);
    assertEquals(want.phrases(), got.phrases(), text);
  }

  @Test
  void adversarialTextGivesWhatTheTwoChainsGive() {
    for (String text : ADVERSARIAL) {
      assertSame(text);
    }
    // the chains did find pairs and one-word notes as expected
    assertEquals(List.of("hi"), NoteTerms.both("Hi").phrases());
    assertEquals(List.of(), NoteTerms.both(" ").phrases());
    assertEquals(
        List.of("i'd like", "like to", "to add", "add you", "you to", "to my", "my network"),
        NoteTerms.both("I'd like to add you to my network.").phrases());
    assertEquals(
        List.of("priya", "team", "roadmap"), NoteTerms.both("Priya's team's roadmap").stems());
  }

  @Test
  void everyCorpusNoteRawAndMaskedGivesWhatTheTwoChainsGive() {
    int terms = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      assertSame(n.text());
      String masked = TextMasker.mask(n.text(), n.recipient(), n.sender());
      assertSame(masked);
      terms += NoteTerms.both(masked).phrases().size();
    }
    assertTrue(terms > 50_000, "word pairs: " + terms);
  }

  @Test
  void generatedNotesGiveWhatTheTwoChainsGive() {
    List<String> words = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      for (String w : n.text().split(" ")) {
        words.add(w);
      }
    }
    String[] pieces = {
      "'s",
      "’s",
      "'",
      "’",
      "-",
      "--",
      ".",
      ",",
      "!",
      "?",
      "\n",
      "  ",
      "🚀",
      "é",
      "İ",
      "ß",
      "3",
      "42",
      "x2",
      "https://a.io/b",
      "@",
      "#",
      "THE",
      "The",
      "of",
      "&",
      "’S",
      "\u00a0",
      "日本",
      "ไทย",
    };
    Random random = new Random(3);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(40);
      for (int w = 0; w < length; w++) {
        int r = random.nextInt(10);
        if (r < 6) {
          sb.append(words.get(random.nextInt(words.size())));
        } else if (r < 9) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        } else {
          sb.append((char) random.nextInt(0x3000));
        }
        if (random.nextInt(4) != 0) {
          sb.append(' ');
        }
      }
      assertSame(sb.toString());
    }
  }

  @Test
  void threadsEachReuseTheirOwnChain() throws InterruptedException {
    List<CorpusNote> notes = DefaultCorpus.bundledNotes();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      int offset = t;
      threads[t] =
          new Thread(
              () -> {
                try {
                  for (int i = offset; i < notes.size(); i += 3) {
                    assertSame(notes.get(i).text());
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void recentWordsGiveTheWordOfTheTokensCharactersEvenWhenSlotsCollide() {
    List<String> asked = new ArrayList<>();
    NoteTerms.RecentWords recent =
        new NoteTerms.RecentWords(
            new io.invitecheck.memo.Memo<>(5),
            w -> {
              asked.add(w);
              return new NoteTerms.Word(w, w.isEmpty() ? null : "stem of " + w);
            });
    // "Aa" and "BB" (and "AaAa", "AaBB", ...) share a hash, so a slot; "" and the odd ones too
    String[] tokens = {
      "aa",
      "bb",
      "Aa",
      "BB",
      "AaAa",
      "BBBB",
      "AaBB",
      "BBAa",
      "",
      "\uD83D",
      "\uDC00",
      "é",
      "🚀",
      "a b",
      "x".repeat(15), // the longest a slot keeps
      "x".repeat(16), // too long to keep: always the memo's
      "y".repeat(300)
    };
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      String t = tokens[random.nextInt(tokens.length)];
      char[] chars = (t + "tail").toCharArray(); // the token is a prefix of the array
      NoteTerms.Word w = recent.get(chars, t.length());
      assertEquals(t, w.lowered);
      assertEquals(t.isEmpty() ? null : "stem of " + t, w.stem);
      assertEquals(t.indexOf(' ') < 0, w.plain);
    }
    // a memo of 5 words is emptied often: the slots keep what it forgot
    assertTrue(asked.size() >= tokens.length, "memo asked " + asked.size());
    for (int i = 0; i < io.invitecheck.memo.RecentChars.SLOTS * 3; i++) {
      String t = Integer.toString(i, 36);
      assertEquals(t, recent.get(t.toCharArray(), t.length()).lowered);
    }
  }
}
