package io.invitecheck.signals;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code recipient_achievement}: the note congratulates the recipient on something specific
 * ("congrats on your promotion to VP", "congratulations on the Series B", "your new role at Ramp",
 * "saw you were named to the Forbes list"). A bare "congrats" or "congrats on the weekend" is not
 * one: the object must name an achievement. With a recipient profile the object is checked against
 * {@code recipient.achievements}, then {@code recipient.company} and {@code recipient.headline}
 * (for a new role); an object that names something (a company, a title) found nowhere in a known
 * profile is contradicted and not reported. Stateless and thread-safe.
 */
public final class RecipientAchievementDetector implements SignalDetector {

  private static final Set<String> CONGRATS =
      WordSet.of(
          "congrats", "congratulations", "congratulation", "congrat", "kudos", "felicitations");
  private static final Set<String> CONGRATS_LEMMAS =
      WordSet.of("congrat", "congratulation", "congratulate");
  private static final Set<String> LINK = WordSet.of("on", "for", "upon");
  private static final Set<String> SKIP = WordSet.of("again", "to", "you", "and", "big", "huge");

  /** Words that make an object an achievement (lower-case tokens or lemmas). */
  static final Set<String> ACHIEVEMENTS =
      WordSet.of(
          "role",
          "position",
          "job",
          "gig",
          "promotion",
          "promoted",
          "promote",
          "appointment",
          "appointed",
          "appoint",
          "named",
          "award",
          "awarded",
          "prize",
          "win",
          "won",
          "launch",
          "launched",
          "launching",
          "raise",
          "raised",
          "raising",
          "round",
          "funding",
          "seed",
          "series",
          "ipo",
          "acquisition",
          "acquired",
          "exit",
          "book",
          "publication",
          "published",
          "patent",
          "certification",
          "certified",
          "degree",
          "graduation",
          "graduating",
          "graduated",
          "phd",
          "mba",
          "anniversary",
          "milestone",
          "fellowship",
          "grant",
          "title",
          "recognition",
          "recognized",
          "recognised",
          "elected",
          "election",
          "selected",
          "joining",
          "joined",
          "founding",
          "founded",
          "startup",
          "venture",
          "retirement",
          "tenure",
          "honor",
          "honour",
          "nomination",
          "nominated",
          "keynote",
          "accepted",
          "partner",
          "partnership",
          "record",
          "medal",
          "ranking",
          "listed",
          "list");

  private static final Set<String> ROLE_WORDS =
      WordSet.of(
          "role",
          "position",
          "job",
          "gig",
          "promotion",
          "promoted",
          "appointment",
          "appointed",
          "named",
          "joining",
          "joined",
          "title");

  /** Achievement nouns strong enough to count after "your" without a congratulation. */
  private static final Set<String> YOUR_NOUNS =
      WordSet.of(
          "promotion",
          "award",
          "appointment",
          "ipo",
          "acquisition",
          "fellowship",
          "funding",
          "raise",
          "patent",
          "graduation",
          "anniversary",
          "nomination",
          "prize",
          "exit");

  private static final Set<String> YOUR_NEW_NOUNS = WordSet.of("role", "position", "job", "gig");
  private static final Set<String> YOUR_MODIFIERS =
      WordSet.of("new", "recent", "latest", "well-deserved", "big", "huge", "exciting");
  private static final Set<String> YOU_VERBS =
      WordSet.of(
          "promoted",
          "named",
          "appointed",
          "elected",
          "won",
          "raised",
          "launched",
          "joined",
          "published",
          "awarded",
          "closed",
          "selected",
          "recognized",
          "recognised",
          "nominated");
  private static final Set<String> YOU_AUX =
      WordSet.of("were", "got", "just", "recently", "'ve", "have");

