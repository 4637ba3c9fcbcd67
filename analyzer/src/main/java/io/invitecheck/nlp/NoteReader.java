package io.invitecheck.nlp;

import io.invitecheck.memo.AfterUses;
import io.invitecheck.memo.Memo;
import io.invitecheck.memo.RecentChars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Stage 1: reads a note with OpenNLP into an {@link AnalyzedNote}. Thread-safe: the models are
 * shared, and each thread gets its own {@code *ME} instances (they keep state between calls and
 * give wrong results when shared).
 */
public final class NoteReader {
  /** Sentences kept read, about 1.5 KB each: 5,000 is some 8 MB. */
  static final int SENTENCE_MEMO_CAPACITY = 5_000;

  /**
   * White-space-delimited chunks kept tokenized, about 150 bytes each (their {@link KnownWord}s are
   * shared with the word memo).
   */
  static final int CHUNK_MEMO_CAPACITY = 20_000;

  private final NlpModels models;
  private final ThreadLocal<Engines> engines;
  private final GreedyTagger tagger;
  private final GreedyLemmatizer lemmatizer;
  private final Memo<String, ReadSentence> sentenceMemo = new Memo<>(SENTENCE_MEMO_CAPACITY);

  /**
   * Words kept with their tagger features and lemmatizer outcomes ({@link KnownWord}), about 600
   * bytes each: 30,000 is some 18 MB; they replace the tagger's memo of 20,000 words (10 MB) and
   * the lemmatizer's of 50,000 (word, tag, previous outcome) strings (8 MB).
   */
  static final int WORD_MEMO_CAPACITY = 30_000;

  private final Memo<String, Chunk> chunkMemo = new Memo<>(CHUNK_MEMO_CAPACITY);
  private final Memo<String, KnownWord> wordMemo = new Memo<>(WORD_MEMO_CAPACITY);
  private final Function<String, KnownWord> knownWord;
  private final boolean fastLemmas;

  /**
   * Built after {@link #FAST_TOKENS_AFTER} sentences (null inside when the model is not one it
   * replicates): building its table and checking it costs some 20 ms, which a one-note check does
   * not recover; until then OpenNLP's tokenizer gives the same tokens.
   */
  private final AfterUses<TokenScorer> tokenScorer;

  static final int FAST_TOKENS_AFTER = 64;

  /**
   * Built after {@link #FAST_SENTENCES_AFTER} notes (null inside when the model is not one it
   * replicates): its table and probe cost a few milliseconds, which a one-note check need not
   * spend; until then OpenNLP's sentence detector gives the same sentences.
   */
  private final AfterUses<SentenceScorer> sentenceScorer;

  static final int FAST_SENTENCES_AFTER = 16;

  public NoteReader(NlpModels models) {
    this.models = models;
    this.tagger = new GreedyTagger(models.pos);
    this.engines = ThreadLocal.withInitial(() -> new Engines(models, tagger));
    TagScorer scorer = tagger.scorer();
    this.lemmatizer = new GreedyLemmatizer(models.lemmas, scorer == null ? null : tagsById(scorer));
    this.knownWord =
        w -> wordMemo.get(w, k -> new KnownWord(k, scorer == null ? null : scorer.resolve(k)));
    this.fastLemmas = scorer != null && lemmatizer.readsKnownWords();
    this.tokenScorer =
        new AfterUses<>(FAST_TOKENS_AFTER, () -> TokenScorer.of(models.tokens).orElse(null));
    this.sentenceScorer =
        new AfterUses<>(
            FAST_SENTENCES_AFTER, () -> SentenceScorer.of(models.sentences).orElse(null));
  }

  private static String[] tagsById(TagScorer scorer) {
    String[] tags = new String[scorer.outcomeCount()];
    for (int i = 0; i < tags.length; i++) {
      tags[i] = scorer.outcome(i);
    }
    return tags;
  }

  /** Reads a note. Never fails on any string; an empty note gives no tokens. */
  public AnalyzedNote read(String text) {
    return read(text, null);
  }

