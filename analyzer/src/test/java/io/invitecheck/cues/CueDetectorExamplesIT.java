package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.invitecheck.config.Settings;
import io.invitecheck.nlp.AnalyzedNote;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import io.invitecheck.signals.Example;
import io.invitecheck.signals.SignalDetectors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every detector of {@link CueDetectors#standard()} over its own examples: a flagged example
 * must give a reason of the detector's code on exactly the marked span (or without span), a clean
 * one no reason of that code.
 */
class CueDetectorExamplesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());
  private static final SignalDetectors SIGNALS = SignalDetectors.standard();

  /**
   * Signals the personalization-dependent examples rely on, given explicitly until the signal
   * detectors (another stage) find them on their own. Every other example gets the signals of
   * {@link SignalDetectors#standard()}.
   */
  private static final Map<String, List<SignalSpec>> GIVEN_SIGNALS =
      Map.of(
          "Congrats on the new role at Stripe, Jane!",
          List.of(
              new SignalSpec(SignalType.RECIPIENT_ACHIEVEMENT, "the new role at Stripe"),
              new SignalSpec(SignalType.RECIPIENT_NAME, "Jane")),
          "Hi Tom, fellow Michigan alum here. Go Blue!",
          List.of(new SignalSpec(SignalType.SHARED_ORG, "fellow Michigan alum")),
          "Hey Ana, another Rust enthusiast here \uD83E\uDD80",
          List.of(new SignalSpec(SignalType.SHARED_INTEREST, "Rust enthusiast")),
          "Hi Jane, let's connect.",
          List.of(new SignalSpec(SignalType.RECIPIENT_NAME, "Jane")));

  private record SignalSpec(SignalType type, String phrase) {}

  private static List<Signal> signalsFor(Example e, AnalyzedNote note) {
    List<SignalSpec> given = GIVEN_SIGNALS.get(e.draft().note());
    if (given == null) {
      return SIGNALS.detect(note, e.draft());
    }
    List<Signal> out = new ArrayList<>();
    for (SignalSpec s : given) {
      out.add(CueTesting.signal(e.draft().note(), s.type(), s.phrase()));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyDetectorHoldsOnItsExamples() {
    return CueDetectors.standard().detectors().stream()
        .flatMap(
            d ->
                d.examples().stream()
                    .map(
                        e ->
                            DynamicTest.dynamicTest(
                                d.code().id()
                                    + (e.isFlagged() ? " flags: " : " clean: ")
                                    + e.draft().note(),
                                () -> check(d, e))));
  }

  private static void check(CueDetector d, Example e) {
    String text = e.draft().note();
    AnalyzedNote note = READER.read(text);
    List<Reason> reasons =
        d.detect(
            new CueInput(
                note, e.draft(), signalsFor(e, note), Settings.defaults(), CueTesting.NOW));
    List<Reason> mine = reasons.stream().filter(r -> r.code() == d.code()).toList();
    assertEquals(reasons.size(), mine.size(), "a detector reports only its own code");
    for (Reason r : mine) {
      assertEquals(d.code().defaultSeverity(), r.severity(), "default severity");
      if (r.span() != null) {
        assertEquals(text.substring(r.span().start(), r.span().end()), r.text());
      }
      assertTrue(!r.message().isBlank());
    }
    if (!e.isFlagged()) {
      assertTrue(mine.isEmpty(), () -> "expected no reason, got " + lines(mine));
    } else if (e.expectsNoSpan()) {
      if (mine.isEmpty()) {
        fail("expected a reason about the whole draft, got none");
      }
      for (Reason r : mine) {
        assertNull(r.span(), "a whole-draft reason has no span");
      }
    } else {
      String expected = text.substring(e.expected().start(), e.expected().end());
      boolean found =
          mine.stream().anyMatch(r -> r.span() != null && r.span().equals(e.expected()));
      assertTrue(
          found,
          () -> "expected a reason on '" + expected + "' " + e.expected() + ", got " + lines(mine));
    }
  }

  private static List<String> lines(List<Reason> rs) {
    return rs.stream().map(CueTesting::line).toList();
  }

  @Test
  void everyDetectorHasThreeFlaggedAndThreeCleanExamples() {
    for (CueDetector d : CueDetectors.standard().detectors()) {
      long flagged = d.examples().stream().filter(Example::isFlagged).count();
      long clean = d.examples().size() - flagged;
      assertTrue(flagged >= 3, d.code().id() + " has " + flagged + " flagged examples");
      assertTrue(clean >= 3, d.code().id() + " has " + clean + " clean examples");
    }
  }

  @Test
  void standardHasOneDetectorPerOwnedCode() {
    Set<ReasonCode> seen = EnumSet.noneOf(ReasonCode.class);
    for (CueDetector d : CueDetectors.standard().detectors()) {
      assertTrue(seen.add(d.code()), "two detectors for " + d.code());
    }
    Set<ReasonCode> notMine =
        EnumSet.of(ReasonCode.NAME_MISMATCH, ReasonCode.SPAM_LIKE, ReasonCode.MASS_TEMPLATE);
    Set<ReasonCode> expected = EnumSet.complementOf(EnumSet.copyOf(notMine));
    seen.removeAll(notMine); // name_mismatch is registered by its own engineer
    assertEquals(expected, seen);
  }
}
