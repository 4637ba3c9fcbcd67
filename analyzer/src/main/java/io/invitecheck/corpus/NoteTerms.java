package io.invitecheck.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

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
          TokenStream s = new EnglishPossessiveFilter(source);
          s = new LowerCaseFilter(s);
          s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
          s = new PorterStemFilter(s);
          return new TokenStreamComponents(source, s);
        }
      };

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
  record Both(List<String> stems, List<String> phrases) {
    Both {
      stems = List.copyOf(stems);
      phrases = List.copyOf(phrases);
    }
  }

  /** The {@link #stems} and {@link #phrases} of a text. */
  static Both both(String text) {
    return new Both(stems(text), phrases(text));
  }

  /** The lower-case words, in order, with repeats (for the bag-of-words baseline). */
  public static List<String> words(String text) {
    return terms(WORDS, "words", text);
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
