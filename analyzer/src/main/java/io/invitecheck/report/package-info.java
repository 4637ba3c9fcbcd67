/**
 * The output: an immutable {@link io.invitecheck.report.Report} with its {@link
 * io.invitecheck.report.Risk}, {@link io.invitecheck.report.Scores}, personalization {@link
 * io.invitecheck.report.Signal}s, risk {@link io.invitecheck.report.Reason}s from the {@link
 * io.invitecheck.report.ReasonCode} catalogue, corpus {@link io.invitecheck.report.Neighbor}s and
 * {@link io.invitecheck.report.Provenance}. Offsets are zero-based UTF-16 indices into the original
 * note, end exclusive. These records import nothing else of InviteCheck.
 */
package io.invitecheck.report;
