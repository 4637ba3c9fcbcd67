package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Loading in the background gives the models a plain load gives, to any number of waiters. */
class NlpModelsIT {
  private static final String NOTE =
      "Hi Jane, congrats on the new role at Stripe! I\u2019d love to compare notes on fraud.";

  private static String describe(AnalyzedNote a) {
    StringBuilder sb = new StringBuilder(a.language());
    for (int i = 0; i < a.tokenCount(); i++) {
      sb.append(' ')
          .append(a.tokenStart(i))
          .append('-')
          .append(a.tokenEnd(i))
          .append('/')
          .append(a.tag(i))
          .append('/')
          .append(a.lemma(i));
    }
    return sb.toString();
  }

  @Test
  void concurrentWaitersGetTheSameModelsAndReadNotesAsAPlainLoadDoes() throws Exception {
    NlpModels.Loading loading = NlpModels.loadInBackground();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<NlpModels>> waiters = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        waiters.add(loading::await);
      }
      List<NlpModels> got = new ArrayList<>();
      for (Future<NlpModels> f : pool.invokeAll(waiters)) {
        got.add(f.get());
      }
      for (NlpModels m : got) {
        // one load: every waiter shares the same model objects
        assertSame(got.get(0).languages(), m.languages());
        assertSame(got.get(0).lemmas, m.lemmas);
        assertSame(got.get(0).pos, m.pos);
        assertSame(got.get(0).tokens, m.tokens);
        assertSame(got.get(0).sentences, m.sentences);
      }
      String expected = describe(new NoteReader(NlpModels.load()).read(NOTE));
      List<Callable<String>> reads = new ArrayList<>();
      NoteReader shared = new NoteReader(got.get(3));
      for (int i = 0; i < 8; i++) {
        reads.add(() -> describe(shared.read(NOTE)));
      }
      for (Future<String> f : pool.invokeAll(reads)) {
        assertEquals(expected, f.get());
      }
      assertEquals("eng", shared.read(NOTE).language());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theLanguageModelIsReadOnlyWhenANoteNeedsIt() {
    NlpModels models = NlpModels.load();
    NoteReader reader = new NoteReader(models);
    AnalyzedNote english =
        reader.read(
            "Hi Ana, I enjoyed your talk on payment fraud at Money20/20 and would love to compare"
                + " notes on chargebacks.");
    assertEquals("eng", english.language());
    assertEquals("und", reader.read("Hi Ana!").language(), "too short to tell");
    assertFalse(models.languagesLoaded(), "English and short notes do not need it");

    AnalyzedNote french =
        reader.read(
            "Bonjour Claire, j'ai beaucoup apprécié votre intervention sur la fraude aux paiements"
                + " lors de la conférence de Lyon. Au plaisir d'échanger avec vous.");
    assertEquals("fra", french.language());
    assertTrue(models.languagesLoaded());
  }

  @Test
  void theLanguageModelCanBeReadAheadAfterTheEnglishModels() throws InterruptedException {
    NlpModels.Loading loading = NlpModels.loadInBackground();
    loading.loadLanguagesAfterEnglish();
    NlpModels models = loading.await();
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!models.languagesLoaded() && System.nanoTime() < deadline) {
      Thread.sleep(20); // read on a loader thread, no note asked for it
    }
    assertTrue(models.languagesLoaded(), "read ahead within a minute");
    loading.loadLanguagesAfterEnglish(); // already read: nothing more to do
    AnalyzedNote french =
        new NoteReader(models)
            .read(
                "Bonjour Claire, j'ai beaucoup apprécié votre intervention sur la fraude aux"
                    + " paiements lors de la conférence de Lyon. Au plaisir d'échanger avec vous.");
    assertEquals("fra", french.language());
    assertEquals(describe(new NoteReader(NlpModels.load()).read(french.text())), describe(french));
  }
}