  /**
   * {@link #read(String)}, giving in {@code englishKindsOut[0]} (when not null) the tokens' {@link
   * CommonEnglish#kind}s the language was decided by, for tests comparing them with the kinds of
   * the normalized note's token substrings.
   */
  AnalyzedNote read(String text, byte[][] englishKindsOut) {
    Engines e = engines.get();
    String normalized = normalize(text);
    SentenceScorer sentenceFinder = sentenceScorer.get();
    Span[] sentences =
        sentenceFinder != null
            ? sentenceFinder.sentPosDetect(normalized)
            : e.sentences.sentPosDetect(normalized);
    ReadSentence[] read = new ReadSentence[sentences.length];
    int total = 0;
    char[] chars = null; // the normalized note's characters, once a sentence needs tokenizing
    for (int s = 0; s < sentences.length; s++) {
      int start = sentences[s].getStart();
      int end = sentences[s].getEnd();
      String sentence = normalized.substring(start, end);
      int budget = MAX_TAGGED_TOKENS - total;
      ReadSentence known = sentenceMemo.getIfPresent(sentence);
      if (known != null && known.length() <= budget) {
        read[s] = known;
      } else {
        if (chars == null) {
          chars = normalized.toCharArray();
        }
        read[s] = read(e, sentence, chars, start, end, budget);
      }
      total += read[s].length();
    }
    int[] tokenStarts = new int[total];
    int[] tokenEnds = new int[total];
    String[] tags = new String[total];
    String[] lemmas = new String[total];
    byte[] englishKinds = new byte[total];
    int[] sentenceStarts = new int[sentences.length];
    int[] sentenceEnds = new int[sentences.length];
    int t = 0;
    for (int s = 0; s < sentences.length; s++) {
      int base = sentences[s].getStart();
      sentenceStarts[s] = base;
      sentenceEnds[s] = sentences[s].getEnd();
      ReadSentence r = read[s];
      for (int i = 0; i < r.length(); i++) {
        tokenStarts[t + i] = base + r.starts[i];
        tokenEnds[t + i] = base + r.ends[i];
      }
      System.arraycopy(r.tags, 0, tags, t, r.length());
      System.arraycopy(r.lemmas, 0, lemmas, t, r.length());
      System.arraycopy(r.englishKinds, 0, englishKinds, t, r.length());
      t += r.length();
    }
    if (englishKindsOut != null) {
      englishKindsOut[0] = englishKinds;
    }
    Language language = detectLanguage(e, normalized, englishKinds);
    return new AnalyzedNote(
        text,
        sentenceStarts,
        sentenceEnds,
        tokenStarts,
        tokenEnds,
        tags,
        lemmas,
        language.getLang(),
        language.getConfidence());
  }

  /**
   * One sentence read: token offsets relative to the sentence, tags, lemmas and each token's {@link
   * CommonEnglish#kind} (kept in its {@link KnownWord}, so a word is looked up in the common words
   * once, not once per note). Immutable once built (the memo shares it between notes).
   */
  private record ReadSentence(
      int[] starts, int[] ends, String[] tags, String[] lemmas, byte[] englishKinds) {
    int length() {
      return starts.length;
    }
  }

  /**
   * Tokenizes, tags and lemmatizes one sentence not found read before, {@code sentence} being
   * {@code chars[from, to)}; tokens past {@code budget} are not tagged (and such a partly tagged
   * sentence is not kept).
   */
  private ReadSentence read(
      Engines e, String sentence, char[] chars, int from, int to, int budget) {
    Tokens tokens =
        tokenize(
            e.tokens, tokenScorer.get(), chars, from, to, e.recentChunks, chunkMemo, knownWord);
    ReadSentence r = read(e, tokens, Math.max(0, budget));
    if (tokens.count() <= budget) {
      sentenceMemo.put(sentence, r);
    }
    return r;
  }

