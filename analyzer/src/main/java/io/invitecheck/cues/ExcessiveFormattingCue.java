package io.invitecheck.cues;

import io.invitecheck.nlp.CodePoints;
import io.invitecheck.nlp.WordSet;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code excessive_formatting}: text that shouts. Three kinds of run, each its own reason:
 *
 * <ul>
 *   <li>shouting capitals: 3 or more all-capital words of 2+ letters in a row ("BOOK YOUR FREE
 *       DEMO"). Known acronyms ({@link #ACRONYMS}: AI, CEO, SaaS, B2B, AWS, SQL, NYC, MBA, PhD, UX,
 *       ...), words with digits and one-letter words ("A", "I") neither count nor break a run;
 *   <li>3 or more "!" or "?" in a row ("!!!", "?!?");
 *   <li>3 or more emoji or decorative symbols ("🔥🔥🔥", "★★★"), single spaces allowed between
 *       them; counted by code point, so a surrogate pair is one emoji, and skin tones, variation
 *       selectors and zero-width joiners belong to the emoji before them.
 * </ul>
 *
 * <p>The span is the run. One linear pass per kind; no backtracking. Stateless and thread-safe.
 */
public final class ExcessiveFormattingCue implements CueDetector {
  /** All-capital words that are normal in notes. Upper case; compared case-insensitively. */
  static final Set<String> ACRONYMS =
      WordSet.of(
          "AI", "ML", "NLP", "LLM", "LLMS", "CEO", "CTO", "CFO", "COO", "CMO", "CPO", "CIO", "CISO",
          "VP", "SVP", "EVP", "HR", "PM", "PMM", "QA", "SAAS", "PAAS", "AWS", "GCP", "SQL", "API",
          "APIS", "SDK", "NYC", "SF", "LA", "UK", "US", "USA", "EU", "UAE", "MBA", "PHD", "MSC",
          "BSC", "UX", "UI", "IT", "SEO", "CRM", "ERP", "ETL", "GPU", "CPU", "SRE", "OKR", "OKRS",
          "KPI", "KPIS", "ROI", "NASA", "IBM", "MIT", "UCLA", "NYU", "HBS", "CPA", "CFA", "PMP",
          "GDPR", "HIPAA", "ESG", "DEI", "NGO", "PR", "VC", "VCS", "IPO", "MVP", "SMB", "SME",
          "OSS", "CI", "CD", "JSON", "HTML", "CSS", "JS", "TS", "PHP", "JVM", "CV", "ASAP", "FYI",
          "BTW", "TBH", "IMO", "OK", "USD", "EUR", "GBP", "AM", "EST", "PST", "CET", "GMT", "UTC",
          "YC", "AR", "VR", "XR", "IOT", "FAANG", "SAP", "NVIDIA", "HSBC", "KPMG", "EY", "PWC",
          "BCG", "AT&T", "R&D", "M&A", "P&L", "DM", "AMA", "GTM", "SDR", "BDR", "AE", "ARR", "MRR",
          "DEVOPS", "IOS", "QCON", "RSVP");

  private static final Guarded PUNCT_RUN =
      Guarded.anyOf("[!?]{3,}", "!!", "??", "!?", "?!").startingAt("!?");

  @Override
  public ReasonCode code() {
    return ReasonCode.EXCESSIVE_FORMATTING;
  }

  @Override
  public List<Reason> detect(CueInput input) {
    String text = input.text();
    char[] chars = text.toCharArray(); // both scans read an array, not charAt (see capsRuns)
    List<Reason> reasons = new ArrayList<>();
    for (Span s : capsRuns(text, chars)) {
      reasons.add(reason(text, s, "is written in capitals, which reads as shouting"));
    }
    for (Span s : PUNCT_RUN.find(text)) {
      reasons.add(reason(text, s, "repeats punctuation, which reads as pushy"));
    }
    for (Span s : emojiRuns(chars)) {
      reasons.add(reason(text, s, "is a run of emoji or symbols, which reads as spam"));
    }
    reasons.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return reasons;
  }

  private Reason reason(String text, Span s, String what) {
    return Reason.at(
        code(), text, s.start(), s.end(), "'" + s.textIn(text) + "' " + what + ".", "formatting");
  }

  /** Runs of 3+ shouting words; neutral words (acronyms, "A", digits) neither count nor break. */
  static List<Span> capsRuns(String text) {
    return capsRuns(text, text.toCharArray());
  }

