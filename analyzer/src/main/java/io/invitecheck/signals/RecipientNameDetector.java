package io.invitecheck.signals;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code recipient_name}: the note names the recipient. Without a recipient name, the greeted name
 * ("Hi Jane,") is an unconfirmed signal. With {@code recipient.name}, the greeted name and every
 * capitalized mention of the first, last or full name are confirmed signals; a greeting that names
 * someone else is no signal (see {@link io.invitecheck.cues.NameMismatchCue}). Stateless and
 * thread-safe.
 */
public final class RecipientNameDetector implements SignalDetector {

  @Override
  public SignalType type() {
    return SignalType.RECIPIENT_NAME;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    Optional<Span> greeted = Greeting.name(note);
    String fullName = draft.recipient().name();
    if (fullName == null) {
      return greeted
          .map(
              s ->
                  List.of(
                      Tokens.signal(
                          type(),
                          note,
                          s.start(),
                          s.end(),
                          "greeting names '" + s.textIn(note.text()) + "'",
                          false)))
          .orElse(List.of());
    }
    String evidence = "matches " + Words.cite("recipient.name", fullName);
    // the recipient's name words, split once for the greeting, the mentions and the surnames
    List<String> nameWords = PersonNames.words(fullName);
    List<Signal> out = new ArrayList<>();
    if (greeted.isPresent() && PersonNames.refersTo(greeted.get().textIn(note.text()), nameWords)) {
      Span g = greeted.get();
      out.add(Tokens.signal(type(), note, g.start(), g.end(), evidence, true));
    }
    for (Span s : mentions(fullName, nameWords).findAll(note.text())) {
      if (greeted.isPresent() && greeted.get().overlaps(s)) {
        continue;
      }
      int t = note.tokenAt(s.start());
      if (t < 0
          || note.tokenStart(t) != s.start()
          || !Tokens.capitalized(note, t)
          || Tokens.closedClass(note, t)) {
        continue; // "will" or "Will you ..." is not William
      }
      if (anotherPerson(note, s, nameWords)) {
        continue; // "Jane Smith suggested ...": another Jane
      }
      out.add(Tokens.signal(type(), note, s.start(), s.end(), evidence, true));
    }
    out.sort(Comparator.comparingInt(Signal::start));
    return List.copyOf(out);
  }

  /**
   * True when the mention runs on into a surname that is not the recipient's ({@code nameWords}:
   * {@link PersonNames#words} of the full name).
   */
  private static boolean anotherPerson(AnalyzedNote note, Span mention, List<String> nameWords) {
    int after = Tokens.tokenFrom(note, mention.end());
    if (after >= note.tokenCount()
        || note.tokenStart(after) != mention.end() + 1
        || !Tokens.capitalized(note, after)
        || !"PROPN".equals(note.tag(after))) {
      return false;
    }
    List<String> next = PersonNames.words(note.token(after));
    return !next.isEmpty() && !nameWords.contains(next.get(0));
  }

  /** The full name and each of its words ({@code nameWords}) of three letters or more. */
  private static PhraseMatcher mentions(String fullName, List<String> nameWords) {
    List<String> phrases = new ArrayList<>();
    phrases.add(fullName);
    for (String w : nameWords) {
      if (w.length() >= 3) {
        phrases.add(w);
      }
    }
    return PhraseMatcher.of(phrases);
  }

  private static Profile named(String name) {
    return Profile.builder().name(name).build();
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi [[Jane]], I enjoyed your talk on payment fraud at Money20/20."),
        Example.flagged(
            "Hello Dr. [[Patel]], your paper on sepsis triage is cited all over our team.",
            d -> d.recipient(named("Priya Patel"))),
        Example.flagged(
            "Dear Ms. [[O’Neill]], we met briefly at the Dublin fintech meetup last week.",
            d -> d.recipient(named("Siobhán O'Neill"))),
        Example.flagged("Hey [[jane]] — loved the thread on hiring SREs."),
        Example.flagged(
            "Good morning [[Kate]]! Congrats on the new role at Ramp.",
            d -> d.recipient(named("Katherine Ng"))),
        Example.flagged(
            "I enjoyed the panel, [[José]], especially the part on cold-chain logistics.",
            d -> d.recipient(named("Jose Alvarez"))),
        Example.clean("Hi there, I came across your profile and would like to connect."),
        Example.clean("Hello everyone, I am expanding my network in fintech."),
        Example.clean("Dear Hiring Manager, I am interested in the analyst opening."),
        Example.clean("Hi {{first_name}}, I help founders scale outbound."),
        Example.clean("Dear Sir/Madam, please accept my invitation."),
        Example.clean(
            "Jane Smith suggested I reach out about the platform role.",
            d -> d.recipient(named("Jane Doe"))),
        Example.clean(
            "Will you be at KubeCon this year? I would love to compare notes on eBPF.",
            d -> d.recipient(named("William Chen"))),
        // the profile contradicts the greeting: Mark is not Jane Doe
        Example.clean(
            "Hi Mark, congrats on the Series B! Would love to hear how you scaled support.",
            d -> d.recipient(named("Jane Doe"))));
  }
}
