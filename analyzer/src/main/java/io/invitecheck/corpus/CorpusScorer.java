package io.invitecheck.corpus;

import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;

/** Stage 3: scores a note against the labeled corpus. Thread-safe. */
public interface CorpusScorer extends AutoCloseable {

  /** What the corpus says about this note. */
  CorpusEvidence score(AnalyzedNote note, Draft draft);

  /** The corpus identity for provenance: name, note count, SHA-256 prefix. */
  String corpusIdentity();

  /** The trained classifier's identity for provenance, or "none". */
  String classifierIdentity();

  @Override
  void close();
}
