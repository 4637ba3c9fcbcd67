/**
 * Stage 1, reading: OpenNLP splits the note into sentences and tokens and tags each token with its
 * part of speech and lemma ({@link io.invitecheck.nlp.NoteReader} → {@link
 * io.invitecheck.nlp.AnalyzedNote}). Models are loaded once ({@link io.invitecheck.nlp.NlpModels})
 * and shared; each thread has its own taggers.
 */
package io.invitecheck.nlp;
