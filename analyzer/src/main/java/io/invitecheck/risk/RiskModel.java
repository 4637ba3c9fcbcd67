package io.invitecheck.risk;

import io.invitecheck.config.Settings;
import io.invitecheck.corpus.CorpusEvidence;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Risk;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Signal;
import java.util.List;

/** Stage 4: turns signals, reasons and corpus evidence into the risk and component scores. */
public interface RiskModel {

  /** The assessment of one draft. */
  Assessment assess(
      Draft draft, List<Signal> signals, List<Reason> reasons, CorpusEvidence corpus, Settings s);

  /** The risk and the component scores. */
  record Assessment(Risk risk, Scores scores) {}
}
