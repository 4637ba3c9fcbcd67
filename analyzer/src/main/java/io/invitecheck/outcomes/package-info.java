/**
 * The sender's own history: what their earlier invitations achieved.
 *
 * <p>{@link io.invitecheck.outcomes.LinkedInExport} reads a LinkedIn data export; {@link
 * io.invitecheck.outcomes.OutcomeLabeler} decides which invitations were accepted (the counterpart
 * became a connection), not accepted, or are too young to tell; {@link
 * io.invitecheck.outcomes.OutcomeCorpus} writes and reads the result as an outcome corpus (JSONL);
 * {@link io.invitecheck.outcomes.OutcomeHistory} finds a new note's most similar earlier notes and
 * {@link io.invitecheck.outcomes.HistoryBlend} moves the model's risk towards their non-acceptance
 * rate once the history is large enough.
 *
 * <p>Privacy: the corpus keeps each note, its dates and outcome, and the counterpart's name; never
 * profile URLs, e-mail addresses, companies or positions.
 */
package io.invitecheck.outcomes;
