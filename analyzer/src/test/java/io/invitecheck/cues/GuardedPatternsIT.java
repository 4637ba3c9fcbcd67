package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.signals.Example;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Guarded} pattern of the standard cue detectors, found by reflection: its guard must
 * let through every text the pattern matches in (else a cue would silently go missing), and should
 * keep most ordinary notes away from the regular expression (else it is no use).
 */
class GuardedPatternsIT {
  private static Map<String, Guarded> guardedPatterns() throws IllegalAccessException {
    Map<String, Guarded> all = new LinkedHashMap<>();
    for (CueDetector d : CueDetectors.standard().detectors()) {
      for (Field f : d.getClass().getDeclaredFields()) {
        if (f.getType() == Guarded.class && Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          all.put(d.getClass().getSimpleName() + "." + f.getName(), (Guarded) f.get(null));
        }
      }
    }
    return all;
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      texts.add(n.text());
    }
    for (CueDetector d : CueDetectors.standard().detectors()) {
      for (Example e : d.examples()) {
        texts.add(e.draft().note());
      }
    }
    texts.addAll(
        List.of(
            "see www./ for it",
            "WWW.ACME.COM has it",
            "Visit HTTPS://ACME.IO/TRIAL today",
            "Grab 15 MIN with me? Let's BOOK A CALL",
            "WE HELPED 300 FOUNDERS 10X THEIR PIPELINE",
            "Call me: 555 123 4567",
            "Hi {{first_name}}, hi %FNAME%, hi ##name##, hi *|FNAME|*, hi [Company], hi $first",
            "Wow!!! Really?!?",
            "mail jo@acme.co.uk",
            "TOP 1% coach, 7-figure founder, 20 % off"));
    return texts;
  }

  @Test
  void aGuardNeverKeepsAPatternFromAMatch() throws Exception {
    Map<String, Guarded> patterns = guardedPatterns();
    assertTrue(patterns.size() >= 11, patterns.keySet().toString());
    List<String> texts = texts();
    List<String> missed = new ArrayList<>();
    for (Map.Entry<String, Guarded> p : patterns.entrySet()) {
      for (String text : texts) {
        if (p.getValue().pattern().matcher(text).find() && !p.getValue().mayMatch(text)) {
          missed.add(p.getKey() + ": " + text);
        }
      }
    }
    assertEquals(List.of(), missed);
  }

  @Test
  void guardsKeepMostOrdinaryNotesFromTheExpressions() throws Exception {
    List<String> ordinary = DefaultCorpus.bundledNotes().stream().map(CorpusNote::text).toList();
    for (Map.Entry<String, Guarded> p : guardedPatterns().entrySet()) {
      long through = ordinary.stream().filter(p.getValue()::mayMatch).count();
      assertTrue(
          through < ordinary.size() * 0.8,
          p.getKey() + " lets " + through + " of " + ordinary.size() + " notes through");
    }
    Guarded url = guardedPatterns().get("ContainsLinkCue.URL");
    assertFalse(url.mayMatch("Hi Ana. Loved your talk. Let's connect!"));
    assertTrue(url.mayMatch("Hi Ana, see acme.io"));
  }

  /**
   * A pattern tried only where its matches can start ({@link Guarded#startingAt}) finds what the
   * plain expression finds, on the corpus and on random text made of the patterns' own words next
   * to letters, digits, marks and spaces that do or do not make a word boundary.
   */
  @Test
  void findingFromTheStartsGivesWhatTheExpressionFinds() throws Exception {
    Map<String, Guarded> patterns = guardedPatterns();
    List<String> texts = texts();
    String[] pieces = {
      "check out my ",
      "new ",
      "podcast",
      "top ",
      "1",
      "5",
      "15",
      ".5",
      "%",
      " off",
      "7-figure ",
      "multi figure ",
      "founder",
      "I've helped ",
      "we have helped ",
      "300",
      "+",
      "k",
      " founders",
      "I have generated ",
      "$",
      "2",
      "m",
      " min",
      "MIN",
      "-minute ",
      " call",
      "grab ",
      "quick ",
      "book a ",
      "chat",
      "hop on a ",
      "10x ",
      "double ",
      "your ",
      "pipeline",
      "i need ",
      "give me ",
      "a few ",
      "minutes",
      " of your time",
      "{{",
      "first_name",
      "}}",
      "{name}",
      "%",
      "FNAME",
      "##",
      "#",
      "__",
      "*|",
      "|*",
      "FIRSTNAME",
      "COMPANY_NAME",
      "!!",
      "?",
      "!",
      " ",
      "  ",
      "\t",
      "\u00A0",
      "\n",
      "é",
      "\u0301",
      "_",
      "x",
      "A",
      "9",
      ",",
      ".",
      "'",
      "’",
      "\uD83D\uDE00"
    };
    SplittableRandom random = new SplittableRandom(27);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = random.nextInt(1, 16);
      for (int p = 0; p < parts; p++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(b.toString());
    }
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, Guarded> p : patterns.entrySet()) {
      for (String text : texts) {
        List<io.invitecheck.report.Span> plain =
            p.getValue().mayMatch(text) ? Cues.find(p.getValue().pattern(), text) : List.of();
        if (!plain.equals(p.getValue().find(text))) {
          differ.add(p.getKey() + ": " + text);
        }
      }
    }
    assertEquals(List.of(), differ.subList(0, Math.min(10, differ.size())));
  }
}
