package io.invitecheck.corpus;

import io.invitecheck.memo.Memo;
import io.invitecheck.memo.RecentChars;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The two analysis chains of the corpus, shared by the index, the classifier and the baselines.
 *
 * <ul>
 *   <li>{@link #STEM_FIELD}: standard tokenizer, possessives removed, lower case, Lucene's short
 *       English stop list (33 function words such as "the", "to", "of"), Porter stemmer. It finds
 *       notes about the same things: "pricing" and "price" meet.
 *   <li>{@link #PHRASE_FIELD}: standard tokenizer, lower case, no stop words, no stemming, word
 *       pairs only ("add you", "you to", "to my"). Generic notes are made almost entirely of
 *       function words ("I'd like to add you to my network"); this field keeps their wording, so
 *       that the neighbour search and the template check do not lose them.
 * </ul>
 *
 * Both run over the masked note ({@link TextMasker#mask}). Lucene analyzers are thread-safe (each
 * thread reuses its own token stream), so this class is too.
 */
public final class NoteTerms {
  /** The stemmed, stop-word-free field. */
  public static final String STEM_FIELD = "stem";

  /** The word-pair field that keeps function words. */
  public static final String PHRASE_FIELD = "phrase";

  static final Analyzer STEM =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(source, stemFilters(source));
        }
      };

  /**
   * The {@link #STEM_FIELD} chain after its tokenizer: possessives removed, lower case, stop words
   * removed, Porter stemmer. {@link #STEM} and {@link #both}'s one pass both use it.
   */
  private static TokenStream stemFilters(TokenStream tokens) {
    TokenStream s = new EnglishPossessiveFilter(tokens);
    s = new LowerCaseFilter(s);
    s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    return new PorterStemFilter(s);
  }

  static final Analyzer PHRASE =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          TokenStream s = new LowerCaseFilter(source);
          ShingleFilter sh = new ShingleFilter(s, 2, 2);
          sh.setOutputUnigrams(false);
          sh.setOutputUnigramsIfNoShingles(true);
          return new TokenStreamComponents(source, sh);
        }
      };

  static final Analyzer WORDS =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
      };

  private NoteTerms() {}

  /** A term with its offsets in the analyzed text. */
  public record Token(String term, int start, int end) {}

  /** The stemmed terms, in order, with repeats. */
  public static List<String> stems(String text) {
    return terms(STEM, STEM_FIELD, text);
  }

  /** The lower-case word pairs, in order, with repeats. */
  public static List<String> phrases(String text) {
    return terms(PHRASE, PHRASE_FIELD, text);
  }

  /**
   * A masked note's terms in both fields, analyzed once for the neighbour search and the
   * classifier, which both need them.
   */
  static final class Both {
    private final List<String> stems;
    private final List<Word> words; // null, or two or more words the terms were made of
    private List<String> phrases; // made from the words on first use when null

    /** Terms with no words behind them. */
    Both(List<String> stems, List<String> phrases) {
      this(List.copyOf(stems), List.copyOf(phrases), null);
    }

    private Both(List<String> stems, List<String> phrases, List<Word> words) {
      this.stems = stems;
      this.phrases = phrases;
      this.words = words;
    }

    /**
     * The terms of two or more words in order: {@code stems} are their non-null {@link Word#stem}s,
     * and the word pairs, made on first use, the adjacent pairs of their {@link Word#lowered} forms
     * joined by a space.
     */
    static Both ofWords(List<String> stems, List<Word> words) {
      if (words.size() < 2) {
        throw new IllegalArgumentException("fewer than two words: " + words.size());
      }
      return new Both(List.copyOf(stems), null, List.copyOf(words));
    }

    /** The stemmed terms, in order, with repeats. */
    List<String> stems() {
      return stems;
    }

    /**
     * The lower-case word pairs, in order, with repeats; made on first use when the terms came with
     * their words, which most readers look up by word instead ({@link CorpusIndex}, {@link
     * DoccatScorer}).
     */
    List<String> phrases() {
      List<String> p = phrases;
      if (p == null) {
        String[] pairs = new String[words.size() - 1];
        for (int i = 0; i < pairs.length; i++) {
          pairs[i] = pair(i);
        }
        p = List.of(pairs);
        phrases = p; // an immutable list: a racing thread makes an equal one
      }
      return p;
    }

    /** Word pair {@code i} of terms that came with their words: words i and i + 1. */
    String pair(int i) {
      return words.get(i).lowered.concat(" ").concat(words.get(i + 1).lowered);
    }

    /**
     * The words the terms were made of when there are two or more and the tokenizer skipped no
     * position, else null.
     */
    List<Word> words() {
      return words;
    }

    /** Whether there are neither stems nor word pairs. */
    boolean isEmpty() {
      return stems.isEmpty() && words == null && phrases.isEmpty();
    }

    /** Equal terms, whether or not the words came along. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Both b && stems.equals(b.stems) && phrases().equals(b.phrases());
    }

    @Override
    public int hashCode() {
      return 31 * stems.hashCode() + phrases().hashCode();
    }

    @Override
    public String toString() {
      return "Both[stems=" + stems + ", phrases=" + phrases() + "]";
    }
  }

  /**
   * A lower-cased token of {@link #both}'s one pass and its {@link #STEM_FIELD} term, kept in the
   * shared word memo, so that what a reader of the terms derives from a word (its term ids in an
   * index, its predicates in a classifier: {@link CorpusIndex}, {@link DoccatScorer}) is looked up
   * once per word instead of once per note. Each such reader keeps its own {@link Ids} here; they
   * are immutable, so a thread sees either none or all of one, and racing threads store equal ones.
   */
  static final class Word {
    /** The token, lower cased. */
    final String lowered;

    /** Its {@link #STEM_FIELD} term, or null when the chain drops it (a stop word). */
    final String stem;

    /** Whether {@link #lowered} has no space: a word pair of two such words has one space. */
    final boolean plain;

    /** The ids an index gave this word, or null (see {@link CorpusIndex}). */
    Ids inIndex;

    /** The ids a classifier gave this word, or null (see {@link DoccatScorer}). */
    Ids inClassifier;

    Word(String lowered, String stem) {
      this.lowered = lowered;
      this.stem = stem;
      this.plain = lowered.indexOf(' ') < 0;
    }
  }

  /**
   * What one reader ({@code owner}) derived from a {@link Word}: the id of its stem ({@code term},
   * -1 when the reader lacks it) and the id of the word as half of a word pair ({@code word}, -1
   * when no word pair the reader knows has it as a half). Immutable.
   */
  record Ids(Object owner, int term, int word) {}

  /**
   * The {@link #stems} and {@link #phrases} of a text, from one pass of the tokenizer: the stem
   * chain runs as {@link #STEM} does, and a filter right after its tokenizer keeps each token lower
   * cased as {@link #PHRASE}'s {@link LowerCaseFilter} does, which gives the word pairs without a
   * second tokenizer and without the {@link ShingleFilter}. With every position increment 1 (no
   * token skipped), the shingle filter's pairs are the adjacent tokens joined by a space, or the
   * one token alone when there is one; a text where the tokenizer skips a position is analyzed by
   * both chains instead. {@link #bothByTwoChains} is the old way, which tests compare.
   */
  static Both both(String text) {
    return ONE_PASS.get().both(text);
  }

  /** {@link #both} by the two analyzers, each with its own tokenizer, for tests. */
  static Both bothByTwoChains(String text) {
    return new Both(stems(text), phrases(text));
  }

  private static final ThreadLocal<OnePass> ONE_PASS = ThreadLocal.withInitial(OnePass::new);

  /** Words {@link #STEM_OF} keeps, some 100 bytes each. */
  static final int STEM_MEMO = 50_000;

  /**
   * Each lower-cased token's {@link Word}: its term in the {@link #STEM_FIELD} chain, or null: the
   * chain's filters (possessive, lower case, stop words, Porter) each look at one token alone and
   * mark none as a keyword, so a token's term is a function of the token, and of its lower case
   * (which keeps its length and its "'s": possessive removal and lower-casing commute). A note's
   * words are mostly words seen before; bounded ({@value #STEM_MEMO} words) and shared.
   */
  private static final Memo<String, Word> STEM_OF = new Memo<>(STEM_MEMO);

  /** One thread's reusable tokenizer with its tap of lower-cased tokens and a one-token chain. */
  private static final class OnePass {
    private final Tokenizer source = new StandardTokenizer();
    private final Tap tap = new Tap(source, new RecentWords(STEM_OF, this::word));
    private final Tokenizer one = new KeywordTokenizer();
    private final TokenStream oneStem = stemFilters(one);
    private final CharTermAttribute oneTerm = oneStem.addAttribute(CharTermAttribute.class);

    /** One lower-cased token with the stem chain's term for it. */
    private Word word(String lowered) {
      return new Word(lowered, stem(lowered));
    }

    /** The stem chain's term for one lower-cased token, or null when it drops the token. */
    private String stem(String lowered) {
      one.setReader(new StringReader(lowered));
      try {
        oneStem.reset();
        String out = oneStem.incrementToken() ? oneTerm.toString() : null;
        if (oneStem.incrementToken()) {
          throw new IllegalStateException("a keyword tokenizer gave two tokens: " + lowered);
        }
        oneStem.end();
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          oneStem.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e); // a StringReader does not fail to close
        }
      }
    }

    /** Runs the tokenizer over {@code text}, leaving its words and their offsets in the tap. */
    private void tokenize(String text) {
      source.setReader(new StringReader(text));
      try {
        tap.reset();
        while (tap.incrementToken()) {
          // the tap keeps each token lower cased
        }
        tap.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          tap.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e); // a StringReader does not fail to close
        }
      }
    }

    List<WordAt> stemWords(String text) {
      tokenize(text);
      List<Word> words = tap.words;
      List<WordAt> out = new ArrayList<>(words.size());
      for (int i = 0, n = words.size(); i < n; i++) {
        Word w = words.get(i);
        if (w.stem != null) {
          out.add(new WordAt(w, tap.starts[i], tap.ends[i]));
        }
      }
      words.clear();
      return out;
    }

    Both both(String text) {
      tokenize(text);
      List<Word> words = tap.words;
      int n = words.size();
      List<String> stemList = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Word w = words.get(i);
        if (w.stem != null) {
          stemList.add(w.stem);
        }
      }
      if (tap.skipped) {
        words.clear();
        return new Both(stemList, phrases(text));
      }
      Both out =
          n >= 2
              ? Both.ofWords(stemList, words)
              : new Both(stemList, n == 1 ? List.of(words.get(0).lowered) : List.of());
      words.clear();
      return out;
    }
  }

  /**
   * One thread's last {@value RecentChars#SLOTS} words met ({@link RecentChars}), by the hash of
   * their lower-cased characters, in front of the shared {@link #STEM_OF}: a word met again is
   * found from the token's characters with one comparison against the characters its slot keeps
   * inline (one cache line, no pointer to follow), without making its string and looking that up in
   * the shared memo (hashing it, then a map node, its key and the key's bytes, each a likely cache
   * miss). Tokens of {@value RecentChars#WIDTH} characters or more go to the memo. Exact: a slot
   * gives its word only when its characters are the token's, and that word is the one the memo
   * gives for them (or an equal one: the memo's words are a function of their characters).
   *
   * <p>8,192 slots (288 KB a thread): on the words of 25,000 unique drafts (7,900 distinct) a slot
   * held the token's word for 82% of tokens with 4,096 slots, 89% with 8,192 and 94% with 16,384;
   * each miss costs a string and a look-up in the shared memo.
   */
  static final class RecentWords {
    private final RecentChars<Word> recent = new RecentChars<>();
    private final Memo<String, Word> memo;
    private final java.util.function.Function<String, Word> wordOf;

    /** In front of {@code memo} of {@code wordOf}. */
    RecentWords(Memo<String, Word> memo, java.util.function.Function<String, Word> wordOf) {
      this.memo = memo;
      this.wordOf = wordOf;
    }

    /** The word of the lower-cased token {@code token[0, length)}. */
    Word get(char[] token, int length) {
      if (!RecentChars.fits(length)) {
        return memo.get(new String(token, 0, length), wordOf);
      }
      int h = RecentChars.hash(token, 0, length);
      Word w = recent.get(token, 0, length, h);
      if (w == null) {
        w = memo.get(new String(token, 0, length), wordOf);
        recent.put(token, 0, length, h, w);
      }
      return w;
    }
  }

  /**
   * Passes the tokens on unchanged and keeps each one's {@link Word}, from its lower case ({@link
   * CharacterUtils#toLowerCase}, as {@link LowerCaseFilter}), noting whether a position was
   * skipped.
   */
  private static final class Tap extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final RecentWords recent;
    final List<Word> words = new ArrayList<>();
    int[] starts = new int[64]; // per word: where its token starts in the text
    int[] ends = new int[64]; // and where it ends
    boolean skipped;
    private char[] scratch = new char[64];

    Tap(TokenStream input, RecentWords recent) {
      super(input);
      this.recent = recent;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      int length = term.length();
      if (length > scratch.length) {
        scratch = new char[Math.max(length, scratch.length * 2)];
      }
      System.arraycopy(term.buffer(), 0, scratch, 0, length);
      CharacterUtils.toLowerCase(scratch, 0, length);
      int at = words.size();
      if (at == starts.length) {
        starts = java.util.Arrays.copyOf(starts, at * 2);
        ends = java.util.Arrays.copyOf(ends, at * 2);
      }
      starts[at] = offset.startOffset();
      ends[at] = offset.endOffset();
      words.add(recent.get(scratch, length));
      if (increment.getPositionIncrement() != 1) {
        skipped = true;
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      words.clear();
      skipped = false;
    }
  }

  /** The lower-case words, in order, with repeats (for the bag-of-words baseline). */
  public static List<String> words(String text) {
    return terms(WORDS, "words", text);
  }

  /** A word whose stem is a term, and the offsets of its token in the text. */
  record WordAt(Word word, int start, int end) {}

  /**
   * The words of {@link #stemTokens}, from {@link #both}'s one pass: each token's stem is its
   * {@link Word}'s (the shared memo's, see {@link #STEM_OF}), and its offsets the tokenizer's,
   * which the stem chain's filters do not change; the chain drops a token exactly when its word has
   * no stem. So {@code stemTokens(text)} is each one's {@code Token(word.stem, start, end)}.
   */
  static List<WordAt> stemWords(String text) {
    return ONE_PASS.get().stemWords(text);
  }

  /** The stemmed terms with their offsets in {@code text}. */
  public static List<Token> stemTokens(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = STEM.tokenStream(STEM_FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
