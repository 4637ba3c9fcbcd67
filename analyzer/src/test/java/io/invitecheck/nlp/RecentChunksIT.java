package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.memo.Memo;
import io.invitecheck.memo.RecentChars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reader's tokenization from the note's characters through a thread's {@link RecentChars}
 * against the code it replaced (each chunk cut out with {@code String.charAt} and {@code substring}
 * and looked up in the shared memo), on every sentence of the corpus and 30,000 generated ones with
 * UTF-16 letters, surrogate pairs, lone surrogates, unusual white space and empty sentences: the
 * same token bounds and words.
 */
class RecentChunksIT {
  private static NlpModels models;
  private static TokenizerME tokenizer;
  private static TokenScorer scorer;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    tokenizer = new TokenizerME(models.tokens);
    scorer = TokenScorer.of(models.tokens).orElseThrow();
  }

  /** The tokenization this replaced, as it was: the reference. */
  private static NoteReader.Tokens before(
      String sentence, Memo<String, NoteReader.Chunk> chunks, Function<String, KnownWord> words) {
    int[] bounds = new int[16];
    KnownWord[] known = new KnownWord[8];
    int count = 0;
    int i = 0;
    int n = sentence.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(sentence.charAt(i))) {
        i++;
      }
      if (i > start) {
        NoteReader.Chunk chunk = chunks.get(sentence.substring(start, i), c -> reference(c, words));
        int[] parts = chunk.bounds();
        if (2 * count + parts.length > bounds.length) {
          bounds = Arrays.copyOf(bounds, Math.max(bounds.length * 2, 2 * count + parts.length));
        }
        if (count + chunk.words().length > known.length) {
          known = Arrays.copyOf(known, Math.max(known.length * 2, count + chunk.words().length));
        }
        for (int p = 0; p < parts.length; p++) {
          bounds[2 * count + p] = start + parts[p];
        }
        System.arraycopy(chunk.words(), 0, known, count, chunk.words().length);
        count += chunk.words().length;
      }
    }
    return new NoteReader.Tokens(Arrays.copyOf(bounds, 2 * count), Arrays.copyOf(known, count));
  }

  /** A chunk tokenized by OpenNLP's tokenizer (or the simple one when over-long), no scorer. */
  private static NoteReader.Chunk reference(String chunk, Function<String, KnownWord> words) {
    Span[] spans =
        chunk.length() > NoteReader.MAX_MODEL_CHUNK
            ? opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenizePos(chunk)
            : tokenizer.tokenizePos(chunk);
    int[] bounds = TokenScorer.bounds(spans);
    KnownWord[] w = new KnownWord[spans.length];
    for (int t = 0; t < w.length; t++) {
      w[t] = words.apply(chunk.substring(bounds[2 * t], bounds[2 * t + 1]));
    }
    return new NoteReader.Chunk(bounds, w);
  }

  /** Sentences of the corpus notes, normalized, as the reader cuts them. */
  private static List<String> corpusSentences() {
    NoteReader reader = new NoteReader(models);
    List<String> out = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      AnalyzedNote a = reader.read(n.text());
      String normalized = NoteReader.normalize(n.text());
      for (int s = 0; s < a.sentenceCount(); s++) {
        out.add(normalized.substring(a.sentenceStart(s), a.sentenceEnd(s)));
      }
    }
    return out;
  }

  /** Sentences of corpus words, symbols, UTF-16 and surrogates, and odd white space; seeded. */
  private static List<String> generatedSentences(List<String> corpus, int count) {
    String[] pieces = {
      "Hi",
      "Jane",
      "Jane,",
      "talk",
      "talk!",
      "é",
      "Ş",
      "ж",
      "中文",
      "🚀",
      "\uD83D",
      "\uDE80",
      "x\uDE80",
      "e.g.",
      "U.S.",
      "1,000",
      "3.5",
      "'s",
      "n't",
      "(",
      ")",
      "...",
      "—",
      "-",
      "@acme",
      "http://x.io",
      "a".repeat(NoteReader.MAX_MODEL_CHUNK + 3),
      "b".repeat(RecentChars.WIDTH - 1),
      "c".repeat(RecentChars.WIDTH),
      "Aa",
      "BB",
      "\u00AD",
      "™"
    };
    String[] spaces = {
      " ", " ", " ", "  ", "\t", "\n", "\u2028", "\u3000", "\u001C", "\u00A0", "\u2007"
    };
    Random random = new Random(91L);
    List<String> out = new ArrayList<>();
    out.add("");
    out.add(" ");
    out.add("\u3000\u2028");
    while (out.size() < count) {
      StringBuilder b = new StringBuilder();
      if (random.nextInt(4) == 0) {
        b.append(spaces[random.nextInt(spaces.length)]);
      }
      int chunks = random.nextInt(14);
      for (int c = 0; c < chunks; c++) {
        if (c > 0) {
          b.append(spaces[random.nextInt(spaces.length)]);
        }
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
          if (random.nextBoolean()) {
            String s = corpus.get(random.nextInt(corpus.size()));
            String[] words = s.split(" ");
            b.append(words[random.nextInt(words.length)]);
          } else {
            b.append(pieces[random.nextInt(pieces.length)]);
          }
        }
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void sameTokensAsTheCharAtAndSubstringPathOnCorpusAndGeneratedSentences() {
    List<String> sentences = corpusSentences();
    sentences.addAll(generatedSentences(sentences, 30_000));
    // both sides see every chunk first through a memo that keeps few, so they are tokenized anew
    Memo<String, NoteReader.Chunk> theirs = new Memo<>(200);
    Memo<String, NoteReader.Chunk> ours = new Memo<>(200);
    Function<String, KnownWord> words = w -> new KnownWord(w, null);
    RecentChars<NoteReader.Chunk> recent = new RecentChars<>();
    Random random = new Random(5L);
    int tokens = 0;
    int utf16 = 0;
    for (String sentence : sentences) {
      NoteReader.Tokens expected = before(sentence, theirs, words);
      // the sentence inside a longer text, as it sits in a note, from a random offset
      String pad = random.nextBoolean() ? "Hello there. " : "\uD83D\uDE00 ok. ";
      char[] note = (pad + sentence + " Bye.").toCharArray();
      int from = pad.length();
      NoteReader.Tokens actual =
          NoteReader.tokenize(
              tokenizer, scorer, note, from, from + sentence.length(), recent, ours, words);
      assertArrayEquals(expected.bounds(), actual.bounds(), sentence);
      assertEquals(expected.count(), actual.count(), sentence);
      for (int t = 0; t < actual.count(); t++) {
        assertEquals(expected.words()[t].text, actual.words()[t].text, sentence);
        assertEquals(
            sentence.substring(actual.bounds()[2 * t], actual.bounds()[2 * t + 1]),
            actual.words()[t].text,
            sentence);
      }
      // and the string form of the new path, without recent chunks
      assertArrayEquals(
          expected.bounds(),
          NoteReader.tokenize(tokenizer, scorer, sentence, ours, words).bounds(),
          sentence);
      tokens += actual.count();
      if (sentence.chars().anyMatch(c -> c > 0xFF)) {
        utf16++;
      }
    }
    assertTrue(tokens > 300_000, "tokens: " + tokens);
    assertTrue(utf16 > 10_000, "UTF-16 sentences: " + utf16);
  }

  @Test
  void whiteSpaceIsCharacterIsWhitespaceOnEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(
          Character.isWhitespace((char) c), NoteReader.isWhitespace((char) c), "char " + c);
    }
  }
}
