package io.invitecheck.signals;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code recipient_content}: the note refers to something the recipient wrote or said: "your post
 * on pricing", "your talk on payment fraud", "I enjoyed your insights on hiring", "what you wrote
 * about onboarding". "I saw your profile" or "your company" is not content. With {@code
 * recipient.recentPosts} the topic is matched by content words; a written piece (post, article,
 * thread...) whose topic matches none of the known recent posts is contradicted and not reported.
 * Stateless and thread-safe.
 */
public final class RecipientContentDetector implements SignalDetector {

  /** Nouns for something a person wrote, said or made public. */
  static final Set<String> CONTENT =
      WordSet.of(
          "post",
          "posts",
          "article",
          "articles",
          "talk",
          "keynote",
          "presentation",
          "podcast",
          "episode",
          "preprint",
          "pod",
          "paper",
          "piece",
          "essay",
          "blog",
          "newsletter",
          "thread",
          "comment",
          "comments",
          "webinar",
          "video",
          "interview",
          "book",
          "write-up",
          "writeup",
          "panel",
          "session",
          "deck",
          "tutorial",
          "course",
          "research",
          "study",
          "report",
          "slides",
          "op-ed",
          "analysis",
          "take",
          "thoughts",
          "insights",
          "remarks",
          "answer",
          "demo",
          "lecture",
          "substack",
          "column",
          "review",
          "repo",
          "library",
          "update",
          "story",
          "breakdown",
          "explainer",
          "guide",
          "playbook",
          "framework",
          "case");

  /** Written pieces that should appear among the recent posts when those are known. */
  private static final Set<String> WRITTEN =
      WordSet.of(
          "post",
          "posts",
          "article",
          "articles",
          "blog",
          "newsletter",
          "thread",
          "comment",
          "comments",
          "write-up",
          "writeup",
          "op-ed",
          "update",
          "piece",
          "essay",
          "substack",
          "column");

  /** Nouns that are content only with a topic after them: "your report on", not "your report". */
  private static final Set<String> NEEDS_TOPIC =
      WordSet.of(
          "take",
          "case",
          "answer",
          "report",
          "review",
          "update",
          "story",
          "course",
          "library",
          "framework",
          "guide",
          "session",
          "demo",
          "research",
          "analysis",
          "study",
          "remarks",
          "comment",
          "comments",
          "thoughts",
          "insights",
          "book",
          "video",
          "deck");

  /** Nouns that are content only after a verb of reading or hearing: "I enjoyed your thoughts". */
  private static final Set<String> NEEDS_VERB =
      WordSet.of("take", "thoughts", "insights", "remarks", "answer", "comment", "comments");

  /** Lemmas of reading, hearing and liking before "your". */
  private static final Set<String> CONSUME =
      WordSet.of(
          "read",
          "enjoy",
          "love",
          "like",
          "appreciate",
          "see",
          "find",
          "watch",
          "listen",
          "catch",
          "follow",
          "share",
          "admire",
          "resonate",
          "agree",
          "saw",
          "seen",
          "loved",
          "enjoyed",
          "liked",
          "appreciated",
          "watched",
          "caught",
          "found");

  /** Words that turn the verb into a request: "I'd love your thoughts", "would like your take". */
  private static final Set<String> REQUEST =
      WordSet.of("would", "'d", "i'd", "we'd", "to", "please");

  private static final Set<String> TIME_WORDS =
      WordSet.of(
          "yesterday",
          "yesterday's",
          "today",
          "today's",
          "last",
          "this",
          "earlier",
          "recently",
          "ago",
          "tonight",
          "week",
          "week's");

  private static final Set<String> TOPIC_LINKS =
      WordSet.of("on", "about", "regarding", "re", "re:", "of");
  private static final Set<String> SAY_VERBS =
      WordSet.of(
          "wrote", "posted", "shared", "said", "published", "tweeted", "presented", "blogged");
  private static final Set<String> TOPIC_ADP =
      WordSet.of("of", "for", "in", "to", "vs", "with", "about");

  @Override
  public SignalType type() {
    return SignalType.RECIPIENT_CONTENT;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> out = new ArrayList<>();
    int n = note.tokenCount();
    for (int i = 0; i < n; i++) {
      int head = -1;
      int topicFrom = -1;
      if (Tokens.is(note, i, "your")) {
        head = contentNoun(note, i);
        if (head < 0) {
          continue;
        }
        topicFrom = Tokens.is(note, head + 1, TOPIC_LINKS) ? head + 2 : -1;
      } else if (Tokens.is(note, i, "you")
          && Tokens.is(note, i + 1, SAY_VERBS)
          && Tokens.is(note, i + 2, TOPIC_LINKS)) {
        head = i + 1;
        topicFrom = i + 3;
      } else {
        continue;
      }
      int end = head;
      if (topicFrom > 0) {
        int topicEnd = topicEnd(note, topicFrom);
        if (topicEnd >= topicFrom) {
          end = topicEnd;
        } else if (!Tokens.is(note, i, "your")) {
          continue; // "you wrote about" with nothing after it
        }
      }
      Signal s = check(note, draft.recipient(), i, head, end);
      if (s != null) {
        out.add(s);
      }
      i = end;
    }
    return List.copyOf(out);
  }

