package io.invitecheck.campaign;

import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import io.invitecheck.memo.Memo;
import io.invitecheck.nlp.CodePoints;
import io.invitecheck.nlp.PhraseMatcher;
import io.invitecheck.report.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a note into its template: the recipient's and sender's names (whole, and each part of two
 * letters or more) become {@code {name}}, their companies {@code {company}}, and a capitalised word
 * after a greeting ("Hi Jana,") {@code {name}} as well, so that a mail merge's drafts read the
 * same. Matching ignores case and accents. Stateless, thread-safe.
 */
final class TemplateMasker {
  static final String NAME = "{name}";
  static final String COMPANY = "{company}";

  private static final Pattern LEGAL_SUFFIX =
      Pattern.compile("(?i),?\\s{1,3}(inc|ltd|llc|gmbh|corp|co|ag|sa|se|plc|bv|nv)\\.?$");

  private TemplateMasker() {}

  /** The note with names and companies replaced by placeholders. */
  static String mask(Draft draft) {
    return mask(draft, COMPANY_MATCHERS.get(new Companies(draft), TemplateMasker::companyMatcher));
  }

  /** {@link #mask(Draft)} building the draft's company matcher anew, for tests comparing. */
  static String maskBuildingMatchers(Draft draft) {
    return mask(draft, companyMatcher(new Companies(draft)));
  }

  /**
   * The two profiles' companies, all that a draft's company matcher is made of: a batch's drafts
   * name a few companies again and again (50,000 generated unique drafts: 1,780 pairs), so the
   * matchers are kept by this key ({@link #COMPANY_MATCHERS}) instead of folding, stripping and
   * sorting the same names, and running {@link #LEGAL_SUFFIX} on them, for every draft. A {@link
   * PhraseMatcher} is immutable and finds the same in a note whichever draft it was made for.
   */
  private record Companies(String recipient, String sender) {
    Companies(Draft d) {
      this(d.recipient().company(), d.sender().company());
    }
  }

  /** Company pairs whose matchers are kept: about 1 KB each. */
  static final int COMPANY_MEMO = 4_096;

  private static final Memo<Companies, PhraseMatcher> COMPANY_MATCHERS = new Memo<>(COMPANY_MEMO);

  private static String mask(Draft draft, PhraseMatcher companyMatcher) {
    String note = draft.note();
    List<Span> companies = companyMatcher.findAll(note);
    List<Span> names = new ArrayList<>(nameMatcher(draft).findAll(note));
    names.addAll(GreetedNames.find(note));
    List<Span> all = new ArrayList<>(companies);
    for (Span n : names) {
      if (!overlapsAny(all, n)) {
        all.add(n);
      }
    }
    all.sort(Comparator.comparingInt(Span::start));
    StringBuilder sb = new StringBuilder(note.length());
    int at = 0;
    for (Span s : all) {
      sb.append(note, at, s.start()).append(companies.contains(s) ? COMPANY : NAME);
      at = s.end();
    }
    return sb.append(note, at, note.length()).toString();
  }

  private static boolean overlapsAny(List<Span> spans, Span span) {
    for (Span s : spans) {
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The template's words, lower case without accents; placeholders stay whole. A word is a run of
   * letters and numbers (Unicode categories L and N): what the pattern {@code
   * \{name\}|\{company\}|[\p{L}\p{N}]+} finds, scanned by hand (the pattern tried its three
   * branches at every character of every draft).
   */
  static List<String> words(String masked) {
    String s = PhraseMatcher.fold(masked);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (s.charAt(i) == '{') {
        String placeholder =
            s.startsWith(NAME, i) ? NAME : s.startsWith(COMPANY, i) ? COMPANY : null;
        if (placeholder != null) {
          out.add(placeholder);
          i += placeholder.length();
          continue;
        }
      }
      int cp = s.codePointAt(i);
      if (!CodePoints.isLetterOrNumber(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < s.length() && CodePoints.isLetterOrNumber(cp = s.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      out.add(s.substring(start, i));
    }
    return out;
  }

  private static PhraseMatcher nameMatcher(Draft d) {
    List<String> names = new ArrayList<>();
    for (Profile p : List.of(d.recipient(), d.sender())) {
      if (p.name() != null) {
        names.add(p.name());
        CodePoints.addNameParts(p.name(), names);
      }
    }
    return PhraseMatcher.of(names);
  }

  private static PhraseMatcher companyMatcher(Companies c) {
    List<String> companies = new ArrayList<>();
    for (String company : new String[] {c.recipient(), c.sender()}) {
      if (company != null) {
        companies.add(company);
        String bare = LEGAL_SUFFIX.matcher(company).replaceAll("");
        if (!bare.equals(company) && bare.length() >= 2) {
          companies.add(bare);
        }
      }
    }
    return PhraseMatcher.of(companies);
  }

  static String key(String s) {
    return s == null
        ? ""
        : PhraseMatcher.collapseSpaces(PhraseMatcher.fold(s.strip())).toLowerCase(Locale.ROOT);
  }
}
