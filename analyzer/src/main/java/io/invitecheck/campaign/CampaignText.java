package io.invitecheck.campaign;

import io.invitecheck.report.RiskLevel;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The plain-text campaign summary: a dozen lines that fit a terminal. */
final class CampaignText {
  private static final int TOP = 5;
  private static final int SAMPLE = 70;
  private static final int LINES = 8;

  private CampaignText() {}

  static String render(CampaignSummary s) {
    StringBuilder b = new StringBuilder();
    b.append("Campaign summary: ")
        .append(plural(s.drafts(), "draft"))
        .append(", ")
        .append(plural(s.errors(), "error"))
        .append(System.lineSeparator());
    b.append(
        String.format(
            Locale.ROOT,
            "  Risk:              %d high, %d medium, %d low%n",
            s.riskLevels().get(RiskLevel.HIGH),
            s.riskLevels().get(RiskLevel.MEDIUM),
            s.riskLevels().get(RiskLevel.LOW)));
    b.append(
        String.format(
            Locale.ROOT,
            "  No personalization: %d of %s (%.0f%%)%n",
            s.noSignal(),
            plural(s.drafts(), "draft"),
            100 * s.noSignalShare()));
    List<CampaignSummary.Template> mass =
        s.templates().stream().filter(CampaignSummary.Template::mass).toList();
    b.append(
        String.format(
            Locale.ROOT,
            "  Templates:         %s of 2+ drafts; %s in %s (%d+ drafts)%n",
            plural(s.templates().size(), "cluster"),
            plural(s.massTemplateDrafts(), "draft"),
            plural(mass.size(), "mass template"),
            s.massTemplateMinSize()));
    for (CampaignSummary.Template t : s.templates().stream().limit(3).toList()) {
      b.append(
          String.format(
              Locale.ROOT,
              "    %3d × \"%s\" (lines %s)%n",
              t.size(),
              oneLine(t.sample()),
              shortLines(t.lines(), t.size())));
    }
    if (s.duplicateDrafts() > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "  Same recipient:    %s to %s invited earlier in the batch: %s%n",
              plural(s.duplicateDrafts(), "extra draft"),
              plural(s.duplicateRecipients(), "recipient"),
              s.duplicates().stream()
                  .limit(3)
                  .map(d -> d.name() + " (lines " + shortLines(d.lines(), d.drafts()) + ")")
                  .collect(Collectors.joining("; "))));
    }
    if (s.resends() > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "  Resends:           %s to people who declined or ignored an earlier"
                  + " invitation (lines %s)%n",
              plural(s.resends(), "draft"),
              shortLines(s.resendLines(), s.resends())));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  Budget:            %s at %d invitations a week; %s beyond one week%n",
            plural(s.weeksNeeded(), "week"),
            s.weeklyBudget(),
            plural(s.overOneWeek(), "draft")));
    if (s.overNoteLimit() > 0) {
      b.append(
          String.format(
              Locale.ROOT,
              "  Too long:          %s over the note limit (lines %s)%n",
              plural(s.overNoteLimit(), "draft"),
              shortLines(s.overNoteLimitLines(), s.overNoteLimit())));
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  Free accounts:     %s; a free account may send %d a month, so"
                + " %d beyond (%s from free accounts)%n",
            plural(s.personalized(), "personalized note"),
            s.freePersonalizedPerMonth(),
            s.beyondFreeQuota(),
            plural(s.freeAccountDrafts(), "draft")));
    if (!s.reasons().isEmpty()) {
      b.append("  Top reasons:       ")
          .append(
              s.reasons().stream()
                  .limit(TOP)
                  .map(r -> r.code().id() + " " + r.drafts())
                  .collect(Collectors.joining(", ")))
          .append(System.lineSeparator());
    }
    for (CampaignSummary.ErrorLine e : s.errorSamples().stream().limit(3).toList()) {
      b.append(String.format(Locale.ROOT, "  Error line %d: %s%n", e.line(), e.message()));
    }
    return b.toString();
  }

  /** "3, 7, 12" or "3, 7, 12, … (40 in all)" when the list was capped. */
  static String lines(List<Integer> lines, int total) {
    String shown = lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return total > lines.size() ? shown + ", … (" + total + " in all)" : shown;
  }

  /** Like {@link #lines} but at most {@value #LINES} numbers, for one terminal line. */
  private static String shortLines(List<Integer> lines, int total) {
    return lines(lines.subList(0, Math.min(LINES, lines.size())), total);
  }

  /** "1 draft", "2 drafts": {@code n} and the noun, with an "s" unless {@code n} is 1. */
  static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String oneLine(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (t.length() <= SAMPLE) {
      return t;
    }
    int end = SAMPLE - 1;
    if (Character.isHighSurrogate(t.charAt(end - 1))) {
      end--;
    }
    return t.substring(0, end) + "…";
  }
}
