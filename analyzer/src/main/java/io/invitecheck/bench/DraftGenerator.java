package io.invitecheck.bench;

import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.corpus.Label;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Makes realistic drafts from the labeled corpus, deterministically: the same corpus, workload and
 * seed always give the same drafts in the same order (it uses {@link java.util.Random}, whose
 * algorithm its specification fixes, and no hash-ordered collection).
 *
 * <p>Each corpus note becomes a template: its recipient's full name, first name, last name and
 * company (from the note's recipient profile) are found in the text as whole words and replaced by
 * placeholders. A generated draft fills the placeholders with a new recipient from fixed lists of
 * first names, last names and companies, and carries a recipient profile that says the same (name,
 * company, the headline with the company replaced, the rest of the corpus note's profile), the
 * corpus note's sender profile and a context (account type, mutual connections). See {@link
 * Workload} for how the workloads use the templates.
 *
 * <p>Every note is at most {@link #MAX_CHARS} characters, the premium accounts' limit; a note over
 * 200 characters never says it comes from a free account (whose limit is 200). The generator is
 * immutable and thread-safe; the iterators it returns are not.
 */
public final class DraftGenerator {
  /** The longest note made: the platform's limit for premium accounts. */
  public static final int MAX_CHARS = 300;

  /** The free accounts' limit: longer notes are never marked {@code free}. */
  static final int FREE_CHARS = 200;

  /** The largest mail-merge campaign. */
  public static final int MAX_CAMPAIGN = 300;

  private static final char FIRST = '\uE001';
  private static final char LAST = '\uE002';
  private static final char COMPANY = '\uE003';

  /**
   * The share of campaigns drawn from every corpus note; the others come from notes that name the
   * recipient or their company, as mail-merge tools' "Hi {first_name}" does.
   */
  static final double VERBATIM_CAMPAIGNS = 0.2;

  private static final int ATTEMPTS = 1000;
  private static final int NAME_DRAWS = 20;
  private static final int SHORTEST_EXTRA_SENTENCE = 15;

  /**
   * One generated draft.
   *
   * @param draft the draft
   * @param kind {@link Workload#MAIL_MERGE} or {@link Workload#UNIQUE}: how this draft was made
   * @param campaign the mail-merge campaign's number (0, 1, ...), -1 for a unique draft
   * @param template the note with the recipient's first name, last name and company masked as
   *     {@code {first}}, {@code {last}}, {@code {company}}: equal within a campaign
   */
  public record Generated(Draft draft, Workload kind, int campaign, String template) {}

  /** A corpus note with its recipient masked, and its sentences. */
  private record Template(CorpusNote note, String text, String headline, List<String> sentences) {}

  private final List<Template> templates;
  private final List<Template> personal; // templates with a placeholder
  private final Map<Label, List<Template>> byLabel;
  private final List<Label> labels;

  private DraftGenerator(List<CorpusNote> notes) {
    List<Template> all = new ArrayList<>();
    Map<Label, List<Template>> groups = new EnumMap<>(Label.class);
    for (CorpusNote n : notes) {
      if (n.text().length() > MAX_CHARS || hasPlaceholderChars(n.text())) {
        continue;
      }
      Template t = template(n);
      all.add(t);
      groups.computeIfAbsent(n.label(), k -> new ArrayList<>()).add(t);
    }
    if (all.isEmpty()) {
      throw new IllegalArgumentException(
          "the corpus has no note of at most " + MAX_CHARS + " characters to generate from");
    }
    this.templates = List.copyOf(all);
    this.personal =
        all.stream()
            .filter(t -> hasPlaceholderChars(t.text()))
            .collect(java.util.stream.Collectors.toUnmodifiableList());
    Map<Label, List<Template>> frozen = new EnumMap<>(Label.class);
    groups.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    this.byLabel = frozen;
    this.labels = List.copyOf(frozen.keySet());
  }

  /** A generator over the corpus bundled in the analyzer jar. */
  public static DraftGenerator fromBundledCorpus() {
    return of(DefaultCorpus.bundledNotes());
  }

  /**
   * A generator over these corpus notes (notes over {@link #MAX_CHARS} characters are skipped).
   *
   * @throws IllegalArgumentException when no note is usable
   */
  public static DraftGenerator of(List<CorpusNote> notes) {
    return new DraftGenerator(Objects.requireNonNull(notes, "notes"));
  }

  /** How many corpus notes the drafts are made from. */
  public int templateCount() {
    return templates.size();
  }

  /**
   * An endless stream of drafts of this workload. Ids are {@code d0000001-c17} (draft 1, of
   * mail-merge campaign 17) or {@code d0000002-u} (a unique draft).
   *
   * @throws IllegalStateException from {@code next()} in the unlikely case that the corpus cannot
   *     give another unique template after many attempts
   */
  public Iterator<Generated> stream(Workload workload, long seed) {
    return new Stream(Objects.requireNonNull(workload, "workload"), seed);
  }

  /** The first {@code n} drafts of {@link #stream}. */
  public List<Generated> generate(Workload workload, long seed, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be 0 or more, was " + n);
    }
    Iterator<Generated> it = stream(workload, seed);
    List<Generated> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(it.next());
    }
    return list;
  }

  private final class Stream implements Iterator<Generated> {
    private final Workload workload;
    private final Random rng;
    private final LongHashSet uniqueTemplates = new LongHashSet();
    private final LongHashSet uniqueTexts = new LongHashSet();
    private int index;
    private int campaigns;
    private Template campaign;
    private int campaignLeft;
    private AccountType campaignAccount;

    Stream(Workload workload, long seed) {
      this.workload = workload;
      this.rng = new Random(seed);
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public Generated next() {
      index++;
      boolean unique =
          workload == Workload.UNIQUE
              || (workload == Workload.MIXED && rng.nextDouble() < Workload.MIXED_UNIQUE_SHARE);
      return unique ? unique() : mailMerge();
    }

    private Generated mailMerge() {
      if (campaignLeft == 0) {
        List<Template> from =
            personal.isEmpty() || rng.nextDouble() < VERBATIM_CAMPAIGNS ? templates : personal;
        campaign = from.get(rng.nextInt(from.size()));
        campaignLeft = campaignSize(rng);
        campaignAccount = account(campaign.text().length() + 10);
        campaigns++;
      }
      campaignLeft--;
      int number = campaigns - 1;
      Recipient r = recipient(campaign.text());
      String text = r == null ? plain(campaign.text(), campaign.note()) : r.fill(campaign.text());
      AccountType account =
          campaignAccount == AccountType.FREE && text.length() > FREE_CHARS
              ? AccountType.PREMIUM
              : campaignAccount;
      Draft d = draft(String.format("d%07d-c%d", index, number), text, campaign, r, account, rng);
      return new Generated(d, Workload.MAIL_MERGE, number, masked(campaign.text()));
    }

    private Generated unique() {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        List<Template> pool = byLabel.get(labels.get(rng.nextInt(labels.size())));
        Template a = pool.get(rng.nextInt(pool.size()));
        List<String> parts = new ArrayList<>(a.sentences());
        // Keep the note's opening (usually the greeting) and its shape; swap one sentence of the
        // body for a sentence of another note of the same label, sometimes add another.
        String swap = bodySentence(pool, rng);
        if (swap == null) {
          continue;
        }
        if (parts.size() >= 2) {
          parts.set(1 + rng.nextInt(parts.size() - 1), swap);
        } else {
          parts.add(swap);
        }
        if (rng.nextBoolean()) {
          String more = bodySentence(pool, rng);
          if (more != null) {
            parts.add(Math.max(1, parts.size() - 1), more);
          }
        }
        String template = join(parts);
        if (template.length() > MAX_CHARS - 20) {
          continue;
        }
        if (!uniqueTemplates.add(LongHashSet.hash(template))) {
          continue;
        }
        Recipient r = recipient(template);
        if (r == null) {
          continue;
        }
        String text = r.fill(template);
        if (!uniqueTexts.add(LongHashSet.hash(text))) {
          continue;
        }
        AccountType account = account(text.length());
        Draft d = draft(String.format("d%07d-u", index), text, a, r, account, rng);
        return new Generated(d, Workload.UNIQUE, -1, masked(template));
      }
      throw new IllegalStateException(
          "could not make another unique draft after "
              + ATTEMPTS
              + " attempts: the corpus is too small for this many unique drafts");
    }

    /** A new recipient whose names fit the template within the limit; null if none does. */
    private Recipient recipient(String template) {
      for (int i = 0; i < NAME_DRAWS; i++) {
        Recipient r =
            new Recipient(pick(Names.FIRST, rng), pick(Names.LAST, rng), pick(Names.COMPANY, rng));
        if (r.fill(template).length() <= MAX_CHARS) {
          return r;
        }
      }
      return null;
    }

    private AccountType account(int length) {
      int roll = rng.nextInt(4);
      if (roll < 2) {
        return null; // unknown: the configured default applies
      }
      return roll == 2 && length <= FREE_CHARS ? AccountType.FREE : AccountType.PREMIUM;
    }
  }

  /**
   * A sentence from the body of a note in the pool: not a greeting, not a bare sign-off; null when
   * a few draws find none.
   */
  private static String bodySentence(List<Template> pool, Random rng) {
    for (int i = 0; i < 8; i++) {
      Template b = pool.get(rng.nextInt(pool.size()));
      String s = b.sentences().get(rng.nextInt(b.sentences().size()));
      if (s.length() >= SHORTEST_EXTRA_SENTENCE && !isGreeting(s)) {
        return s;
      }
    }
    return null;
  }

  private static final List<String> GREETINGS =
      List.of("hi", "hello", "hey", "dear", "good morning", "good afternoon", "greetings", "hiya");

  static boolean isGreeting(String sentence) {
    String lower = sentence.toLowerCase(java.util.Locale.ROOT);
    for (String g : GREETINGS) {
      if (lower.startsWith(g)
          && (lower.length() == g.length() || !Character.isLetter(lower.charAt(g.length())))) {
        return true;
      }
    }
    return false;
  }

  private static String join(List<String> parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(p);
    }
    return sb.toString();
  }

  /** Campaign sizes from 1 to {@link #MAX_CAMPAIGN}, log-uniform: many small, a few large. */
  static int campaignSize(Random rng) {
    int size = (int) Math.floor(Math.exp(rng.nextDouble() * Math.log(MAX_CAMPAIGN + 1.0)));
    return Math.max(1, Math.min(MAX_CAMPAIGN, size));
  }

  /** A recipient drawn from the lists. */
  private record Recipient(String first, String last, String company) {
    String fill(String template) {
      StringBuilder sb = new StringBuilder(template.length() + 32);
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        switch (c) {
          case FIRST -> sb.append(first);
          case LAST -> sb.append(last);
          case COMPANY -> sb.append(company);
          default -> sb.append(c);
        }
      }
      return sb.toString();
    }

    String name() {
      return first + " " + last;
    }
  }

  /** The corpus note's own text, when no drawn recipient fits (the names stay the note's). */
  private static String plain(String template, CorpusNote note) {
    return note.text().length() <= MAX_CHARS ? note.text() : template;
  }

  private static Draft draft(
      String id, String text, Template t, Recipient r, AccountType account, Random rng) {
    Profile p = t.note().recipient();
    Profile recipient =
        r == null
            ? p
            : new Profile(
                r.name(),
                t.headline() == null ? null : r.fill(t.headline()),
                r.company(),
                p.school(),
                p.industry(),
                p.location(),
                p.skills(),
                p.interests(),
                p.recentPosts(),
                p.achievements());
    Integer mutual = rng.nextBoolean() ? null : rng.nextInt(61);
    Context context = new Context(account, mutual, List.of(), List.of(), List.of());
    return new Draft(id, text, recipient, t.note().sender(), context);
  }

  private static <T> T pick(List<T> list, Random rng) {
    return list.get(rng.nextInt(list.size()));
  }

  private static Template template(CorpusNote n) {
    Profile p = n.recipient();
    String text = n.text();
    String headline = p.headline();
    String name = p.name();
    String company = p.company();
    if (name != null) {
      String[] parts = name.strip().split("\\s+");
      String first = parts[0];
      String last = parts.length > 1 ? parts[parts.length - 1] : null;
      if (last != null) {
        text = replaceWord(text, name.strip(), FIRST + " " + LAST);
      }
      if (company != null) {
        text = replaceWord(text, company, String.valueOf(COMPANY));
        headline = headline == null ? null : replaceWord(headline, company, "" + COMPANY);
      }
      if (first.length() >= 2) {
        text = replaceWord(text, first, String.valueOf(FIRST));
      }
      if (last != null && last.length() >= 3 && !last.equals(first)) {
        text = replaceWord(text, last, String.valueOf(LAST));
      }
    } else if (company != null) {
      text = replaceWord(text, company, String.valueOf(COMPANY));
      headline = headline == null ? null : replaceWord(headline, company, "" + COMPANY);
    }
    return new Template(n, text, headline, sentences(text));
  }

  /** Replaces whole-word, case-sensitive occurrences of {@code word}. */
  static String replaceWord(String text, String word, String replacement) {
    if (word.isEmpty()) {
      return text;
    }
    StringBuilder sb = null;
    int from = 0;
    int at;
    while ((at = text.indexOf(word, from)) >= 0) {
      int end = at + word.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) {
        if (sb == null) {
          sb = new StringBuilder(text.length());
        }
        sb.append(text, from, at).append(replacement);
      } else {
        if (sb == null) {
          sb = new StringBuilder(text.length());
        }
        sb.append(text, from, end);
      }
      from = end;
    }
    if (sb == null) {
      return text;
    }
    sb.append(text, from, text.length());
    return sb.toString();
  }

  /**
   * The sentences of a note: split after {@code .}, {@code !} or {@code ?} (with any closing quotes
   * or brackets) before white space, and at line breaks; stripped, none empty.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(out, text.substring(start, i));
        start = i + 1;
      } else if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < text.length() && ".!?\"')”’".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if ((j == text.length() || Character.isWhitespace(text.charAt(j)))
            && !(c == '.' && abbreviationBefore(text, i))) {
          add(out, text.substring(start, j));
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    add(out, text.substring(start));
    if (out.isEmpty()) {
      out.add(text.strip());
    }
    return List.copyOf(out);
  }

  private static final List<String> ABBREVIATIONS =
      List.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc");

  /** True when the word that ends at {@code dot} is an abbreviation such as "Mr" or "e.g". */
  private static boolean abbreviationBefore(String text, int dot) {
    int start = dot;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.contains(word);
  }

  private static void add(List<String> out, String s) {
    String t = s.strip();
    if (!t.isEmpty()) {
      out.add(t);
    }
  }

  /** The template with readable placeholders. */
  private static String masked(String template) {
    return template
        .replace(String.valueOf(FIRST), "{first}")
        .replace(String.valueOf(LAST), "{last}")
        .replace(String.valueOf(COMPANY), "{company}");
  }

  private static boolean hasPlaceholderChars(String s) {
    return s.indexOf(FIRST) >= 0 || s.indexOf(LAST) >= 0 || s.indexOf(COMPANY) >= 0;
  }
}
