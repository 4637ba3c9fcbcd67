package io.invitecheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Eight threads analyzing a shared list give exactly the sequential results. */
class ConcurrentAnalyzeIT {
  private static InviteAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = InviteAnalyzer.builder().build();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  @Test
  @Timeout(120)
  void eightThreadsMatchTheSequentialRun() throws Exception {
    List<Draft> drafts = drafts();
    List<Report> sequential = new ArrayList<>();
    for (Draft d : drafts) {
      sequential.add(analyzer.analyze(d));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (Draft d : drafts) {
          futures.add(pool.submit(() -> analyzer.analyze(d)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(sequential.get(i % drafts.size()), futures.get(i).get(), "draft " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Draft> drafts() {
    String[] notes = {
      "Hi Priya, your talk on Kafka backpressure at Current was the clearest I've heard. I'm"
          + " building similar pipelines at Monzo and would love to compare notes.",
      "I'd like to add you to my professional network on LinkedIn.",
      "Hi {{first_name}}, we help companies like {{company}} cut cloud costs by 40%. Open to a"
          + " quick 15-minute call this week? https://calendly.com/acme/intro",
      "Congrats on the promotion to VP Engineering, Tom! Fellow Michigan alum here — would be"
          + " great to stay in touch.",
      "HUGE OPPORTUNITY!!! Earn $5,000/week from home 🚀🚀🚀 DM me now",
      "Hola Marta, me encantó tu charla sobre diseño de producto en Madrid. ¿Conectamos?",
      "I'm a top 1% LinkedIn coach with 500+ clients. Check out my podcast and follow me for"
          + " daily tips!",
      "Jane suggested I reach out — we're both working on fraud models for card payments.",
      "hey, saw ur post about remote hiring, totally agree w/ the part on async interviews. lets"
          + " connect",
      "Dear Hiring Manager, please find my CV attached and refer me for the analyst role."
    };
    List<Draft> list = new ArrayList<>();
    for (int i = 0; i < notes.length; i++) {
      for (int v = 0; v < 4; v++) {
        list.add(
            Draft.builder(notes[i])
                .id("n" + i + "-" + v)
                .recipient(
                    v % 2 == 0
                        ? Profile.EMPTY
                        : Profile.builder().name("Priya Raman").company("Confluent").build())
                .build());
      }
    }
    return list;
  }
}
