package io.invitecheck.campaign;

import io.invitecheck.report.RiskLevel;
import java.util.List;
import java.util.Locale;

/**
 * The HTML page of a {@link CampaignSummary}: one self-contained file with inline CSS and an inline
 * SVG histogram, no script and no external resource, so it opens anywhere and can be mailed. Every
 * text from the batch (note samples, names, error messages) is HTML-escaped.
 */
final class CampaignHtml {
  private static final int TOP_REASONS = 6;
  private static final int TOP_TEMPLATES = 6;
  private static final int TOP_DUPLICATES = 10;

  private static final String CSS =
      """
      :root{--ink:#1d2330;--mute:#667085;--line:#e4e7ec;--bg:#f5f6f8;--low:#2e9d68;\
      --med:#e0a21b;--high:#d64541;--accent:#3b5bdb}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);\
      font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
      main{max-width:1080px;margin:0 auto;padding:28px 24px 48px}
      h1{font-size:26px;margin:0 0 4px}
      h2{font-size:17px;margin:0 0 14px}
      .sub{color:var(--mute);margin:0 0 22px}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;\
      margin-bottom:18px}
      .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px}
      .card .n{font-size:26px;font-weight:650}
      .card .l{color:var(--mute);font-size:13px}
      .card.bad .n{color:var(--high)}
      .card.warn .n{color:#b7791f}
      .card.ok .n{color:var(--low)}
      section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;\
      margin-bottom:16px}
      .grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
      .grid2 section{margin-bottom:0}
      table{border-collapse:collapse;width:100%}
      td,th{text-align:left;padding:7px 8px;border-top:1px solid var(--line);vertical-align:top}
      th{color:var(--mute);font-weight:500;font-size:13px;border-top:none}
      td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
      code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f6;\
      padding:1px 6px;border-radius:5px}
      .bar{height:8px;border-radius:4px;background:var(--accent);opacity:.75}
      .sample{white-space:pre-wrap;background:#fafbfc;border-left:3px solid var(--accent);\
      padding:8px 12px;border-radius:4px}
      .ph{background:#e7ecff;color:#364fc7;border-radius:4px;padding:0 3px;font-size:.92em}
      .badge{display:inline-block;min-width:38px;text-align:center;border-radius:12px;\
      padding:2px 8px;font-weight:600;background:#eef1f6}
      .badge.mass{background:#fde2e1;color:#b42318}
      .lines{color:var(--mute);font-size:13px}
      .levels{display:flex;height:14px;border-radius:7px;overflow:hidden;margin:6px 0 8px}
      .legend span{margin-right:14px;color:var(--mute);font-size:13px}
      .dot{display:inline-block;width:9px;height:9px;border-radius:50%;margin-right:5px}
      .muted{color:var(--mute)}
      .desc{color:var(--mute);font-size:13px}
      .caption{color:var(--mute);font-size:13px;margin:10px 0 0}
      ul{margin:6px 0 0;padding-left:20px}
      """;

  private CampaignHtml() {}

