package io.invitecheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Odd input never breaks a detector, and detectors give the same answers from many threads. */
class SignalDetectorsRobustnessIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());
  private static final SignalDetectors DETECTORS = SignalDetectors.standard();

  private static final Profile ODD =
      Profile.builder()
          .name("Ö")
          .company("&")
          .school("of the")
          .headline("—")
          .skills(List.of("C", "C++", "R"))
          .interests(List.of("🚀"))
          .recentPosts(List.of("a"))
          .achievements(List.of("the"))
          .build();

  @Test
  void oddNotesAndProfilesGiveValidSpans() {
    List<String> notes =
        List.of(
            "",
            " ",
            "Hi",
            "Hi ",
            "Dear",
            "Dear Dr.",
            "Congrats on",
            "congrats on your",
            "fellow",
            "we met at",
            "your post on",
            "I'm hiring",
            "Jane suggested",
            "our mutual friend",
            "👋🎉🚀",
            "Hi 👋 Jane, congrats on the 🚀 launch!",
            "Hi Zoë, 𝒻𝒶𝓃𝒸𝓎 text and your post on 𝓅𝓇𝒾𝒸𝒾𝓃𝑔 at KubeCon 🎉",
            "HI JANE!!! CONGRATS ON THE NEW ROLE AT STRIPE!!!",
            "Hi\u00a0Jane,\u2003we\u00a0met\u00a0at\u00a0KubeCon\u2014great\u00a0booth.",
            "fellow fellow fellow fellow alum alum",
            "Hi Jane, ".repeat(400) + "congrats on the new role.");
    List<Draft.Builder> contexts = new ArrayList<>();
    for (String note : notes) {
      contexts.add(Draft.builder(note));
      contexts.add(
          Draft.builder(note)
              .recipient(ODD)
              .sender(ODD)
              .context(new Context(null, 0, List.of("Ö", "Jane"), List.of("&", "the"), null)));
    }
    for (Draft.Builder b : contexts) {
      Draft d = b.build();
      AnalyzedNote note = READER.read(d.note());
      for (Signal s : DETECTORS.detect(note, d)) {
        assertTrue(s.end() <= d.note().length(), s.toString());
        assertEquals(d.note().substring(s.start(), s.end()), s.text());
        assertTrue(
            s.end() == d.note().length() || !Character.isLowSurrogate(d.note().charAt(s.end())));
        assertTrue(!Character.isLowSurrogate(d.note().charAt(s.start())), s.toString());
      }
    }
  }

  @Test
  void detectorsGiveTheSameSignalsFromManyThreads() throws Exception {
    List<Draft> drafts = new ArrayList<>();
    List<AnalyzedNote> notes = new ArrayList<>();
    List<List<Signal>> expected = new ArrayList<>();
    for (SignalDetector d : DETECTORS.detectors()) {
      for (Example e : d.examples()) {
        AnalyzedNote note = READER.read(e.draft().note());
        drafts.add(e.draft());
        notes.add(note);
        expected.add(DETECTORS.detect(note, e.draft()));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        futures.add(
            pool.submit(
                () -> {
                  int mismatches = 0;
                  for (int round = 0; round < 25; round++) {
                    for (int i = 0; i < drafts.size(); i++) {
                      if (!DETECTORS.detect(notes.get(i), drafts.get(i)).equals(expected.get(i))) {
                        mismatches++;
                      }
                    }
                  }
                  return mismatches;
                }));
      }
      for (Future<Integer> f : futures) {
        assertEquals(0, f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
