package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The language model as the direct reader reads it is OpenNLP's, value for value, and predicts
 * exactly what OpenNLP's own reading predicts.
 */
class GisModelReaderIT {
  private static LanguageDetectorModel fast;
  private static LanguageDetectorModel standard;

  @BeforeAll
  static void load() {
    fast = NlpModels.readLanguages();
    standard =
        NlpModels.readFrom(
            NlpModels.LANGUAGES,
            NlpModels.class.getResourceAsStream(NlpModels.LANGUAGES),
            LanguageDetectorModel::new);
  }

  @Test
  void theDirectReaderReadTheModelAndItEqualsOpenNlpsReading() {
    assertTrue(
        fast.getFactory().getClass() == standard.getFactory().getClass(),
        fast.getFactory().getClass().toString());
    assertEquals(standard.getMaxentModel(), fast.getMaxentModel());
    assertEquals(
        standard.getMaxentModel().getNumOutcomes(), fast.getMaxentModel().getNumOutcomes());
  }

  @Test
  void predictionsAreIdenticalIncludingConfidences() {
    List<String> notes =
        List.of(
            "Hi Ana, I enjoyed your talk on payment fraud at Money20/20 and would love to compare"
                + " notes.",
            "Hola María, me encantó tu charla sobre fraude en pagos. ¿Conectamos?",
            "Hallo Jürgen, ich habe Ihren Vortrag über Betrugserkennung gesehen.",
            "Привет, Анна! Очень понравился ваш доклад о платёжном мошенничестве.",
            "こんにちは、決済不正についての講演がとても良かったです。",
            "Bonjour, j'ai beaucoup aimé votre article sur la fraude 🙂 on se connecte ?",
            "BUY NOW!!! 50% off crypto signals www.example.com",
            "ok");
    LanguageDetectorME a = new LanguageDetectorME(fast);
    LanguageDetectorME b = new LanguageDetectorME(standard);
    for (String n : notes) {
      Language[] x = a.predictLanguages(n);
      Language[] y = b.predictLanguages(n);
      assertEquals(y.length, x.length, n);
      for (int i = 0; i < x.length; i++) {
        assertEquals(y[i].getLang(), x[i].getLang(), n);
        assertEquals(y[i].getConfidence(), x[i].getConfidence(), 0.0, n);
      }
    }
    assertEquals("spa", a.predictLanguage(notes.get(1)).getLang());
    assertEquals("rus", a.predictLanguage(notes.get(3)).getLang());
  }
}
