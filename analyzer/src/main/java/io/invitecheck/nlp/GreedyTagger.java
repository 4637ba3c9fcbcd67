package io.invitecheck.nlp;

import io.invitecheck.memo.Memo;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;

/**
 * The UD part-of-speech model, decoded greedily.
 *
 * <p>Greedy decoding (a beam of one) gave the beam-of-three tags on all 85,334 corpus tokens;
 * {@code NoteReaderIT} checks the agreement on the corpus. Each token's best outcome comes from
 * {@link TagScorer}, which resolves a word's features once and adds the model's weights in
 * OpenNLP's order, so the tags are those of {@code model.getBestOutcome(model.eval(...))} on the
 * feature strings of the model's generator ({@code TagScorerIT} checks every corpus token). That
 * costs about as little per token as looking the token up in a memo did (measured: the memo of
 * {@link Window}s it replaced made unique notes slower and mail merges no faster), so there is no
 * per-token memo on that path; repeated sentences are still read once ({@link NoteReader}).
 *
 * <p>For a model whose features {@link TagScorer} does not compute, tagging falls back to OpenNLP's
 * own evaluation memoized by {@link Window}: the model's feature generator (token, prefix, suffix
 * and class of the word, the words two either side, sentence-begin marks in that window, and the
 * two previous tags) makes a token's tag a function of the five words around it, where it stands
 * among the first three positions, and the two tags before it.
 *
 * <p>Thread-safe: the model, scorer and memo are shared; the context generator (which caches per
 * sentence) belongs to one thread, so each thread asks {@link #contexts()} for its own.
 */
final class GreedyTagger {
  /** Windows kept tagged, about 250 bytes each: 50,000 is some 12 MB. */
  static final int MEMO_CAPACITY = 50_000;

  private final POSModel pos;
  private final MaxentModel model;
  private final Memo<Window, String> memo = new Memo<>(MEMO_CAPACITY);
  private final TagScorer scorer;

  /**
   * What a token's features see: its position (0, 1, 2, or 3 for any later one), the words from two
   * before to two after (null outside the sentence), and the two tags before it.
   */
  private record Window(
      int position,
      String before2,
      String before1,
      String word,
      String after1,
      String after2,
      String tag1,
      String tag2) {}

  GreedyTagger(POSModel pos) {
    this.pos = pos;
    this.model = pos.getArtifact("pos.model");
    if (model == null) {
      throw new IllegalStateException("the part-of-speech model has no maxent model inside");
    }
    if (pos.getFactory().getTagDictionary() != null) {
      throw new IllegalStateException(
          "the part-of-speech model has a tag dictionary, which greedy decoding does not apply");
    }
    this.scorer = TagScorer.of(pos).orElse(null);
  }

  /** A context generator for one thread. */
  POSContextGenerator contexts() {
    return pos.getFactory().getPOSContextGenerator();
  }

  /** The tags of one sentence's words. */
  String[] tag(String[] words, POSContextGenerator contexts) {
    if (scorer == null) {
      return tagByOpenNlp(words, contexts);
    }
    int[] ids = tagIds(scorer.resolve(words));
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      tags[i] = scorer.outcome(ids[i]);
    }
    return tags;
  }

  /** The scorer, or null when the model's features are not those it computes. */
  TagScorer scorer() {
    return scorer;
  }

  /** The tag ids (outcome ids of {@link #scorer()}, not null) of one sentence's resolved words. */
  int[] tagIds(TagScorer.Word[] resolved) {
    int[] ids = new int[resolved.length];
    double[] sums = new double[scorer.outcomeCount()];
    for (int i = 0; i < resolved.length; i++) {
      ids[i] = scorer.best(resolved, i, ids, sums);
    }
    return ids;
  }

  /**
   * OpenNLP's own greedy path, memoized by {@link Window}: for a model whose features {@link
   * TagScorer} does not know, and as the reference in tests.
   */
  String[] tagByOpenNlp(String[] words, POSContextGenerator contexts) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      Window w =
          new Window(
              Math.min(i, 3),
              at(words, i - 2),
              at(words, i - 1),
              words[i],
              at(words, i + 1),
              at(words, i + 2),
              at(tags, i - 1),
              at(tags, i - 2));
      final int index = i;
      tags[i] =
          memo.get(
              w,
              k -> model.getBestOutcome(model.eval(contexts.getContext(index, words, tags, null))));
    }
    return tags;
  }

  private static String at(String[] a, int i) {
    return i >= 0 && i < a.length ? a[i] : null;
  }
}
