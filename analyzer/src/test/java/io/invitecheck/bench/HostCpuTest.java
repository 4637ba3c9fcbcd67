package io.invitecheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HostCpuTest {
  @Test
  void theAggregateLineOfProcStatGivesBusyIdleAndStolenTicks() {
    // cpu user nice system idle iowait irq softirq steal guest guest_nice (a Firecracker guest)
    HostCpu c = HostCpu.parse("cpu  2137567 484 139276 1082974 1789 0 19463 45446 0 0");
    assertEquals(new HostCpu(2137567 + 484 + 139276 + 19463, 1082974 + 1789, 45446), c);
  }

  @Test
  void theStolenShareIsStealOverAllTicksBetweenTwoReadings() {
    // measured during two threads busy half the time on 2 vCPUs: 809 user, 46 system, 2,628
    // idle, 1,766 steal of 5,287 ticks (including 38 softirq)
    HostCpu before = HostCpu.parse("cpu  2137567 484 139276 1082974 1789 0 19463 45446 0 0");
    HostCpu after = HostCpu.parse("cpu  2138376 484 139322 1085602 1789 0 19501 47212 0 0");
    assertEquals(1766.0 / 5287, after.stolenSince(before), 1e-12);
    assertEquals(-1, before.stolenSince(before), "no tick passed");
  }

  @Test
  void linesItCannotReadMakeTheShareUnknown() {
    assertEquals(HostCpu.UNKNOWN, HostCpu.parse("cpu0 1 2 3 4 5 6 7 8"));
    assertEquals(HostCpu.UNKNOWN, HostCpu.parse("cpu 1 2 3"), "a kernel before steal time");
    assertEquals(HostCpu.UNKNOWN, HostCpu.parse("cpu 1 2 x 4 5 6 7 8"));
    HostCpu known = HostCpu.parse("cpu 1 0 0 1 0 0 0 0");
    assertEquals(-1, known.stolenSince(HostCpu.UNKNOWN));
    assertEquals(-1, HostCpu.UNKNOWN.stolenSince(known));
  }
}
