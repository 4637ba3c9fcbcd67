package io.invitecheck.signals;

import io.invitecheck.draft.Context;
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
import java.util.regex.Pattern;

/**
 * {@code shared_org}: an employer, school or group both belong or belonged to: "fellow Michigan
 * alum", "we both went to Stanford", "I also worked at Square", "we're both in the Women in Fintech
 * group", or a mention of an organisation that sender and recipient profiles share. An organisation
 * is confirmed when it matches the recipient's company, school, headline or achievements (and, when
 * known, the sender's) or a {@code context.sharedGroups} entry; when the recipient's company or
 * school is known and the organisation matches nothing of theirs, the claim is contradicted and not
 * reported. Stateless and thread-safe.
 */
public final class SharedOrgDetector implements SignalDetector {

  private static final PhraseMatcher TRIGGERS =
      PhraseMatcher.shared(
          "fellow",
          "we both went to",
          "we both studied at",
          "we both worked at",
          "we both work at",
          "we both graduated from",
          "we were both at",
          "we're both at",
          "we are both at",
          "we both belong to",
          "we're both in",
          "we are both in",
          "we're both members of",
          "we are both members of",
          "we overlapped at",
          "we were colleagues at",
          "i also went to",
          "i also studied at",
          "i also worked at",
          "i also work at",
          "i also graduated from",
          "i was also at",
          "i'm also at",
          "i am also at",
          "i'm also in",
          "i am also in",
          "i'm also a member of",
          "also an alum of",
          "also a graduate of",
          "also a member of",
          "both alumni of",
          "both members of",
          "as an alum of",
          "as a fellow alum of");

  /** Nouns that make "fellow X ..." about an organisation. */
  private static final Set<String> ORG_NOUNS =
      WordSet.of(
          "alum",
          "alumnus",
          "alumna",
          "alumni",
          "alums",
          "grad",
          "graduate",
          "classmate",
          "student",
          "member",
          "employee",
          "colleague",
          "boomerang",
          "intern",
          "ex-employee");

  private static final Set<String> TRAILING =
      WordSet.of(
          "group",
          "community",
          "program",
          "programme",
          "cohort",
          "club",
          "chapter",
          "accelerator",
          "network",
          "society",
          "association",
          "guild",
          "team",
          "alum",
          "alumni",
          "alumnus",
          "alumna",
          "grad",
          "school",
          "university",
          "college");
  private static final Set<String> CONNECTORS = WordSet.of("of", "in", "for", "&", "de", "-");
  private static final Pattern ORG_WORDS =
      Pattern.compile(
          "(?i)\\b(?:university|college|school|institute|of|the|inc|llc|ltd|group)\\b\\.?");
  private static final Pattern SPACES = Pattern.compile(" {2,}");
  private static final Set<String> SCHOOL_NOUNS =
      WordSet.of("alum", "alumnus", "alumna", "alumni", "alums", "grad", "graduate", "classmate");

  @Override
  public SignalType type() {
    return SignalType.SHARED_ORG;
  }

  @Override
  public List<Signal> detect(AnalyzedNote note, Draft draft) {
    List<Signal> out = new ArrayList<>();
    for (Span t : TRIGGERS.findAll(note.text())) {
      int last = Tokens.tokenBefore(note, t.end());
      int first = note.tokenAt(t.start());
      if (first < 0 || last < first) {
        continue;
      }
      boolean fellow = t.length() == "fellow".length();
      int k = last + 1;
      if (Tokens.is(note, k, "the")) {
        k++;
      }
      int orgEnd = orgRun(note, k);
      if (orgEnd < k) {
        continue;
      }
      int end = orgEnd;
      boolean orgNoun = false;
      while (end + 1 < note.tokenCount()
          && end - orgEnd < 2
          && Tokens.is(note, end + 1, TRAILING)) {
        end++;
        orgNoun |= ORG_NOUNS.contains(note.lowerToken(end));
      }
      if (fellow && !orgNoun && ORG_NOUNS.contains(note.lowerToken(orgEnd))) {
        orgNoun = true; // "fellow Googler alumni" runs the noun into the name
      }
      String org = Tokens.text(note, k, orgEnd);
      Signal s =
          check(
              note,
              draft,
              first,
              end,
              org,
              fellow && !orgNoun,
              t.textIn(note.text()).toLowerCase(Locale.ROOT),
              isSchool(note, first, end));
      if (s != null) {
        out.add(s);
      }
    }
    mentionsOfSharedOrgs(note, draft, out);
    out.sort(Comparator.comparingInt(Signal::start));
    return List.copyOf(out);
  }

  private static boolean isSchool(AnalyzedNote note, int from, int to) {
    for (int k = from; k <= to; k++) {
      String w = note.lowerToken(k);
      if (SCHOOL_NOUNS.contains(w) || w.equals("studied") || w.equals("graduated")) {
        return true;
      }
    }
    return false;
  }

  /** The last token of an organisation name starting at {@code from}, or {@code from - 1}. */
  private static int orgRun(AnalyzedNote note, int from) {
    int last = from - 1;
    for (int k = from; k < note.tokenCount() && k - from < 6; k++) {
      boolean name =
          Tokens.properLike(note, k)
              && !Tokens.closedClass(note, k)
              && !Tokens.is(note, k, "i")
              && !Tokens.isPunct(note, k)
              && !note.tag(k).equals("PRON");
      if (name && !ORG_NOUNS.contains(note.lowerToken(k))) {
        last = k;
      } else if (last >= from
          && Tokens.is(note, k, CONNECTORS)
          && k + 1 < note.tokenCount()
          && Tokens.properLike(note, k + 1)) {
        continue;
      } else {
        break;
      }
    }
    return last;
  }

