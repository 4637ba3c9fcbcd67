package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommonEnglishTest {
  private static CommonEnglish.Count count(String... tokens) {
    return CommonEnglish.count(tokens.length, i -> tokens[i]);
  }

  @Test
  void wordsAreTokensWithALetterOfAnyScriptOrPlane() {
    // "2024", "—", "🚀" and a lone surrogate have no letter; "𝐀bc" starts with a letter outside
    // the
    // BMP, "\uD835\uDC00" alone is that letter
    CommonEnglish.Count c =
        count(
            "Hi", "I\u2019m", "2024", "\u2014", "\uD83D\uDE80", "\uD835", "\uD835\uDC00", "Ωmega");
    assertEquals(4, c.words());
    assertEquals(2, c.english()); // "hi", "i'm" (typographic apostrophe)
    assertTrue(c.isEnglish());
  }

  @Test
  void aNoteWithFewCommonWordsIsNotEnglish() {
    CommonEnglish.Count c = count("Hola", "María", ",", "me", "encantó", "tu", "charla", "!");
    assertEquals(6, c.words());
    assertEquals(1, c.english()); // "me"
    assertFalse(c.isEnglish());
    assertFalse(count("2024", "!").isEnglish());
  }
}
