package io.invitecheck.spark;

import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.RiskLevel;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * The counts of a batch's summaries over part of its results, merged up the cluster: risk levels,
 * reasons, errors, histogram, and the first lines of each capped list. Mutable, not thread-safe:
 * one per partition, then merged.
 */
final class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Most lines kept in each list, as the campaign summary. */
  static final int MAX_LINES = io.invitecheck.campaign.CampaignSummary.MAX_LINES;

  long records;
  long drafts;
  final long[] levels = new long[RiskLevel.values().length];
  final long[] reasons = new long[ReasonCode.values().length];
  final int[] histogram = new int[io.invitecheck.campaign.CampaignSummary.BINS];
  long noSignal;
  long personalized;
  long freeAccount;
  long overLimit;
  final TreeSet<Long> overLimitLines = new TreeSet<>();
  long resends;
  final TreeSet<Long> resendLines = new TreeSet<>();

  /** Error code → {count, first line}. */
  final Map<String, long[]> errors = new TreeMap<>();

  /** The first error records: line → message. */
  final TreeMap<Long, String> errorSamples = new TreeMap<>();

  void add(Row r) {
    records++;
    long line = r.getLong(r.fieldIndex("line"));
    String level = r.getString(r.fieldIndex("risk_level"));
    if (level == null) {
      String code = r.getString(r.fieldIndex("error_code"));
      long[] e = errors.computeIfAbsent(code, c -> new long[] {0, Long.MAX_VALUE});
      e[0]++;
      e[1] = Math.min(e[1], line);
      errorSamples.put(line, r.getString(r.fieldIndex("error_message")));
      cap(errorSamples);
      return;
    }
    drafts++;
    levels[RiskLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT)).ordinal()]++;
    histogram[r.getInt(r.fieldIndex("bin"))]++;
    List<String> codes = r.getList(r.fieldIndex("reason_codes"));
    for (String c : codes) {
      reasons[ReasonCode.fromId(c).ordinal()]++;
    }
    noSignal += r.getBoolean(r.fieldIndex("no_signal")) ? 1 : 0;
    personalized += r.getBoolean(r.fieldIndex("personalized")) ? 1 : 0;
    freeAccount += r.getBoolean(r.fieldIndex("free_account")) ? 1 : 0;
    if (r.getBoolean(r.fieldIndex("over_limit"))) {
      overLimit++;
      capped(overLimitLines, line);
    }
    if (r.getBoolean(r.fieldIndex("resend"))) {
      resends++;
      capped(resendLines, line);
    }
  }

  Tally merge(Tally o) {
    records += o.records;
    drafts += o.drafts;
    for (int i = 0; i < levels.length; i++) {
      levels[i] += o.levels[i];
    }
    for (int i = 0; i < reasons.length; i++) {
      reasons[i] += o.reasons[i];
    }
    for (int i = 0; i < histogram.length; i++) {
      histogram[i] += o.histogram[i];
    }
    noSignal += o.noSignal;
    personalized += o.personalized;
    freeAccount += o.freeAccount;
    overLimit += o.overLimit;
    o.overLimitLines.forEach(l -> capped(overLimitLines, l));
    resends += o.resends;
    o.resendLines.forEach(l -> capped(resendLines, l));
    o.errors.forEach(
        (code, e) ->
            errors.merge(
                code, e.clone(), (a, b) -> new long[] {a[0] + b[0], Math.min(a[1], b[1])}));
    errorSamples.putAll(o.errorSamples);
    cap(errorSamples);
    return this;
  }

  /** Error records by code, in the order each code first appears in the input. */
  Map<String, Long> errorsByCode() {
    Map<String, Long> out = new LinkedHashMap<>();
    errors.entrySet().stream()
        .sorted((a, b) -> Long.compare(a.getValue()[1], b.getValue()[1]))
        .forEach(e -> out.put(e.getKey(), e.getValue()[0]));
    return out;
  }

  long firstErrorLine() {
    return errorSamples.isEmpty() ? -1 : errorSamples.firstKey();
  }

  private static void capped(TreeSet<Long> set, long line) {
    set.add(line);
    if (set.size() > MAX_LINES) {
      set.pollLast();
    }
  }

  private static void cap(TreeMap<Long, String> map) {
    while (map.size() > MAX_LINES) {
      map.pollLastEntry();
    }
  }
}