  private ReadSentence read(Engines e, Tokens tokens, int budget) {
    int n = tokens.count();
    int[] starts = new int[n];
    int[] ends = new int[n];
    String[] words = new String[n];
    byte[] englishKinds = new byte[n];
    for (int i = 0; i < n; i++) {
      starts[i] = tokens.bounds[2 * i];
      ends[i] = tokens.bounds[2 * i + 1];
      words[i] = tokens.words[i].text;
      englishKinds[i] = tokens.words[i].englishKind();
    }
    String[] tags = new String[n];
    String[] lemmas = new String[n];
    int tagged = Math.min(n, budget);
    if (tagged > 0) {
      String[] head = tagged == n ? words : Arrays.copyOf(words, tagged);
      String[] headTags;
      String[] headLemmas;
      if (fastLemmas) {
        KnownWord[] known = tagged == n ? tokens.words : Arrays.copyOf(tokens.words, tagged);
        TagScorer.Word[] resolved = new TagScorer.Word[tagged];
        for (int i = 0; i < tagged; i++) {
          resolved[i] = known[i].scored;
        }
        TagScorer scorer = tagger.scorer();
        int[] tagIds = tagger.tagIds(resolved);
        headTags = new String[tagged];
        for (int i = 0; i < tagged; i++) {
          headTags[i] = scorer.outcome(tagIds[i]);
        }
        headLemmas = lemmatizer.lemmatize(known, head, headTags, tagIds, scorer.outcomeCount());
      } else {
        headTags = tagger.tag(head, e.pos);
        headLemmas = lemmatizer.lemmatize(head, headTags);
      }
      for (int i = 0; i < tagged; i++) {
        tags[i] = headTags[i];
        lemmas[i] = lemmaOf(words[i], headLemmas[i]);
      }
    }
    for (int i = tagged; i < n; i++) {
      tags[i] = UNTAGGED;
      lemmas[i] = words[i].toLowerCase(java.util.Locale.ROOT);
    }
    return new ReadSentence(starts, ends, tags, lemmas, englishKinds);
  }

  /**
   * Tokens tagged and lemmatized per note. A real note (300 characters at most on the platform) has
   * under a hundred; hostile input of 10,000 characters can have 10,000, which the tagger and
   * lemmatizer take about 5 s to read. Sentences past this budget keep their tokens and offsets but
   * get the tag {@link #UNTAGGED} and their lower-cased text as lemma.
   */
  static final int MAX_TAGGED_TOKENS = 400;

  /**
   * The Universal Dependencies tag for "other", given to tokens past {@link #MAX_TAGGED_TOKENS}.
   */
  public static final String UNTAGGED = "X";

  /**
   * Chunks (runs without white space) longer than this are split by character class instead of by
   * the statistical tokenizer, whose cost grows with the square of a chunk's length (measured: 13 s
   * for one 50,000-letter "word").
   */
  static final int MAX_MODEL_CHUNK = 64;

  /**
   * One white-space-delimited chunk tokenized: its tokens' [start, end) pairs relative to the
   * chunk, and the tokens as {@link KnownWord}s. Immutable once built (the memo shares it).
   */
  record Chunk(int[] bounds, KnownWord[] words) {}

  /** A sentence's tokens: [start, end) pairs relative to the sentence, and the tokens' words. */
  record Tokens(int[] bounds, KnownWord[] words) {
    int count() {
      return words.length;
    }
  }

  /**
   * Tokenizes one sentence. The statistical tokenizer looks at one white-space-delimited chunk at a
   * time, so running it chunk by chunk gives the same tokens as running it on the sentence; doing
   * so lets an over-long chunk go to the linear {@link SimpleTokenizer} instead, and lets a chunk
   * seen before ("Hi", "your", "talk,") be answered from {@code chunks}, its tokens' words made by
   * {@code words} the first time.
   */
  static Tokens tokenize(
      TokenizerME tokenizer,
      TokenScorer scorer,
      String sentence,
      Memo<String, Chunk> chunks,
      Function<String, KnownWord> words) {
    return tokenize(
        tokenizer, scorer, sentence.toCharArray(), 0, sentence.length(), null, chunks, words);
  }

