package io.invitecheck.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Where a benchmark ran: the date, the machine (cores, CPU model, memory, load) and the JVM
 * (version, vendor, maximum heap, collectors, the flags it was started with), so that two results
 * can be compared. Immutable.
 *
 * @param date when the run started, UTC, to the second
 * @param cores the processors the JVM may use
 * @param cpuModel the "model name" of /proc/cpuinfo, or the OS architecture where there is none
 * @param memoryBytes the machine's memory (MemTotal of /proc/meminfo), -1 when unknown
 * @param loadAverage the one-minute load average when the run started, -1 when unknown (other work
 *     on the machine makes every number slower)
 * @param os the operating system's name and version
 * @param javaVersion e.g. {@code 17.0.15}
 * @param javaVendor e.g. {@code Debian}
 * @param vm e.g. {@code OpenJDK 64-Bit Server VM 17.0.15+6-Debian-1deb12u1}
 * @param maxHeapBytes the heap limit ({@code -Xmx} or the JVM's default)
 * @param gc the garbage collectors, e.g. {@code [G1 Young Generation, G1 Old Generation]}
 * @param jvmFlags the flags the JVM was started with (not the application's arguments)
 */
public record Environment(
    String date,
    int cores,
    String cpuModel,
    long memoryBytes,
    double loadAverage,
    String os,
    String javaVersion,
    String javaVendor,
    String vm,
    long maxHeapBytes,
    List<String> gc,
    List<String> jvmFlags) {

  /** This machine and this JVM, now. */
  public static Environment detect() {
    Runtime rt = Runtime.getRuntime();
    return new Environment(
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
        rt.availableProcessors(),
        readCpuModel(),
        readMemoryBytes(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.version"),
        System.getProperty("java.vendor"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
        rt.maxMemory(),
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .toList(),
        List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments()));
  }

  private static String readCpuModel() {
    for (String line : lines("/proc/cpuinfo")) {
      if (line.startsWith("model name")) {
        int colon = line.indexOf(':');
        return line.substring(colon + 1).strip();
      }
    }
    return System.getProperty("os.arch");
  }

  private static long readMemoryBytes() {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith("MemTotal:")) {
        String[] parts = line.substring(9).strip().split("\\s+");
        try {
          long value = Long.parseLong(parts[0]);
          return parts.length > 1 && parts[1].toLowerCase(Locale.ROOT).equals("kb")
              ? value * 1024
              : value;
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return -1;
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
