/**
 * Stage 3: the labeled corpus and what it says about a note.
 *
 * <p>A corpus is JSON Lines of {@link io.invitecheck.corpus.CorpusNote}s ({@link
 * io.invitecheck.corpus.CorpusReader}, strict, errors name file and line). {@link
 * io.invitecheck.corpus.CorpusIndex} indexes the masked notes ({@link
 * io.invitecheck.corpus.TextMasker}) with Lucene in two fields ({@link
 * io.invitecheck.corpus.NoteTerms}) and finds a note's nearest labeled notes; {@link
 * io.invitecheck.corpus.NoteClassifier} is the trained OpenNLP document categorizer; {@link
 * io.invitecheck.corpus.Calibration} turns the neighbour vote and the classifier probability into
 * one calibrated probability per label; {@link io.invitecheck.corpus.LabeledCorpusScorer} puts them
 * together into {@link io.invitecheck.corpus.CorpusEvidence} with the neighbours and the {@code
 * spam_like} and {@code mass_template} reasons. {@link io.invitecheck.corpus.DefaultCorpus} opens
 * the bundled corpus and model (or an on-disk index from {@link
 * io.invitecheck.corpus.CorpusIndexer}).
 *
 * <p>Subpackages: {@code build} assembles the corpus from the writers' drafts, {@code train} trains
 * the classifier and its calibration, {@code eval} evaluates on the held-out split.
 */
package io.invitecheck.corpus;
