package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Profile;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link NoteClassifier#surface}, found in one pass, against the way it was first written ({@link
 * SurfaceReference}): on realistic notes, on texts built to hit each corner (characters whose lower
 * case is longer or ASCII, a domain's first occurrence, surrogates), and on random texts.
 */
class NoteClassifierSurfaceTest {
  private static Profile named(String name) {
    return Profile.builder().name(name).build();
  }

  private static void assertSurface(List<String> want, String text, Profile recipient) {
    assertEquals(want, NoteClassifier.surface(text, recipient), text);
    assertEquals(want, SurfaceReference.surface(text, recipient), "reference: " + text);
  }

  @Test
  void realisticNotes() {
    assertSurface(
        List.of("#len1", "#greeting_match"),
        "Hi Priya, I enjoyed your talk on payment fraud at Money20/20 last week and would love to"
            + " connect.",
        named("Priya Raman"));
    assertSurface(
        List.of("#len1", "#greeting_mismatch"),
        "Hi Maria, I enjoyed your talk on payment fraud at Money20/20 last week and would love to"
            + " connect.",
        named("Priya Raman"));
    assertSurface(
        List.of(
            "#link",
            "#money_or_percent",
            "#question",
            "#exclaim_run",
            "#emoji",
            "#shouting",
            "#len0",
            "#greeting_match"),
        "Hey TOM!! 50% OFF, LIMITED 🚀 Want a demo? Book at calendly.com/acme",
        named("Tom Berger"));
    assertSurface(List.of("#link", "#len0"), "See WWW.ACME.IO", Profile.EMPTY);
    assertSurface(List.of("#link", "#len0"), "More at https://x", Profile.EMPTY);
    assertSurface(List.of("#money_or_percent", "#len0"), "Save €20 or £15", Profile.EMPTY);
    assertSurface(List.of("#emoji", "#len0"), "Thanks ☕", Profile.EMPTY);
    assertSurface(List.of("#len3"), "a".repeat(400), Profile.EMPTY);
    assertSurface(List.of("#len2"), "b".repeat(150), Profile.EMPTY);
    // shouting: five capitals in a row, spaces do not break the run, other characters do
    assertSurface(List.of("#shouting", "#len0"), "BIG DEAL", Profile.EMPTY);
    assertSurface(List.of("#len0"), "BIG-DEAL", Profile.EMPTY);
  }

  @Test
  void cornersOfTheLinkTest() {
    // only a domain's first occurrence counts, as indexOf found it
    assertSurface(List.of("#len0"), "end .com then acme.com", Profile.EMPTY);
    assertSurface(List.of("#link", "#len0"), "acme.com then .com", Profile.EMPTY);
    assertSurface(List.of("#len0"), ".com", Profile.EMPTY);
    assertSurface(List.of("#link", "#len0"), "é.ai", Profile.EMPTY);
    assertSurface(List.of("#link", "#len0"), "x.co/y", Profile.EMPTY);
    assertSurface(List.of("#len0"), "x.co y", Profile.EMPTY);
    // U+0130 lowers to two chars, "i" and a combining dot: ".aİ" has ".ai" once lowered
    assertSurface(List.of("#link", "#len0"), "x.aİ", Profile.EMPTY);
    assertSurface(List.of("#len0"), "İ.com", Profile.EMPTY);
    assertSurface(List.of("#link", "#len0"), "İ x.com", Profile.EMPTY);
    assertSurface(List.of("#link", "#len0"), "HTTP", Profile.EMPTY);
    // the Kelvin sign lowers to 'k', a capital sigma to a small one
    assertSurface(List.of("#link", "#len0"), "\u212A.net", Profile.EMPTY);
    assertSurface(List.of("#link", "#len0"), "Σ.org", Profile.EMPTY);
    // a surrogate pair before a domain is not a letter or digit char
    assertSurface(List.of("#emoji", "#len0"), "\uD83D\uDE00.com", Profile.EMPTY);
    assertSurface(List.of("#len0"), "\uD801\uDC00.com", Profile.EMPTY); // Deseret capital
  }

  @Test
  void greetedNameAgainstTheNamesParts() {
    assertTrue(NoteClassifier.namePart("Priya Raman", "raman"));
    assertTrue(NoteClassifier.namePart(" J.R.R. Tolkien ", "r"));
    assertTrue(NoteClassifier.namePart("Ann\tLee", "LEE"));
    assertFalse(NoteClassifier.namePart("Priya Raman", "Pri"));
    assertFalse(NoteClassifier.namePart("Priya-Raman", "Priya"));
    assertFalse(NoteClassifier.namePart("...", "a"));
    assertTrue(NoteClassifier.namePart("Çağla Öz", "çağla"));
    assertSurface(List.of("#len0", "#greeting_match"), "Hi Ann,", named("ANN"));
    assertSurface(List.of("#len0"), "Hi Ann,", Profile.EMPTY);
    assertSurface(List.of("#len0"), "Thanks for the talk", named("Ann Lee"));
  }

  /** The rewrite lowers char by char; this pins what that assumes of the running JDK. */
  @Test
  void onlyTheDottedCapitalIChangesLengthWhenLowered() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String s = new String(Character.toChars(cp));
      String lower = s.toLowerCase(Locale.ROOT);
      if (cp == 0x130) {
        assertEquals("i\u0307", lower);
        continue;
      }
      assertEquals(s.length(), lower.length(), "U+" + Integer.toHexString(cp));
      if (s.length() == 1 && cp != 0x3A3) {
        assertEquals(Character.toLowerCase((char) cp), lower.charAt(0));
      }
      if (cp >= 0x80 && lower.charAt(0) < 0x80) {
        assertEquals(0x212A, cp, "only the Kelvin sign lowers to ASCII");
      }
      if (s.length() == 2) {
        assertTrue(
            Character.isSurrogate(lower.charAt(0)) && Character.isSurrogate(lower.charAt(1)));
      }
    }
  }

  /** Every char in the places each test looks at: a capitals run, a domain, a needle's end. */
  @Test
  void everyCharAgreesWithTheReference() {
    Profile ann = named("Ann Lee");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String ch = String.valueOf((char) c);
      for (String text :
          List.of(
              "ABCD" + ch + "E",
              "AB" + ch + " CDE",
              "x" + ch + ".com",
              ch + ".io",
              ".a" + ch,
              ".c" + ch + "/",
              "htt" + ch,
              ch + "http",
              "!" + ch + "!",
              "Hi " + ch + "nn,",
              "Dear Ann" + ch)) {
        assertEquals(
            SurfaceReference.surface(text, ann),
            NoteClassifier.surface(text, ann),
            "U+" + Integer.toHexString(c) + " in " + text);
      }
    }
  }

  @Test
  void randomTextsAgreeWithTheReference() {
    String[] pieces = {
      "a",
      "B",
      "Hi ",
      "hey ",
      "Dear ",
      "Ann",
      "ann",
      " ",
      "\t",
      "\n",
      ".",
      ",",
      "!",
      "!!",
      "?",
      "$",
      "%",
      "€",
      "£",
      "http",
      "HTTPS",
      "www.",
      "WwW",
      ".com",
      ".io",
      ".co/",
      ".ly/",
      ".ai",
      ".net",
      ".org",
      ".COM",
      "acme",
      "7",
      "İ",
      "ı",
      "\u212A",
      "Σ",
      "σ",
      "é",
      "É",
      "☕",
      "✅",
      "\u2600",
      "\u27BF",
      "\u27C0",
      "\uD83D\uDE80",
      "\uD83C\uDC00",
      "\uD83B\uDFFF",
      "\uD801\uDC00",
      "\uD83D",
      "\uDE80",
      "ABCDE",
      "HELLO WORLD",
      "-",
      "’",
      "\u00A0",
      "日本"
    };
    String[] names = {"Ann Lee", "ANN", "ann.lee", " Ann ", "Çağla Öz", "Lee\tAnn", "J. R."};
    Random rng = new Random(7);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + rng.nextInt(40);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[rng.nextInt(pieces.length)]);
      }
      if (rng.nextInt(10) == 0) {
        sb.append("x".repeat(rng.nextInt(300)));
      }
      String text = sb.toString();
      Profile recipient =
          rng.nextInt(4) == 0 ? Profile.EMPTY : named(names[rng.nextInt(names.length)]);
      assertEquals(
          SurfaceReference.surface(text, recipient), NoteClassifier.surface(text, recipient), text);
    }
  }
}
