import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * How late does the machine wake a thread that only sleeps? Sleeps 1 ms at a time for SECONDS and
 * prints how late each wake-up came (jHiccup's idea): p50, p99, the longest, and how many were 5 ms
 * or more late. It allocates nothing while it runs, so its own collector never pauses it; what it
 * sees is the operating system and the hypervisor. Run beside a load test (bench/server.sh does),
 * it tells a server's tail from the machine's: a wake-up 20 ms late is a request 20 ms late, whatever
 * the server does.
 *
 * <p>Usage: {@code java bench/Hiccups.java SECONDS}
 */
public final class Hiccups {
  private static final long SLEEP_NANOS = 1_000_000;

  private Hiccups() {}

  public static void main(String[] args) {
    double seconds = Double.parseDouble(args[0]);
    long end = System.nanoTime() + (long) (seconds * 1e9);
    int[] lateMicros = new int[(int) (seconds * 1_000) + 1];
    int n = 0;
    int over5 = 0;
    while (n < lateMicros.length) {
      long before = System.nanoTime();
      if (before >= end) {
        break;
      }
      LockSupport.parkNanos(SLEEP_NANOS);
      int micros = (int) Math.max(0, (System.nanoTime() - before - SLEEP_NANOS) / 1_000);
      lateMicros[n++] = micros;
      if (micros >= 5_000) {
        over5++;
      }
    }
    int[] late = Arrays.copyOf(lateMicros, n);
    Arrays.sort(late);
    System.out.printf(
        "machine's wake-ups of a sleeping thread: %,d, late by p50 %.2f ms, p99 %.2f ms, max %.1f"
            + " ms; %,d (%.2f%%) 5 ms or more late%n",
        n,
        n == 0 ? 0 : late[n / 2] / 1e3,
        n == 0 ? 0 : late[(int) (n * 0.99)] / 1e3,
        n == 0 ? 0 : late[n - 1] / 1e3,
        over5,
        n == 0 ? 0 : 100.0 * over5 / n);
  }
}
