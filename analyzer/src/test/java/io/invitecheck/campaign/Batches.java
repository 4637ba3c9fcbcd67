package io.invitecheck.campaign;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.List;

/** Realistic batches for the campaign tests: a mail merge from three templates plus one-offs. */
final class Batches {
  private Batches() {}

  private static final String[] FIRST = {
    "Ana", "Jörg", "Priya", "Jean-Luc", "María José", "Kwame", "Chloé", "Hiro", "Zoë", "Liam"
  };
  private static final String[] LAST = {
    "Gómez",
    "Müller",
    "Nair",
    "Martin",
    "García",
    "Mensah",
    "Dubois",
    "Tanaka",
    "Ångström",
    "O'Brien"
  };
  private static final String[] COMPANIES = {
    "Adyen",
    "Zalando SE",
    "Stripe",
    "Doctolib",
    "Banco Santander",
    "Grab",
    "BlaBlaCar",
    "Acme Corp",
    "Deutsche Bank AG",
    "Flutterwave",
    "Satispay",
    "Mercari",
    "JetBrains",
    "Intercom",
    "Klarna",
    "Canva",
    "Qonto"
  };

  /** The recipient of line {@code line}: fifty different people. */
  static Profile recipient(int line) {
    int i = line - 1;
    return Profile.builder()
        .name(FIRST[i % 10] + " " + LAST[(i / 10 + i) % 10])
        .company(COMPANIES[i % COMPANIES.length])
        .build();
  }

  /** Template 1, a sales pitch, greeted by first name. */
  static String pitch(String first, String company) {
    return "Hi "
        + first
        + ", I help companies like "
        + company
        + " cut their cloud bill by 30% in 90 days. Would you be open to a quick 15-minute call"
        + " next week?";
  }

  /** Template 2, a recruiter's note, with the company in the middle. */
  static String recruiter(String first, String company) {
    return "Hello "
        + first
        + "! I came across your profile and was impressed by your experience at "
        + company
        + ". We are hiring senior engineers and I think you'd be a great fit. Let's connect!";
  }

  /** Template 3, "growing my network", greeted by full name. */
  static String network(String full, String company) {
    return "Dear "
        + full
        + ", I am expanding my network of product leaders and would be honoured to connect with"
        + " you and follow your work at "
        + company
        + ".";
  }

  static final String[] ONE_OFFS = {
    "Hi Ana, your Money20/20 talk on chargeback fraud was the clearest I have heard. I run risk"
        + " at a small PSP and would love to stay in touch.",
    "Jörg, we met at the Berlin Kafka meetup last Thursday. Thanks again for the tip on consumer"
        + " lag alerts; it saved us a weekend.",
    "Congrats on the Series B, Priya! I followed Stripe Press for years and your essay on"
        + " developer docs changed how we write ours.",
    "Hi Jean-Luc, fellow EPFL alum here (2014). I saw you moved into health tech and would like"
        + " to hear how you found the switch.",
    "María José, Carlos Ruiz suggested I reach out about open banking in Spain. Would you be up"
        + " for comparing notes at the Madrid fintech breakfast?",
    "Your thread on Vietnamese super-apps was spot on, An. I am researching payments in SEA for"
        + " my thesis and would value your perspective.",
    "Chloé, I loved your post on carpooling pricing experiments. We tried a similar thing at"
        + " Getaround and saw the opposite effect.",
    "Hi Tom, thanks for answering my question after your DevOps Days talk. Connecting so I can"
        + " follow your Terraform series.",
    "Lena, we are both in the Women in FinTech Frankfurt group; your panel on model risk was the"
        + " highlight of the evening.",
    "Kwame, I read your interview about scaling payments across 30 African markets. As a PM"
        + " working on FX I would enjoy learning from you.",
  };

  /** Which text goes on each line 1..50: 'p' pitch, 'r' recruiter, 'n' network, 'o' one-off. */
  static final String LAYOUT = "prpnoprnpoprpnrpoprnpprnoprpnrpoprnprpnoporpopropo";

  /** The 50 drafts of the mail-merge batch, in line order (line = index + 1). */
  static List<Draft> mailMerge() {
    List<Draft> out = new ArrayList<>();
    int oneOff = 0;
    for (int i = 0; i < LAYOUT.length(); i++) {
      Profile to = recipient(i + 1);
      String first = to.firstName().orElseThrow();
      String note =
          switch (LAYOUT.charAt(i)) {
            case 'p' -> pitch(first, to.company().replace(" Corp", "").replace(" SE", ""));
            case 'r' -> recruiter(first, to.company());
            case 'n' -> network(to.name(), to.company());
            default -> ONE_OFFS[oneOff++];
          };
      out.add(
          Draft.builder(note)
              .id("d-" + (i + 1))
              .recipient(to)
              .sender(Profile.builder().name("Sam Carter").company("Cloudcut").build())
              .build());
    }
    return out;
  }

  /** The lines (1-based) of one kind in {@link #LAYOUT}. */
  static List<Integer> linesOf(char kind) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < LAYOUT.length(); i++) {
      if (LAYOUT.charAt(i) == kind) {
        out.add(i + 1);
      }
    }
    return out;
  }
}
