package io.invitecheck.config;

import io.invitecheck.draft.AccountType;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Severity;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything about the analysis that differs by account or changes over time. Immutable; {@link
 * #defaults()} gives the documented defaults and {@link #toBuilder()} a copy to change.
 *
 * @param freeNoteLimit note length limit of free accounts, in characters (200)
 * @param premiumNoteLimit note length limit of premium accounts (300)
 * @param defaultAccountType the account type assumed when the draft does not say (premium, so that
 *     the platform's hard limit applies)
 * @param maxNoteChars the longest note {@code analyze} accepts at all (10,000); longer input is an
 *     error, not a report
 * @param mediumThreshold risk scores at or above this are medium (0.35)
 * @param highThreshold risk scores at or above this are high (0.65)
 * @param disabledReasons reasons never reported
 * @param severityOverrides reasons given another severity than their default
 * @param extraSalesPhrases phrases added to the built-in sales-pitch list (lower case)
 * @param extraFlatteryPhrases phrases added to the built-in generic-flattery list (lower case)
 * @param neverFlag words or phrases never flagged by any reason (lower case), e.g. a product name
 * @param corpus a corpus JSONL file to index instead of the bundled one; {@code null} for the
 *     bundled corpus
 * @param index an on-disk index directory built by {@code invitecheck index}; {@code null} to build
 *     the index in memory at start-up
 * @param neighbors how many corpus neighbours to consult and cite (10)
 * @param weeklyInvitationBudget invitations an account may send per week (100)
 * @param withdrawCooldownDays days after a withdrawal before the same person can be invited again
 *     (21)
 * @param freePersonalizedNotesPerMonth personalized notes a free account may send per month (5)
 * @param outcomes the sender's outcome corpus written by {@code invitecheck import-linkedin};
 *     {@code null} for none. With it, reports cite the most similar earlier notes and, once the
 *     history is large enough, their acceptance moves the risk
 */
public record Settings(
    int freeNoteLimit,
    int premiumNoteLimit,
    AccountType defaultAccountType,
    int maxNoteChars,
    double mediumThreshold,
    double highThreshold,
    Set<ReasonCode> disabledReasons,
    Map<ReasonCode, Severity> severityOverrides,
    List<String> extraSalesPhrases,
    List<String> extraFlatteryPhrases,
    List<String> neverFlag,
    Path corpus,
    Path index,
    int neighbors,
    int weeklyInvitationBudget,
    int withdrawCooldownDays,
    int freePersonalizedNotesPerMonth,
    Path outcomes) {

  public Settings {
    positive("freeNoteLimit", freeNoteLimit);
    positive("premiumNoteLimit", premiumNoteLimit);
    positive("maxNoteChars", maxNoteChars);
    positive("neighbors", neighbors);
    positive("weeklyInvitationBudget", weeklyInvitationBudget);
    notNegative("withdrawCooldownDays", withdrawCooldownDays);
    notNegative("freePersonalizedNotesPerMonth", freePersonalizedNotesPerMonth);
    Objects.requireNonNull(defaultAccountType, "defaultAccountType");
    if (!(mediumThreshold > 0 && mediumThreshold < highThreshold && highThreshold < 1)) {
      throw new IllegalArgumentException(
          "thresholds must satisfy 0 < mediumThreshold < highThreshold < 1, were "
              + mediumThreshold
              + " and "
              + highThreshold);
    }
    disabledReasons =
        disabledReasons == null || disabledReasons.isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(disabledReasons));
    severityOverrides =
        severityOverrides == null || severityOverrides.isEmpty()
            ? Map.of()
            : Map.copyOf(new EnumMap<>(severityOverrides));
    extraSalesPhrases = lower(extraSalesPhrases);
    extraFlatteryPhrases = lower(extraFlatteryPhrases);
    neverFlag = lower(neverFlag);
  }

  /** The documented defaults. */
  public static Settings defaults() {
    return new Settings(
        200,
        300,
        AccountType.PREMIUM,
        10_000,
        0.35,
        0.65,
        Set.of(),
        Map.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        10,
        100,
        21,
        5,
        null);
  }

  /** The note length limit for an account type. */
  public int noteLimit(AccountType type) {
    return (type == null ? defaultAccountType : type) == AccountType.FREE
        ? freeNoteLimit
        : premiumNoteLimit;
  }

  /** The severity a reason is reported with. */
  public Severity severityOf(ReasonCode code) {
    return severityOverrides.getOrDefault(code, code.defaultSeverity());
  }

  public boolean enabled(ReasonCode code) {
    return !disabledReasons.contains(code);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  private static void positive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + v);
    }
  }

  private static void notNegative(String name, int v) {
    if (v < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, was " + v);
    }
  }

  private static List<String> lower(List<String> phrases) {
    return phrases == null
        ? List.of()
        : phrases.stream()
            .filter(p -> p != null && !p.isBlank())
            .map(p -> p.strip().toLowerCase(java.util.Locale.ROOT))
            .toList();
  }

  /** A mutable copy of {@link Settings}; {@link #build()} validates. */
  public static final class Builder {
    private int freeNoteLimit;
    private int premiumNoteLimit;
    private AccountType defaultAccountType;
    private int maxNoteChars;
    private double mediumThreshold;
    private double highThreshold;
    private Set<ReasonCode> disabledReasons;
    private Map<ReasonCode, Severity> severityOverrides;
    private List<String> extraSalesPhrases;
    private List<String> extraFlatteryPhrases;
    private List<String> neverFlag;
    private Path corpus;
    private Path index;
    private int neighbors;
    private int weeklyInvitationBudget;
    private int withdrawCooldownDays;
    private int freePersonalizedNotesPerMonth;
    private Path outcomes;

    private Builder(Settings s) {
      freeNoteLimit = s.freeNoteLimit;
      premiumNoteLimit = s.premiumNoteLimit;
      defaultAccountType = s.defaultAccountType;
      maxNoteChars = s.maxNoteChars;
      mediumThreshold = s.mediumThreshold;
      highThreshold = s.highThreshold;
      disabledReasons = s.disabledReasons;
      severityOverrides = s.severityOverrides;
      extraSalesPhrases = s.extraSalesPhrases;
      extraFlatteryPhrases = s.extraFlatteryPhrases;
      neverFlag = s.neverFlag;
      corpus = s.corpus;
      index = s.index;
      neighbors = s.neighbors;
      weeklyInvitationBudget = s.weeklyInvitationBudget;
      withdrawCooldownDays = s.withdrawCooldownDays;
      freePersonalizedNotesPerMonth = s.freePersonalizedNotesPerMonth;
      outcomes = s.outcomes;
    }

    public Builder outcomes(Path v) {
      outcomes = v;
      return this;
    }

    public Builder freeNoteLimit(int v) {
      freeNoteLimit = v;
      return this;
    }

    public Builder premiumNoteLimit(int v) {
      premiumNoteLimit = v;
      return this;
    }

    public Builder defaultAccountType(AccountType v) {
      defaultAccountType = v;
      return this;
    }

    public Builder maxNoteChars(int v) {
      maxNoteChars = v;
      return this;
    }

    public Builder mediumThreshold(double v) {
      mediumThreshold = v;
      return this;
    }

    public Builder highThreshold(double v) {
      highThreshold = v;
      return this;
    }

    public Builder disabledReasons(Set<ReasonCode> v) {
      disabledReasons = v;
      return this;
    }

    public Builder severityOverrides(Map<ReasonCode, Severity> v) {
      severityOverrides = v;
      return this;
    }

    public Builder extraSalesPhrases(List<String> v) {
      extraSalesPhrases = v;
      return this;
    }

    public Builder extraFlatteryPhrases(List<String> v) {
      extraFlatteryPhrases = v;
      return this;
    }

    public Builder neverFlag(List<String> v) {
      neverFlag = v;
      return this;
    }

    public Builder corpus(Path v) {
      corpus = v;
      return this;
    }

    public Builder index(Path v) {
      index = v;
      return this;
    }

    public Builder neighbors(int v) {
      neighbors = v;
      return this;
    }

    public Builder weeklyInvitationBudget(int v) {
      weeklyInvitationBudget = v;
      return this;
    }

    public Builder withdrawCooldownDays(int v) {
      withdrawCooldownDays = v;
      return this;
    }

    public Builder freePersonalizedNotesPerMonth(int v) {
      freePersonalizedNotesPerMonth = v;
      return this;
    }

    public Settings build() {
      return new Settings(
          freeNoteLimit,
          premiumNoteLimit,
          defaultAccountType,
          maxNoteChars,
          mediumThreshold,
          highThreshold,
          disabledReasons,
          severityOverrides,
          extraSalesPhrases,
          extraFlatteryPhrases,
          neverFlag,
          corpus,
          index,
          neighbors,
          weeklyInvitationBudget,
          withdrawCooldownDays,
          freePersonalizedNotesPerMonth,
          outcomes);
    }
  }
}
