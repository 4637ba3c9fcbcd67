package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.Risk;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.report.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {
  private static final Provenance PROVENANCE = new Provenance("test", "nlp", "none", "none");

  private static Report report(String note, List<Signal> signals, List<Reason> reasons) {
    return new Report(
        1,
        "d-1",
        "eng",
        new Risk(0.81, RiskLevel.HIGH),
        new Scores(0.2, 0.7, 0.1, null),
        signals,
        reasons,
        List.of(new Neighbor("c-17", "spam", 0.9123, "Buy now and save 50% on every plan!")),
        PROVENANCE);
  }

  private static Signal signal(String note, int start, int end) {
    return new Signal(
        SignalType.RECIPIENT_NAME,
        new Span(start, end),
        note.substring(start, end),
        "matches recipient.name",
        true);
  }

  private static String lineAfter(String text, String line) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length - 1; i++) {
      if (lines[i].equals(line)) {
        return lines[i + 1];
      }
    }
    throw new AssertionError("no line '" + line + "' in:\n" + text);
  }

  @Test
  void plainOutputMarksReasonsWithCaretsAndSignalsWithTildes() {
    String note = "Hi Ana, buy now at our shop.";
    Reason r = Reason.at(ReasonCode.SALES_PITCH, note, 8, 15, "Pitches a purchase.", "phrase list");
    String text =
        new ReportText(false).render(note, report(note, List.of(signal(note, 3, 6)), List.of(r)));
    assertEquals("     ~~~  ^^^^^^^", lineAfter(text, "  " + note));
    assertTrue(text.contains("(^ flagged by a reason, ~ personalization signal)"), text);
    assertTrue(text.contains("Risk      HIGH (0.81)"), text);
    assertTrue(text.contains("1. [high] sales_pitch at 8-15 \"buy now\""), text);
    assertTrue(text.contains("Fix: " + ReasonCode.SALES_PITCH.suggestion()), text);
    assertTrue(text.contains("Evidence: phrase list"), text);
    assertTrue(text.contains("recipient_name at 3-6 \"Ana\" (confirmed by the profile)"), text);
    assertTrue(
        text.contains("0.91 spam            c-17       \"Buy now and save 50% on every plan!\""),
        text);
    assertTrue(text.contains("relevance n/a (no profile)"), text);
    assertFalse(text.contains("\u001b["), "no escape codes without colour");
  }

  @Test
  void caretsStayUnderTheirWordsAfterEmojiAndWrapping() {
    String note = "Hey 🚀 team! " + "word ".repeat(20) + "BUY NOW";
    int start = note.indexOf("BUY NOW");
    Reason r =
        Reason.at(ReasonCode.EXCESSIVE_FORMATTING, note, start, start + 7, "Shouting.", null);
    String text = new ReportText(false).render(note, report(note, List.of(), List.of(r)));
    String[] lines = text.split("\n");
    int i = 0;
    while (!lines[i].contains("BUY NOW")) {
      i++;
    }
    assertTrue(lines[i].length() <= ReportText.WIDTH + 2, lines[i]);
    int col = lines[i].indexOf("BUY NOW");
    assertEquals(" ".repeat(col) + "^^^^^^^", lines[i + 1]);
    // the emoji is two columns wide: the first line's marker line would be shifted otherwise
    assertEquals(2, ReportText.width("🚀".codePointAt(0)));
    assertEquals(1, ReportText.width('é'));
    assertEquals(0, ReportText.width(0x0301));
  }

  @Test
  void aReasonOverMostOfTheNoteIsListedButNotMarked() {
    String note = "Hi, we help companies like yours grow revenue fast. Book a demo today.";
    Reason broad =
        Reason.at(ReasonCode.SPAM_LIKE, note, 0, 51, "Reads like spam.", "spam neighbours");
    Reason narrow = Reason.at(ReasonCode.SALES_PITCH, note, 52, 63, "Pitch.", null);
    String text =
        new ReportText(false).render(note, report(note, List.of(), List.of(broad, narrow)));
    String[] lines = text.split("\n");
    assertEquals("  " + note, lines[1]);
    assertEquals("  " + " ".repeat(52) + "^".repeat(11), lines[2]);
    assertTrue(text.contains("spam_like at 0-51"), text);
  }

  @Test
  void colourOutputUnderlinesInsteadOfMarkerLines() {
    String note = "Hi Ana, buy now.";
    Reason r = Reason.at(ReasonCode.SALES_PITCH, note, 8, 15, "Pitch.", null);
    String text =
        new ReportText(true).render(note, report(note, List.of(signal(note, 3, 6)), List.of(r)));
    assertTrue(text.contains("\u001b[1;4;31mbuy now\u001b[0m"), text);
    assertTrue(text.contains("\u001b[4;32mAna\u001b[0m"), text);
    assertFalse(text.contains("^^^"), text);
  }

  @Test
  void multiLineNotesKeepTheirLinesAndEmptyNotesSaySo() {
    String note = "Hi Ana,\r\nbuy now.";
    Reason r = Reason.at(ReasonCode.SALES_PITCH, note, 9, 16, "Pitch.", null);
    String text = new ReportText(false).render(note, report(note, List.of(), List.of(r)));
    assertEquals("  ^^^^^^^", lineAfter(text, "  buy now."));
    assertTrue(text.contains("  Hi Ana,\n  buy now."), text);
    String empty = new ReportText(false).render("", report("", List.of(), List.of()));
    assertTrue(empty.contains("  (empty)"), empty);
    assertTrue(empty.contains("Reasons (0)\n  none"), empty);
  }
}
