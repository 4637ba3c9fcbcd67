package io.invitecheck.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class GreetedNamesTest {

  private static List<Span> byRegex(String note) {
    List<Span> out = new ArrayList<>();
    Matcher m = GreetedNames.PATTERN.matcher(note);
    while (m.find()) {
      out.add(new Span(m.start(1), m.end(1)));
    }
    return out;
  }

  private static List<String> texts(String note, List<Span> spans) {
    return spans.stream().map(s -> note.substring(s.start(), s.end())).toList();
  }

  @Test
  void findsTheCapitalisedWordAfterEachGreeting() {
    String note =
        "Hi Jana, great talk! Dear  Mr O’Neil-Smith, and HEY\tLOUISE. Hello there, hey Élodie";
    List<Span> found = GreetedNames.find(note);
    assertEquals(List.of("Jana", "Mr", "LOUISE", "Élodie"), texts(note, found));
    assertEquals(new Span(3, 7), found.get(0));
    assertEquals(new Span(27, 29), found.get(1));
    assertEquals(byRegex(note), found);
  }

  @Test
  void aGreetingInsideAWordOrTooFarFromTheNameIsNone() {
    for (String note :
        List.of(
            "Chi Jana, Shi Wu",
            "Hiring Jana",
            "hi jana, all lower case",
            "Hi    Jana, four spaces",
            "HeLLo Jana",
            "Hi",
            "Hi ",
            "_Hi Jana",
            "2Hi Jana",
            "e\u0301Hi Jana, a mark on a letter")) {
      assertEquals(List.of(), GreetedNames.find(note), note);
      assertEquals(byRegex(note), GreetedNames.find(note), note);
    }
    // a mark on nothing is no word, so the greeting starts one
    assertEquals(List.of(new Span(4, 8)), GreetedNames.find("\u0301Hi Jana"));
  }

  @Test
  void aNameEndsAfterFortyOneCharacters() {
    String note = "Dear " + "A" + "b".repeat(50);
    assertEquals(List.of(new Span(5, 46)), GreetedNames.find(note));
    assertEquals(byRegex(note), GreetedNames.find(note));
  }

  @Test
  void equalsTheRegexOnRandomText() {
    String[] pieces = {
      "Hi",
      "hi",
      "HI",
      "Hello",
      "HELLO",
      "hello",
      "Hey",
      "hey",
      "HEY",
      "Dear",
      "dear",
      "DEAR",
      "hI",
      "He",
      "Hel",
      "De",
      " ",
      "  ",
      "\t",
      "\n",
      "\u000B",
      "\u00A0",
      "Jana",
      "J",
      "O’",
      "'",
      "-",
      "É",
      "ł",
      "Ł",
      "ǅ",
      "\uD835\uDC00",
      "\uD835\uDC1A",
      "\u0301",
      "_",
      "7",
      ",",
      ".",
      "x",
      "A",
      "b",
      "\uD83D\uDE00",
      "\uDC00"
    };
    SplittableRandom random = new SplittableRandom(20261127);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(1, 25);
      for (int p = 0; p < parts; p++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String note = b.toString();
      assertEquals(byRegex(note), GreetedNames.find(note), note);
    }
  }
}
