package io.invitecheck.bench;

import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.List;

/** Realistic drafts for the benchmarks: one-off notes of 150-300 characters, with profiles. */
final class Notes {
  private Notes() {}

  static final String[] TEXTS = {
    "Hi Priya, your talk on Kafka backpressure at Current was the clearest I've heard. I'm building"
        + " similar pipelines at Monzo and would love to compare notes on consumer lag alerts.",
    "Hello Dr. Okafor — I read your paper on sepsis early-warning scores in JAMA. We're piloting"
        + " something similar at St Mary's and I'd value your perspective on alert fatigue.",
    "Hi {{first_name}}, we help companies like {{company}} cut cloud costs by 40% in 30 days. Open"
        + " to a quick 15-minute call this week? https://calendly.com/acme/intro",
    "Congrats on the promotion to VP Engineering, Tom! Fellow Michigan alum here. Would be great to"
        + " stay in touch as we both scale platform teams.",
    "I'm a top 1% LinkedIn coach with 500+ happy clients. Check out my podcast and follow me for"
        + " daily tips on personal branding and growth!",
    "Hi Sofia, Marco Bellini suggested I reach out. We're both working on fraud models for card"
        + " payments and he thought we'd have a lot to talk about.",
    "I'd like to add you to my professional network on LinkedIn.",
    "Hey Daniel, saw your post about remote hiring and totally agree on async interviews. I run"
        + " recruiting for a 40-person startup in Lisbon — would love to connect.",
    "Dear Ms. Chen, I'm a final-year accounting student at NYU. Could you refer me for the"
        + " analyst role at your firm? I've attached my CV for your review.",
    "Hi Amara, we met at the KubeCon booth in Paris and talked about eBPF tracing. Let's keep the"
        + " conversation going — I'd love to hear how the rollout went."
  };

  static List<Draft> drafts(boolean withProfiles) {
    List<Draft> list = new ArrayList<>();
    for (int i = 0; i < TEXTS.length; i++) {
      Draft.Builder b = Draft.builder(TEXTS[i]).id("bench-" + i);
      if (withProfiles) {
        b.recipient(
                Profile.builder()
                    .name("Priya Raman")
                    .headline("Staff Engineer at Confluent")
                    .company("Confluent")
                    .school("University of Michigan")
                    .skills(List.of("Kafka", "stream processing", "fraud models"))
                    .recentPosts(List.of("Remote hiring: why async interviews work"))
                    .achievements(List.of("Promoted to VP Engineering"))
                    .build())
            .sender(Profile.builder().company("Monzo").school("University of Michigan").build())
            .context(new Context(null, 3, List.of("Marco Bellini"), List.of(), List.of()));
      }
      list.add(b.build());
    }
    return list;
  }

  static final String[] FIRST_NAMES = {
    "Priya", "Tom", "Sofia", "Daniel", "Amara", "Kenji", "Lucia", "Omar", "Greta", "Femi", "Ines",
    "Jonas", "Mei", "Rafael", "Hannah", "Tariq", "Elif", "Noah", "Zanele", "Viktor"
  };

  static final String[] LAST_NAMES = {"Raman", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva"};

  /**
   * Each of {@link #TEXTS} sent to {@code copies} recipients, interleaved as a merged campaign file
   * is: the greeted first name (the note's first capitalised word after the greeting) and the
   * recipient's name changed per copy.
   */
  static List<Draft> mailMerge(int copies) {
    List<Draft> list = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      for (int t = 0; t < TEXTS.length; t++) {
        String first = FIRST_NAMES[(c + t) % FIRST_NAMES.length];
        String last = LAST_NAMES[c % LAST_NAMES.length];
        String text = TEXTS[t].replaceFirst("^(Hi|Hello|Hey) [A-Z][a-z]+(?=[,!])", "$1 " + first);
        list.add(
            Draft.builder(text)
                .id("merge-" + t + "-" + c)
                .recipient(Profile.builder().name(first + " " + last).build())
                .build());
      }
    }
    return list;
  }
}
