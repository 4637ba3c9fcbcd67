package io.invitecheck.campaign;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.Draft;
import io.invitecheck.memo.Memo;
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
  private final MassLines byLine;
  private final List<CampaignSummary.Template> templates;
  private final int minSize;

  private MassTemplates(MassLines byLine, List<CampaignSummary.Template> templates, int minSize) {
    this.byLine = byLine;
    this.templates = List.copyOf(templates);
    this.minSize = minSize;
  }

  public static Builder builder(int minSize) {
    return new Builder(minSize, CampaignSummary.DEFAULT_SIMILARITY);
  }

  /** How many drafts are in a mass template. */
  public int drafts() {
    return byLine.size();
  }

  /** The cluster size from which drafts count as a mass template. */
  public int minSize() {
    return minSize;
  }

  /** The mass templates by line, for the campaign view of the same batch. */
  MassLines byLine() {
    return byLine;
  }

  /**
   * A draft's template as the clustering sees it: its masked text and the MinHash signature of its
   * words. It is most of the work of {@link Builder#add(int, Draft)} and depends on the draft
   * alone, so a batch can compute it on many threads with {@link #signature} and add in input order
   * with {@link Builder#add(int, Signature)}. Immutable.
   */
  public static final class Signature {
    private final String masked;
    private final char[] minHash;

    private Signature(String masked, char[] minHash) {
      this.masked = masked;
      this.minHash = minHash;
    }

    /** The note with names and companies as {@code {name}} and {@code {company}}. */
    String masked() {
      return masked;
    }

    /** The MinHash signature (not to be modified), or null for a note without words. */
    char[] minHash() {
      return minHash;
    }
  }

  /** The template signature of a draft. Thread-safe. */
  public static Signature signature(Draft draft) {
    String masked = TemplateMasker.mask(draft);
    return new Signature(masked, MinHash.signatureOfMasked(masked));
  }

  /**
   * Computes {@link #signature}s and remembers the MinHash of each masked text: the copies of a
   * mail merge mask to the same text, so only the first copy's words are hashed (the hashing is two
   * thirds of a signature). Bounded ({@value #SIGNER_MEMO} texts, about 3 MB) and thread-safe; one
   * per batch.
   */
  public static final class Signer {
    private static final char[] NO_WORDS = new char[0];
    private final Memo<String, char[]> minHashes = new Memo<>(SIGNER_MEMO);

    /** Equal to {@link MassTemplates#signature(Draft)}. */
    public Signature sign(Draft draft) {
      String masked = TemplateMasker.mask(draft);
      char[] minHash = minHashes.get(masked, Signer::minHash);
      return new Signature(masked, minHash == NO_WORDS ? null : minHash);
    }

    private static char[] minHash(String masked) {
      char[] sig = MinHash.signatureOfMasked(masked);
      return sig == null ? NO_WORDS : sig;
    }
  }

  /** Masked texts a {@link Signer} remembers. */
  static final int SIGNER_MEMO = 10_000;

  /**
   * The {@code mass_template} reason for the draft on {@code line}, with the configured severity;
   * empty when the draft is in no mass template or the reason is switched off.
   */
  public Optional<Reason> reason(int line, Settings settings) {
    CampaignSummary.Template c = byLine.get(line);
    if (c == null || !settings.enabled(ReasonCode.MASS_TEMPLATE)) {
      return Optional.empty();
    }
    return Optional.of(reason(c.size(), c.lines(), settings));
  }

  /** The mass template the draft on {@code line} belongs to, or empty. */
  public Optional<CampaignSummary.Template> template(int line) {
    return Optional.ofNullable(byLine.get(line));
  }

  /**
   * The LSH band keys under which the clustering looks a draft up (one per band); empty for a note
   * without words, which joins no template. Drafts that share no key, directly or through other
   * drafts, never meet in the clustering: a batch can be clustered in independent parts.
   */
  public static long[] bandKeys(Draft draft) {
    char[] sig = signature(draft).minHash();
    if (sig == null) {
      return new long[0];
    }
    long[] keys = new long[MinHash.BANDS];
    for (int b = 0; b < MinHash.BANDS; b++) {
      keys[b] = MinHash.bandKey(sig, b);
    }
    return keys;
  }

  /**
   * Every cluster of two or more drafts, as {@link CampaignSummary#templates()} would list them for
   * the same drafts, in no particular order.
   */
  public List<CampaignSummary.Template> templates() {
    return templates;
  }

  /**
   * The reason for a draft in a template cluster of {@code size} drafts whose first lines are
   * {@code lines}, with the configured severity. {@link #reason(int, Settings)} gives it when the
   * reason is enabled.
   */
  public static Reason reason(int size, List<Integer> lines, Settings settings) {
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

    /** Adds the draft on {@code line}; lines come in increasing order. */
    public Builder add(int line, Draft draft) {
      return add(line, signature(draft));
    }

    /** Adds the draft on {@code line} by its {@link #signature}; lines come in increasing order. */
    public Builder add(int line, Signature signature) {
      int cluster = clusters.add(line, signature.masked(), signature.minHash());
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
      Map<Integer, CampaignSummary.Template> byRoot = new HashMap<>();
      MassLines.Builder byLine = new MassLines.Builder();
      for (int k = 0; k < count; k++) {
        int root = clusters.root(clusterOf[k]);
        int size = clusters.size(root);
        if (size >= minSize) {
          CampaignSummary.Template c =
              byRoot.computeIfAbsent(
                  root,
                  r ->
                      new CampaignSummary.Template(
                          size, clusters.members(r).sample, clusters.members(r).lines, true));
          byLine.add(lines[k], c);
        }
      }
      List<CampaignSummary.Template> all = new java.util.ArrayList<>();
      for (int root : clusters.roots()) {
        int size = clusters.size(root);
        TemplateClusters.Members m = clusters.members(root);
        all.add(new CampaignSummary.Template(size, m.sample, m.lines, size >= minSize));
      }
      return new MassTemplates(byLine.build(), all, minSize);
    }
  }
}
