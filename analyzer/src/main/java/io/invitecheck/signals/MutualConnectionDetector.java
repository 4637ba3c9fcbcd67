package io.invitecheck.signals;

import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code mutual_connection}: the note names someone both know: a referrer ("Jane suggested I reach
 * out", "Tom Becker mentioned you"), a "mutual friend Jane Smith", "we both know Jane", or the full
 * name of one of {@code context.mutualConnectionNames}. A named person is confirmed by {@code
 * context.mutualConnectionNames}, or by {@code context.mutualConnections > 0}; when the context
 * says there are no mutual connections the claim is contradicted and not reported. Stateless and
 * thread-safe.
 */
public final class MutualConnectionDetector implements SignalDetector {

  private static final Set<String> REFERRAL_LEMMAS =
      WordSet.of(
          "suggest",
          "recommend",
          "mention",
          "tell",
          "introduce",
          "refer",
          "point",
          "encourage",
          "say",
          "speak",
          "think",
          "connect",
          "send",
          "pass");
  private static final Set<String> REFERRAL_AUX =
      WordSet.of("has", "had", "kindly", "just", "recently", "actually", "also", "'s");
  private static final Set<String> COMPLEMENT =
      WordSet.of(
          "i", "me", "we", "us", "you", "to", "reach", "out", "connect", "get", "in", "touch",
          "contact", "talk", "speak", "should", "with");
  private static final Set<String> DANGLING =
      WordSet.of("to", "with", "in", "should", "that", "get");
  private static final Set<String> PEOPLE_PRONOUNS =
      WordSet.of("i", "me", "we", "us", "you", "your", "our");
  private static final Set<String> NOT_PEOPLE =
      WordSet.of("linkedin", "google", "i", "god", "someone", "everyone", "nobody", "anyone");
  private static final PhraseMatcher MUTUAL =
      PhraseMatcher.shared(
          "our mutual friend",
          "our mutual connection",
          "our mutual colleague",
          "our mutual contact",
          "a mutual friend",
          "a mutual connection",
          "a mutual colleague",
          "mutual friend",
          "mutual connection",
          "mutual colleague",
          "we both know",
          "we both worked with",
          "we both work with",
          "our common friend");

  @Override
  public SignalType type() {
    return SignalType.MUTUAL_CONNECTION;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> out = new ArrayList<>();
    // the greeted name, found only for a named referrer (few notes have one): Greeting.name is a
    // pure function of the note, and most notes would find it here for nothing
    Optional<Span> greeted = null;
    int n = note.tokenCount();
    // 1. a named referrer: "Jane suggested I reach out"
    for (int v = 1; v < n; v++) {
      if (!REFERRAL_LEMMAS.contains(note.lemma(v)) || !note.tag(v).equals("VERB")) {
        continue;
      }
      int nameEnd = v - 1;
      while (nameEnd > 0 && v - nameEnd <= 2 && Tokens.is(note, nameEnd, REFERRAL_AUX)) {
        nameEnd--;
      }
      int nameStart = nameRunBackwards(note, nameEnd);
      if (nameStart < 0 || !pronounFollows(note, v)) {
        continue;
      }
      Span name = new Span(note.tokenStart(nameStart), note.tokenEnd(nameEnd));
      if (greeted == null) {
        greeted = Greeting.name(note);
      }
      if (greeted.isPresent() && greeted.get().overlaps(name)) {
        continue;
      }
      int end = v;
      while (end + 1 < n && end - v < 5 && Tokens.is(note, end + 1, COMPLEMENT)) {
        end++;
      }
      while (end > v && Tokens.is(note, end, DANGLING)) {
        end--;
      }
      String verb = note.lowerToken(v);
      add(
          out,
          note,
          draft,
          nameStart,
          end,
          name.textIn(note.text()),
          "named referrer + '" + verb + "'");
    }
    // 2. "our mutual friend Jane Smith", "we both know Jane"
    for (Span m : MUTUAL.findAll(note.text())) {
      int last = Tokens.tokenBefore(note, m.end());
      int k = last + 1;
      if (Tokens.is(note, k, ",")) {
        k++;
      }
      int nameEnd = nameRunForwards(note, k);
      if (nameEnd < 0) {
        continue;
      }
      int first = note.tokenAt(m.start());
      add(
          out,
          note,
          draft,
          first,
          nameEnd,
          Tokens.text(note, k, nameEnd),
          "phrase '" + m.textIn(note.text()).toLowerCase(Locale.ROOT) + "' + name");
    }
    // 3. the full name of a known mutual connection anywhere
    Context c = draft.context();
    for (String known : c.mutualConnectionNames()) {
      if (PersonNames.words(known).size() < 2) {
        continue;
      }
      for (Span s : PhraseMatcher.of(known).findAll(note.text())) {
        if (out.stream().noneMatch(x -> x.span().overlaps(s))) {
          out.add(
              Tokens.signal(
                  type(),
                  note,
                  s.start(),
                  s.end(),
                  "matches " + Words.cite("context.mutualConnectionNames", known),
                  true));
        }
      }
    }
    out.sort(Comparator.comparingInt(Signal::start));
    return List.copyOf(out);
  }

  private void add(
      List<Signal> out,
      AnalyzedNote note,
      Draft draft,
      int from,
      int to,
      String person,
      String cue) {
    String recipient = draft.recipient().name();
    if (recipient != null && PersonNames.refersTo(person, recipient)) {
      return; // the recipient is not a mutual connection of themselves
    }
    Context c = draft.context();
    for (String known : c.mutualConnectionNames()) {
      if (PersonNames.refersTo(person, known)) {
        out.add(
            Tokens.onTokens(
                type(),
                note,
                from,
                to,
                "matches " + Words.cite("context.mutualConnectionNames", known),
                true));
        return;
      }
    }
    Integer count = c.mutualConnections();
    if (count != null && count == 0) {
      return; // the context says they share no connections
    }
    if (count != null) {
      out.add(
          Tokens.onTokens(
              type(),
              note,
              from,
              to,
              "'" + person + "' named as referrer; context.mutualConnections " + count,
              true));
      return;
    }
    out.add(Tokens.onTokens(type(), note, from, to, cue + " '" + person + "'", false));
  }

  /** The first token of a person's name (1-3 capitalized proper nouns) ending at {@code end}. */
  private static int nameRunBackwards(AnalyzedNote note, int end) {
    int start = -1;
    for (int k = end; k >= 0 && end - k < 3; k--) {
      if (!personToken(note, k)) {
        break;
      }
      start = k;
    }
    return start;
  }

  /** The last token of a person's name starting at {@code start}, or -1. */
  private static int nameRunForwards(AnalyzedNote note, int start) {
    int end = -1;
    for (int k = start; k < note.tokenCount() && k - start < 3; k++) {
      if (!personToken(note, k)) {
        break;
      }
      end = k;
    }
    return end;
  }

  private static boolean personToken(AnalyzedNote note, int k) {
    return k >= 0
        && k < note.tokenCount()
        && Tokens.capitalized(note, k)
        && note.tag(k).equals("PROPN")
        && !Tokens.is(note, k, NOT_PEOPLE)
        && !Greeting.NOT_NAMES.contains(note.lowerToken(k))
        && Character.isLetter(note.token(k).charAt(0));
  }

  private static boolean pronounFollows(AnalyzedNote note, int v) {
    for (int k = v + 1; k < note.tokenCount() && k - v <= 3; k++) {
      String w = note.lowerToken(k);
      if (PEOPLE_PRONOUNS.contains(w) || w.startsWith("i'") || w.startsWith("we'")) {
        return true;
      }
    }
    return false;
  }

  private static Context names(List<String> names, Integer count) {
    return new Context(null, count, names, null, null);
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Maya, [[Jane suggested I reach out]] about your data team."),
        Example.flagged(
            "Greetings Mr. Okafor, [[Tom Becker suggested I reach out]] since we both went to"
                + " Stanford.",
            d -> d.context(names(List.of("Tom Becker", "Lina Ortiz"), 14))),
        Example.flagged(
            "Hello Ravi, [[our mutual friend Lina Ortiz]] speaks highly of your platform work.",
            d -> d.context(names(List.of("Lina Ortiz"), null))),
        Example.flagged(
            "Hi Ken, [[Priya mentioned you]] are the person to ask about Kafka tuning.",
            d -> d.context(names(List.of(), 3))),
        Example.flagged(
            "Hi Dana, I work with [[Carlos Mendes]] on the payments team.",
            d -> d.context(names(List.of("Carlos Mendes"), 2))),
        Example.clean("Hi there, I'd like to add you to my professional network."),
        Example.clean("Hi Jane, LinkedIn suggested I connect with you."),
        Example.clean("We have many mutual connections, so let's connect."),
        Example.clean("Hi Omar, Stripe mentioned in its blog that your team ships weekly."),
        // the context contradicts it: the two share no connections
        Example.clean(
            "Hi Maya, Jane suggested I reach out about your data team.",
            d -> d.context(names(List.of(), 0))));
  }
}
