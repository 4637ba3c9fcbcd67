package io.invitecheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.report.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The recipient-name matchers kept by name ({@link RecipientNameDetector#mentions}) find what a
 * matcher made anew finds, with the same offsets, and are kept.
 */
class RecipientNameMentionsTest {
  private static final String[] NAMES = {
    "Jane Doe",
    "Priya Patel",
    "Siobh\u00e1n O'Neill",
    "Jose Alvarez",
    "Katherine Ng",
    "Al",
    "Dr. Ana-Maria de la Cruz",
    "\u00c9mile Zola",
    "Li \ud83d\ude80 Wei",
    " "
  };

  private static final String[] PIECES = {
    "Hi ",
    "Jane",
    "jane",
    "DOE",
    "Doe's",
    "Priya",
    "patel",
    "O\u2019Neill",
    "O'Neill",
    "Siobhan",
    "Jos\u00e9",
    "Alvarez",
    "Katherine",
    "Ng",
    "Al",
    "Ana-Maria",
    "de la Cruz",
    "cruz",
    "Emile",
    "ZOLA",
    "\ud83d\ude80",
    "\ud83d",
    "Wei",
    ", ",
    ". ",
    "\n",
    "\u2014",
    "loved your talk",
    "!"
  };

  @Test
  void keptMatchersFindWhatNewOnesFind() {
    Random random = new Random(8);
    int found = 0;
    for (int n = 0; n < 5_000; n++) {
      String name = NAMES[random.nextInt(NAMES.length)];
      StringBuilder sb = new StringBuilder();
      for (int p = random.nextInt(16); p > 0; p--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = sb.toString();
      List<Span> expected = RecipientNameDetector.mentionsOf(name).findAll(text);
      List<Span> got = RecipientNameDetector.mentions(name).findAll(text);
      assertEquals(expected, got, name + " in " + text);
      for (Span s : got) {
        assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() < s.end(), text);
      }
      found += got.size();
    }
    assertTrue(found > 1_000, "found " + found);
  }

  @Test
  void aNameIsMadeIntoAMatcherOnce() {
    String name = "Priya Patel " + System.nanoTime(); // a name no other test kept
    assertSame(RecipientNameDetector.mentions(name), RecipientNameDetector.mentions(name));
    List<Span> spans = RecipientNameDetector.mentions("Priya Patel").findAll("Hi Priya, Ms. Patel");
    assertEquals(2, spans.size());
    assertEquals(
        "Priya", "Hi Priya, Ms. Patel".substring(spans.get(0).start(), spans.get(0).end()));
    assertEquals(
        "Patel", "Hi Priya, Ms. Patel".substring(spans.get(1).start(), spans.get(1).end()));
  }
}
