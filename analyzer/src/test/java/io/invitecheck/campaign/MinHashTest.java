package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link MinHash#signatureOfWords} against the plain definition {@code signature(shingles(words))}:
 * every shingle string built and hashed, every hash function's minimum kept in an array, one
 * shingle after another.
 */
class MinHashTest {

  private static void assertSameSignature(List<String> words) {
    assertArrayEquals(
        MinHash.signature(MinHash.shingles(words)),
        MinHash.signatureOfWords(words),
        () -> String.valueOf(words));
  }

  @Test
  void realisticNotesGiveTheSignatureOfTheirShingles() {
    List<String> notes =
        List.of(
            "Hi {name}, I came across your profile and was impressed by your work at {company}.",
            "Hi {name} — loved your post on the €2M seed round 🚀 would be great to connect!",
            "Hello {name}, as a fellow finance professional I wanted to share an opportunity: "
                + "to trade BTC with an AI bot that made 11% last month. Reply 'YES' to claim.",
            "Grüße aus Zürich! Ich würde mich freuen, {name} — naïve café coöperation ½ Ⅻ",
            "to to to to the the the to the",
            "𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭 from a 😀 sender 👋🏽 with surrogate pairs 𝐁𝐨𝐥𝐝",
            "Ok");
    for (String n : notes) {
      assertSameSignature(TemplateMasker.words(n));
    }
  }

  @Test
  void randomWordListsGiveTheSignatureOfTheirShingles() {
    SplittableRandom r = new SplittableRandom(20_261_127);
    String alphabet = "abcdeéü—€½ΩЖ中😀👋𝐁";
    for (int t = 0; t < 2_000; t++) {
      int n = 1 + r.nextInt(t % 10 == 0 ? 120 : 12);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i > 0 && r.nextInt(4) == 0) {
          words.add(words.get(r.nextInt(i))); // repeated words and shingles
          continue;
        }
        StringBuilder w = new StringBuilder();
        for (int c = r.nextInt(7); c >= 0; c--) {
          int at =
              alphabet.offsetByCodePoints(
                  0, r.nextInt(alphabet.codePointCount(0, alphabet.length())));
          w.appendCodePoint(alphabet.codePointAt(at));
        }
        words.add(r.nextInt(20) == 0 ? "" : w.toString());
      }
      assertSameSignature(words);
    }
  }

  @Test
  void aWordListWithoutWordsHasNoSignature() {
    assertEquals(null, MinHash.signatureOfWords(List.of()));
  }

  @Test
  void oneWordsSignatureIsItsHashMixedWithEachSeed() {
    char[] sig = MinHash.signatureOfWords(List.of("connect"));
    char[] again = MinHash.signature(List.of("connect"));
    assertArrayEquals(again, sig);
    // 60 independent 16-bit minima of one value each: not all equal
    assertEquals(MinHash.HASHES, sig.length);
    char[] sorted = sig.clone();
    Arrays.sort(sorted);
    assertTrue(sorted[0] != sorted[MinHash.HASHES - 1]);
  }

  private static void assertSameMaskedSignature(String masked) {
    assertArrayEquals(
        MinHash.signatureOfWords(TemplateMasker.words(masked)),
        MinHash.signatureOfMasked(masked),
        masked);
  }

  @Test
  void aMaskedTextGivesTheSignatureOfItsWords() {
    List<String> notes =
        List.of(
            "Hi {name}, I came across your profile and was impressed by your work at {company}.",
            "Hi {name} — loved your post on the €2M seed round 🚀 would be great to connect!",
            "Grüße aus Zürich! Ich würde mich freuen, {name} — naïve café coöperation ½ Ⅻ",
            "{name}{company}{nam{company {name",
            "{NAME} {Name} {company}s x{name}y {}",
            "𝐁𝐨𝐥𝐝 𝐭𝐞𝐱𝐭 from a 😀 sender 👋🏽 with surrogate pairs 𝐁𝐨𝐥𝐝 and a lone \uD83D here \uDE80",
            "ΣΊΣΥΦΟΣ ΟΔΟΣ İstanbul ǅ ß ﬁ",
            "to to to to the the the to the",
            "",
            " , . — ! 🚀",
            "{",
            "Ok");
    for (String n : notes) {
      assertSameMaskedSignature(n);
    }
    assertEquals(null, MinHash.signatureOfMasked(" , . — ! 🚀 {"));
  }

  @Test
  void randomMaskedTextsGiveTheSignatureOfTheirWords() {
    SplittableRandom r = new SplittableRandom(1127);
    String[] pieces = {
      "{name}", "{company}", "{nam", "{", "}", "Hi", "connect", "Zoë", "ÉCOLE", " ", "  ", ",", ".",
      "\n", "—", "🚀", "\uD83D", "\uDE80", "a\u0301", "ǅ", "Σ", "2026", "½", "x", "İ", "'"
    };
    for (int t = 0; t < 5_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int p = r.nextInt(t % 10 == 0 ? 200 : 20); p > 0; p--) {
        b.append(pieces[r.nextInt(pieces.length)]);
      }
      assertSameMaskedSignature(b.toString());
    }
  }

  @Test
  void theHashFunctionsComeInWholeGroupsOfFour() {
    assertEquals(0, MinHash.HASHES % 4, "signatureOfFolded takes four hash functions a turn");
  }

  @Test
  void everyCorpusNoteGivesTheSignatureOfItsShingles() throws IOException {
    Path corpus = Path.of("..", "corpus", "notes.jsonl");
    if (!Files.exists(corpus)) {
      corpus = Path.of("corpus", "notes.jsonl");
    }
    ObjectMapper mapper = new ObjectMapper();
    int notes = 0;
    for (String line : Files.readAllLines(corpus)) {
      JsonNode note = mapper.readTree(line);
      String text = note.get("text").asText();
      List<String> words = TemplateMasker.words(text);
      char[] plain = words.isEmpty() ? null : MinHash.signature(MinHash.shingles(words));
      assertArrayEquals(plain, MinHash.signatureOfWords(words), text);
      assertArrayEquals(plain, MinHash.signatureOfMasked(text), text);
      notes++;
    }
    assertTrue(notes > 2_000, "corpus notes read: " + notes);
  }
}
