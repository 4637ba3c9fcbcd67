package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorContextGenerator;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link LanguageScorer} against OpenNLP's {@link LanguageDetectorME} on every corpus note and on
 * thousands of generated notes in many languages and scripts: the same grams in the same order as
 * the detector's maps give them, the same probabilities (bit for bit), the same language and
 * confidence.
 */
class LanguageScorerIT {
  private static LanguageScorer scorer;
  private static LanguageDetectorME detector;
  private static LanguageDetectorContextGenerator contexts;
  private static MaxentModel model;

  @BeforeAll
  static void load() {
    NlpModels models = NlpModels.load();
    scorer = LanguageScorer.of(models.languages()).orElseThrow();
    detector = new LanguageDetectorME(models.languages());
    contexts = models.languages().getFactory().getContextGenerator();
    model = models.languages().getMaxentModel();
  }

  /** Checks one text; true when the fast path read it (false: it went to OpenNLP). */
  private static boolean check(String text) {
    Language expected = detector.predictLanguage(text);
    Language got = scorer.predict(text);
    assertEquals(expected.getLang(), got.getLang(), text);
    assertEquals(
        Double.doubleToRawLongBits(expected.getConfidence()),
        Double.doubleToRawLongBits(got.getConfidence()),
        text);
    String[] ours = scorer.features(text);
    if (ours == null) {
      return false;
    }
    String[] theirs =
        Arrays.stream(contexts.getContext(text)).map(Object::toString).toArray(String[]::new);
    if (!Arrays.equals(theirs, ours)) {
      fail(text + ": grams " + Arrays.toString(theirs) + " vs " + Arrays.toString(ours));
    }
    float[] ones = new float[ours.length];
    Arrays.fill(ones, 1f);
    double[] probabilities = scorer.sums(text);
    GisArgmax.exactArgmax(probabilities);
    if (!Arrays.equals(model.eval(ours, ones), probabilities)) {
      fail(text + ": other probabilities than OpenNLP's");
    }
    return true;
  }

  @Test
  void everyCorpusNoteGetsOpenNlpsLanguageAndConfidence() {
    int fast = 0;
    int notes = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      if (check(NoteReader.normalize(n.text()))) {
        fast++;
      }
      notes++;
    }
    assertTrue(notes > 2_000, "notes: " + notes);
    assertTrue(fast > notes * 0.95, fast + " of " + notes + " read by the fast path");
  }

  @Test
  void generatedNotesInManyLanguagesGetOpenNlpsLanguageAndConfidence() {
    int fast = 0;
    List<String> texts = generatedNotes(5_000);
    for (String text : texts) {
      if (check(text)) {
        fast++;
      }
    }
    assertTrue(fast > texts.size() * 0.9, fast + " of " + texts.size() + " read by the fast path");
  }

  @Test
  void repeatsAndTextsOfThousandsOfGramsGetTheSameAnswer() {
    // one letter repeated gives one 1-gram, one 2-gram, one 3-gram: the fast path reads it; 3,000
    // distinct characters give ~9,000 grams and tables of 16,384 buckets
    assertTrue(check("a".repeat(500)));
    StringBuilder b = new StringBuilder();
    for (char c = '\u4E00'; c < '\u4E00' + 3000; c++) {
      b.append(c);
    }
    check(b.toString()); // whichever path reads it, the same answer
  }

  @Test
  void sumsFromTheGramCacheAreTheSumsFromTheModelsMap() {
    List<String> texts = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      texts.add(NoteReader.normalize(n.text()));
    }
    texts.addAll(generatedNotes(3_000));
    Random random = new Random(7);
    char[] odd = {'a', 'Z', ' ', '\u00e9', '\u4e00', '\ud83d', '\ude80', '\udc00', '\ud800', '!'};
    for (int i = 0; i < 2_000; i++) {
      char[] t = new char[random.nextInt(60)];
      for (int k = 0; k < t.length; k++) {
        t[k] = odd[random.nextInt(odd.length)];
      }
      texts.add(new String(t)); // surrogate pairs, lone surrogates, empty
    }
    texts.add("");
    int compared = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass reads the grams from the cache
      for (String text : texts) {
        double[] expected = scorer.sumsByMap(text);
        double[] got = scorer.sums(text);
        if (expected == null) {
          assertEquals(null, got, text);
          continue;
        }
        compared++;
        if (!Arrays.equals(expected, got)) {
          fail(text + ": other sums than the map's");
        }
      }
    }
    assertTrue(compared > texts.size(), "compared " + compared);
  }

  static List<String> generatedNotes(int count) {
    String[] words = {
      "hola",
      "gracias",
      "conectar",
      "charla",
      "empresa",
      "bonjour",
      "merci",
      "réseau",
      "équipe",
      "hallo",
      "danke",
      "vernetzen",
      "Grüße",
      "ciao",
      "grazie",
      "collegarci",
      "olá",
      "obrigado",
      "conexão",
      "привет",
      "спасибо",
      "команда",
      "こんにちは",
      "よろしく",
      "你好",
      "谢谢",
      "안녕하세요",
      "مرحبا",
      "שלום",
      "γεια",
      "ευχαριστώ",
      "merhaba",
      "teşekkürler",
      "cześć",
      "dziękuję",
      "hej",
      "tack",
      "hi",
      "thanks",
      "connect",
      "the",
      "your",
      "talk",
      "dank",
      "je",
      "het",
      "ja",
      "nie",
      "😀",
      "🚀",
      "https://acme.io/x",
      "@jane",
      "#growth",
      "2024",
      "3,500",
      "100%",
      "!!!",
      "?",
      ",",
      ".",
      "—",
      "ñandú",
      "Ærø",
      "ŞEN",
      "İstanbul",
      "naïve",
      "coöperate",
      "aaaa",
      "zzz"
    };
    Random random = new Random(20261127L);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      int n = 3 + random.nextInt(40);
      for (int w = 0; w < n; w++) {
        if (w > 0) {
          b.append(random.nextInt(8) == 0 ? "  " : " ");
        }
        b.append(words[random.nextInt(words.length)]);
      }
      out.add(b.toString());
    }
    return out;
  }
}
