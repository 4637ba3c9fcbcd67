package io.invitecheck.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Span;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreetingIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "Hi Jane, loved your talk.                         | 3  | Jane",
        "Hello Dr. Patel, your paper was great.            | 10 | Patel",
        "Hello Dr Patel, your paper was great.             | 9  | Patel",
        "Dear Ms. O'Neill, we met at KubeCon.              | 9  | O'Neill",
        "Dear Ms. O’Neill, we met at KubeCon.              | 9  | O’Neill",
        "Hey jane — fellow Michigan alum here.             | 4  | jane",
        "Jane, I'd love to compare notes on fraud tooling. | 0  | Jane",
        "Good morning Priya! Congrats on the new role.     | 13 | Priya",
        "Greetings Mr. Okafor, Tom suggested I reach out.  | 14 | Okafor",
        "Hi Jane Doe, quick note about your post.          | 3  | Jane Doe",
        "Hi, Marco, great panel yesterday.                 | 4  | Marco",
        "Hello José, your talk on cold chains was great.   | 6  | José",
        "Hi Anne-Marie, your thread on pricing was great.  | 3  | Anne-Marie",
        "Dear Prof. van der Berg, thank you for the paper. | 11 | van der Berg",
        "Hi there, I would like to connect.                | -1 | NONE",
        "Hello everyone, let's connect.                    | -1 | NONE",
        "Hi all, I'm new here.                             | -1 | NONE",
        "Dear Sir/Madam, please accept my invitation.      | -1 | NONE",
        "Dear Hiring Manager, I am applying for the role.  | -1 | NONE",
        "Hi {{first_name}}, great to meet you.             | -1 | NONE",
        "Hi [Name], great to meet you.                     | -1 | NONE",
        "Hi team, quick question.                          | -1 | NONE",
        "Hi, I'm Tom from Acme.                            | -1 | NONE",
        "Congrats, the launch looked great.                | -1 | NONE",
        "I enjoyed your talk on payments.                  | -1 | NONE",
        "Thanks, Jane, for the intro.                      | -1 | NONE",
        "Hello again! Let's catch up.                      | -1 | NONE",
        "Hey there Priya! Loved the launch.                | 10 | Priya",
        "Stripe, Plaid and Adyen all ship weekly.          | -1 | NONE",
      })
  void greetedName(String note, int start, String name) {
    Optional<Span> found = Greeting.name(READER.read(note.strip()));
    if (name == null) {
      assertEquals(Optional.empty(), found, note);
    } else {
      Span expected = new Span(start, start + name.length());
      assertEquals(Optional.of(expected), found, note);
      assertEquals(name, expected.textIn(note.strip()));
    }
  }

  /**
   * The greeting remembered for the thread's last note is the one found anew, whatever the order
   * notes are asked in: in turn, again, and for an equal note read again (another instance).
   */
  @org.junit.jupiter.api.Test
  void theRememberedGreetingIsTheOneFoundAnew() {
    java.util.List<io.invitecheck.nlp.AnalyzedNote> notes = new java.util.ArrayList<>();
    for (String text :
        java.util.List.of(
            "Hi Jane, loved your talk.",
            "Hello Dr. Patel, your paper was great.",
            "Hi there, I would like to connect.",
            "Jane, I'd love to compare notes on fraud tooling.",
            "Hi Jane, loved your talk.",
            "",
            "Hey \ud83d\ude80 Priya! Loved the launch.",
            "Dear \ud800 Ms. O'Neill, we met at KubeCon.")) {
      notes.add(READER.read(text));
    }
    java.util.SplittableRandom random = new java.util.SplittableRandom(5);
    int greeted = 0;
    for (int k = 0; k < 500; k++) {
      io.invitecheck.nlp.AnalyzedNote note = notes.get(random.nextInt(notes.size()));
      Optional<Span> expected = Greeting.find(note);
      assertEquals(expected, Greeting.name(note), note.text());
      assertEquals(expected, Greeting.name(note), note.text()); // asked again: remembered
      greeted += expected.isPresent() ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(greeted > 100 && greeted < 450, "" + greeted);
    org.junit.jupiter.api.Assertions.assertThrows(
        NullPointerException.class, () -> Greeting.name(null));
  }
}
