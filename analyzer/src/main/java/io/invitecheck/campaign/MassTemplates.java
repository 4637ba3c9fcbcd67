package io.invitecheck.campaign;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which drafts of a batch belong to a mass template, known before any draft is analyzed, so that
 * {@code mass_template} can count in each draft's risk. The batch reads its input once to build
 * this (masking and MinHash only: about 60 µs a draft), then analyzes; the clustering is the one
 * {@link CampaignSummary} uses, so the two always agree.
 */
public final class MassTemplates {
  private final Map<Integer, Cluster> byLine;

  private record Cluster(int size, List<Integer> lines) {}

  private MassTemplates(Map<Integer, Cluster> byLine) {
    this.byLine = Map.copyOf(byLine);
  }

  public static Builder builder(int minSize) {
    return new Builder(minSize, CampaignSummary.DEFAULT_SIMILARITY);
  }

  /** How many drafts are in a mass template. */
  public int drafts() {
    return byLine.size();
  }

  /**
   * The {@code mass_template} reason for the draft on {@code line}, with the configured severity;
   * empty when the draft is in no mass template or the reason is switched off.
   */
  public Optional<Reason> reason(int line, Settings settings) {
    Cluster c = byLine.get(line);
    if (c == null || !settings.enabled(ReasonCode.MASS_TEMPLATE)) {
      return Optional.empty();
    }
    return Optional.of(reason(c.size(), c.lines(), settings));
  }

  /** The reason for a draft in a template cluster of {@code size} drafts on {@code lines}. */
  static Reason reason(int size, List<Integer> lines, Settings settings) {
    Reason r =
        Reason.about(
            ReasonCode.MASS_TEMPLATE,
            "This note is one of "
                + size
                + " drafts in this batch that read the same apart from names and companies.",
            "template cluster of "
                + size
                + " drafts in this batch, lines "
                + CampaignText.lines(lines, size));
    return r.withSeverity(settings.severityOf(ReasonCode.MASS_TEMPLATE));
  }

  /** Adds drafts in input order. Not thread-safe. */
  public static final class Builder {
    private final int minSize;
    private final TemplateClusters clusters;
    private int count;
    private int[] lines = new int[256];
    private int[] clusterOf = new int[256]; // two ints a draft, as in CampaignSummary.Builder

    private Builder(int minSize, double similarity) {
      if (minSize < 2) {
        throw new IllegalArgumentException("minSize must be 2 or more, was " + minSize);
      }
      this.minSize = minSize;
      this.clusters = new TemplateClusters(similarity);
    }

    public Builder add(int line, Draft draft) {
      String masked = TemplateMasker.mask(draft);
      int cluster = clusters.add(line, masked, TemplateMasker.words(masked));
      if (cluster >= 0) {
        if (count == lines.length) {
          lines = Arrays.copyOf(lines, count * 2);
          clusterOf = Arrays.copyOf(clusterOf, count * 2);
        }
        lines[count] = line;
        clusterOf[count] = cluster;
        count++;
      }
      return this;
    }

    public MassTemplates build() {
      Map<Integer, Cluster> byLine = new HashMap<>();
      Map<Integer, Cluster> byRoot = new HashMap<>();
      for (int k = 0; k < count; k++) {
        int root = clusters.root(clusterOf[k]);
        int size = clusters.size(root);
        if (size >= minSize) {
          Cluster c =
              byRoot.computeIfAbsent(root, r -> new Cluster(size, clusters.members(r).lines));
          byLine.put(lines[k], c);
        }
      }
      return new MassTemplates(byLine);
    }
  }
}
