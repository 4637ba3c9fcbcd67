package io.invitecheck.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.config.Settings;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.nlp.NlpModels;
import io.invitecheck.nlp.NoteReader;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Settings that change what the cue detectors report, and the messages that name the facts. */
class ConfiguredCuesIT {
  private static final NoteReader READER = new NoteReader(NlpModels.load());

  private static List<String> texts(CueDetector d, String note, Settings settings) {
    return d.detect(CueTesting.input(READER, Draft.of(note), List.of(), settings)).stream()
        .map(Reason::text)
        .toList();
  }

  @Test
  void extraSalesPhrasesAreFlaggedOnlyWhenConfigured() {
    String note = "Hi Kim, want to join our growth sprint cohort next month?";
    Settings custom =
        Settings.defaults().toBuilder().extraSalesPhrases(List.of("Growth Sprint")).build();
    SalesPitchCue cue = new SalesPitchCue();
    assertEquals(List.of(), texts(cue, note, Settings.defaults()));
    assertEquals(List.of("growth sprint"), texts(cue, note, custom));
    // the same detector goes back to the built-in list for other settings
    assertEquals(List.of(), texts(cue, note, Settings.defaults()));
    // built-in phrases stay on with extras configured
    assertEquals(List.of("free trial"), texts(cue, "Start a free trial today.", custom));
  }

  @Test
  void extraFlatteryPhrasesAreFlaggedOnlyWhenConfigured() {
    String note = "Hi Lou, what a rockstar profile! Let's connect.";
    Settings custom =
        Settings.defaults().toBuilder().extraFlatteryPhrases(List.of("rockstar profile")).build();
    GenericFlatteryCue cue = new GenericFlatteryCue();
    assertEquals(List.of(), texts(cue, note, Settings.defaults()));
    assertEquals(List.of("rockstar profile"), texts(cue, note, custom));
  }

  @Test
  void oneDetectorServesTwoSettingsFromManyThreadsAtOnce() throws Exception {
    String note = "Hi Kim, want to join our growth sprint cohort next month?";
    NoteReader reader = READER;
    Settings custom =
        Settings.defaults().toBuilder().extraSalesPhrases(List.of("growth sprint")).build();
    SalesPitchCue cue = new SalesPitchCue();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        boolean configured = i % 2 == 0;
        results.add(
            pool.submit(
                () -> {
                  Settings s = configured ? custom : Settings.defaults();
                  int n = cue.detect(CueTesting.input(reader, Draft.of(note), List.of(), s)).size();
                  return n == (configured ? 1 : 0);
                }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get(30, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tooLongNamesLengthLimitAndAccount() {
    String note = "x".repeat(250);
    CueInput unknown = CueTesting.input(READER, Draft.of(note), List.of(), Settings.defaults());
    assertEquals(List.of(), new TooLongCue().detect(unknown));
    Settings freeDefault =
        Settings.defaults().toBuilder().defaultAccountType(AccountType.FREE).build();
    Reason r =
        new TooLongCue()
            .detect(CueTesting.input(READER, Draft.of(note), List.of(), freeDefault))
            .get(0);
    assertEquals(
        "The note is 250 characters long; the limit for a free account is 200 (account type not"
            + " given; assumed free), so the last 50 characters would be cut.",
        r.message());
    assertEquals(200, r.span().start());
    assertEquals(250, r.span().end());
  }

  @Test
  void resendFollowsTheConfiguredCooldownAndNamesDateAndOutcome() {
    String note = "Hi Jane, trying again: would love to connect about the payments guild.";
    Instant tenDaysAgo = CueTesting.NOW.minusSeconds(10 * 86_400);
    Draft withdrawn =
        Draft.builder(note)
            .context(
                new Context(
                    null,
                    null,
                    null,
                    null,
                    List.of(new PreviousInvitation(tenDaysAgo, Outcome.WITHDRAWN))))
            .build();
    ResendAfterRejectionCue cue = new ResendAfterRejectionCue();
    List<Reason> defaults =
        cue.detect(CueTesting.input(READER, withdrawn, List.of(), Settings.defaults()));
    assertEquals(1, defaults.size());
    assertEquals(
        "You withdrew an invitation to this person on 2026-11-16, less than 21 days ago; the"
            + " platform blocks a new one until then.",
        defaults.get(0).message());
    Settings week = Settings.defaults().toBuilder().withdrawCooldownDays(7).build();
    assertEquals(List.of(), cue.detect(CueTesting.input(READER, withdrawn, List.of(), week)));

    Draft several =
        Draft.builder(note)
            .context(
                new Context(
                    null,
                    null,
                    null,
                    null,
                    List.of(
                        new PreviousInvitation(
                            Instant.parse("2025-01-10T00:00:00Z"), Outcome.DECLINED),
                        new PreviousInvitation(
                            Instant.parse("2026-06-01T00:00:00Z"), Outcome.ACCEPTED),
                        new PreviousInvitation(
                            Instant.parse("2026-09-03T00:00:00Z"), Outcome.IGNORED))))
            .build();
    Reason r = cue.detect(CueTesting.input(READER, several, List.of(), Settings.defaults())).get(0);
    assertEquals(ReasonCode.RESEND_AFTER_REJECTION, r.code());
    assertEquals(
        "Your invitation of 2026-09-03 was ignored; inviting again reads as not taking no for an"
            + " answer. (1 earlier invitation(s) also unanswered or refused.)",
        r.message());
  }

  @Test
  void unsupportedLanguageNamesTheLanguage() {
    String note = "Hola María, me encantó tu charla sobre pagos en Madrid. ¿Conectamos?";
    Reason r =
        new UnsupportedLanguageCue()
            .detect(CueTesting.input(READER, Draft.of(note), List.of(), Settings.defaults()))
            .get(0);
    assertEquals(
        "The note looks like Spanish (spa), not English; the scores assume English and are not"
            + " reliable for it.",
        r.message());
  }
}
