package io.invitecheck.campaign;

import java.util.Arrays;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mass template of each line in one: two sorted parallel arrays, 8 bytes a line, where a {@code
 * Map<Integer, Template>} takes about 50 — a million-draft mail merge has most of its lines here.
 * Immutable once built, thread-safe.
 */
final class MassLines {
  static final MassLines NONE = new MassLines(new int[0], new CampaignSummary.Template[0]);

  private final int[] lines;
  private final CampaignSummary.Template[] templates;

  private MassLines(int[] lines, CampaignSummary.Template[] templates) {
    this.lines = lines;
    this.templates = templates;
  }

  /** The mass template of {@code line}, or null. */
  CampaignSummary.Template get(int line) {
    int i = Arrays.binarySearch(lines, line);
    return i < 0 ? null : templates[i];
  }

  int size() {
    return lines.length;
  }

  /** The lines, ascending. */
  Set<Integer> lines() {
    Set<Integer> out = new TreeSet<>();
    for (int line : lines) {
      out.add(line);
    }
    return Collections.unmodifiableSet(out);
  }

  /** Collects lines with their template, in any order; a line given twice keeps its last. */
  static final class Builder {
    private int[] lines = new int[64];
    private CampaignSummary.Template[] templates = new CampaignSummary.Template[64];
    private int n;
    private boolean sorted = true;

    void add(int line, CampaignSummary.Template t) {
      if (n == lines.length) {
        lines = Arrays.copyOf(lines, n * 2);
        templates = Arrays.copyOf(templates, n * 2);
      }
      if (n > 0 && line <= lines[n - 1]) {
        sorted = false;
      }
      lines[n] = line;
      templates[n] = t;
      n++;
    }

    MassLines build() {
      if (n == 0) {
        return NONE;
      }
      if (sorted) {
        return new MassLines(Arrays.copyOf(lines, n), Arrays.copyOf(templates, n));
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      // stable, so that of a line given twice the last one wins below
      Arrays.sort(order, (a, b) -> Integer.compare(lines[a], lines[b]));
      int[] l = new int[n];
      CampaignSummary.Template[] t = new CampaignSummary.Template[n];
      int m = 0;
      for (int k = 0; k < n; k++) {
        int i = order[k];
        if (m > 0 && l[m - 1] == lines[i]) {
          t[m - 1] = templates[i];
        } else {
          l[m] = lines[i];
          t[m] = templates[i];
          m++;
        }
      }
      return new MassLines(Arrays.copyOf(l, m), Arrays.copyOf(t, m));
    }
  }
}
