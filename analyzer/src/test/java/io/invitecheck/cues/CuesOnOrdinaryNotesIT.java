package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ordinary, decent notes from many fields, full of the things the cue patterns must not take for
 * cues: acronyms, dates, year ranges, product names with dots, "free", "help", "pricing", "our
 * product team", a recruiter's offer, "!!". Without signals they may get {@code
 * no_personalization}; nothing else. The known misfires are pinned down below so that a change
 * shows.
 */
class CuesOnOrdinaryNotesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());

  private static List<String> cues(String note) {
    return CueDetectors.standard().detect(CueTesting.input(READER, note)).stream()
        .filter(r -> r.code() != ReasonCode.NO_PERSONALIZATION)
        .map(CueTesting::line)
        .toList();
  }

  @Test
  void ordinaryNotesRaiseNoCue() {
    for (String note : NOTES) {
      assertEquals(List.of(), cues(note), note);
    }
  }

  @Test
  void knownMisfires() {
    // mentioning how one got an address is not asking for it, but reads the same to the pattern
    assertEquals(
        List.of("contact_details 6-24 'your email address'"),
        cues("I got your email address from Ben, but thought LinkedIn was less intrusive."));
    // a place name in capitals is three shouting words
    assertEquals(
        List.of("excessive_formatting 11-24 'NEW YORK CITY'"),
        cues("Hello from NEW YORK CITY! Saw your talk at QCon."));
  }

  static final List<String> NOTES =
      List.of(
          "Hi Jane, I lead the platform team at Monzo and we're wrestling with the same Kafka rebalancing issues you wrote about. Would love to compare notes.",
          "Hey Tom! Great meeting you at the AWS Summit in London yesterday. Let's keep in touch.",
          "Hi Priya, congrats on the promotion to VP Engineering! Well deserved after the migration work.",
          "Hello Dr. Alvarez, I'm a PhD student at ETH working on protein folding; your 2023 Nature paper shaped my thesis. Would be glad to connect.",
          "Hi Sam, we both spoke at PyCon US 2024. I enjoyed your session on typing. Happy to help if you ever need a hand with mypy plugins.",
          "Hi Olu, I'm a nurse practitioner in Lagos and I follow your posts on telehealth. Would love to learn from your experience.",
          "Hi Kate, our mutual friend Ben Ortiz suggested I reach out. I'm moving to Denver in March and looking to meet people in climate tech.",
          "Hi Marco, I saw your talk on ASP.NET Core performance and Node.js interop at NDC Oslo. The flame graph demo was brilliant.",
          "Hi Lee, fellow UX researcher here. Your thread on diary studies was gold. I run a small UX meetup in Leeds; would you be up for a guest talk?",
          "Hi Ana, I'm the CTO of a 12-person B2B SaaS in Lisbon. Loved your post on pricing pages; how did you test the annual discount?",
          "Hi Rob, I work in supply chain at Unilever and your article on S&OP in the HBR was great. Connect?",
          "Hi Mia, I noticed we were both at Deloitte in 2019-2021. Hope you are doing well at EY!",
          "Hi Jack, thanks for the AMA yesterday. I'd love to keep following your work on LLM evals.",
          "Hi Zoe, I'm organizing the Women in Data Berlin meetup on 12.03.2026 and would love to have you on the panel.",
          "Hi Eli, I read your book on distributed systems cover to cover. Chapter 7 on consensus saved my team weeks.",
          "Hi Nina, fellow Wharton MBA '18 here! Saw you moved to Singapore, I'm heading there in May for work.",
          "Hi Raj, I've been using your open-source library pgvector-rs at work. Thank you! Would love to contribute.",
          "Hi Tara, I'm a recruiter at Datadog. Your background in observability is a great fit for a staff role we just opened. Would you be open to a chat?",
          "Hi Amy, your keynote at SaaStr on PLG was the best talk of the week. I'm a PM at Notion working on onboarding.",
          "Hi Luis, I'm a final-year CS student at UCLA. I really admired your talk on compilers. Any advice for someone starting out?",
          "Hi Grace, we met at the NYC fintech happy hour last Thursday. Here's the article I mentioned on open banking in the EU.",
          "Hi Omar, love the work your team does on accessibility at Shopify. I'm a frontend dev in Toronto focusing on a11y.",
          "Hi Bea, I'm an architect at Foster + Partners; your timber tower in Oslo is stunning. Would love to hear how you handled fire codes.",
          "Hi Jo, our product team at Stripe is hiring and your onboarding talk came up.",
          "Would you be interested in speaking at our Rust meetup in Leeds?",
          "You should check out my colleague Ben's talk on Kafka; as seen in your post, we agree on idempotency.",
          "Ben introduced me to your work on CRDTs. Would love to connect.",
          "Thanks for the context, Mo. Loved the [customer stories] page.",
          "I'm not looking for anything, just admire your work on the Lisbon metro redesign.",
          "Hi Sara, big fan of your newsletter The Pragmatic PM. I'm a PM at a fintech in Madrid.",
          "Hi Ivan, happy to share our migration runbook if useful, no strings.",
          "Hi Dee, thanks for answering my question at the Q&A!! Really helpful.",
          "Hi Max, I'm a VC at Index; we led the round in your competitor, so I follow the space closely.");
}
