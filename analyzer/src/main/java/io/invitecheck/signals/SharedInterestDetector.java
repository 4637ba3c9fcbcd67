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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code shared_interest}: an interest, skill or topic both share: "fellow Rust enthusiast", "we
 * both love trail running", "I share your passion for open data", or a mention of a topic listed in
 * both profiles' interests or skills. A topic is confirmed when it is among {@code
 * recipient.interests}/{@code skills} (and, when known, the sender's); when the recipient lists
 * interests or skills and none is the topic, the claim is contradicted and not reported. Stateless
 * and thread-safe.
 */
public final class SharedInterestDetector implements SignalDetector {

  /** Phrases followed by the topic. */
  private static final PhraseMatcher TOPIC_AFTER =
      PhraseMatcher.shared(
          "we both love",
          "we're both working on",
          "we are both working on",
          "we both work on",
          "we both work in",
          "we both enjoy",
          "we both care about",
          "we both share a love of",
          "we share a passion for",
          "we share an interest in",
          "we share a love of",
          "we're both into",
          "we are both into",
          "we're both passionate about",
          "we are both passionate about",
          "i share your passion for",
          "i share your interest in",
          "i share your love of",
          "i share your enthusiasm for",
          "our shared interest in",
          "our shared passion for",
          "our shared love of",
          "our mutual interest in",
          "our mutual love of",
          "i'm also passionate about",
          "i am also passionate about",
          "i'm also into",
          "i am also into",
          "i'm also obsessed with",
          "i also love",
          "i'm also a big fan of",
          "also a fan of");

  /** Nouns that end "fellow X ___": a fellow Rust enthusiast. */
  private static final Set<String> FANS =
      WordSet.of(
          "enthusiast",
          "enthusiasts",
          "fan",
          "fans",
          "nerd",
          "geek",
          "lover",
          "junkie",
          "addict",
          "devotee",
          "aficionado",
          "hobbyist",
          "practitioner",
          "runner",
          "climber",
          "cyclist",
          "hiker",
          "gardener",
          "baker",
          "photographer",
          "maker",
          "tinkerer",
          "contributor",
          "advocate",
          "evangelist",
          "believer",
          "builder",
          "reader",
          "writer",
          "player",
          "golfer",
          "surfer",
          "skier",
          "sailor",
          "birder",
          "collector",
          "rustacean",
          "pythonista",
          "hacker",
          "obsessive",
          "user",
          "learner",
          "nerds",
          "geeks");

  @Override
  public SignalType type() {
    return SignalType.SHARED_INTEREST;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> out = new ArrayList<>();
    List<Topic> recipientTopics = topics(draft.recipient(), "recipient");
    List<Topic> senderTopics = topics(draft.sender(), "sender");
    int n = note.tokenCount();
    // 1. "fellow Rust enthusiast"
    for (int i = 0; i + 2 < n; i++) {
      if (!Tokens.is(note, i, "fellow")) {
        continue;
      }
      for (int k = i + 2; k < n && k - i <= 4; k++) {
        if (Tokens.isClauseBreak(note, k)) {
          break;
        }
        if (Tokens.is(note, k, FANS)) {
          String topic = Tokens.text(note, i + 1, k - 1);
          add(
              out,
              note,
              recipientTopics,
              senderTopics,
              i,
              k,
              topic,
              "phrase 'fellow' + '" + note.lowerToken(k) + "'");
          i = k;
          break;
        }
      }
    }
    // 2. "we both love trail running"
    for (Span t : TOPIC_AFTER.findAll(note.text())) {
      int from = Tokens.tokenBefore(note, t.end()) + 1;
      int end = RecipientContentDetector.topicEnd(note, from);
      if (end < from) {
        continue;
      }
      add(
          out,
          note,
          recipientTopics,
          senderTopics,
          note.tokenAt(t.start()),
          end,
          Tokens.text(note, from, end),
          "phrase '" + t.textIn(note.text()).toLowerCase(Locale.ROOT) + "'");
    }
    // 3. a topic both profiles list, all searched in one pass over the note
    List<Topic[]> shared = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    for (Topic rt : recipientTopics) {
      for (Topic st : senderTopics) {
        if (Words.sameKey(rt.key(), st.key())) {
          shared.add(new Topic[] {rt, st});
          phrases.add(rt.value().length() <= st.value().length() ? rt.value() : st.value());
        }
      }
    }
    if (!shared.isEmpty()) {
      for (Span m : PhraseMatcher.of(phrases).findAll(note.text())) {
        if (out.stream().anyMatch(x -> x.span().overlaps(m))) {
          continue;
        }
        Set<String> found = Words.key(m.textIn(note.text()));
        for (Topic[] pair : shared) {
          if (Words.sameKey(found, pair[0].key())) {
            out.add(
                Tokens.signal(
                    type(),
                    note,
                    m.start(),
                    m.end(),
                    "in " + pair[0].cite() + " and " + pair[1].cite(),
                    true));
            break;
          }
        }
      }
    }
    out.sort(Comparator.comparingInt(Signal::start));
    return List.copyOf(out);
  }

  private void add(
      List<Signal> out,
      AnalyzedNote note,
      List<Topic> recipientTopics,
      List<Topic> senderTopics,
      int from,
      int to,
      String topic,
      String cue) {
    Set<String> key = Words.key(topic);
    if (key.isEmpty()) {
      return;
    }
    Topic rec = find(recipientTopics, key);
    if (rec != null) {
      Topic snd = find(senderTopics, key);
      String evidence = "in " + rec.cite() + (snd == null ? "" : " and " + snd.cite());
      out.add(Tokens.onTokens(type(), note, from, to, evidence, true));
      return;
    }
    if (!recipientTopics.isEmpty()) {
      return; // the recipient lists interests and skills, and this is not one of them
    }
    out.add(Tokens.onTokens(type(), note, from, to, cue + " + topic '" + topic + "'", false));
  }

  /** An interest or skill of a profile, with its comparison key. */
  private record Topic(String value, String field, Set<String> key) {
    String cite() {
      return Words.cite(field, value);
    }
  }

  private static Topic find(List<Topic> topics, Set<String> key) {
    for (Topic t : topics) {
      if (Words.sameKey(key, t.key())) {
        return t;
      }
    }
    return null;
  }

  /** Each interest and skill of the profile. */
  private static List<Topic> topics(Profile p, String who) {
    List<Topic> out = new ArrayList<>();
    for (String i : p.interests()) {
      out.add(new Topic(i, who + ".interests", Words.key(i)));
    }
    for (String sk : p.skills()) {
      out.add(new Topic(sk, who + ".skills", Words.key(sk)));
    }
    return out;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged(
            "Hi Ana, as a [[fellow Rust enthusiast]] I loved your borrow-checker thread."),
        Example.flagged(
            "Hi Ana, as a [[fellow Rust enthusiast]] I loved your borrow-checker thread.",
            d ->
                d.recipient(Profile.builder().name("Ana Ruiz").interests(List.of("Rust")).build())
                    .sender(Profile.builder().name("Bo Li").skills(List.of("Rust", "Go")).build())),
        Example.flagged(
            "Hi Tom, looks like [[we both love trail running]]; any races this spring?",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Tom Hale")
                        .interests(List.of("trail running"))
                        .build())),
        Example.flagged(
            "Hi Noor, I also spend my weekends on [[open data]] projects for the city.",
            d ->
                d.recipient(
                        Profile.builder().name("Noor Aziz").interests(List.of("Open Data")).build())
                    .sender(
                        Profile.builder()
                            .name("Eli Park")
                            .interests(List.of("open data"))
                            .build())),
        Example.clean("Hi there, I'm a fellow human who would like to connect."),
        Example.clean("Fellow Michigan alum here!"),
        Example.clean("I love what your company is doing."),
        // the profile contradicts it: the recipient lists Go and Kubernetes, not Rust
        Example.clean(
            "Hi Ana, as a fellow Rust enthusiast I'd like to connect.",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Ana Ruiz")
                        .skills(List.of("Go", "Kubernetes"))
                        .interests(List.of("cycling"))
                        .build())));
  }
}
