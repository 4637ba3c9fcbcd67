package io.invitecheck.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
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
  private final NlpModels models;
  private final ThreadLocal<Engines> engines;

  public NoteReader(NlpModels models) {
    this.models = models;
    this.engines = ThreadLocal.withInitial(() -> new Engines(models));
  }

  /** Reads a note. Never fails on any string; an empty note gives no tokens. */
  public AnalyzedNote read(String text) {
    Engines e = engines.get();
    String normalized = normalize(text);
    Span[] sentences = e.sentences.sentPosDetect(normalized);
    int total = 0;
    Span[][] perSentence = new Span[sentences.length][];
    for (int s = 0; s < sentences.length; s++) {
      String sentence = normalized.substring(sentences[s].getStart(), sentences[s].getEnd());
      perSentence[s] = tokenize(e.tokens, sentence);
      total += perSentence[s].length;
    }
    int[] tokenStarts = new int[total];
    int[] tokenEnds = new int[total];
    String[] tags = new String[total];
    String[] lemmas = new String[total];
    int[] sentenceStarts = new int[sentences.length];
    int[] sentenceEnds = new int[sentences.length];
    int t = 0;
    for (int s = 0; s < sentences.length; s++) {
      int base = sentences[s].getStart();
      sentenceStarts[s] = base;
      sentenceEnds[s] = sentences[s].getEnd();
      Span[] spans = perSentence[s];
      String[] words = new String[spans.length];
      for (int i = 0; i < spans.length; i++) {
        tokenStarts[t + i] = base + spans[i].getStart();
        tokenEnds[t + i] = base + spans[i].getEnd();
        words[i] = normalized.substring(tokenStarts[t + i], tokenEnds[t + i]);
      }
      int tagged = Math.max(0, Math.min(words.length, MAX_TAGGED_TOKENS - t));
      if (tagged > 0) {
        String[] head = tagged == words.length ? words : Arrays.copyOf(words, tagged);
        String[] sentenceTags = e.pos.tag(head);
        String[] sentenceLemmas = e.lemmas.lemmatize(head, sentenceTags);
        for (int i = 0; i < tagged; i++) {
          tags[t + i] = sentenceTags[i];
          lemmas[t + i] = lemmaOf(words[i], sentenceLemmas[i]);
        }
      }
      for (int i = tagged; i < words.length; i++) {
        tags[t + i] = UNTAGGED;
        lemmas[t + i] = words[i].toLowerCase(java.util.Locale.ROOT);
      }
      t += spans.length;
    }
    Language language = detectLanguage(e, normalized);
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
   * Tokenizes one sentence. The statistical tokenizer looks at one white-space-delimited chunk at a
   * time, so running it chunk by chunk gives the same tokens as running it on the sentence; doing
   * so lets an over-long chunk go to the linear {@link SimpleTokenizer} instead.
   */
  static Span[] tokenize(TokenizerME tokenizer, String sentence) {
    List<Span> spans = new ArrayList<>();
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
        String chunk = sentence.substring(start, i);
        Span[] parts =
            chunk.length() > MAX_MODEL_CHUNK
                ? SimpleTokenizer.INSTANCE.tokenizePos(chunk)
                : tokenizer.tokenizePos(chunk);
        for (Span p : parts) {
          spans.add(new Span(start + p.getStart(), start + p.getEnd()));
        }
      }
    }
    return spans.toArray(new Span[0]);
  }

  /** Letters needed before the language detector is asked; shorter notes are {@code und}. */
  static final int MIN_LETTERS_FOR_LANGUAGE = 20;

  private static Language detectLanguage(Engines e, String text) {
    int letters = 0;
    for (int i = 0; i < text.length() && letters < MIN_LETTERS_FOR_LANGUAGE; i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS_FOR_LANGUAGE) {
      return new Language("und", 0);
    }
    return e.languages.predictLanguage(text);
  }

  NlpModels models() {
    return models;
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
    final POSTaggerME pos;
    final LemmatizerME lemmas;
    final LanguageDetectorME languages;

    Engines(NlpModels m) {
      sentences = new SentenceDetectorME(m.sentences);
      tokens = new TokenizerME(m.tokens);
      pos = new POSTaggerME(m.pos);
      lemmas = new LemmatizerME(m.lemmas);
      languages = new LanguageDetectorME(m.languages);
    }
  }
}
