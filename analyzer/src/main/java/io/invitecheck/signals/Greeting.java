package io.invitecheck.signals;

import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Span;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the name a note greets: "Hi Jane,", "Hello Dr. Patel", "Dear Ms. O'Neill", "Hey jane —",
 * "Good morning Priya!" and the bare opening "Jane, ...". The span covers the name only, without
 * the greeting word or a title. "Hi there", "Hello everyone", "Dear Sir/Madam", "Dear Hiring
 * Manager" and mail-merge placeholders such as "Hi {{first_name}}" greet no name. Stateless and
 * thread-safe.
 */
public final class Greeting {
  private Greeting() {}

  private static final Set<String> GREETINGS =
      WordSet.of("hi", "hello", "hey", "dear", "greetings", "hiya", "howdy", "heya");
  private static final Set<String> DAY_PARTS = WordSet.of("morning", "afternoon", "evening", "day");
  private static final Set<String> TITLES =
      WordSet.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor");
  private static final Set<String> PARTICLES =
      WordSet.of(
          "van", "von", "der", "den", "de", "da", "di", "del", "della", "la", "le", "bin", "al");

  /** Words that follow a greeting but are not a person's name. */
  static final Set<String> NOT_NAMES =
      WordSet.of(
          "there",
          "all",
          "everyone",
          "everybody",
          "team",
          "folks",
          "friend",
          "friends",
          "guys",
          "sir",
          "sirs",
          "madam",
          "ma'am",
          "maam",
          "hiring",
          "manager",
          "recruiter",
          "colleague",
          "colleagues",
          "connection",
          "connections",
          "name",
          "firstname",
          "fname",
          "first",
          "lastname",
          "again",
          "you",
          "y'all",
          "yall",
          "both",
          "people",
          "partner",
          "linkedin",
          "mate",
          "buddy",
          "gentlemen",
          "ladies",
          "neighbor",
          "neighbour",
          "stranger",
          "reader",
          "contact",
          "candidate",
          "good",
          "morning",
          "afternoon",
          "evening",
          "hope",
          "thanks",
          "thank",
          "congrats",
          "congratulations",
          "just",
          "quick",
          "great",
          "nice",
          "i",
          "we",
          "this",
          "it",
          "hr",
          "community",
          "network",
          "member",
          "members",
          "future",
          "fellow",
          "hello",
          "hi",
          "hey",
          "dear",
          "greetings",
          "world",
          "from",
          "admissions",
          "support",
          "customer",
          "founder",
          "founders",
          "ceo",
          "hiring-manager",
          "professional");

  /**
   * The last note each thread asked about, and its greeted name: the recipient-name detector and
   * the name-mismatch cue ask for the same note's greeting in turn, so it is found once per note. A
   * cache of a pure function of an immutable note, confined to its thread.
   */
  private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

  /** The span of the greeted name, or empty when the note greets no one by name. */
  @SuppressWarnings("unchecked")
  public static Optional<Span> name(AnalyzedNote note) {
    Objects.requireNonNull(note, "note");
    Object[] last = LAST.get();
    if (last[0] != note) {
      last[1] = find(note);
      last[0] = note;
    }
    return (Optional<Span>) last[1];
  }

