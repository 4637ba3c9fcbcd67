package io.invitecheck.cues;

import io.invitecheck.draft.Draft;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import io.invitecheck.signals.Example;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers shared by the cue detectors. Stateless. */
final class Cues {
  private Cues() {}

  /** True when {@code text} has at least one letter or digit (in any script). */
  static boolean hasWords(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** True when some signal has one of {@code types}. */
  static boolean hasSignal(List<Signal> signals, Set<SignalType> types) {
    for (Signal s : signals) {
      if (types.contains(s.type())) {
        return true;
      }
    }
    return false;
  }

  /** Every match of {@code pattern} in {@code text}, as spans. */
  static List<Span> find(Pattern pattern, String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (m.end() > m.start()) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }

  /**
   * The spans in text order with overlaps removed: of two overlapping spans the earlier one stays,
   * or the longer when both start together.
   */
  static List<Span> disjoint(Collection<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).overlaps(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The spans in text order, with overlapping spans and spans separated only by white space joined
   * into one.
   */
  static List<Span> merged(Collection<Span> spans, String text) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty()) {
        Span last = out.get(out.size() - 1);
        if (s.start() <= last.end() || text.substring(last.end(), s.start()).isBlank()) {
          out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  /**
   * A flagged example whose expected span is the first occurrence of {@code target} in {@code
   * note}; for targets that contain the {@code [[ ]]} markers' own brackets.
   */
  static Example flaggedOn(String note, String target) {
    int i = note.indexOf(target);
    if (i < 0) {
      throw new IllegalArgumentException("'" + target + "' is not in '" + note + "'");
    }
    return new Example(Draft.of(note), new Span(i, i + target.length()));
  }

  /** "a", "b" and "c" for a short list in quotes, for messages. */
  static String quoted(List<String> items) {
    List<String> q = new ArrayList<>();
    for (String s : items) {
      q.add("'" + s + "'");
    }
    return String.join(", ", q);
  }
}
