/**
 * Bounded memos of pure functions, for what repeats in a batch: the sentences, words and masked
 * texts of a mail merge. A memo changes how fast an answer comes, never the answer.
 */
package io.invitecheck.memo;
