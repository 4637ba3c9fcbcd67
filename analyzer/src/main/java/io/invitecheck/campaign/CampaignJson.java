package io.invitecheck.campaign;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.invitecheck.report.RiskLevel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON form of a {@link CampaignSummary}, written with a fixed field order:
 *
 * <pre>{@code
 * {
 *   "drafts": 50,                      // drafts analyzed
 *   "errors": 1,                       // lines that failed
 *   "errorSamples": [{"line": 7, "message": "..."}],          // first 20
 *   "risk": {"low": 12, "medium": 20, "high": 18,
 *            "histogram": [0, 3, ...]},                        // 10 bins of width 0.1
 *   "topReasons": [{"code": "no_personalization", "drafts": 18,
 *                   "description": "..."}],                     // every reason, most first
 *   "noPersonalization": {"drafts": 18, "share": 0.36},
 *   "templates": {"massTemplateMinSize": 5, "massTemplateDrafts": 35,
 *                 "clusters": [{"size": 20, "mass": true, "sample": "Hi {name}, ...",
 *                               "lines": [1, 4, ...]}]},        // clusters of 2+, largest first
 *   "duplicateRecipients": {"drafts": 1,                        // extra drafts
 *                           "recipientCount": 1,                // recipients met twice or more
 *                           "recipients": [{"name": "Ana Gómez", "company": "Adyen",
 *                                           "drafts": 2, "lines": [3, 9]}]},  // first 1,000
 *   "resends": {"drafts": 1, "lines": [12]},
 *   "budget": {"weeklyInvitationBudget": 100, "weeksNeeded": 1, "overOneWeek": 0},
 *   "noteLength": {"overLimit": 2, "lines": [5, 31]},
 *   "freeQuota": {"personalizedNotes": 32, "perMonth": 5, "beyondQuota": 27,
 *                 "freeAccountDrafts": 0}
 * }
 * }</pre>
 *
 * Every list of lines holds at most {@value CampaignSummary#MAX_LINES} entries; the count beside it
 * is the full number. {@code company} is {@code null} when unknown. Shares are rounded to four
 * decimals.
 */
final class CampaignJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private CampaignJson() {}

  static String render(CampaignSummary s) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      write(s, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  private static void write(CampaignSummary s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("drafts", s.drafts());
    g.writeNumberField("errors", s.errors());
    g.writeArrayFieldStart("errorSamples");
    for (CampaignSummary.ErrorLine e : s.errorSamples()) {
      g.writeStartObject();
      g.writeNumberField("line", e.line());
      g.writeStringField("message", e.message());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeObjectFieldStart("risk");
    for (RiskLevel l : RiskLevel.values()) {
      g.writeNumberField(l.id(), s.riskLevels().get(l));
    }
    ints(g, "histogram", s.histogram());
    g.writeEndObject();

    g.writeArrayFieldStart("topReasons");
    for (CampaignSummary.ReasonCount r : s.reasons()) {
      g.writeStartObject();
      g.writeStringField("code", r.code().id());
      g.writeNumberField("drafts", r.drafts());
      g.writeStringField("description", r.code().description());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeObjectFieldStart("noPersonalization");
    g.writeNumberField("drafts", s.noSignal());
    g.writeNumberField("share", Math.round(s.noSignalShare() * 10_000) / 10_000.0);
    g.writeEndObject();

    g.writeObjectFieldStart("templates");
    g.writeNumberField("massTemplateMinSize", s.massTemplateMinSize());
    g.writeNumberField("massTemplateDrafts", s.massTemplateDrafts());
    g.writeArrayFieldStart("clusters");
    for (CampaignSummary.Template t : s.templates()) {
      g.writeStartObject();
      g.writeNumberField("size", t.size());
      g.writeBooleanField("mass", t.mass());
      g.writeStringField("sample", t.sample());
      ints(g, "lines", t.lines());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();

    g.writeObjectFieldStart("duplicateRecipients");
    g.writeNumberField("drafts", s.duplicateDrafts());
    g.writeNumberField("recipientCount", s.duplicateRecipients());
    g.writeArrayFieldStart("recipients");
    for (CampaignSummary.DuplicateRecipient d : s.duplicates()) {
      g.writeStartObject();
      g.writeStringField("name", d.name());
      if (d.company() == null) {
        g.writeNullField("company");
      } else {
        g.writeStringField("company", d.company());
      }
      g.writeNumberField("drafts", d.drafts());
      ints(g, "lines", d.lines());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();

    g.writeObjectFieldStart("resends");
    g.writeNumberField("drafts", s.resends());
    ints(g, "lines", s.resendLines());
    g.writeEndObject();

    g.writeObjectFieldStart("budget");
    g.writeNumberField("weeklyInvitationBudget", s.weeklyBudget());
    g.writeNumberField("weeksNeeded", s.weeksNeeded());
    g.writeNumberField("overOneWeek", s.overOneWeek());
    g.writeEndObject();

    g.writeObjectFieldStart("noteLength");
    g.writeNumberField("overLimit", s.overNoteLimit());
    ints(g, "lines", s.overNoteLimitLines());
    g.writeEndObject();

    g.writeObjectFieldStart("freeQuota");
    g.writeNumberField("personalizedNotes", s.personalized());
    g.writeNumberField("perMonth", s.freePersonalizedPerMonth());
    g.writeNumberField("beyondQuota", s.beyondFreeQuota());
    g.writeNumberField("freeAccountDrafts", s.freeAccountDrafts());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void ints(JsonGenerator g, String field, List<Integer> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (int v : values) {
      g.writeNumber(v);
    }
    g.writeEndArray();
  }
}
