package io.invitecheck.cues;

import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.CommonEnglish;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.signals.Example;
import java.util.List;
import java.util.Locale;

/**
 * {@code unsupported_language}: the note is not in English. The OpenNLP language detector ({@code
 * langdetect-183.bin}) spreads its probability over 103 languages, so its confidence on a short
 * note is small. Measured on 30 short notes (20 English, 10 in other languages, 20-75 characters):
 * English notes got 0.017-0.030 and six of them were detected as another language (war, nld, mlt,
 * afr, epo: 0.017-0.023); the notes in Spanish, French, German, Italian, Portuguese, Dutch, Polish,
 * Swedish, Russian and Turkish were all detected correctly with 0.034-0.069.
 *
 * <p>So two guards: the confidence must be at least {@link #MIN_CONFIDENCE}, and fewer than {@link
 * CommonEnglish#ENGLISH_SHARE} of the words may be common English words ({@link CommonEnglish});
 * the misdetected English notes had 2-3 of 6-8 words in that list ("hi", "you", "in", "we", "at").
 * A reason about the whole draft that names the detected language. Stateless and thread-safe.
 */
public final class UnsupportedLanguageCue implements CueDetector {
  static final double MIN_CONFIDENCE = 0.03;

  @Override
  public ReasonCode code() {
    return ReasonCode.UNSUPPORTED_LANGUAGE;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    AnalyzedNote note = input.note();
    String lang = note.language();
    if ("eng".equals(lang) || "und".equals(lang) || note.languageConfidence() < MIN_CONFIDENCE) {
      return List.of();
    }
    CommonEnglish.Count count = CommonEnglish.count(note.tokenCount(), note::token);
    if (count.words() == 0 || count.isEnglish()) {
      return List.of();
    }
    String name = displayName(lang);
    return List.of(
        Reason.about(
            code(),
            "The note looks like "
                + name
                + " ("
                + lang
                + "), not English; the scores assume English and are not reliable for it.",
            String.format(
                Locale.ROOT,
                "language %s, confidence %.3f; %d of %d words common English",
                lang,
                note.languageConfidence(),
                count.english(),
                count.words())));
  }

  /** "Spanish" for "spa", or the code itself when Java does not know it. */
  static String displayName(String iso3) {
    for (String iso2 : Locale.getISOLanguages()) {
      Locale l = Locale.forLanguageTag(iso2);
      try {
        if (l.getISO3Language().equals(iso3)) {
          return l.getDisplayLanguage(Locale.ENGLISH);
        }
      } catch (java.util.MissingResourceException e) {
        // no ISO 639-3 code for this language: skip it
      }
    }
    return iso3;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flaggedWithoutSpan(
            "Hola María, me encantó tu charla sobre pagos en Madrid. ¿Conectamos?", b -> b),
        Example.flaggedWithoutSpan(
            "Hallo Jan, ich habe deinen Vortrag auf der Konferenz sehr genossen.", b -> b),
        Example.flaggedWithoutSpan(
            "Bonjour Pierre, j'ai beaucoup aimé votre article sur la fintech.", b -> b),
        Example.clean("Hi Marco, fellow Bocconi alum here!"),
        Example.clean("Hello Sven, nice meeting you in Oslo"),
        Example.clean("Hi Ana, we met at Web Summit Lisbon"),
        Example.clean("Hi Olga, kind regards from Munich"));
  }
}