  private Signal check(
      AnalyzedNote note,
      Draft draft,
      int from,
      int to,
      String org,
      boolean needsProfile,
      String trigger,
      boolean school) {
    for (String g : draft.context().sharedGroups()) {
      if (Words.sameName(org, g)) {
        return Tokens.onTokens(
            type(), note, from, to, "matches " + Words.cite("context.sharedGroups", g), true);
      }
    }
    String rec = matchIn(draft.recipient(), "recipient", org);
    if (rec != null) {
      String snd = matchIn(draft.sender(), "sender", org);
      String evidence = snd == null ? "matches " + rec : "matches " + snd + " and " + rec;
      return Tokens.onTokens(type(), note, from, to, evidence, true);
    }
    Profile r = draft.recipient();
    boolean known = school ? r.school() != null : r.school() != null || r.company() != null;
    if (known || needsProfile) {
      return null; // the recipient's known organisations do not include it
    }
    return Tokens.onTokens(
        type(), note, from, to, "phrase '" + trigger + "' + organisation '" + org + "'", false);
  }

  /** "recipient.school 'University of Michigan'" when the profile names {@code org}, or null. */
  private static String matchIn(Profile p, String who, String org) {
    if (p.company() != null && Words.sameName(org, p.company())) {
      return Words.cite(who + ".company", p.company());
    }
    if (p.school() != null && Words.sameName(org, p.school())) {
      return Words.cite(who + ".school", p.school());
    }
    if (p.headline() != null && contains(p.headline(), org)) {
      return Words.cite(who + ".headline", p.headline());
    }
    for (String a : p.achievements()) {
      if (contains(a, org)) {
        return Words.cite(who + ".achievements", a);
      }
    }
    return null;
  }

  private static boolean contains(String value, String org) {
    var orgStems = Words.stems(org);
    orgStems.removeAll(Words.GENERIC);
    return !orgStems.isEmpty() && Words.stems(value).containsAll(orgStems);
  }

  /** Mentions of a group both are in, or of a company or school both profiles name. */
  private void mentionsOfSharedOrgs(AnalyzedNote note, Draft draft, List<Signal> out) {
    Profile r = draft.recipient();
    Profile s = draft.sender();
    List<String[]> shared = new ArrayList<>(); // {value to find, evidence}
    for (String g : draft.context().sharedGroups()) {
      shared.add(new String[] {g, "matches " + Words.cite("context.sharedGroups", g)});
    }
    addShared(shared, s.company(), "sender.company", r.company(), "recipient.company");
    addShared(shared, s.school(), "sender.school", r.school(), "recipient.school");
    addShared(shared, s.company(), "sender.company", r.school(), "recipient.school");
    addShared(shared, s.school(), "sender.school", r.company(), "recipient.company");
    for (String[] org : shared) {
      for (Span m : PhraseMatcher.of(namesFor(org[0])).findAll(note.text())) {
        int t = note.tokenAt(m.start());
        if (t < 0 || !Tokens.properLike(note, t)) {
          continue;
        }
        if (out.stream().noneMatch(x -> x.span().overlaps(m))) {
          out.add(Tokens.signal(type(), note, m.start(), m.end(), org[1], true));
        }
      }
    }
  }

  private static void addShared(
      List<String[]> shared, String a, String aField, String b, String bField) {
    if (a != null && b != null && Words.sameName(a, b)) {
      shared.add(
          new String[] {b, "matches " + Words.cite(aField, a) + " and " + Words.cite(bField, b)});
    }
  }

  /** The name and, for "University of Michigan", its distinctive part "Michigan". */
  private static List<String> namesFor(String org) {
    List<String> names = new ArrayList<>();
    names.add(org);
    String stripped =
        SPACES.matcher(ORG_WORDS.matcher(org).replaceAll(" ").strip()).replaceAll(" ");
    if (!stripped.isEmpty() && !stripped.equalsIgnoreCase(org) && stripped.length() >= 3) {
      names.add(stripped);
    }
    return names;
  }

  @Override
  public List<Example> examples() {
    Profile umichSender =
        Profile.builder().name("Dev Shah").school("University of Michigan").build();
    return List.of(
        Example.flagged("Hi Jordan, [[fellow Michigan alum]] here, go Blue!"),
        Example.flagged(
            "Hi Jordan, [[fellow Michigan alum]] here. Loved your post on battery supply chains.",
            d ->
                d.recipient(
                        Profile.builder()
                            .name("Jordan Lee")
                            .school("University of Michigan")
                            .build())
                    .sender(umichSender)),
        Example.flagged(
            "Greetings Mr. Okafor, Tom suggested I reach out since [[we both went to Stanford]].",
            d -> d.recipient(Profile.builder().name("Ike Okafor").school("Stanford").build())),
        Example.flagged(
            "Hi Mei, I saw [[we're both in the Women in Fintech group]] and wanted to say hello.",
            d -> d.context(new Context(null, null, null, List.of("Women in Fintech"), null))),
        Example.flagged(
            "Hi Lars, I spent four years at [[Spotify]] too before moving to Klarna.",
            d ->
                d.recipient(Profile.builder().name("Lars Berg").company("Spotify").build())
                    .sender(Profile.builder().name("Ola Nord").company("Spotify").build())),
        Example.clean("Hi there, I came across your company and would like to connect."),
        Example.clean("As a fellow Rust enthusiast, I loved your borrow-checker thread."),
        Example.clean("Hi Mark, I work at Stripe and would love to connect."),
        // the profile contradicts it: the recipient went to MIT and the sender to Berkeley
        Example.clean(
            "Hi Jordan, fellow Stanford alum here!",
            d ->
                d.recipient(Profile.builder().name("Jordan Lee").school("MIT").build())
                    .sender(Profile.builder().name("Dev Shah").school("UC Berkeley").build())));
  }
}