  static String render(CampaignSummary s) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>InviteCheck campaign summary</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>Campaign summary</h1>\n<p class=\"sub\">")
        .append(CampaignText.plural(s.drafts(), "draft"))
        .append(" analyzed")
        .append(s.errors() > 0 ? " · " + s.errors() + " could not be read" : "")
        .append("</p>\n");
    cards(h, s);
    h.append("<div class=\"grid2\">\n");
    risk(h, s);
    reasons(h, s);
    h.append("</div>\n<div style=\"height:16px\"></div>\n");
    templates(h, s);
    h.append("<div class=\"grid2\">\n");
    recipients(h, s);
    volume(h, s);
    h.append("</div>\n");
    errors(h, s);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void cards(StringBuilder h, CampaignSummary s) {
    int high = s.riskLevels().get(RiskLevel.HIGH);
    h.append("<div class=\"cards\">\n");
    card(h, high > 0 ? "bad" : "ok", String.valueOf(high), "high-risk drafts");
    card(
        h,
        s.noSignalShare() > 0.25 ? "warn" : "ok",
        pct(s.noSignalShare()),
        "with no personalization");
    card(
        h,
        s.massTemplateDrafts() == 0 ? "ok" : "bad",
        String.valueOf(s.massTemplateDrafts()),
        "drafts in mass templates");
    card(
        h,
        s.duplicateDrafts() + s.resends() > 0 ? "warn" : "ok",
        String.valueOf(s.duplicateDrafts() + s.resends()),
        "repeat or resend drafts");
    card(
        h,
        s.weeksNeeded() > 1 ? "warn" : "ok",
        String.valueOf(s.weeksNeeded()),
        s.weeksNeeded() == 1 ? "week of budget" : "weeks of budget");
    card(h, s.overNoteLimit() > 0 ? "bad" : "ok", String.valueOf(s.overNoteLimit()), "too long");
    h.append("</div>\n");
  }

  private static void card(StringBuilder h, String tone, String number, String label) {
    h.append("<div class=\"card ")
        .append(tone)
        .append("\"><div class=\"n\">")
        .append(esc(number))
        .append("</div><div class=\"l\">")
        .append(esc(label))
        .append("</div></div>\n");
  }

  private static void risk(StringBuilder h, CampaignSummary s) {
    h.append("<section>\n<h2>Risk</h2>\n");
    int total = Math.max(1, s.drafts());
    h.append("<div class=\"levels\">");
    for (RiskLevel l : new RiskLevel[] {RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH}) {
      int n = s.riskLevels().get(l);
      if (n > 0) {
        h.append(
            String.format(
                Locale.ROOT,
                "<div style=\"width:%.2f%%;background:%s\" title=\"%s: %d\"></div>",
                100.0 * n / total,
                color(l),
                l.id(),
                n));
      }
    }
    h.append("</div>\n<div class=\"legend\">");
    for (RiskLevel l : new RiskLevel[] {RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH}) {
      h.append("<span><i class=\"dot\" style=\"background:")
          .append(color(l))
          .append("\"></i>")
          .append(s.riskLevels().get(l))
          .append(' ')
          .append(l.id())
          .append("</span>");
    }
    h.append("</div>\n");
    double medium = s.settings().mediumThreshold();
    double high = s.settings().highThreshold();
    histogram(h, s.histogram(), medium, high);
    h.append(
        String.format(
            Locale.ROOT,
            "<p class=\"caption\">Drafts by risk score, the estimated chance that the invitation"
                + " is ignored, declined or reported. Medium from %.2f, high from %.2f.</p>%n",
            medium,
            high));
    h.append("</section>\n");
  }

  /** Ten bars, coloured by the risk level of their bin's middle, counts above, scores below. */
  private static void histogram(StringBuilder h, List<Integer> bins, double medium, double high) {
    int pad = 12;
    int w = 460;
    int height = 190;
    int top = 18;
    int bottom = 24;
    int plot = height - top - bottom;
    int max = Math.max(1, bins.stream().mapToInt(Integer::intValue).max().orElse(1));
    double slot = (double) (w - 2 * pad) / bins.size();
    h.append(
        String.format(
            Locale.ROOT,
            "<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\""
                + " aria-label=\"Histogram of risk scores\">\n",
            w,
            height));
    h.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"0\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#c9ced6\"/>\n",
            top + plot,
            w,
            top + plot));
    for (int i = 0; i < bins.size(); i++) {
      int n = bins.get(i);
      double bh = (double) plot * n / max;
      double x = pad + i * slot + 4;
      double mid = (i + 0.5) / bins.size();
      String fill =
          color(mid >= high ? RiskLevel.HIGH : mid >= medium ? RiskLevel.MEDIUM : RiskLevel.LOW);
      if (n > 0) {
        h.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"3\""
                    + " fill=\"%s\"><title>%.1f–%.1f: %d drafts</title></rect>\n",
                x,
                top + plot - bh,
                slot - 8,
                bh,
                fill,
                i / 10.0,
                (i + 1) / 10.0,
                n));
        h.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"11\" text-anchor=\"middle\""
                    + " fill=\"#344054\">%d</text>\n",
                x + (slot - 8) / 2,
                top + plot - bh - 4,
                n));
      }
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                  + " fill=\"#667085\">%.1f</text>\n",
              pad + i * slot,
              height - 6,
              i / 10.0));
    }
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\""
                + " fill=\"#667085\">1.0</text>\n</svg>\n",
            w - pad,
            height - 6));
  }

  private static void reasons(StringBuilder h, CampaignSummary s) {
    h.append("<section>\n<h2>Top reasons</h2>\n");
    if (s.reasons().isEmpty()) {
      h.append("<p class=\"muted\">No reason was given for any draft.</p>\n</section>\n");
      return;
    }
    int max = s.reasons().get(0).drafts();
    h.append("<table>\n<tr><th>Reason</th><th class=\"num\">Drafts</th><th></th></tr>\n");
    for (CampaignSummary.ReasonCount r : s.reasons().stream().limit(TOP_REASONS).toList()) {
      h.append("<tr><td><code>")
          .append(esc(r.code().id()))
          .append("</code><br><span class=\"desc\">")
          .append(esc(r.code().description()))
          .append("</span></td><td class=\"num\">")
          .append(r.drafts())
          .append(
              String.format(
                  Locale.ROOT,
                  "</td><td style=\"width:90px\"><div class=\"bar\" style=\"width:%.0f%%\">"
                      + "</div></td></tr>\n",
                  100.0 * r.drafts() / max));
    }
    h.append("</table>\n</section>\n");
  }

  private static void templates(StringBuilder h, CampaignSummary s) {
    h.append("<section>\n<h2>Largest templates</h2>\n");
    if (s.templates().isEmpty()) {
      h.append("<p class=\"muted\">No two drafts share a template.</p>\n</section>\n");
      return;
    }
    h.append("<p class=\"muted\">Drafts that read the same apart from names and companies.")
        .append(" Clusters of ")
        .append(s.massTemplateMinSize())
        .append(" or more are flagged <code>mass_template</code>.</p>\n<table>\n")
        .append("<tr><th class=\"num\">Drafts</th><th>Template</th></tr>\n");
    for (CampaignSummary.Template t : s.templates().stream().limit(TOP_TEMPLATES).toList()) {
      h.append("<tr><td class=\"num\"><span class=\"badge")
          .append(t.mass() ? " mass" : "")
          .append("\">")
          .append(t.size())
          .append("</span></td><td><div class=\"sample\">")
          .append(sample(t.sample()))
          .append("</div><div class=\"lines\">lines ")
          .append(esc(CampaignText.lines(t.lines(), t.size())))
          .append("</div></td></tr>\n");
    }
    if (s.templates().size() > TOP_TEMPLATES) {
      h.append("<tr><td></td><td class=\"muted\">and ")
          .append(s.templates().size() - TOP_TEMPLATES)
          .append(" smaller clusters</td></tr>\n");
    }
    h.append("</table>\n</section>\n<div style=\"height:16px\"></div>\n");
  }

  private static void recipients(StringBuilder h, CampaignSummary s) {
    h.append("<section>\n<h2>Recipients</h2>\n");
    if (s.duplicates().isEmpty()) {
      h.append("<p class=\"muted\">Every recipient appears once.</p>\n");
    } else {
      h.append("<p>")
          .append(s.duplicateDrafts())
          .append(s.duplicateDrafts() == 1 ? " draft goes" : " drafts go")
          .append(" to someone already invited in this batch:</p>\n<table>\n")
          .append("<tr><th>Recipient</th><th class=\"num\">Drafts</th><th>Lines</th></tr>\n");
      for (CampaignSummary.DuplicateRecipient d :
          s.duplicates().stream().limit(TOP_DUPLICATES).toList()) {
        h.append("<tr><td>")
            .append(esc(d.name()))
            .append(d.company() == null ? "" : " <span class=\"muted\">· " + esc(d.company()))
            .append(d.company() == null ? "" : "</span>")
            .append("</td><td class=\"num\">")
            .append(d.drafts())
            .append("</td><td class=\"lines\">")
            .append(esc(CampaignText.lines(d.lines(), d.drafts())))
            .append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("<p>")
        .append(
            s.resends() == 0
                ? "<span class=\"muted\">No draft goes to someone who declined or ignored an"
                    + " earlier invitation.</span>"
                : s.resends()
                    + (s.resends() == 1 ? " draft goes" : " drafts go")
                    + " to someone who declined or ignored an earlier invitation"
                    + " <span class=\"lines\">(lines "
                    + esc(CampaignText.lines(s.resendLines(), s.resends()))
                    + ")</span>.")
        .append("</p>\n</section>\n");
  }

  private static void volume(StringBuilder h, CampaignSummary s) {
    h.append("<section>\n<h2>Volume and limits</h2>\n<table>\n");
    row(
        h,
        "Weekly budget",
        CampaignText.plural(s.drafts(), "draft")
            + " at "
            + s.weeklyBudget()
            + " a week take "
            + CampaignText.plural(s.weeksNeeded(), "week")
            + (s.overOneWeek() > 0 ? "; " + s.overOneWeek() + " beyond the first week" : ""));
    row(
        h,
        "Note length",
        s.overNoteLimit() == 0
            ? "every note fits its account's limit"
            : s.overNoteLimit()
                + " over the limit (lines "
                + CampaignText.lines(s.overNoteLimitLines(), s.overNoteLimit())
                + ")");
    row(
        h,
        "Free accounts",
        CampaignText.plural(s.personalized(), "personalized note")
            + "; a free account may send "
            + s.freePersonalizedPerMonth()
            + " a month, so "
            + s.beyondFreeQuota()
            + " beyond ("
            + CampaignText.plural(s.freeAccountDrafts(), "draft")
            + " from free accounts)");
    row(
        h,
        "No personalization",
        s.noSignal()
            + " of "
            + CampaignText.plural(s.drafts(), "draft")
            + " ("
            + pct(s.noSignalShare())
            + ")");
    h.append("</table>\n</section>\n");
  }

  private static void row(StringBuilder h, String label, String text) {
    h.append("<tr><th style=\"width:34%\">")
        .append(esc(label))
        .append("</th><td>")
        .append(esc(text))
        .append("</td></tr>\n");
  }

  private static void errors(StringBuilder h, CampaignSummary s) {
    if (s.errors() == 0) {
      return;
    }
    h.append("<div style=\"height:16px\"></div>\n<section>\n<h2>Lines not analyzed (")
        .append(s.errors())
        .append(")</h2>\n<ul>\n");
    for (CampaignSummary.ErrorLine e : s.errorSamples()) {
      h.append("<li>line ")
          .append(e.line())
          .append(": ")
          .append(esc(e.message()))
          .append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  /** The escaped sample with its placeholders shown as chips. */
  private static String sample(String text) {
    return esc(text)
        .replace(TemplateMasker.NAME, "<span class=\"ph\">name</span>")
        .replace(TemplateMasker.COMPANY, "<span class=\"ph\">company</span>");
  }

  private static String color(RiskLevel l) {
    return switch (l) {
      case LOW -> "#2e9d68";
      case MEDIUM -> "#e0a21b";
      case HIGH -> "#d64541";
    };
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /** Escapes the five HTML-significant characters. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