  /**
   * {@link #tokenize(TokenizerME, TokenScorer, String, Memo, Function)} of the sentence {@code
   * text[from, to)}, read from its characters (no {@code String.charAt} per character, which the
   * client compiler calls with a bounds check on a note held as UTF-16), each chunk looked up first
   * in this thread's {@code recent} chunks (when not null) by the hash computed while finding it,
   * and in {@code chunks} by its string only when not there. Exact: {@link RecentChars} gives the
   * chunk {@code chunks} gave for the same characters, and white space is {@link
   * Character#isWhitespace} (from a table below 128).
   */
  static Tokens tokenize(
      TokenizerME tokenizer,
      TokenScorer scorer,
      char[] text,
      int from,
      int to,
      RecentChars<Chunk> recent,
      Memo<String, Chunk> chunks,
      Function<String, KnownWord> words) {
    int[] bounds = new int[16];
    KnownWord[] known = new KnownWord[8];
    int count = 0;
    int i = from;
    while (i < to) {
      while (i < to && isWhitespace(text[i])) {
        i++;
      }
      int start = i;
      int hash = 0;
      while (i < to && !isWhitespace(text[i])) {
        hash = 31 * hash + text[i];
        i++;
      }
      int length = i - start;
      if (length > 0) {
        boolean keep = recent != null && RecentChars.fits(length);
        Chunk chunk = keep ? recent.get(text, start, length, hash) : null;
        if (chunk == null) {
          chunk =
              chunks.get(new String(text, start, length), c -> chunk(tokenizer, scorer, c, words));
          if (keep) {
            recent.put(text, start, length, hash, chunk);
          }
        }
        int[] parts = chunk.bounds;
        if (2 * count + parts.length > bounds.length) {
          bounds = Arrays.copyOf(bounds, Math.max(bounds.length * 2, 2 * count + parts.length));
        }
        if (count + chunk.words.length > known.length) {
          known = copyOf(known, count, Math.max(known.length * 2, count + chunk.words.length));
        }
        int offset = start - from;
        for (int p = 0; p < parts.length; p++) {
          bounds[2 * count + p] = offset + parts[p];
        }
        System.arraycopy(chunk.words, 0, known, count, chunk.words.length);
        count += chunk.words.length;
      }
    }
    return new Tokens(Arrays.copyOf(bounds, 2 * count), copyOf(known, count, count));
  }

  /**
   * The first {@code count} of {@code words} in a new array of {@code length}: {@code
   * Arrays.copyOf} of an array of a type other than {@code Object[]} makes it by reflection, a call
   * into the VM under the client compiler.
   */
  private static KnownWord[] copyOf(KnownWord[] words, int count, int length) {
    KnownWord[] copy = new KnownWord[length];
    System.arraycopy(words, 0, copy, 0, count);
    return copy;
  }

