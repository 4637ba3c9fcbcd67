package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link TokenScorer} against OpenNLP's {@link TokenizerME} on every white-space-free chunk of the
 * bundled corpus and on thousands of generated ones: the same feature strings as the model's
 * generator, the same sums at every position (bit for bit, seen through the probabilities {@code
 * model.eval} gives), and the same tokens.
 */
class TokenScorerIT {
  private static NlpModels models;
  private static TokenScorer scorer;
  private static TokenizerME tokenizer;

  @BeforeAll
  static void load() {
    models = NlpModels.load();
    scorer = TokenScorer.of(models.tokens).orElseThrow();
    tokenizer = new TokenizerME(models.tokens);
  }

  /** The distinct chunks of the corpus notes, normalized as the reader reads them. */
  private static Set<String> corpusChunks() {
    Set<String> chunks = new LinkedHashSet<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      for (String c : NoteReader.normalize(n.text()).split("\\s+")) {
        if (!c.isEmpty() && c.length() <= NoteReader.MAX_MODEL_CHUNK) {
          chunks.add(c);
        }
      }
    }
    return chunks;
  }

  /**
   * Chunks made of characters the tokenizer splits on and around: letters of several scripts and
   * cases, digits, quotes, brackets, sentence ends, symbols, a surrogate pair; seeded.
   */
  static Set<String> generatedChunks(int count) {
    String[] pieces = {
      "a", "b", "Z", "Q", "é", "Ş", "ß", "ж", "Ж", "中", "0", "7", "42", ".", ",", "!", "?", ":",
      ";", "'", "\"", "`", "(", ")", "[", "]", "{", "}", "-", "--", "/", "@", "#", "$", "%", "&",
      "*", "+", "=", "_", "~", "…", "🚀", "'s", "n't", "http://", ".com", "e.g.", "&amp;", "Mr.",
      "U.S.", "B2B", "1,000", "3.5", "10/12", "™", "\u00AD"
    };
    Random random = new Random(20261127L);
    Set<String> out = new LinkedHashSet<>();
    while (out.size() < count) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String chunk = b.toString();
      if (TokenScorer.handles(chunk) && chunk.length() <= NoteReader.MAX_MODEL_CHUNK) {
        out.add(chunk);
      }
    }
    return out;
  }

  private static int check(Set<String> chunks) {
    TokenContextGenerator contexts = models.tokens.getFactory().getContextGenerator();
    MaxentModel model = models.tokens.getMaxentModel();
    double[] sums = new double[model.getNumOutcomes()];
    int positions = 0;
    for (String chunk : chunks) {
      assertTrue(TokenScorer.handles(chunk), chunk);
      for (int i = 1; i < chunk.length(); i++) {
        String[] theirs = contexts.getContext(chunk, i);
        String[] ours = TokenScorer.features(chunk, i);
        if (!Arrays.equals(theirs, ours)) {
          fail(
              chunk + " at " + i + ": " + Arrays.toString(theirs) + " vs " + Arrays.toString(ours));
        }
        scorer.sum(chunk, i, sums);
        double[] probabilities = sums.clone();
        GisArgmax.exactArgmax(probabilities);
        if (!Arrays.equals(model.eval(theirs), probabilities)) {
          fail(chunk + " at " + i + ": other sums than OpenNLP's");
        }
        positions++;
      }
      assertArrayEquals(
          TokenScorer.bounds(tokenizer.tokenizePos(chunk)), scorer.bounds(chunk), chunk);
    }
    return positions;
  }

  @Test
  void everyCorpusChunkGetsOpenNlpsFeaturesSumsAndTokens() {
    Set<String> chunks = corpusChunks();
    int positions = check(chunks);
    assertTrue(chunks.size() > 10_000, "chunks: " + chunks.size());
    assertTrue(positions > 50_000, "positions: " + positions);
  }

  @Test
  void generatedChunksGetOpenNlpsFeaturesSumsAndTokens() {
    int positions = check(generatedChunks(20_000));
    assertTrue(positions > 100_000, "positions: " + positions);
  }

  @Test
  void theReaderTokenizesGeneratedSentencesAsOpenNlpDoes() {
    Random random = new Random(7L);
    String[] chunks = generatedChunks(3_000).toArray(new String[0]);
    io.invitecheck.memo.Memo<String, NoteReader.Chunk> memo = new io.invitecheck.memo.Memo<>(500);
    for (int s = 0; s < 3_000; s++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int c = 0; c < n; c++) {
        b.append(c == 0 ? "" : random.nextInt(5) == 0 ? "  " : " ");
        b.append(chunks[random.nextInt(chunks.length)]);
      }
      String sentence = b.toString();
      NoteReader.Tokens ours =
          NoteReader.tokenize(tokenizer, scorer, sentence, memo, w -> new KnownWord(w, null));
      assertArrayEquals(
          TokenScorer.bounds(tokenizer.tokenizePos(sentence)), ours.bounds(), sentence);
    }
  }
}
