package io.invitecheck.cli;

import io.invitecheck.draft.Draft;
import io.invitecheck.report.Report;

/**
 * The output of one input record: a report, or an error record.
 *
 * @param line the line where the input record starts
 * @param id the draft's id, or null
 * @param report the report; null when {@code error} is set
 * @param error why there is no report; null when {@code report} is set
 * @param draft the draft that was analyzed; null for an error record
 */
public record BatchResult(long line, String id, Report report, RecordError error, Draft draft) {}
