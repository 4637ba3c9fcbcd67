package io.invitecheck.cli;

import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Reason;
import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Signal;
import java.util.List;
import java.util.Locale;

/**
 * The human form of a report: the note with the flagged words marked, the risk, the component
 * scores, the reasons with their fixes, the signals and the nearest corpus notes.
 *
 * <p>With colour (a terminal, {@code NO_COLOR} unset) words flagged by a reason are red and
 * underlined, signals green. Without colour each note line is followed by a marker line: {@code ^}
 * under words flagged by a reason, {@code ~} under personalization signals. Stateless.
 */
final class ReportText {
  static final int WIDTH = 76;

  private static final String RESET = "\u001b[0m";
  private static final String RED_UNDERLINE = "\u001b[1;4;31m";
  private static final String GREEN_UNDERLINE = "\u001b[4;32m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String GREEN = "\u001b[1;32m";

  private static final byte NONE = 0;
  private static final byte SIGNAL = 1;
  private static final byte REASON = 2;

  private final boolean color;

  ReportText(boolean color) {
    this.color = color;
  }

  /** Renders the report of {@code note}. */
  String render(String note, Report r) {
    StringBuilder b = new StringBuilder(1024);
    b.append(bold("Note")).append(r.id() == null ? "" : " " + r.id()).append('\n');
    byte[] marks = marks(note, r);
    if (note.isEmpty()) {
      b.append("  (empty)\n");
    } else {
      renderNote(note, marks, b);
      if (!color && hasMarks(marks)) {
        b.append("  ")
            .append(dim("(^ flagged by a reason, ~ personalization signal)"))
            .append('\n');
      }
    }
    b.append('\n');
    b.append(bold("Risk")).append("      ").append(level(r.risk().level()));
    b.append(String.format(Locale.ROOT, " (%.2f)", r.risk().score())).append('\n');
    Scores s = r.scores();
    b.append(bold("Scores"))
        .append(
            String.format(
                Locale.ROOT,
                "    personalization %.2f, spam %.2f, self-promotion %.2f, relevance %s%n",
                s.personalization(),
                s.spam(),
                s.selfPromotion(),
                s.relevance() == null
                    ? "n/a (no profile)"
                    : String.format(Locale.ROOT, "%.2f", s.relevance())));
    b.append(bold("Language")).append("  ").append(r.language()).append('\n');

    b.append('\n').append(bold("Reasons (" + r.reasons().size() + ")")).append('\n');
    if (r.reasons().isEmpty()) {
      b.append("  none\n");
    }
    int i = 1;
    for (Reason reason : r.reasons()) {
      b.append(String.format(Locale.ROOT, "  %d. ", i++))
          .append(severity(reason))
          .append(' ')
          .append(reason.code().id());
      if (reason.span() != null) {
        b.append(" at ")
            .append(reason.span().start())
            .append('-')
            .append(reason.span().end())
            .append(' ')
            .append(quote(reason.text(), 60));
      }
      b.append('\n');
      b.append("     ").append(oneLine(reason.message())).append('\n');
      b.append("     Fix: ").append(oneLine(reason.suggestion())).append('\n');
      if (reason.evidence() != null) {
        b.append("     Evidence: ").append(oneLine(reason.evidence())).append('\n');
      }
    }

    b.append('\n').append(bold("Signals (" + r.signals().size() + ")")).append('\n');
    if (r.signals().isEmpty()) {
      b.append("  none: nothing in the note is specific to the recipient\n");
    }
    for (Signal sig : r.signals()) {
      b.append("  - ")
          .append(sig.type().id())
          .append(" at ")
          .append(sig.start())
          .append('-')
          .append(sig.end())
          .append(' ')
          .append(quote(sig.text(), 60))
          .append(sig.confirmed() ? " (confirmed by the profile)" : "")
          .append('\n');
      b.append("     ").append(oneLine(sig.evidence())).append('\n');
    }

    b.append('\n').append(bold("Nearest corpus notes (" + r.neighbors().size() + ")")).append('\n');
    if (r.neighbors().isEmpty()) {
      b.append("  none\n");
    }
    for (Neighbor n : r.neighbors()) {
      b.append(String.format(Locale.ROOT, "  %.2f %-15s %-10s ", n.similarity(), n.label(), n.id()))
          .append(quote(n.text(), 60))
          .append('\n');
    }
    return b.toString();
  }

  /**
   * Per UTF-16 unit of the note: none, signal or reason (a reason wins). A reason that covers most
   * of the note (the corpus's {@code spam_like} points at whole sentences) is listed with its
   * offsets but not marked: marking everything would hide the words that matter.
   */
  static byte[] marks(String note, Report r) {
    byte[] marks = new byte[note.length()];
    for (Signal s : r.signals()) {
      mark(marks, s.start(), s.end(), SIGNAL);
    }
    int broad = Math.max(40, note.length() / 2);
    for (Reason reason : r.reasons()) {
      if (reason.span() != null && reason.span().length() <= broad) {
        mark(marks, reason.span().start(), reason.span().end(), REASON);
      }
    }
    return marks;
  }

  private static void mark(byte[] marks, int start, int end, byte kind) {
    for (int i = Math.max(0, start); i < Math.min(end, marks.length); i++) {
      if (marks[i] < kind) {
        marks[i] = kind;
      }
    }
  }

  private static boolean hasMarks(byte[] marks) {
    for (byte m : marks) {
      if (m != NONE) {
        return true;
      }
    }
    return false;
  }

  /** The note in lines of at most {@link #WIDTH} columns, each followed by its marks. */
  private void renderNote(String note, byte[] marks, StringBuilder b) {
    int lineStart = 0;
    while (lineStart <= note.length()) {
      int nl = note.indexOf('\n', lineStart);
      int lineEnd = nl < 0 ? note.length() : nl;
      int contentEnd =
          lineEnd > lineStart && note.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      renderLine(note, marks, lineStart, contentEnd, b);
      if (nl < 0) {
        break;
      }
      lineStart = nl + 1;
    }
  }

  private void renderLine(String note, byte[] marks, int start, int end, StringBuilder b) {
    if (start == end) {
      b.append('\n');
      return;
    }
    int pos = start;
    while (pos < end) {
      int cut = wrapPoint(note, pos, end);
      appendSegment(note, marks, pos, cut, b);
      pos = cut;
      while (pos < end && note.charAt(pos) == ' ') {
        pos++;
      }
    }
  }

  /** Where to end a segment that starts at {@code pos}: the last space within the width. */
  private static int wrapPoint(String note, int pos, int end) {
    int cols = 0;
    int i = pos;
    int lastSpace = -1;
    while (i < end) {
      int cp = note.codePointAt(i);
      int w = width(cp);
      if (cols + w > WIDTH) {
        return lastSpace > pos ? lastSpace : i;
      }
      if (cp == ' ') {
        lastSpace = i;
      }
      cols += w;
      i += Character.charCount(cp);
    }
    return end;
  }

  private void appendSegment(String note, byte[] marks, int start, int end, StringBuilder b) {
    b.append("  ");
    if (color) {
      byte current = NONE;
      for (int i = start; i < end; i++) {
        if (marks[i] != current) {
          b.append(RESET);
          if (marks[i] == REASON) {
            b.append(RED_UNDERLINE);
          } else if (marks[i] == SIGNAL) {
            b.append(GREEN_UNDERLINE);
          }
          current = marks[i];
        }
        b.append(printable(note.charAt(i)));
      }
      if (current != NONE) {
        b.append(RESET);
      }
      b.append('\n');
      return;
    }
    StringBuilder line = new StringBuilder(end - start);
    StringBuilder under = new StringBuilder(end - start);
    boolean any = false;
    for (int i = start; i < end; ) {
      int cp = note.codePointAt(i);
      int n = Character.charCount(cp);
      line.appendCodePoint(cp == '\t' ? '\t' : printable(cp));
      char m = marks[i] == REASON ? '^' : marks[i] == SIGNAL ? '~' : ' ';
      any |= m != ' ';
      if (cp == '\t') {
        under.append(m == ' ' ? '\t' : m);
      } else {
        under.append(String.valueOf(m).repeat(width(cp)));
      }
      i += n;
    }
    b.append(line).append('\n');
    if (any) {
      b.append("  ").append(under.toString().stripTrailing()).append('\n');
    }
  }

  private static char printable(char c) {
    return Character.isISOControl(c) && c != '\t' ? ' ' : c;
  }

  private static int printable(int cp) {
    return Character.isISOControl(cp) ? ' ' : cp;
  }

  /** Terminal columns of a code point: 0 for combining marks, 2 for wide CJK and emoji. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    if ((cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1FAFF)
        || (cp >= 0x20000 && cp <= 0x3FFFD)) {
      return 2;
    }
    return 1;
  }

  private String level(RiskLevel level) {
    String text = level.name();
    if (!color) {
      return text;
    }
    String c = level == RiskLevel.HIGH ? RED : level == RiskLevel.MEDIUM ? YELLOW : GREEN;
    return c + text + RESET;
  }

  private String severity(Reason r) {
    String text = "[" + r.severity().id() + "]";
    if (!color) {
      return text;
    }
    return switch (r.severity()) {
      case CRITICAL, HIGH -> RED + text + RESET;
      case MEDIUM -> YELLOW + text + RESET;
      case LOW -> text;
    };
  }

  private String bold(String s) {
    return color ? BOLD + s + RESET : s;
  }

  private String dim(String s) {
    return color ? DIM + s + RESET : s;
  }

  /** The text in quotes on one line, shortened to about {@code max} characters. */
  static String quote(String text, int max) {
    String one = oneLine(text);
    if (one.length() > max) {
      int cut = max;
      if (Character.isHighSurrogate(one.charAt(cut - 1))) {
        cut--;
      }
      one = one.substring(0, cut) + "…";
    }
    return "\"" + one + "\"";
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Renders a list of reasons' codes, for tests and summaries. */
  static String codes(List<Reason> reasons) {
    StringBuilder b = new StringBuilder();
    for (Reason r : reasons) {
      if (b.length() > 0) {
        b.append(';');
      }
      b.append(r.code().id());
    }
    return b.toString();
  }
}
