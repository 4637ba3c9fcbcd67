/**
 * The input: a {@link io.invitecheck.draft.Draft} note with the recipient's and sender's {@link
 * io.invitecheck.draft.Profile} and the {@link io.invitecheck.draft.Context} between them. All
 * records are immutable and import nothing else of InviteCheck.
 */
package io.invitecheck.draft;
