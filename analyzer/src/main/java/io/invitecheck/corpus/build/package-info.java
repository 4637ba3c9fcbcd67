/**
 * Assembles {@code corpus/notes.jsonl} from the writers' drafts: validation, exact-duplicate
 * removal, near-duplicate clusters and the fixed train/test split ({@link
 * io.invitecheck.corpus.build.AssembleCorpus}).
 */
package io.invitecheck.corpus.build;
