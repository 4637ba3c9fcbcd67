package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMaskerTest {

  private static String mask(String note, String name, String company) {
    return TemplateMasker.mask(
        Draft.builder(note)
            .recipient(Profile.builder().name(name).company(company).build())
            .sender(Profile.builder().name("Sam Carter").company("Cloudcut Ltd").build())
            .build());
  }

  @Test
  void masksNamesCompaniesAndGreetedNamesIgnoringAccents() {
    assertEquals(
        "Hi {name}, your team at {company} ({company}) impressed me. {name} at {company}",
        mask(
            "Hi Jorg, your team at Zalando SE (ZALANDO) impressed me. Sam at Cloudcut",
            "Jörg Müller",
            "Zalando SE"));
    assertEquals(
        "Dear {name}, I saw your post.",
        mask("Dear María José García, I saw your post.", "María José García", null));
    // a nickname the profile does not know is still masked after a greeting
    assertEquals("Hey {name}, quick one.", mask("Hey Bob, quick one.", "Robert Smith", null));
    // a company holding the name is one company, not a name inside it
    assertEquals(
        "Hi {name}, I like {company}.",
        mask("Hi Jane, I like Jane Doe Consulting.", "Jane Doe", "Jane Doe Consulting"));
    // no profile, no greeting: nothing to mask
    assertEquals("hi there, let's connect", mask("hi there, let's connect", null, null));
  }

  @Test
  void wordsAreFoldedAndPlaceholdersStayWhole() {
    assertEquals(
        List.of("hi", "{name}", "cafe", "at", "{company}", "isn", "t", "open"),
        TemplateMasker.words("Hi {name}, Café at {company} isn't open!"));
  }

  @Test
  void minHashIsDeterministicAndEstimatesJaccard() {
    List<String> a = MinHash.shingles(TemplateMasker.words("would love to connect with you"));
    List<String> b = MinHash.shingles(TemplateMasker.words("would like to connect with you"));
    assertEquals(11, a.size());
    assertArrayEquals(MinHash.signature(a), MinHash.signature(List.copyOf(a)));
    assertEquals(1.0, MinHash.similarity(MinHash.signature(a), MinHash.signature(a)));
    double exact = 7.0 / 15; // shared: 4 words + 3 pairs; union 15
    double estimate = MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
    assertTrue(Math.abs(estimate - exact) < 0.15, "estimate " + estimate);
    List<String> c = MinHash.shingles(TemplateMasker.words("congrats on the Series B round"));
    assertTrue(MinHash.similarity(MinHash.signature(a), MinHash.signature(c)) < 0.1);
  }

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("\\{name\\}|\\{company\\}|[\\p{L}\\p{N}]+");

  /** The words as the pattern the hand-written scanner replaced finds them. */
  private static List<String> patternWords(String masked) {
    List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = WORD.matcher(io.invitecheck.nlp.PhraseMatcher.fold(masked));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void wordsAreWhatTheWordPatternFinds() {
    List<String> notes =
        List.of(
            "Hi {name}, I noticed {company} is growing fast — 3× in 2024! Quick call?",
            "Héllo {name}{company}: ½ of Zürich's café owners use it; {nam} {company",
            "Ⅻ tips: 𝒜𝒷𝒸 and ١٢٣ numbers, naïve coöperation, O'Brien-Smith, e-mail@x.io",
            "",
            "{}{{name}}{company}}",
            "日本語のテキスト and 한국어 text, ٣ apples");
    for (String n : notes) {
      assertEquals(patternWords(n), TemplateMasker.words(n), n);
    }
    java.util.SplittableRandom r = new java.util.SplittableRandom(11);
    String alphabet = "ab Z9_{}-'é\u0301ß½Ⅻ١\t\n{name}{company}😀𝒜.";
    for (int k = 0; k < 5_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int j = r.nextInt(30); j > 0; j--) {
        if (r.nextInt(8) == 0) {
          b.append(r.nextBoolean() ? "{name}" : "{company}");
        } else {
          b.appendCodePoint(
              alphabet.codePointAt(
                  alphabet.offsetByCodePoints(
                      0, r.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
      }
      String n = b.toString();
      assertEquals(patternWords(n), TemplateMasker.words(n), n);
    }
  }

  @Test
  void theSignatureOfWordsIsTheSignatureOfTheirShingles() {
    List<String> notes =
        List.of(
            "Hi {name}, I noticed {company} is growing fast. We help logistics companies cut costs.",
            "Loved your KubeCon talk on eBPF tracing, would be great to connect.",
            "Ok",
            "Zürich café naïve coöperation ½ Ⅻ 😀");
    for (String n : notes) {
      List<String> words = TemplateMasker.words(n);
      assertArrayEquals(
          MinHash.signature(MinHash.shingles(words)), MinHash.signatureOfWords(words), n);
    }
    assertEquals(null, MinHash.signatureOfWords(List.of()));
  }

  /**
   * Masking with the kept company matchers gives what building each draft's matcher gives: random
   * drafts over a few companies (legal suffixes, accents, case, UTF-16, a surrogate pair, a lone
   * surrogate, blank and missing ones), each masked twice, so that most find their matcher kept.
   */
  @Test
  void keptCompanyMatchersMaskAsMatchersBuiltPerDraft() {
    String[] companies = {
      null,
      "",
      " ",
      "Acme",
      "Acme Inc.",
      "ACME, inc",
      "Zalando SE",
      "Blue Heron",
      "Société Générale",
      "Ｃｉｎｄｅｒ",
      "Rocket 🚀 Labs",
      "Bad \uD83D Co",
      "Co",
      "X Ltd",
      "Jane Doe Consulting",
      "Ab  Corp"
    };
    String[] names = {null, "Jane Doe", "Jörg Müller", "Sam Carter", "Ana"};
    String[] pieces = {
      "Hi Jane, ",
      "Dear Ana, ",
      "at ",
      "Acme",
      "ACME",
      "acme inc",
      "Zalando",
      "zalando se",
      "Blue Heron",
      "blue  heron",
      "Societe Generale",
      "Ｃｉｎｄｅｒ",
      "Rocket 🚀 Labs",
      "Bad \uD83D Co",
      "Co",
      "X",
      "Jane Doe Consulting",
      "Ab",
      "Corp",
      "Sam",
      ". ",
      ", ",
      "\n",
      "—",
      "\uDE80",
      ""
    };
    java.util.Random random = new java.util.Random(31);
    int masked = 0;
    for (int t = 0; t < 5_000; t++) {
      StringBuilder note = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        note.append(pieces[random.nextInt(pieces.length)]).append(' ');
      }
      Draft d =
          Draft.builder(note.toString())
              .recipient(
                  Profile.builder()
                      .name(names[random.nextInt(names.length)])
                      .company(companies[random.nextInt(companies.length)])
                      .build())
              .sender(
                  Profile.builder()
                      .name(names[random.nextInt(names.length)])
                      .company(companies[random.nextInt(companies.length)])
                      .build())
              .build();
      String want = TemplateMasker.maskBuildingMatchers(d);
      assertEquals(want, TemplateMasker.mask(d), note.toString());
      assertEquals(want, TemplateMasker.mask(d), note.toString());
      masked += want.contains(TemplateMasker.COMPANY) ? 1 : 0;
    }
    assertTrue(masked > 1_000, "drafts with a company masked: " + masked);
  }
}
