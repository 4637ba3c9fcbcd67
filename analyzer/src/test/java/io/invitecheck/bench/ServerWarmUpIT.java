package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.InviteAnalyzer;
import io.invitecheck.config.ServerSettings;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The warm-up ends when the compilers have settled after its floor of requests, or at its longest
 * time.
 */
class ServerWarmUpIT {
  private static InviteAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = InviteAnalyzer.builder().build();
  }

  @AfterAll
  static void close() {
    analyzer.close();
  }

  private static ServerSettings twoThreads() {
    return ServerSettings.defaults().withThreads(2);
  }

  /** Compilers that never compile: settled once the samples span {@code windowNanos}. */
  private static CompilerActivity idle(long windowNanos) {
    return new CompilerActivity(() -> 0, System::nanoTime, windowNanos, 0.2);
  }

  @Test
  void idleCompilersEndTheWarmUpLongBeforeItsLongestTime() throws Exception {
    // settled once the samples span the 1 s window
    ServerWarmUp.Result r =
        ServerWarmUp.run(analyzer, twoThreads(), Duration.ofSeconds(60), idle(1_000_000_000L), 0);
    assertTrue(r.settled());
    assertTrue(r.load().seconds() >= 1.0 && r.load().seconds() < 10, "seconds " + r.load());
    assertTrue(r.load().requests() > 0, r.load().toString());
    assertEquals(0, r.load().errors(), r.load().toString());
  }

  @Test
  void busyCompilersKeepItGoingToItsLongestTime() throws Exception {
    // compile time that grows as fast as the clock: never settled
    long start = System.nanoTime();
    CompilerActivity compiling =
        new CompilerActivity(
            () -> (System.nanoTime() - start) / 1_000_000, System::nanoTime, 500_000_000L, 0.2);
    ServerWarmUp.Result r =
        ServerWarmUp.run(analyzer, twoThreads(), Duration.ofSeconds(2), compiling, 0);
    assertFalse(r.settled());
    assertTrue(r.load().seconds() >= 2.0 && r.load().seconds() < 10, "seconds " + r.load());
    assertEquals(0, r.load().errors(), r.load().toString());
  }

  @Test
  void withoutAMeasureOfTheCompilersItLastsItsWholeTime() throws Exception {
    ServerWarmUp.Result r =
        ServerWarmUp.run(analyzer, twoThreads(), Duration.ofSeconds(1), null, 0);
    assertFalse(r.settled());
    assertTrue(r.load().seconds() >= 1.0, "seconds " + r.load());
  }

  @Test
  void settledCompilersDoNotEndItBeforeItsFloorOfRequests() throws Exception {
    // idle compilers would end it after the 1 s window (the first test): here not before 6,000
    // requests, about three times what 2 connections answer in that second on 2 cores
    ServerWarmUp.Result r =
        ServerWarmUp.run(
            analyzer, twoThreads(), Duration.ofSeconds(60), idle(1_000_000_000L), 6_000);
    assertTrue(r.settled());
    assertTrue(r.load().requests() >= 6_000, r.load().toString());
    assertTrue(r.load().seconds() < 50, "seconds " + r.load());
    assertEquals(0, r.load().errors(), r.load().toString());
  }

  @Test
  void aFloorNotReachedInTimeLetsItRunToItsLongestTimeUnsettled() throws Exception {
    // a machine too slow or too busy to answer the floor's requests in time
    ServerWarmUp.Result r =
        ServerWarmUp.run(
            analyzer, twoThreads(), Duration.ofSeconds(2), idle(500_000_000L), 10_000_000);
    assertFalse(r.settled());
    assertTrue(r.load().seconds() >= 2.0 && r.load().seconds() < 10, "seconds " + r.load());
    assertTrue(r.load().requests() < 10_000_000, r.load().toString());
  }
}
