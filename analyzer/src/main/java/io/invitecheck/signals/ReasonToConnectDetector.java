package io.invitecheck.signals;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code reason_to_connect}: a stated professional reason: "I'd love to compare notes on fraud
 * tooling", "I'm also working on a Rust compiler", "I'm hiring for a data platform lead and your
 * experience in Spark fits", "would value your perspective on pricing". The span is the clause,
 * from its subject ("I'd love to ...") to its end. "I'd like to connect", "let's connect" or
 * "expand my network" state no reason; a pitch (demo, call, services) is not a reason either. A
 * reason whose topic matches the recipient's profile (skills, interests, headline, industry,
 * company, posts, achievements) is confirmed; one about "your work on X" where the recipient's
 * known profile shows nothing of X is contradicted and not reported. Stateless and thread-safe.
 */
public final class ReasonToConnectDetector implements SignalDetector {

  private static final PhraseMatcher TRIGGERS =
      PhraseMatcher.shared(
          "compare notes on",
          "compare notes about",
          "swap notes on",
          "swap notes about",
          "trade notes on",
          "exchange notes on",
          "exchange ideas on",
          "exchange ideas about",
          "learn about your work on",
          "learn about your work in",
          "learn about your work at",
          "learn more about your work on",
          "learn more about your work in",
          "learn more about your work at",
          "learn more about how you",
          "learn how you",
          "learn from your experience",
          "hear how you",
          "hear how your team",
          "hear your thoughts on",
          "hear your take on",
          "get your take on",
          "get your thoughts on",
          "value your perspective on",
          "love your perspective on",
          "appreciate your perspective on",
          "your perspective on",
          "pick your brain on",
          "pick your brain about",
          "i'm also working on",
          "i am also working on",
          "i'm working on",
          "i am working on",
          "we're working on",
          "we are working on",
          "i'm also building",
          "i'm building",
          "i am building",
          "we're building",
          "we are building",
          "i'm hiring for",
          "i am hiring for",
          "we're hiring for",
          "we are hiring for",
          "i'm hiring a",
          "i'm hiring",
          "i am hiring",
          "we're hiring",
          "we are hiring",
          "we're hiring a",
          "i'm researching",
          "i am researching",
          "i'm writing about",
          "i am writing about",
          "collaborate on",
          "talk shop about",
          "i also work on",
          "i also work in",
          "working on similar",
          "work on similar",
          "as someone also working on",
          "as someone who also works on");

  /** Words before the trigger that belong to the clause: "I'd love to", "I would like to". */
  private static final Set<String> LEFT =
      WordSet.of(
          "i",
          "i'd",
          "i'm",
          "we",
          "we'd",
          "we're",
          "would",
          "'d",
          "love",
          "like",
          "to",
          "be",
          "keen",
          "happy",
          "glad",
          "really",
          "also",
          "eager",
          "hoping",
          "hope",
          "want",
          "wanted",
          "am",
          "are",
          "curious",
          "excited",
          "interested",
          "in",
          "so",
          "and",
          "currently",
          "actually",
          "definitely",
          "truly",
          "much");

  private static final Set<String> SUBJECTS =
      WordSet.of("i", "i'd", "i'm", "we", "we'd", "we're", "would", "as", "so");

  /** Objects that make the clause about networking, not a reason. */
  private static final Set<String> NETWORK =
      WordSet.of(
          "network", "networks", "connect", "connections", "connection", "circle", "linkedin");

  /** Objects that make the clause a pitch. */
  private static final Set<String> PITCH =
      WordSet.of(
          "demo",
          "call",
          "discount",
          "trial",
          "quote",
          "services",
          "service",
          "solution",
          "solutions",
          "agency",
          "leads",
          "offer",
          "pricing-plan",
          "package",
          "packages");

  private static final Set<String> YOUR_THINGS =
      WordSet.of("work", "experience", "research", "team", "expertise", "background", "projects");