  @Override
  public SignalType type() {
    return SignalType.RECIPIENT_ACHIEVEMENT;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> out = new ArrayList<>();
    int n = note.tokenCount();
    int covered = -1; // last token already inside a signal
    for (int i = 0; i < n; i++) {
      if (i <= covered) {
        continue;
      }
      int objStart = -1;
      String phrase = null;
      if (isCongrats(note, i)) {
        int k = i + 1;
        while (k < n && k - i <= 3 && (Tokens.is(note, k, SKIP) || Tokens.is(note, k, ","))) {
          k++;
        }
        if (Tokens.is(note, k, LINK)) {
          objStart = k + 1;
          phrase = note.lowerToken(i) + " " + note.lowerToken(k);
        }
      } else if (Tokens.is(note, i, "your") && yourAchievement(note, i)) {
        objStart = i;
        phrase = "your";
      } else if (Tokens.is(note, i, "you") && youVerb(note, i) > 0) {
        objStart = i;
        phrase = "you " + note.lowerToken(youVerb(note, i));
      }
      if (objStart < 0) {
        continue;
      }
      int objEnd = Tokens.clauseEnd(note, objStart, 12, true);
      if (objEnd < objStart) {
        continue;
      }
      String noun = achievementWord(note, objStart, objEnd);
      if (noun == null) {
        continue;
      }
      Signal s = check(note, draft.recipient(), i, objStart, objEnd, phrase, noun);
      covered = objEnd;
      if (s != null) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static boolean isCongrats(AnalyzedNote note, int i) {
    return CONGRATS.contains(note.lowerToken(i)) || CONGRATS_LEMMAS.contains(note.lemma(i));
  }

  private static boolean yourAchievement(AnalyzedNote note, int i) {
    int k = i + 1;
    boolean isNew = false;
    while (k < note.tokenCount() && k - i <= 2 && Tokens.is(note, k, YOUR_MODIFIERS)) {
      isNew |= Tokens.is(note, k, "new");
      k++;
    }
    if (k >= note.tokenCount()) {
      return false;
    }
    String w = note.lowerToken(k);
    return YOUR_NOUNS.contains(w)
        || YOUR_NOUNS.contains(note.lemma(k))
        || (isNew && YOUR_NEW_NOUNS.contains(w));
  }

  /** The index of the achievement verb after "you" ("you were promoted"), or -1. */
  private static int youVerb(AnalyzedNote note, int i) {
    int k = i + 1;
    while (k < note.tokenCount() && k - i <= 2 && Tokens.is(note, k, YOU_AUX)) {
      k++;
    }
    return Tokens.is(note, k, YOU_VERBS) ? k : -1;
  }

  private static String achievementWord(AnalyzedNote note, int from, int to) {
    for (int k = from; k <= to; k++) {
      if (ACHIEVEMENTS.contains(note.lowerToken(k)) || ACHIEVEMENTS.contains(note.lemma(k))) {
        return note.lowerToken(k);
      }
    }
    return null;
  }

  private Signal check(
      AnalyzedNote note,
      Profile recipient,
      int start,
      int objStart,
      int objEnd,
      String phrase,
      String noun) {
    String object = Tokens.text(note, objStart, objEnd);
    Set<String> stems = Words.stems(object);
    Optional<String> hit = Words.firstSameThing(stems, recipient.achievements());
    if (hit.isPresent()) {
      return Tokens.onTokens(
          type(),
          note,
          start,
          objEnd,
          "matches " + Words.cite("recipient.achievements", hit.get()),
          true);
    }
    boolean role = false;
    for (int k = objStart; k <= objEnd; k++) {
      role |= ROLE_WORDS.contains(note.lowerToken(k));
    }
    if (role && recipient.company() != null && Words.sameThing(stems, recipient.company())) {
      return Tokens.onTokens(
          type(),
          note,
          start,
          objEnd,
          "matches " + Words.cite("recipient.company", recipient.company()),
          true);
    }
    if (role && recipient.headline() != null && Words.sameThing(stems, recipient.headline())) {
      return Tokens.onTokens(
          type(),
          note,
          start,
          objEnd,
          "matches " + Words.cite("recipient.headline", recipient.headline()),
          true);
    }
    boolean profileKnown =
        !recipient.achievements().isEmpty()
            || recipient.company() != null
            || recipient.headline() != null;
    if (profileKnown && !specificWords(note, objStart, objEnd).isEmpty()) {
      return null; // names a company or title the recipient's profile does not have
    }
    return Tokens.onTokens(
        type(),
        note,
        start,
        objEnd,
        "phrase '" + phrase + "' + achievement word '" + noun + "'",
        false);
  }

  /** Stems of the capitalized or numeric words of the object that are not achievement words. */
  private static Set<String> specificWords(AnalyzedNote note, int from, int to) {
    Set<String> out = new LinkedHashSet<>();
    for (int k = from; k <= to; k++) {
      if (Tokens.properLike(note, k)
          && !ACHIEVEMENTS.contains(note.lowerToken(k))
          && !Tokens.is(note, k, "i")) {
        for (String s : Words.stems(note.token(k))) {
          if (!Words.GENERIC.contains(s)) {
            out.add(s);
          }
        }
      }
    }
    return out;
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Ana, [[congrats on your promotion to VP]]!"),
        Example.flagged(
            "Hi Ana, [[congrats on your promotion to VP]]! Would love to hear how you built the"
                + " platform team.",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Ana Ruiz")
                        .achievements(List.of("Promoted to VP Engineering at Plaid"))
                        .build())),
        Example.flagged(
            "Good morning Priya! [[Congratulations on the new role at Stripe]].",
            d -> d.recipient(Profile.builder().name("Priya Nair").company("Stripe").build())),
        Example.flagged(
            "Tom, I saw [[you were named to the Forbes 30 Under 30 list]]. Well deserved."),
        Example.flagged("Hello Lena — [[kudos on closing the Series B]], that is a big milestone."),
        Example.clean("Congrats! Hope the week is going well."),
        Example.clean("Hi Sam, congrats on surviving conference week, what a marathon."),
        Example.clean("Congratulations to your team on a great quarter."),
        Example.clean("I admire your company and your team's culture."),
        // the profile contradicts it: the recipient works at Plaid, not Stripe
        Example.clean(
            "Hi Priya, congratulations on the new role at Stripe!",
            d ->
                d.recipient(
                    Profile.builder()
                        .name("Priya Nair")
                        .company("Plaid")
                        .headline("Staff Engineer at Plaid")
                        .build())));
  }
}