  /**
   * {@link #capsRuns(String)} reading the text's chars from an array: the client compiler makes
   * each {@code charAt} and {@code codePointAt} of a note with a char beyond Latin-1 a call with a
   * coder and an index check, and this cue's two scans read every char of every note. ASCII chars,
   * nearly all of a note, are classified by table; any other by the same code point and char tests
   * as before ({@code CapsRunsTest}, {@code FormattingScansTest}).
   */
  private static List<Span> capsRuns(String text, char[] a) {
    int n = a.length;
    List<Span> runs = new ArrayList<>();
    int count = 0;
    int runStart = -1;
    int runEnd = -1;
    int lastEnd = -1;
    int i = 0;
    while (i < n) {
      // the next word: a maximal run of [\p{L}\p{N}'’&], scanned by hand (the pattern's matcher
      // was half of this cue's time with the client compiler)
      int step = wordCharAt(a, i);
      if (step < 0) {
        i -= step;
        continue;
      }
      int start = i;
      while (i < n && (step = wordCharAt(a, i)) > 0) {
        i += step;
      }
      Kind kind = kind(text, a, start, i);
      boolean joined = lastEnd < 0 || gapJoins(a, lastEnd, start);
      if (!joined || kind == Kind.LOWER) {
        if (count >= 3) {
          runs.add(new Span(runStart, runEnd));
        }
        count = 0;
        runStart = -1;
      }
      if (kind == Kind.SHOUT) {
        if (count == 0) {
          runStart = start;
        }
        count++;
        runEnd = i;
      }
      lastEnd = i;
    }
    if (count >= 3) {
      runs.add(new Span(runStart, runEnd));
    }
    return runs;
  }

  /** Whether {@code [\p{L}\p{N}'’&]} matches the code point. */
  private static boolean wordChar(int cp) {
    return cp == '\'' || cp == '&' || cp == '\u2019' || CodePoints.isLetterOrNumber(cp);
  }

  /** {@link #wordChar} of each ASCII char. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_WORD[c] = wordChar(c);
    }
  }

  /**
   * The length in chars of the code point at {@code i} ({@link Character#codePointAt(char[], int)},
   * as {@code String.codePointAt} reads it), positive when it is a {@link #wordChar}, negative when
   * not.
   */
  private static int wordCharAt(char[] a, int i) {
    char c = a[i];
    if (c < 128) {
      return ASCII_WORD[c] ? 1 : -1;
    }
    int cp = Character.codePointAt(a, i);
    int length = Character.charCount(cp);
    return wordChar(cp) ? length : -length;
  }

  /** The longest entry of {@link #ACRONYMS}, plus a possessive "'S". */
  private static final int LONGEST_NEUTRAL =
      ACRONYMS.stream().mapToInt(String::length).max().orElse(0) + 2;

  private enum Kind {
    SHOUT,
    NEUTRAL,
    LOWER
  }