  @Override
  public SignalType type() {
    return SignalType.REASON_TO_CONNECT;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> out = new ArrayList<>();
    int covered = -1;
    for (Span t : TRIGGERS.findAll(note.text())) {
      int first = note.tokenAt(t.start());
      int last = Tokens.tokenBefore(note, t.end());
      if (first < 0 || last < first || first <= covered) {
        continue;
      }
      int end = Tokens.clauseEnd(note, last + 1, 20, false);
      if (end <= last) {
        continue;
      }
      int contentWords = 0;
      boolean bad = false;
      for (int k = last + 1; k <= end; k++) {
        String w = note.lowerToken(k);
        if (NETWORK.contains(w) || PITCH.contains(w)) {
          bad = true;
        }
        if (Tokens.content(note, k) || note.tag(k).equals("VERB")) {
          contentWords++;
        }
      }
      int sentence = Tokens.sentenceOf(note, first);
      for (int k = last + 1; k < note.tokenCount() && Tokens.sentenceOf(note, k) == sentence; k++) {
        bad |= PITCH.contains(note.lowerToken(k));
      }
      if (bad || contentWords == 0) {
        continue;
      }
      int start = leftEdge(note, first);
      Signal s = check(note, draft.recipient(), start, last, end, t);
      covered = end;
      if (s != null) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** The subject of the clause: "I'd love to" before "compare notes on". */
  private static int leftEdge(AnalyzedNote note, int first) {
    int sentence = Tokens.sentenceOf(note, first);
    int start = first;
    int best = first;
    for (int k = first - 1; k >= 0 && first - k <= 6; k--) {
      if (Tokens.sentenceOf(note, k) != sentence || !LEFT.contains(lower(note, k))) {
        break;
      }
      start = k;
      if (SUBJECTS.contains(lower(note, k)) || note.lemma(k).startsWith("i+")) {
        best = k;
      }
    }
    if (best == first && start < first && Tokens.is(note, start, "would")) {
      best = start;
    }
    // "so I'd love to": keep the clause from its subject, not from the linker
    while (best < first && (Tokens.is(note, best, "so") || Tokens.is(note, best, "and"))) {
      best++;
    }
    return best;
  }

  private static String lower(AnalyzedNote note, int k) {
    return note.lowerToken(k).replace('\u2019', '\'');
  }

  private Signal check(
      AnalyzedNote note, Profile recipient, int start, int triggerEnd, int end, Span trigger) {
    Set<String> topic = Words.stems(Tokens.text(note, triggerEnd + 1, end));
    List<String[]> fields = fields(recipient);
    for (String[] f : fields) {
      if (!Words.specificOverlap(topic, Words.stems(f[0])).isEmpty()) {
        return Tokens.onTokens(
            type(), note, start, end, "topic matches " + Words.cite(f[1], f[0]), true);
      }
    }
    Optional<Set<String>> yourThing = yourThing(note, start, end);
    if (yourThing.isPresent() && !yourThing.get().isEmpty() && !fields.isEmpty()) {
      return null; // "your work on X" and the recipient's profile shows nothing of X
    }
    String phrase = trigger.textIn(note.text()).toLowerCase(Locale.ROOT);
    return Tokens.onTokens(
        type(),
        note,
        start,
        end,
        "phrase '" + phrase + "' + topic '" + Tokens.text(note, triggerEnd + 1, end) + "'",
        false);
  }

  /** The specific words of X in "your work on X" within the span, when there is such a phrase. */
  private static Optional<Set<String>> yourThing(AnalyzedNote note, int from, int to) {
    for (int k = from; k + 2 <= to; k++) {
      if (Tokens.is(note, k, "your")
          && Tokens.is(note, k + 1, YOUR_THINGS)
          && note.tag(k + 2).equals("ADP")) {
        Set<String> out = new LinkedHashSet<>();
        for (int j = k + 3; j <= to; j++) {
          if (Tokens.properLike(note, j) || note.tag(j).equals("NOUN")) {
            out.addAll(Words.stems(note.token(j)));
          }
        }
        out.removeAll(Words.GENERIC);
        return Optional.of(out);
      }
    }
    return Optional.empty();
  }

  /** {value, field} of every recipient field a reason's topic may match. */
  private static List<String[]> fields(Profile r) {
    List<String[]> out = new ArrayList<>();
    for (String v : r.skills()) {
      out.add(new String[] {v, "recipient.skills"});
    }
    for (String v : r.interests()) {
      out.add(new String[] {v, "recipient.interests"});
    }
    if (r.headline() != null) {
      out.add(new String[] {r.headline(), "recipient.headline"});
    }
    if (r.industry() != null) {
      out.add(new String[] {r.industry(), "recipient.industry"});
    }
    if (r.company() != null) {
      out.add(new String[] {r.company(), "recipient.company"});
    }
    for (String v : r.recentPosts()) {
      out.add(new String[] {v, "recipient.recentPosts"});
    }
    for (String v : r.achievements()) {
      out.add(new String[] {v, "recipient.achievements"});
    }
    return out;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Jane, [[I'd love to compare notes on fraud tooling]]."),
        Example.flagged(
            "Hi Alex, [[I'm hiring for a data platform lead and your experience in Spark fits"
                + " well]].",
            d ->
                d.recipient(
                    Profile.builder().name("Alex Kim").skills(List.of("Apache Spark")).build())),
        Example.flagged(
            "Hi Ana, loved your thread. [[I'm also working on a Rust compiler]], so a chat would"
                + " be fun."),
        Example.flagged(
            "Hello Dr. Chen, [[I would value your perspective on sepsis triage models]]."),
        Example.clean("Hi Jane, I'd like to connect."),
        Example.clean("Hi, I'm working on expanding my network. Let's connect!"),
        Example.clean("Hello, I'd love to compare notes."),
        Example.clean("We're building a platform that cuts cloud costs; can I book a demo call?"),
        // the profile contradicts it: the recipient's work is payments at Adyen, not robotics
        Example.clean(
            "Hi Omar, I'd love to learn about your work on warehouse robotics.",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Omar Haddad")
                        .company("Adyen")
                        .headline("Payments engineer at Adyen")
                        .skills(List.of("Java", "payments"))
                        .build())));
  }
}