  /** {@link Character#isWhitespace} of each character below 128. */
  private static final boolean[] ASCII_WHITESPACE = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WHITESPACE[c] = Character.isWhitespace(c);
    }
  }

  /** {@link Character#isWhitespace(char)}, from a table for ASCII. */
  static boolean isWhitespace(char c) {
    return c < 128 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
  }

  private static Chunk chunk(
      TokenizerME tokenizer, TokenScorer scorer, String chunk, Function<String, KnownWord> make) {
    int[] bounds = chunkBounds(tokenizer, scorer, chunk);
    KnownWord[] words = new KnownWord[bounds.length / 2];
    for (int t = 0; t < words.length; t++) {
      words[t] = make.apply(chunk.substring(bounds[2 * t], bounds[2 * t + 1]));
    }
    return new Chunk(bounds, words);
  }

  private static int[] chunkBounds(TokenizerME tokenizer, TokenScorer scorer, String chunk) {
    if (chunk.length() <= MAX_MODEL_CHUNK && scorer != null && TokenScorer.handles(chunk)) {
      return scorer.bounds(chunk);
    }
    Span[] spans =
        chunk.length() > MAX_MODEL_CHUNK
            ? SimpleTokenizer.INSTANCE.tokenizePos(chunk)
            : tokenizer.tokenizePos(chunk);
    int[] bounds = new int[spans.length * 2];
    for (int i = 0; i < spans.length; i++) {
      bounds[2 * i] = spans[i].getStart();
      bounds[2 * i + 1] = spans[i].getEnd();
    }
    return bounds;
  }

  /** Letters needed before the language detector is asked; shorter notes are {@code und}. */
  static final int MIN_LETTERS_FOR_LANGUAGE = 20;

  /**
   * The note's language: {@code und} when it has too few letters; English when enough of its words
   * are {@link CommonEnglish} (confidence 1, the detector is not run); otherwise the detector's
   * answer. {@code englishKinds} are the tokens' {@link CommonEnglish#kind}s: the kinds of {@code
   * text}'s token substrings, which are the tokens' words.
   */
  private Language detectLanguage(Engines e, String text, byte[] englishKinds) {
    if (!enoughLettersForLanguage(text)) {
      return new Language("und", 0);
    }
    if (CommonEnglish.count(englishKinds).isEnglish()) {
      return new Language("eng", 1);
    }
    LanguageScorer scorer = languageScorer.now();
    return scorer != null ? scorer.predict(text) : e.languages().predictLanguage(text);
  }

  /** Whether {@code text} has the {@link #MIN_LETTERS_FOR_LANGUAGE} letters a language needs. */
  private static boolean enoughLettersForLanguage(String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS_FOR_LANGUAGE; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    return letters >= MIN_LETTERS_FOR_LANGUAGE;
  }

  /**
   * Whether reading {@code text} will probably ask the language model: a guess made before the note
   * is read, so that the model can be read ahead ({@code InviteAnalyzer.preloadRareModelsFor});
   * what the note is found to be does not depend on it. The same rule as {@link #detectLanguage}
   * (enough letters, then the share of common English words), with runs of letters, digits and
   * apostrophes as the words instead of the tokenizer's tokens.
   */
  public static boolean mayNeedLanguageModel(String text) {
    if (!enoughLettersForLanguage(text)) {
      return false;
    }
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      boolean inWord = Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return !CommonEnglish.count(words.size(), words::get).isEnglish();
  }

  /**
   * Made with the language model on first use (reading that model is what a note that needs it pays
   * for); null inside when the model is not one it knows.
   */
  private final AfterUses<LanguageScorer> languageScorer =
      new AfterUses<>(1, () -> LanguageScorer.of(models().languages()).orElse(null));

  NlpModels models() {
    return models;
  }

  /**
   * Starts reading, on a background thread, the model that only some notes need (the language
   * model), so that a long-running service does not pay for it on its first non-English note.
   */
  public void loadRareModelsInBackground() {
    models.loadLanguagesInBackground();
  }

  /**
   * Replaces typographic characters by the ASCII ones the models were trained on, one character for
   * one, so that offsets stay those of the original note.
   */
  static String normalize(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char r =
          switch (c) {
            case '\u2018', '\u2019', '\u02BC' -> '\'';
            case '\u201C', '\u201D' -> '"';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            case '\u2013', '\u2014' -> '-';
            default -> c;
          };
      if (r != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = r;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static String lemmaOf(String word, String lemma) {
    return lemma == null || lemma.isEmpty() || "O".equals(lemma)
        ? word.toLowerCase(java.util.Locale.ROOT)
        : lemma;
  }

  private static final class Engines {
    final SentenceDetectorME sentences;
    final TokenizerME tokens;
    final POSContextGenerator pos;
    private final NlpModels models;
    final RecentChars<Chunk> recentChunks = new RecentChars<>();
    private LanguageDetectorME languages; // made on first use: most notes never need it

    Engines(NlpModels m, GreedyTagger tagger) {
      sentences = new SentenceDetectorME(m.sentences);
      tokens = new TokenizerME(m.tokens);
      pos = tagger.contexts();
      models = m;
    }

    LanguageDetectorME languages() {
      if (languages == null) {
        languages = new LanguageDetectorME(models.languages());
      }
      return languages;
    }
  }
}