  private static Kind kind(String text, char[] a, int start, int end) {
    int letters = 0;
    for (int i = start; i < end; i++) {
      char c = a[i];
      if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
        // "SaaS", "PhD": a word with a lower-case letter is neutral only as a known acronym
        return end - start <= LONGEST_NEUTRAL
                && mayBeAcronym(a[start], a[start + 1 < end ? start + 1 : start], end - start)
                && isAcronym(text.substring(start, end))
            ? Kind.NEUTRAL
            : Kind.LOWER;
      }
      if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
        return Kind.NEUTRAL;
      }
      if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
        letters++; // an ASCII letter here is not lower case
      }
    }
    return letters < 2
            || (mayBeAcronym(a[start], a[start + 1 < end ? start + 1 : start], end - start)
                && isAcronym(text.substring(start, end)))
        ? Kind.NEUTRAL
        : Kind.SHOUT;
  }

  /**
   * False when the word {@code text[start, end)} is surely no {@link #isAcronym acronym}: its first
   * two chars are ASCII and no acronym starts with their upper cases. Upper-casing maps an ASCII
   * char to one ASCII char, so a word starting with two ASCII chars upper-cases to a string
   * starting with their upper cases, and stripping a final "'S" leaves them (no acronym is shorter
   * than two chars). Most words of a note are turned away so, without a copy and an upper case.
   */
  static boolean mayBeAcronym(String text, int start, int end) {
    if (end - start < 2) {
      return true;
    }
    return mayBeAcronym(text.charAt(start), text.charAt(start + 1), end - start);
  }

  /** {@link #mayBeAcronym(String, int, int)} of a word of {@code length} chars starting a, b. */
  private static boolean mayBeAcronym(char a, char b, int length) {
    return length < 2 || a >= 128 || b >= 128 || ACRONYM_STARTS[upper(a) * 128 + upper(b)];
  }

  private static char upper(char ascii) {
    return ascii >= 'a' && ascii <= 'z' ? (char) (ascii - ('a' - 'A')) : ascii;
  }

  /** For each pair of ASCII chars, whether an acronym starts with it. */
  private static final boolean[] ACRONYM_STARTS = new boolean[128 * 128];

  static {
    for (String a : ACRONYMS) {
      if (a.length() < 2 || a.charAt(0) >= 128 || a.charAt(1) >= 128) {
        throw new ExceptionInInitializerError("an acronym mayBeAcronym cannot check: " + a);
      }
      if (!a.equals(a.toUpperCase(Locale.ROOT))) {
        throw new ExceptionInInitializerError("an acronym not in upper case: " + a);
      }
      ACRONYM_STARTS[a.charAt(0) * 128 + a.charAt(1)] = true;
    }
  }

  static boolean isAcronym(String w) {
    String upper = w.toUpperCase(Locale.ROOT);
    return ACRONYMS.contains(upper) || ACRONYMS.contains(stripS(upper));
  }

  private static String stripS(String upper) {
    return upper.endsWith("'S") || upper.endsWith("\u2019S")
        ? upper.substring(0, upper.length() - 2)
        : upper;
  }

  /** Words stay in one run across spaces and light punctuation, not across a line break. */
  private static boolean gapJoins(char[] a, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (!(c == ' ' || c == ',' || c == '-' || c == '!' || c == ':' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Runs of 3+ emoji or symbols (So), single spaces allowed between them. */
  static List<Span> emojiRuns(String text) {
    return emojiRuns(text.toCharArray());
  }

  /**
   * {@link #emojiRuns(String)} of the text's chars. Outside a run, a char below {@link
   * #FIRST_SYMBOL} (every ASCII char and most of Latin-1) is neither an emoji nor a joiner, and
   * would only close the run there is not: it is skipped without a code point or a Unicode type.
   */
  private static List<Span> emojiRuns(char[] a) {
    int n = a.length;
    List<Span> runs = new ArrayList<>();
    int count = 0;
    int runStart = -1;
    int runEnd = -1;
    for (int i = 0; i < n; ) {
      if (count == 0 && a[i] < FIRST_SYMBOL) {
        i++;
        continue;
      }
      int cp = Character.codePointAt(a, i);
      int next = i + Character.charCount(cp);
      if (isEmoji(cp)) {
        if (count > 0 && i - runEnd > 1) {
          addIfRun(runs, count, runStart, runEnd);
          count = 0;
        }
        if (count == 0) {
          runStart = i;
        }
        count++;
        runEnd = next;
      } else if (count > 0 && runEnd == i && isJoiner(cp)) {
        runEnd = next;
      } else if (!(cp == ' ' && runEnd == i)) {
        addIfRun(runs, count, runStart, runEnd);
        count = 0;
      }
      i = next;
    }
    addIfRun(runs, count, runStart, runEnd);
    return runs;
  }

  private static void addIfRun(List<Span> runs, int count, int start, int end) {
    if (count >= 3) {
      runs.add(new Span(start, end));
    }
  }

  /**
   * Below this char no code point {@link #isEmoji is an emoji} (U+00A6 BROKEN BAR is the first
   * OTHER_SYMBOL) or a {@link #isJoiner joiner}; {@code FormattingScansTest} checks it.
   */
  static final char FIRST_SYMBOL = '\u00A6';

  static boolean isEmoji(int cp) {
    if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
      return false; // skin-tone modifiers
    }
    return Character.getType(cp) == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF);
  }

  static boolean isJoiner(int cp) {
    return cp == 0x200D
        || cp == 0xFE0F
        || cp == 0xFE0E
        || (cp >= 0x1F3FB && cp <= 0x1F3FF)
        || (cp >= 0xE0020 && cp <= 0xE007F);
  }

  @Override
  public List<Example> examples() {
    return List.of(
        Example.flagged("Hi Jo! [[BOOK YOUR FREE DEMO]] today."),
        Example.flagged("Let's connect[[!!!]]"),
        Example.flagged("New drop [[\uD83D\uDD25\uD83D\uDD25\uD83D\uDD25]] join us"),
        Example.flagged("Top offer [[\u2605\u2605\u2605\u2605\u2605]] rated"),
        Example.flagged("Really[[?!?]] you ran the marathon in 3 hours?"),
        Example.flagged("Thanks [[\uD83D\uDC4D\uD83C\uDFFD \uD83D\uDE4F \uD83D\uDE80]]"),
        Example.flagged("[[THIS IS A ONCE IN A LIFETIME CHANCE]], Sam."),
        Example.clean("Hi Jo, fellow AWS and SQL nerd here; loved your MBA talk at NYC UX week!"),
        Example.clean("As CEO of a B2B SaaS, I enjoyed your PhD work on AI. Great talk!!"),
        Example.clean("Congrats on the launch \uD83C\uDF89\uD83D\uDE80 well deserved."));
  }
}
