package io.invitecheck.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * This JVM's garbage collections so far and the time they took, summed over its collectors as their
 * {@link GarbageCollectorMXBean}s count them, so that a timed part can say how much of its wall
 * time the collector had: a batch run slowed by a full collection shows it. For the parallel and
 * serial collectors (batch's) that time is pauses, every thread stopped; a collector that does part
 * of its work concurrently counts only some of it. Immutable.
 *
 * @param collections collections so far
 * @param millis their accumulated time in milliseconds
 */
public record GcTime(long collections, long millis) {

  /** The counts now. A collector that cannot tell (-1) adds nothing. */
  public static GcTime now() {
    long collections = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new GcTime(collections, millis);
  }

  /** The seconds collected from {@code before} to these counts. */
  public double secondsSince(GcTime before) {
    return (millis - before.millis) / 1000.0;
  }
}
