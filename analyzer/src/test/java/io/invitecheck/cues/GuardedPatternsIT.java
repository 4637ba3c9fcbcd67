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
}
