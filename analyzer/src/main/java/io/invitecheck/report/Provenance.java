package io.invitecheck.report;

import java.util.Objects;

/**
 * What produced a report, so that two results can be compared.
 *
 * @param analyzerVersion the InviteCheck version
 * @param nlpModels the OpenNLP models read the note with
 * @param classifier the trained note classifier: name and SHA-256 prefix; "none" when not loaded
 * @param corpus the labeled corpus the index was built from: name, note count and SHA-256 prefix
 */
public record Provenance(
    String analyzerVersion, String nlpModels, String classifier, String corpus) {
  public Provenance {
    Objects.requireNonNull(analyzerVersion, "analyzerVersion");
    Objects.requireNonNull(nlpModels, "nlpModels");
    Objects.requireNonNull(classifier, "classifier");
    Objects.requireNonNull(corpus, "corpus");
  }
}