  /** The content noun after "your" (with up to three modifiers before it), or -1. */
  private static int contentNoun(AnalyzedNote note, int your) {
    for (int k = your + 1; k < note.tokenCount() && k - your <= 4; k++) {
      String w = note.lowerToken(k);
      if (CONTENT.contains(w) && !note.tag(k).equals("AUX")) {
        if (NEEDS_TOPIC.contains(w) && !Tokens.is(note, k + 1, TOPIC_LINKS)) {
          return -1; // "your direct report", "your take-home"
        }
        if (NEEDS_VERB.contains(w) && !consumedBefore(note, your)) {
          return -1; // "I'd love your thoughts on X" asks; "I enjoyed your thoughts on X" refers
        }
        while (Tokens.is(note, k + 1, CONTENT) && !note.tag(k + 1).equals("AUX")) {
          k++; // "your podcast episode"
        }
        return k;
      }
      if (Tokens.isPunct(note, k) || Tokens.closedClass(note, k) || !Tokens.content(note, k)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean consumedBefore(AnalyzedNote note, int your) {
    for (int k = your - 1; k >= 0 && your - k <= 3; k--) {
      if (CONSUME.contains(note.lemma(k)) || CONSUME.contains(note.lowerToken(k))) {
        return !Tokens.is(note, k - 1, REQUEST) && !Tokens.is(note, k - 2, REQUEST);
      }
    }
    return false;
  }

  /** The last token of the topic starting at {@code from}, or {@code from - 1}. */
  static int topicEnd(AnalyzedNote note, int from) {
    int last = from - 1;
    for (int k = from; k < note.tokenCount() && k - from < 8; k++) {
      if (Tokens.isClauseBreak(note, k) && !Tokens.is(note, k, "-") && !Tokens.is(note, k, "/")) {
        break;
      }
      if (Tokens.is(note, k, TIME_WORDS)) {
        break; // "... in yesterday's thread": when, not what
      }
      boolean inner =
          (Tokens.is(note, k, TOPIC_ADP) || note.tag(k).equals("DET"))
              && k + 1 < note.tokenCount()
              && Tokens.content(note, k + 1);
      boolean compound =
          k + 2 < note.tokenCount()
              && Tokens.is(note, k + 1, "-")
              && note.tokenStart(k + 1) == note.tokenEnd(k)
              && note.tokenStart(k + 2) == note.tokenEnd(k + 1);
      boolean compoundVerb =
          last == k - 1
              && last >= from
              && note.tag(k).equals("VERB")
              && note.lemma(k).equals(note.lowerToken(k))
              && !note.lowerToken(k).endsWith("ed")
              && (note.tag(last).equals("NOUN") || note.tag(last).equals("ADJ"));
      if (Tokens.content(note, k) || compound || compoundVerb) {
        last = k; // compoundVerb: "vector search", tagged VERB after a noun
      } else if (!inner && !Tokens.is(note, k, "-") && !Tokens.is(note, k, "/")) {
        break;
      }
    }
    return last;
  }

  private Signal check(AnalyzedNote note, Profile recipient, int start, int head, int end) {
    String headWord = note.lowerToken(head);
    Set<String> stems = Words.stems(Tokens.text(note, start, end));
    stems.remove(Words.stem(headWord));
    for (String s : List.copyOf(stems)) {
      if (CONTENT.contains(s) || SAY_VERBS.contains(s)) {
        stems.remove(s);
      }
    }
    if (!stems.isEmpty()) {
      Optional<String> hit = Words.firstSameThing(stems, recipient.recentPosts());
      if (hit.isPresent()) {
        return Tokens.onTokens(
            type(),
            note,
            start,
            end,
            "matches " + Words.cite("recipient.recentPosts", hit.get()),
            true);
      }
      if (!WRITTEN.contains(headWord)) {
        // a talk, paper or book may be listed among the achievements or in the headline
        Optional<String> other = Words.firstSameThing(stems, recipient.achievements());
        if (other.isPresent()) {
          return Tokens.onTokens(
              type(),
              note,
              start,
              end,
              "matches " + Words.cite("recipient.achievements", other.get()),
              true);
        }
      }
      if (!recipient.recentPosts().isEmpty() && WRITTEN.contains(headWord)) {
        return null; // a post the recipient's recent posts do not show
      }
    }
    String phrase = note.lowerToken(start) + " " + headWord;
    return Tokens.onTokens(
        type(), note, start, end, "phrase '" + phrase + "' names the recipient's content", false);
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Ana, I read [[your post on pricing]] and loved it."),
        Example.flagged(
            "Hi Ana, I read [[your post on usage-based pricing]] and it changed how we bill.",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Ana Ruiz")
                        .recentPosts(List.of("Why usage-based pricing beats per-seat plans"))
                        .build())),
        Example.flagged("Hello Dr. Patel, I enjoyed [[your talk on payment fraud]] at Money20/20."),
        Example.flagged(
            "Marco, I keep coming back to what [[you wrote about onboarding new nurses]]."),
        Example.flagged(
            "Really enjoyed [[your insights on supply chain resilience]] at the panel."),
        Example.flagged("[[Your latest newsletter on cold-chain logistics]] was spot on."),
        Example.clean("Hi there, I saw your profile and would like to connect."),
        Example.clean("I admire your company and the work your team does."),
        Example.clean("Your background in finance is impressive."),
        Example.clean("Would love to hear your take. Happy to share our case study too."),
        Example.clean("I'd love your thoughts on our new onboarding flow."),
        Example.clean("How is your direct report doing with the new tools?"),
        Example.flagged("Saw [[your comment on Lenny's post about PLG]], spot on."),
        Example.flagged("I loved [[your review of the new MacBook]]."),
        // the profile contradicts it: none of the recipient's recent posts is about pricing
        Example.clean(
            "Hi Ana, I read your post on pricing and loved it.",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Ana Ruiz")
                        .recentPosts(List.of("Hiring your first SRE", "Notes from SREcon"))
                        .build())));
  }
}
