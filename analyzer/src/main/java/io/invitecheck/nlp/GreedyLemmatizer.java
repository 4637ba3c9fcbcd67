package io.invitecheck.nlp;

import io.invitecheck.memo.Memo;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The UD lemmatizer's own maxent model, decoded greedily and memoized.
 *
 * <p>{@link LemmatizerME} runs a beam search of width 3 over the model's 860 lemma-edit outcomes
 * and spends about 4 ms on a note, most of it sorting outcomes. The model's features for a token
 * are the word, its tag and the outcome chosen for the previous token only (see OpenNLP's {@code
 * DefaultLemmatizerContextGenerator}), so with greedy decoding the outcome is a pure function of
 * (word, tag, previous outcome) and can be memoized. Measured on the 85,334 tokens of the bundled
 * corpus: 3 tokens get a different lemma than the beam search gives ("tiling"/VERB → "tile" instead
 * of "tiling"; "Oakhurst's", "Dagens"), and the memo answers a repeat in well under a microsecond.
 *
 * <p>A token's outcome is the model's best for its features, found by {@link GisArgmax} from the
 * sums of weights (the same doubles as OpenNLP's) without exponentiating all 860 outcomes; {@code
 * GisArgmaxIT} checks it against {@code model.eval} on every corpus token.
 *
 * <p>Thread-safe: the model and the memo are shared; the context generator keeps no state.
 */
final class GreedyLemmatizer {
  /**
   * (word, tag, previous outcome) entries kept, about 150 bytes each: 50,000 is some 8 MB. The
   * whole corpus needs 15,000.
   */
  static final int MEMO_CAPACITY = 50_000;

  private static final String START = "";

  private final MaxentModel model;
  private final LemmatizerContextGenerator contexts;
  private final Memo<String, String> memo = new Memo<>(MEMO_CAPACITY);
  private final GisArgmax gis;

  /**
   * The features' parameters without their strings, for {@link #lemmatize(KnownWord[], String[],
   * String[], int[], int)}; null when the tags are not given or the generator is not one it knows.
   */
  private final LemmaContexts fastContexts;

  GreedyLemmatizer(LemmatizerModel lemmatizer) {
    this(lemmatizer, null);
  }

  /**
   * A lemmatizer that also resolves the features of a word it has not seen without building their
   * strings ({@link LemmaContexts}), given the tagger's tags by outcome id ({@code tagsById}, or
   * null).
   */
  GreedyLemmatizer(LemmatizerModel lemmatizer, String[] tagsById) {
    this.model = lemmatizer.getArtifact("lemmatizer.model");
    this.contexts = lemmatizer.getFactory().getContextGenerator();
    if (model == null) {
      throw new IllegalStateException("the lemmatizer model has no maxent model inside");
    }
    this.gis = GisArgmax.of(model).orElse(null);
    this.fastContexts =
        gis == null || tagsById == null
            ? null
            : LemmaContexts.of(contexts, gis, tagsById).orElse(null);
  }

  /** The lemmas of one sentence's words, given their part-of-speech tags. */
  String[] lemmatize(String[] words, String[] tags) {
    String[] outcomes = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String previous = i == 0 ? START : outcomes[i - 1];
      final int at = i;
      outcomes[i] =
          memo.get(
              words[i] + '\u0000' + tags[i] + '\u0000' + previous,
              k -> best(contexts.getContext(at, words, tags, outcomes)));
    }
    return LemmatizerME.decodeLemmas(words, outcomes);
  }

  /** Whether a word's features are resolved without their strings ({@link LemmaContexts}). */
  boolean resolvesWithoutStrings() {
    return fastContexts != null;
  }

  /** Whether {@link #lemmatize(KnownWord[], String[], String[], int[], int)} can be used. */
  boolean readsKnownWords() {
    return gis != null && (long) gis.outcomes().length * TAG_IDS < Integer.MAX_VALUE;
  }

  /** Tag ids a key makes room for; more give a key collision, so they are refused. */
  private static final int TAG_IDS = 1 << 10;

  /**
   * {@link #lemmatize(String[], String[])} for words the reader knows, the tags given also as the
   * tagger's outcome ids (below {@code tagCount}): the outcome of a (word, tag, previous outcome)
   * is kept in the word's {@link KnownWord} and found by an int key, without building a string.
   * Only when {@link #readsKnownWords()}.
   */
  String[] lemmatize(KnownWord[] known, String[] words, String[] tags, int[] tagIds, int tagCount) {
    if (tagCount > TAG_IDS) {
      return lemmatize(words, tags);
    }
    String[] labels = gis.outcomes();
    String[] outcomes = new String[words.length];
    String[] lemmas = new String[words.length];
    int previous = -1;
    for (int i = 0; i < words.length; i++) {
      int key = (previous + 1) * TAG_IDS + tagIds[i];
      KnownWord.Lemma entry = known[i].lemma(key);
      if (entry == null) {
        int outcome = outcomeOf(known[i], tagIds[i], previous, i, words, tags, outcomes);
        String[] decoded =
            LemmatizerME.decodeLemmas(new String[] {words[i]}, new String[] {labels[outcome]});
        entry = new KnownWord.Lemma(outcome, decoded[0]);
        known[i].keep(key, entry);
      }
      previous = entry.outcome();
      outcomes[i] = labels[previous];
      lemmas[i] = entry.lemma();
    }
    return lemmas;
  }

  /**
   * The best outcome for token {@code i}, whose word is {@code word} with tag id {@code tag} after
   * outcome id {@code previous}: from the parameters {@link LemmaContexts} resolves when it can
   * (the same parameters in the same order as the generator's strings), else from the strings.
   */
  private int outcomeOf(
      KnownWord word,
      int tag,
      int previous,
      int i,
      String[] words,
      String[] tags,
      String[] outcomes) {
    LemmaContexts fast = fastContexts;
    if (fast == null) {
      return gis.bestIndex(contexts.getContext(i, words, tags, outcomes));
    }
    LemmaContexts.Word features = word.lemmaFeatures;
    if (features == null) {
      features = fast.word(word.text);
      word.lemmaFeatures = features;
    }
    Context[] found = new Context[LemmaContexts.MAX_FEATURES];
    return gis.bestIndex(found, fast.contexts(features, tag, previous, found));
  }

  /** The model's best outcome for the features, without exponentiating all 860 when it can. */
  private String best(String[] features) {
    return gis != null ? gis.best(features) : model.getBestOutcome(model.eval(features));
  }
}
