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
 * {@code shared_event}: an event both attended or will attend: "we met at KubeCon", "great meeting
 * you at the fintech meetup", "I saw you speak at SaaStr", "see you at re:Invent". After a strong
 * cue ("we met at", "your talk at") a proper name is enough; after a weak one ("see you at", "I'll
 * be at") the phrase must name an event ("conference", "summit", "meetup", ...) or look like one
 * ("Money20/20", "Web Summit 2026"). A place that is the recipient's or sender's company or school
 * ("we met at Stripe" to a Stripe engineer) is an organisation, not an event, and is not reported.
 * The event is confirmed when it appears in the recipient's headline, achievements or recent posts,
 * or in {@code context.sharedGroups}. Stateless and thread-safe.
 */
public final class SharedEventDetector implements SignalDetector {

  private static final PhraseMatcher STRONG =
      PhraseMatcher.shared(
          "we met at",
          "we met briefly at",
          "we met last week at",
          "we met last year at",
          "we just met at",
          "met you at",
          "meeting you at",
          "to meet you at",
          "chatting with you at",
          "chatting at",
          "talking with you at",
          "talking to you at",
          "spoke briefly at",
          "saw you speak at",
          "saw you present at",
          "heard you speak at",
          "watched you speak at",
          "your talk at",
          "your keynote at",
          "your panel at",
          "your session at",
          "your presentation at",
          "your workshop at",
          "we both attended",
          "we were both at",
          "we both spoke at",
          "i was also at",
          "i also attended");
  private static final PhraseMatcher WEAK =
      PhraseMatcher.shared(
          "i'll also be at",
          "i will also be at",
          "i'm also attending",
          "i am also attending",
          "i'm also going to",
          "i'll be at",
          "i will be at",
          "see you at",
          "saw you at",
          "are you going to",
          "will you be at",
          "are you attending",
          "also attending");

  /** Nouns that name an event. */
  static final Set<String> EVENT_NOUNS =
      WordSet.of(
          "conference",
          "conf",
          "summit",
          "meetup",
          "meet-up",
          "webinar",
          "workshop",
          "hackathon",
          "expo",
          "convention",
          "panel",
          "booth",
          "mixer",
          "dinner",
          "happy",
          "hour",
          "fair",
          "forum",
          "event",
          "festival",
          "session",
          "keynote",
          "offsite",
          "bootcamp",
          "retreat",
          "symposium",
          "congress",
          "roundtable",
          "breakfast",
          "lunch",
          "gala",
          "demo",
          "day",
          "week",
          "con",
          "talk",
          "track",
          "reception",
          "afterparty",
          "party",
          "cohort",
          "show",
          "world",
          "days",
          "camp",
          "summit's");

  /** What the recipient gives at an event. */
  private static final Set<String> SESSIONS =
      WordSet.of(
          "talk", "keynote", "panel", "session", "presentation", "workshop", "demo", "lecture");

  /** Punctuation inside event names: Money20/20, re:Invent, RE+, Black Hat & DEF CON. */
  private static final Set<String> INNER = WordSet.of("/", ":", "+", "&");

  private static final Set<String> TIME_WORDS =
      WordSet.of("last", "next", "this", "yesterday", "today", "earlier", "ago", "in", "on");
  private static final Set<String> LEADERS = WordSet.of("the", "this", "last", "that", "a", "an");

  @Override
  public SignalType type() {
    return SignalType.SHARED_EVENT;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> out = new ArrayList<>();
    List<Span> strong = STRONG.findAll(note.text());
    for (Span t : strong) {
      addEvent(note, draft, t, true, out);
    }
    for (Span t : WEAK.findAll(note.text())) {
      if (strong.stream().noneMatch(s -> s.overlaps(t))) {
        addEvent(note, draft, t, false, out);
      }
    }
    // "your talk on sepsis triage at HIMSS": the recipient's session, then the event
    for (int i = 0; i + 1 < note.tokenCount(); i++) {
      if (!Tokens.is(note, i, "your")) {
        continue;
      }
      int noun = -1;
      for (int k = i + 1; k < note.tokenCount() && k - i <= 2; k++) {
        if (Tokens.is(note, k, SESSIONS)) {
          noun = k;
          break;
        }
      }
      if (noun < 0) {
        continue;
      }
      for (int k = noun + 2; k < note.tokenCount() && k - noun <= 8; k++) {
        if (Tokens.isClauseBreak(note, k)) {
          break;
        }
        if (Tokens.is(note, k, "at")) {
          Span t = new Span(note.tokenStart(i), note.tokenEnd(k));
          if (strong.stream().noneMatch(s -> s.overlaps(t))) {
            addEvent(note, draft, t, true, out);
          }
          break;
        }
      }
    }
    out.sort(Comparator.comparingInt(Signal::start));
    return List.copyOf(out);
  }

  private void addEvent(
      AnalyzedNote note, Draft draft, Span trigger, boolean strong, List<Signal> out) {
    int first = note.tokenAt(trigger.start());
    int k = Tokens.tokenBefore(note, trigger.end()) + 1;
    int n = note.tokenCount();
    if (first < 0) {
      return;
    }
    int eventStart = k;
    while (k < n
        && k - eventStart < 2
        && (Tokens.is(note, k, LEADERS) || possessiveWeek(note, k))) {
      k++;
    }
    int last = -1;
    boolean proper = false;
    boolean eventNoun = false;
    boolean eventLike = false;
    int from = k;
    for (; k < n && k - from < 6; k++) {
      if (Tokens.isPunct(note, k) && !Tokens.is(note, k, INNER)) {
        break;
      }
      String w = note.lowerToken(k);
      if (TIME_WORDS.contains(w)) {
        break; // "the KubeCon booth last week": the time is not part of the event
      }
      boolean isProper =
          (Tokens.properLike(note, k) || eventLike(note.token(k))) && !Tokens.is(note, k, "i");
      boolean isEventNoun = EVENT_NOUNS.contains(w);
      boolean inner = Tokens.is(note, k, INNER);
      boolean modifier =
          (note.tag(k).equals("NOUN") || note.tag(k).equals("ADJ"))
              && !isEventNoun
              && k + 1 < n
              && (EVENT_NOUNS.contains(note.lowerToken(k + 1)) || Tokens.properLike(note, k + 1));
      if (isProper || isEventNoun || inner || modifier) {
        last = k;
        proper |= isProper;
        eventNoun |= isEventNoun;
        eventLike |= isProper && eventLike(note.token(k));
      } else {
        break;
      }
    }
    while (last >= from && Tokens.is(note, last, INNER)) {
      last--;
    }
    if (last < from || !(proper || eventNoun)) {
      return;
    }
    if (!strong && !eventNoun && !eventLike) {
      return;
    }
    String event = Tokens.text(note, from, last);
    if (!eventNoun && isOrgOf(event, draft)) {
      return; // "we met at Stripe" to a Stripe engineer: a workplace, not an event
    }
    String phrase = trigger.textIn(note.text()).toLowerCase(Locale.ROOT);
    String confirmed = confirm(event, draft);
    out.add(
        confirmed != null
            ? Tokens.onTokens(type(), note, first, last, "matches " + confirmed, true)
            : Tokens.onTokens(
                type(),
                note,
                first,
                last,
                "phrase '" + phrase + "' + event '" + event + "'",
                false));
  }

  private static boolean possessiveWeek(AnalyzedNote note, int k) {
    return Tokens.is(note, k, "week's")
        || Tokens.is(note, k, "year's")
        || Tokens.is(note, k, "month's");
  }

  /** Names like "KubeCon", "Money20/20", "re:Invent", "SaaStr", "2026". */
  private static boolean eventLike(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    boolean digit = false;
    boolean innerUpper = false;
    for (int i = 0; i < token.length(); i++) {
      digit |= Character.isDigit(token.charAt(i));
      innerUpper |=
          i > 0
              && Character.isUpperCase(token.charAt(i))
              && Character.isLowerCase(token.charAt(i - 1));
    }
    return digit || innerUpper || lower.endsWith("con") || lower.contains(":");
  }

  private static boolean isOrgOf(String event, Draft draft) {
    for (Profile p : List.of(draft.recipient(), draft.sender())) {
      if ((p.company() != null && Words.sameName(event, p.company()))
          || (p.school() != null && Words.sameName(event, p.school()))) {
        return true;
      }
    }
    return false;
  }

  private static String confirm(String event, Draft draft) {
    Set<String> stems = Words.stems(event);
    stems.removeAll(EVENT_NOUNS);
    if (stems.isEmpty()) {
      return null;
    }
    Profile r = draft.recipient();
    for (String g : draft.context().sharedGroups()) {
      if (Words.sameThing(stems, g)) {
        return Words.cite("context.sharedGroups", g);
      }
    }
    if (r.headline() != null && Words.sameThing(stems, r.headline())) {
      return Words.cite("recipient.headline", r.headline());
    }
    for (String a : r.achievements()) {
      if (Words.sameThing(stems, a)) {
        return Words.cite("recipient.achievements", a);
      }
    }
    for (String p : r.recentPosts()) {
      if (Words.sameThing(stems, p)) {
        return Words.cite("recipient.recentPosts", p);
      }
    }
    return null;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Sofia, [[we met at the KubeCon booth]] last week."),
        Example.flagged("Dear Ms. O'Neill, [[we met at KubeCon]] in Paris."),
        Example.flagged("Hi Ken, great [[meeting you at the fintech meetup]] on Tuesday.", d -> d),
        Example.flagged(
            "Hello Dr. Patel, I enjoyed [[your talk at Money20/20]] on payment fraud.",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Priya Patel")
                        .achievements(List.of("Keynote speaker, Money20/20 Europe 2026"))
                        .build())),
        Example.flagged("Loved [[your keynote on grid storage at RE+ Summit]] this year."),
        Example.flagged("Are you going to be there? [[I'll also be at Web Summit 2026]]."),
        Example.clean("Hi Ana, I'll be at my desk all week if you want to chat."),
        Example.clean("See you at the top! Let's connect."),
        Example.clean("We met at some point, I think. Let's connect."),
        // the profile says Stripe is where the recipient works: a workplace, not an event
        Example.clean(
            "Hi Mark, we met at Stripe a few years ago.",
            d -> d.recipient(Profile.builder().name("Mark Udo").company("Stripe").build())));
  }
}