  /** {@link #name} found anew. */
  static Optional<Span> find(AnalyzedNote note) {
    int n = note.tokenCount();
    int i = 0;
    while (i < n && i < 2 && Tokens.isPunct(note, i)) {
      i++; // a leading emoji or dash
    }
    if (i >= n) {
      return Optional.empty();
    }
    boolean greeted = false;
    String first = note.lowerToken(i);
    if (GREETINGS.contains(first)) {
      greeted = true;
      i++;
    } else if (first.equals("good") && Tokens.is(note, i + 1, DAY_PARTS)) {
      greeted = true;
      i += 2;
    }
    if (greeted
        && (Tokens.is(note, i, ",") || Tokens.is(note, i, "there"))
        && i + 1 < n
        && Tokens.capitalized(note, i + 1)
        && "PROPN".equals(note.tag(i + 1))) {
      i++; // "Hi, Jane", "Hey there Jane"
    }
    boolean titled = false;
    if (i < n && TITLES.contains(stripDot(note.lowerToken(i)))) {
      titled = true;
      i++;
      if (Tokens.is(note, i, ".")) {
        i++;
      }
    }
    int start = i;
    int end = i;
    if (i < n && Tokens.is(note, i, PARTICLES)) {
      // "Dear Prof. van der Berg": particles before a capitalized surname
      int k = i;
      while (k < n && k - i < 3 && Tokens.is(note, k, PARTICLES)) {
        k++;
      }
      if ((greeted || titled) && k < n && Tokens.capitalized(note, k) && nameWord(note, k)) {
        return Optional.of(new Span(note.tokenStart(i), note.tokenEnd(k)));
      }
      return Optional.empty();
    }
    if (i >= n || !nameWord(note, i) || (titled && !Tokens.capitalized(note, i))) {
      return Optional.empty();
    }
    if (!Tokens.capitalized(note, i)) {
      // "Hey jane —": a lower-case name only right after a greeting word and before a break
      if (!greeted || titled || (i + 1 < n && !Tokens.isPunct(note, i + 1))) {
        return Optional.empty();
      }
    } else {
      while (end - start < 4 && end + 1 < n) {
        int next = end + 1;
        if (Tokens.is(note, next, "-")
            && next + 1 < n
            && note.tokenStart(next) == note.tokenEnd(end)
            && note.tokenStart(next + 1) == note.tokenEnd(next)
            && Tokens.capitalized(note, next + 1)
            && nameWord(note, next + 1)) {
          end = next + 1; // "Anne-Marie", split by the tokenizer
        } else if (Tokens.capitalized(note, next)
            && nameWord(note, next)
            && "PROPN".equals(note.tag(next))) {
          end = next;
        } else if (Tokens.is(note, next, PARTICLES)
            && next + 1 < n
            && Tokens.capitalized(note, next + 1)
            && nameWord(note, next + 1)) {
          end = next + 1;
        } else {
          break;
        }
      }
    }
    if (!greeted) {
      // the bare opening "Jane, ..." or "Dr. Patel, ...": a proper noun followed by a break
      boolean propn = "PROPN".equals(note.tag(start)) || titled;
      boolean followedByBreak =
          end + 1 < n && Tokens.is(note, end + 1, BARE_BREAKS) && !Tokens.is(note, end + 1, ".");
      if (!propn || !followedByBreak) {
        return Optional.empty();
      }
      int next = end + 2;
      if (next < n
          && Tokens.capitalized(note, next)
          && "PROPN".equals(note.tag(next))
          && !Tokens.is(note, next, "i")) {
        return Optional.empty(); // "Stripe, Plaid and Adyen ...": a list, not a greeting
      }
    }
    return Optional.of(new Span(note.tokenStart(start), note.tokenEnd(end)));
  }

  private static final Set<String> BARE_BREAKS = WordSet.of(",", "!", "-", "\u2014", "\u2013", ":");

  /** True when token {@code i} can be (part of) a person's name. */
  private static boolean nameWord(AnalyzedNote note, int i) {
    String t = note.token(i);
    if (!Character.isLetter(t.codePointAt(0))) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      if (!(Character.isLetter(c)
          || c == '\''
          || c == '\u2019'
          || c == '-'
          || c == '.'
          || Character.getType(c) == Character.NON_SPACING_MARK)) {
        return false;
      }
    }
    String lower = note.lowerToken(i).replace('\u2019', '\'');
    if (NOT_NAMES.contains(lower) || NOT_NAMES.contains(stripDot(lower))) {
      return false;
    }
    String tag = note.tag(i);
    return tag.indexOf('+') < 0
        && !Tokens.CLOSED.contains(tag)
        && !(tag.equals("VERB") && !Tokens.capitalized(note, i));
  }

  private static String stripDot(String s) {
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
