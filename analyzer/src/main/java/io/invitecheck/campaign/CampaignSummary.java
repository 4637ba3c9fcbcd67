package io.invitecheck.campaign;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A campaign view of a whole batch: mail-merge templates, recipients invited twice, resends, the
 * weekly budget, note-length and free-account limits, how many notes say nothing personal, risk
 * levels, a risk histogram and the top reasons.
 *
 * <p>Built incrementally while the batch streams: {@code builder(settings)}, then {@link
 * Builder#add} for each analyzed draft and {@link Builder#addError} for each line that failed, in
 * input order, then {@link Builder#build}. The builder keeps MinHash signatures, not note texts:
 * about 370 bytes per distinct note text (measured on 200,000 all-different drafts) and a few bytes
 * per draft, so a batch of a few templates stays small whatever its size. Lists of line numbers are
 * capped at {@value #MAX_LINES}. The summary is immutable and thread-safe; render it with {@link
 * #toText}, {@link #toJson} (schema in {@link CampaignJson}) or {@link #toHtml}.
 *
 * <p>Templates are drafts whose notes read the same once the recipient's and sender's names and
 * companies and greeted names are masked, clustered by word and word-pair MinHash with LSH banding
 * and deterministic seeds. Drafts in a cluster of {@link Builder#massTemplateMinSize} or more
 * (default 5) are mass templates: {@link #massTemplateLines()} names them and {@link
 * #withMassTemplate} adds the {@code mass_template} reason to their reports.
 */
public final class CampaignSummary {
  /** Most line numbers kept in any list of the summary. */
  public static final int MAX_LINES = TemplateClusters.MAX_LINES;

  /**
   * Most recipients listed by {@link #duplicates()}; {@link #duplicateRecipients()} counts all. A
   * million-draft batch can reach a recipient twice a hundred thousand times: listing each would
   * keep their names in memory to the end, and no one reads such a list.
   */
  public static final int MAX_DUPLICATES = 1_000;

  /** Bins of the risk histogram: [0, 0.1), [0.1, 0.2), ..., [0.9, 1.0]. */
  public static final int BINS = 10;

  /** Estimated Jaccard similarity of word-pair sets from which two drafts share a template. */
  static final double DEFAULT_SIMILARITY = 0.5;

  /** Clusters of at least this many drafts are mass templates unless set otherwise. */
  public static final int DEFAULT_MASS_SIZE = 5;

  /**
   * Drafts whose notes read the same apart from names and companies.
   *
   * @param size how many drafts of the batch
   * @param sample the template text of one of them, names and companies shown as {@code {name}} and
   *     {@code {company}}
   * @param lines the first {@value #MAX_LINES} line numbers, ascending
   * @param mass true when the cluster is large enough to count as a mass template
   */
  public record Template(int size, String sample, List<Integer> lines, boolean mass) {
    public Template {
      Objects.requireNonNull(sample, "sample");
      lines = List.copyOf(lines);
    }
  }

  /**
   * A recipient who appears more than once.
   *
   * @param name the recipient's name as given in their second draft (the first is not kept: the
   *     batch keeps a hash per recipient, not the names)
   * @param company the company as given there, {@code null} when none
   * @param drafts how many drafts are addressed to them
   * @param lines their first {@value #MAX_LINES} line numbers
   */
  public record DuplicateRecipient(String name, String company, int drafts, List<Integer> lines) {
    public DuplicateRecipient {
      Objects.requireNonNull(name, "name");
      lines = List.copyOf(lines);
    }
  }

  /**
   * A line the batch could not analyze.
   *
   * @param line its line number
   * @param message why
   */
  public record ErrorLine(int line, String message) {
    public ErrorLine {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * How many drafts were given a reason.
   *
   * @param code the reason
   * @param drafts how many drafts have it at least once
   */
  public record ReasonCount(ReasonCode code, int drafts) {}

  private final int drafts;
  private final int errors;
  private final List<ErrorLine> errorSamples;
  private final Map<RiskLevel, Integer> riskLevels;
  private final List<Integer> histogram;
  private final List<ReasonCount> reasons;
  private final int noSignal;
  private final List<Template> templates;
  private final int massTemplateMinSize;
  private final MassLines massTemplateByLine; // null when assembled from totals
  private final int massTemplateDrafts;
  private final List<DuplicateRecipient> duplicates;
  private final int duplicateRecipients;
  private final int duplicateDrafts;
  private final int resends;
  private final List<Integer> resendLines;
  private final int weeklyBudget;
  private final int overNoteLimit;
  private final List<Integer> overNoteLimitLines;
  private final int personalized;
  private final int freeAccountDrafts;
  private final int freePersonalizedPerMonth;
  private final Settings settings;

  private CampaignSummary(Builder b) {
    drafts = b.drafts;
    errors = b.errors;
    errorSamples = List.copyOf(b.errorSamples);
    riskLevels = Collections.unmodifiableMap(new EnumMap<>(b.riskLevels));
    histogram = java.util.Arrays.stream(b.histogram).boxed().toList();
    reasons = reasonCounts(b.reasons);
    noSignal = b.noSignal;
    massTemplateMinSize = b.massTemplateMinSize;
    List<Template> ts = new ArrayList<>();
    if (b.clustered != null) {
      ts.addAll(b.clustered.templates());
      massTemplateByLine = b.clustered.byLine();
    } else {
      Map<Integer, Template> byRoot = new HashMap<>();
      for (int root : b.clusters.roots()) {
        TemplateClusters.Members m = b.clusters.members(root);
        int size = b.clusters.size(root);
        Template t = new Template(size, m.sample, m.lines, size >= massTemplateMinSize);
        ts.add(t);
        byRoot.put(root, t);
      }
      MassLines.Builder mass = new MassLines.Builder();
      for (int i = 0; i < b.lineCount; i++) {
        if (b.clusterOf[i] >= 0) {
          Template t = byRoot.get(b.clusters.root(b.clusterOf[i]));
          if (t != null && t.mass()) {
            mass.add(b.lines[i], t);
          }
        }
      }
      massTemplateByLine = mass.build();
    }
    templates = largestFirst(ts);
    massTemplateDrafts = massTemplateByLine.size();
    duplicates =
        b.duplicates.values().stream()
            .map(d -> new DuplicateRecipient(d.name, d.company, d.drafts, d.lineList()))
            .toList();
    duplicateRecipients = b.duplicateRecipients;
    duplicateDrafts = b.duplicateDrafts;
    resends = b.resends;
    resendLines = List.copyOf(b.resendLines);
    weeklyBudget = b.settings.weeklyInvitationBudget();
    overNoteLimit = b.overNoteLimit;
    overNoteLimitLines = List.copyOf(b.overNoteLimitLines);
    personalized = b.personalized;
    freeAccountDrafts = b.freeAccountDrafts;
    freePersonalizedPerMonth = b.settings.freePersonalizedNotesPerMonth();
    settings = b.settings;
  }

  private CampaignSummary(Settings settings, int massTemplateMinSize, Totals t) {
    drafts = t.drafts();
    errors = t.errors();
    errorSamples = t.errorSamples();
    EnumMap<RiskLevel, Integer> levels = new EnumMap<>(RiskLevel.class);
    for (RiskLevel l : RiskLevel.values()) {
      levels.put(l, t.riskLevels().getOrDefault(l, 0));
    }
    riskLevels = Collections.unmodifiableMap(levels);
    histogram = t.histogram();
    reasons = reasonCounts(t.reasons());
    noSignal = t.noSignal();
    this.massTemplateMinSize = massTemplateMinSize;
    templates = largestFirst(t.templates());
    massTemplateByLine = null;
    massTemplateDrafts = templates.stream().filter(Template::mass).mapToInt(Template::size).sum();
    duplicates = t.duplicates().stream().limit(MAX_DUPLICATES).toList();
    duplicateRecipients = t.duplicates().size();
    duplicateDrafts = t.duplicates().stream().mapToInt(d -> d.drafts() - 1).sum();
    resends = t.resends();
    resendLines = t.resendLines();
    weeklyBudget = settings.weeklyInvitationBudget();
    overNoteLimit = t.overNoteLimit();
    overNoteLimitLines = t.overNoteLimitLines();
    personalized = t.personalized();
    freeAccountDrafts = t.freeAccountDrafts();
    freePersonalizedPerMonth = settings.freePersonalizedNotesPerMonth();
    this.settings = settings;
  }

  /** Drafts per reason, most first, then by code. */
  private static List<ReasonCount> reasonCounts(Map<ReasonCode, Integer> byCode) {
    return byCode.entrySet().stream()
        .map(e -> new ReasonCount(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingInt(ReasonCount::drafts)
                .reversed()
                .thenComparing(ReasonCount::code))
        .toList();
  }

  /** Templates, largest first, then by first line. */
  private static List<Template> largestFirst(List<Template> templates) {
    List<Template> ts = new ArrayList<>(templates);
    ts.sort(
        Comparator.comparingInt(Template::size).reversed().thenComparingInt(t -> t.lines().get(0)));
    return List.copyOf(ts);
  }

  /**
   * The parts of a summary counted elsewhere, e.g. by a distributed aggregation over a batch too
   * large for one machine; each has the meaning of the accessor of the same name.
   *
   * @param riskLevels drafts per risk level (a missing level counts 0)
   * @param reasons drafts per reason code (a draft counts once per code)
   * @param templates every cluster of two or more drafts, in any order; {@code mass} must follow
   *     the same minimum size as given to {@link #of}
   */
  public record Totals(
      int drafts,
      int errors,
      List<ErrorLine> errorSamples,
      Map<RiskLevel, Integer> riskLevels,
      List<Integer> histogram,
      Map<ReasonCode, Integer> reasons,
      int noSignal,
      int personalized,
      int freeAccountDrafts,
      List<Template> templates,
      List<DuplicateRecipient> duplicates,
      int resends,
      List<Integer> resendLines,
      int overNoteLimit,
      List<Integer> overNoteLimitLines) {
    public Totals {
      errorSamples = List.copyOf(errorSamples);
      riskLevels = Map.copyOf(riskLevels);
      histogram = List.copyOf(histogram);
      if (histogram.size() != BINS) {
        throw new IllegalArgumentException(
            "histogram must have " + BINS + " bins, had " + histogram.size());
      }
      reasons = Map.copyOf(reasons);
      templates = List.copyOf(templates);
      duplicates = List.copyOf(duplicates);
      resendLines = List.copyOf(resendLines);
      overNoteLimitLines = List.copyOf(overNoteLimitLines);
    }
  }

  /**
   * A summary assembled from totals counted elsewhere; it renders exactly as one built draft by
   * draft from the same batch. It keeps no per-line template map: {@link #massTemplateLines},
   * {@link #massTemplateReason} and {@link #withMassTemplate} throw {@link
   * UnsupportedOperationException}; {@link #massTemplateDrafts} has the count.
   */
  public static CampaignSummary of(Settings settings, int massTemplateMinSize, Totals totals) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(totals, "totals");
    return new CampaignSummary(settings, massTemplateMinSize, totals);
  }

  /**
   * The key under which the summary counts a draft's recipient (name and company, ignoring case,
   * accents and spacing), or empty when the draft names no recipient. Two drafts to the same person
   * have the same key.
   */
  public static java.util.OptionalLong recipientKey(Draft draft) {
    String name = draft.recipient().name();
    if (name == null) {
      return java.util.OptionalLong.empty();
    }
    return java.util.OptionalLong.of(
        MinHash.fnv(
            TemplateMasker.key(name) + "\u0000" + TemplateMasker.key(draft.recipient().company())));
  }

  /** A builder that reads limits and budgets from {@code settings}. */
  public static Builder builder(Settings settings) {
    return new Builder(settings);
  }

  // ---- what the batch needs

  /** The line numbers of drafts in a mass template, ascending. */
  public Set<Integer> massTemplateLines() {
    requireLines();
    return massTemplateByLine.lines();
  }

  /**
   * The {@code mass_template} reason for the draft on {@code line}, naming the cluster size; empty
   * when it is not in a mass template or the reason is disabled in the settings.
   */
  public Optional<Reason> massTemplateReason(int line) {
    requireLines();
    Template t = massTemplateByLine.get(line);
    if (t == null || !settings.enabled(ReasonCode.MASS_TEMPLATE)) {
      return Optional.empty();
    }
    return Optional.of(MassTemplates.reason(t.size(), t.lines(), settings));
  }

  /**
   * The report of the draft on {@code line} with the {@code mass_template} reason added when it is
   * in a mass template and does not have the reason yet; otherwise {@code report} itself. The risk
   * is left as the analyzer computed it.
   */
  public Report withMassTemplate(int line, Report report) {
    Optional<Reason> reason = massTemplateReason(line);
    if (reason.isEmpty() || report.has(ReasonCode.MASS_TEMPLATE)) {
      return report;
    }
    List<Reason> reasons = new ArrayList<>(report.reasons());
    reasons.add(reason.get());
    return new Report(
        report.schemaVersion(),
        report.id(),
        report.language(),
        report.risk(),
        report.scores(),
        report.signals(),
        reasons,
        report.neighbors(),
        report.provenance(),
        report.history());
  }

  private void requireLines() {
    if (massTemplateByLine == null) {
      throw new UnsupportedOperationException(
          "a summary assembled from totals keeps no lines of mass templates: use"
              + " massTemplateDrafts()");
    }
  }

  /** How many drafts are in a mass template. */
  public int massTemplateDrafts() {
    return massTemplateDrafts;
  }

  // ---- the numbers

  /** Drafts analyzed (errors not counted). */
  public int drafts() {
    return drafts;
  }

  /** Lines that could not be analyzed. */
  public int errors() {
    return errors;
  }

  /** The first {@value #MAX_LINES} errors. */
  public List<ErrorLine> errorSamples() {
    return errorSamples;
  }

  /** Drafts per risk level (every level present, possibly 0). */
  public Map<RiskLevel, Integer> riskLevels() {
    return riskLevels;
  }

  /** Drafts per risk-score bin of width 0.1; a score of 1.0 counts in the last bin. */
  public List<Integer> histogram() {
    return histogram;
  }

  /** Every reason given, by how many drafts have it, most first. */
  public List<ReasonCount> reasons() {
    return reasons;
  }

  /** Drafts without any personalization signal. */
  public int noSignal() {
    return noSignal;
  }

  /** {@link #noSignal()} as a share of {@link #drafts()}, 0 for an empty batch. */
  public double noSignalShare() {
    return drafts == 0 ? 0 : (double) noSignal / drafts;
  }

  /** Clusters of two or more drafts, largest first. */
  public List<Template> templates() {
    return templates;
  }

  /** The cluster size from which drafts count as a mass template. */
  public int massTemplateMinSize() {
    return massTemplateMinSize;
  }

  /**
   * Recipients (name and company) with more than one draft, in order of their second draft: the
   * first {@value #MAX_DUPLICATES}.
   */
  public List<DuplicateRecipient> duplicates() {
    return duplicates;
  }

  /** How many recipients have more than one draft ({@link #duplicates()} lists the first ones). */
  public int duplicateRecipients() {
    return duplicateRecipients;
  }

  /** Drafts to a recipient already invited earlier in the batch. */
  public int duplicateDrafts() {
    return duplicateDrafts;
  }

  /**
   * Drafts to someone who declined or ignored an earlier invitation (by their context or the {@code
   * resend_after_rejection} reason).
   */
  public int resends() {
    return resends;
  }

  /** The first {@value #MAX_LINES} resend lines. */
  public List<Integer> resendLines() {
    return resendLines;
  }

  /** The weekly invitation budget from the settings. */
  public int weeklyBudget() {
    return weeklyBudget;
  }

  /** Weeks needed to send the batch within the weekly budget. */
  public int weeksNeeded() {
    return (drafts + weeklyBudget - 1) / weeklyBudget;
  }

  /** Drafts beyond one week's budget. */
  public int overOneWeek() {
    return Math.max(0, drafts - weeklyBudget);
  }

  /** Drafts whose note is longer than their account's limit. */
  public int overNoteLimit() {
    return overNoteLimit;
  }

  /** The first {@value #MAX_LINES} of them. */
  public List<Integer> overNoteLimitLines() {
    return overNoteLimitLines;
  }

  /** Drafts with at least one personalization signal. */
  public int personalized() {
    return personalized;
  }

  /** Drafts sent from a free account (by their context, else the default account type). */
  public int freeAccountDrafts() {
    return freeAccountDrafts;
  }

  /** Personalized notes a free account may send per month, from the settings. */
  public int freePersonalizedPerMonth() {
    return freePersonalizedPerMonth;
  }

  /** Personalized notes a free account sending this batch in one month would send beyond quota. */
  public int beyondFreeQuota() {
    return Math.max(0, personalized - freePersonalizedPerMonth);
  }

  /** The settings the summary was built with (thresholds for the renderers). */
  Settings settings() {
    return settings;
  }

  // ---- renderers

  /** A compact plain-text summary, for the terminal after a batch. */
  public String toText() {
    return CampaignText.render(this);
  }

  /** The summary as pretty-printed JSON; the schema is documented in {@link CampaignJson}. */
  public String toJson() {
    return CampaignJson.render(this);
  }

  /** A self-contained HTML page: inline CSS and SVG, no scripts, no external resources. */
  public String toHtml() {
    return CampaignHtml.render(this);
  }

  /**
   * Collects a batch's drafts and reports in input order. Not thread-safe: call it from the thread
   * that writes the batch's output in order.
   */
  public static final class Builder {
    private final Settings settings;
    private int massTemplateMinSize = DEFAULT_MASS_SIZE;
    private double similarity = DEFAULT_SIMILARITY;
    private TemplateClusters clusters;
    private MassTemplates clustered;

    private int drafts;
    private int errors;
    private final List<ErrorLine> errorSamples = new ArrayList<>();
    private final EnumMap<RiskLevel, Integer> riskLevels = new EnumMap<>(RiskLevel.class);
    private final int[] histogram = new int[BINS];
    private final EnumMap<ReasonCode, Integer> reasons = new EnumMap<>(ReasonCode.class);
    private int noSignal;
    private int personalized;
    private int freeAccountDrafts;
    private int resends;
    private final List<Integer> resendLines = new ArrayList<>();
    private int overNoteLimit;
    private final List<Integer> overNoteLimitLines = new ArrayList<>();
    private int lineCount;
    private int[] lines = new int[256];
    private int[] clusterOf = new int[256];

    /** Recipient key → 2 × the line of its first draft, plus 1 once it has a second. */
    private final LongIntMap recipients = new LongIntMap();

    private final LinkedHashMap<Long, Duplicate> duplicates = new LinkedHashMap<>();
    private int duplicateRecipients;
    private int duplicateDrafts;

    /** A recipient met again: a batch of a million drafts may hold a hundred thousand. */
    private static final class Duplicate {
      final String name;
      final String company;
      int drafts;
      int[] lines = new int[2]; // the first MAX_LINES, grown as needed
      int lineCount;

      Duplicate(String name, String company) {
        this.name = name;
        this.company = company;
      }

      void addLine(int line) {
        if (lineCount == MAX_LINES) {
          return;
        }
        if (lineCount == lines.length) {
          lines = java.util.Arrays.copyOf(lines, Math.min(MAX_LINES, lineCount * 2));
        }
        lines[lineCount++] = line;
      }

      List<Integer> lineList() {
        return java.util.Arrays.stream(lines, 0, lineCount).boxed().toList();
      }
    }

    private Builder(Settings settings) {
      this.settings = Objects.requireNonNull(settings, "settings");
      for (RiskLevel l : RiskLevel.values()) {
        riskLevels.put(l, 0);
      }
    }

    /** Clusters of at least this many drafts are mass templates (default 5, at least 2). */
    public Builder massTemplateMinSize(int n) {
      if (n < 2) {
        throw new IllegalArgumentException("massTemplateMinSize must be 2 or more, was " + n);
      }
      checkNotStarted();
      massTemplateMinSize = n;
      return this;
    }

    /**
     * Estimated Jaccard similarity of word-pair sets from which two templates are one cluster
     * (default 0.5: one changed word in a twelve-word note still clusters).
     */
    public Builder similarity(double threshold) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("similarity must lie in (0, 1], was " + threshold);
      }
      checkNotStarted();
      similarity = threshold;
      return this;
    }

    /**
     * Takes the template clusters from a first pass over the same drafts ({@link MassTemplates})
     * instead of clustering again: the batch then masks each draft once, and the summary's
     * templates are exactly those the {@code mass_template} reasons name. Its minimum size becomes
     * this builder's. May be called again, up to {@link #build}, to replace them (with clusters of
     * fewer drafts, when some were not analyzed after all); not after an {@link #add} that
     * clustered.
     */
    public Builder clustered(MassTemplates templates) {
      checkNotStarted();
      clustered = Objects.requireNonNull(templates, "templates");
      massTemplateMinSize = templates.minSize();
      return this;
    }

    private void checkNotStarted() {
      if (clusters != null) {
        throw new IllegalStateException("set options before the first add");
      }
    }

    /** Adds one analyzed draft; {@code line} is its input line (0 or more), increasing. */
    public Builder add(int line, Draft draft, Report report) {
      return add(line, draft, report, null);
    }

    /**
     * Adds one analyzed draft whose template {@code signature} was computed elsewhere (on another
     * thread); null to compute it here. Not needed after {@link #clustered}.
     */
    public Builder add(int line, Draft draft, Report report, MassTemplates.Signature signature) {
      Objects.requireNonNull(draft, "draft");
      Objects.requireNonNull(report, "report");
      if (line < 0) {
        throw new IllegalArgumentException("line must be 0 or more, was " + line);
      }
      if (clusters == null && clustered == null) {
        clusters = new TemplateClusters(similarity);
      }
      drafts++;
      riskLevels.merge(report.risk().level(), 1, Integer::sum);
      histogram[Math.min(BINS - 1, (int) (report.risk().score() * BINS))]++;
      report.reasons().stream()
          .map(Reason::code)
          .distinct()
          .forEach(c -> reasons.merge(c, 1, Integer::sum));
      if (report.signals().isEmpty()) {
        noSignal++;
      } else {
        personalized++;
      }
      AccountType account = draft.context().accountTypeOpt().orElse(settings.defaultAccountType());
      if (account == AccountType.FREE) {
        freeAccountDrafts++;
      }
      if (draft.note().length() > settings.noteLimit(account)) {
        overNoteLimit++;
        addCapped(overNoteLimitLines, line);
      }
      boolean rejectedBefore =
          draft.context().previousInvitations().stream()
              .anyMatch(p -> p.outcome() == Outcome.DECLINED || p.outcome() == Outcome.IGNORED);
      if (rejectedBefore || report.has(ReasonCode.RESEND_AFTER_REJECTION)) {
        resends++;
        addCapped(resendLines, line);
      }
      recipient(line, draft);
      if (clustered == null) {
        MassTemplates.Signature sig =
            signature != null ? signature : MassTemplates.signature(draft);
        record(line, clusters.add(line, sig.masked(), sig.minHash()));
      }
      return this;
    }

    /** Adds a line the batch could not analyze. */
    public Builder addError(int line, String message) {
      errors++;
      if (errorSamples.size() < MAX_LINES) {
        errorSamples.add(new ErrorLine(line, message == null ? "error" : message));
      }
      return this;
    }

    public CampaignSummary build() {
      if (clusters == null && clustered == null) {
        clusters = new TemplateClusters(similarity);
      }
      return new CampaignSummary(this);
    }

    private void recipient(int line, Draft draft) {
      String name = draft.recipient().name();
      if (name == null) {
        return;
      }
      String company = draft.recipient().company();
      long key = recipientKey(draft).getAsLong();
      int mine = Math.multiplyExact(line, 2);
      int stored = recipients.putIfAbsent(key, mine);
      if (stored == mine) {
        return;
      }
      duplicateDrafts++;
      Duplicate d = duplicates.get(key);
      if ((stored & 1) == 0) { // the recipient's second draft
        duplicateRecipients++;
        recipients.put(key, stored | 1);
        if (duplicates.size() < MAX_DUPLICATES) {
          d = new Duplicate(name, company);
          d.drafts = 1;
          d.addLine(stored >>> 1);
          duplicates.put(key, d);
        }
      }
      if (d != null) {
        d.drafts++;
        d.addLine(line);
      }
    }

    private void record(int line, int cluster) {
      if (lineCount == lines.length) {
        lines = java.util.Arrays.copyOf(lines, lineCount * 2);
        clusterOf = java.util.Arrays.copyOf(clusterOf, lineCount * 2);
      }
      lines[lineCount] = line;
      clusterOf[lineCount] = cluster;
      lineCount++;
    }

    private static void addCapped(List<Integer> list, int line) {
      if (list.size() < MAX_LINES) {
        list.add(line);
      }
    }
  }
}
