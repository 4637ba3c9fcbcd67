/**
 * The JSON forms of drafts ({@link io.invitecheck.json.DraftJson}, strict, with field paths in
 * errors) and reports ({@link io.invitecheck.json.ReportJson}, the documented contract). Used by
 * the CLI and the server; library users may use them too.
 */
package io.invitecheck.json;
