import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two builds of InviteCheck in one JVM, each in its own class loader (its own memos and tables),
 * scoring the same drafts in turns: a chunk of drafts by one, the same chunk by the other, in the
 * order A B B A, so that a host whose speed drifts by tens of percent within minutes slows both
 * alike. Each draft is analyzed, rendered as a JSON line and signed for the template pass, as a
 * batch does, on as many threads as the machine has cores; the CPU time of those threads is
 * counted per chunk. Prints the median ratio B ÷ A over the chunks after the warm-up ones.
 *
 * <p>Usage: {@code java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC bench/AbCompare.java A.jar
 * B.jar DRAFTS.jsonl [CHUNK] [WARM-UP CHUNKS]} (bench/ab.sh runs it with batch's flags).
 */
public final class AbCompare {
  private AbCompare() {}

  /** One build: its analyzer and the methods a batch calls, looked up once. */
  private static final class Build {
    final String name;
    final Object analyzer;
    final Object signer;
    final Method analyze;
    final Method toJsonLine;
    final Method sign;
    final Object[] drafts;

    Build(String jar, List<String> lines) throws Exception {
      name = Path.of(jar).getFileName().toString();
      ClassLoader cl =
          new URLClassLoader(
              new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> analyzerClass = cl.loadClass("io.invitecheck.InviteAnalyzer");
      Class<?> draftClass = cl.loadClass("io.invitecheck.draft.Draft");
      Object builder = analyzerClass.getMethod("builder").invoke(null);
      analyzer = builder.getClass().getMethod("build").invoke(builder);
      analyze = analyzerClass.getMethod("analyze", draftClass);
      toJsonLine =
          cl.loadClass("io.invitecheck.json.ReportJson")
              .getMethod("toJsonLine", cl.loadClass("io.invitecheck.report.Report"));
      Class<?> signerClass = cl.loadClass("io.invitecheck.campaign.MassTemplates$Signer");
      signer = signerClass.getConstructor().newInstance();
      sign = signerClass.getMethod("sign", draftClass);
      Method parse = cl.loadClass("io.invitecheck.json.DraftJson").getMethod("parse", String.class);
      drafts = new Object[lines.size()];
      for (int i = 0; i < drafts.length; i++) {
        drafts[i] = parse.invoke(null, lines.get(i));
      }
    }

    void score(int i) throws Exception {
      sign.invoke(signer, drafts[i]);
      toJsonLine.invoke(null, analyze.invoke(analyzer, drafts[i]));
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: AbCompare A.jar B.jar DRAFTS.jsonl [CHUNK] [WARM-UP CHUNKS]");
      System.exit(2);
    }
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[2]))) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    int chunk = args.length > 3 ? Integer.parseInt(args[3]) : 1_000;
    int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 4;
    Build a = new Build(args[0], lines);
    Build b = new Build(args[1], lines);
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    int chunks = lines.size() / chunk;
    List<Double> ratios = new ArrayList<>();
    double cpuA = 0;
    double cpuB = 0;
    for (int c = 0; c < chunks; c++) {
      int from = c * chunk;
      Build first = c % 2 == 0 ? a : b;
      Build second = first == a ? b : a;
      double t1 = run(first, from, chunk, pool, threads, mx);
      double t2 = run(second, from, chunk, pool, threads, mx);
      double ta = first == a ? t1 : t2;
      double tb = first == a ? t2 : t1;
      if (c >= warmUp) {
        ratios.add(tb / ta);
        cpuA += ta;
        cpuB += tb;
      }
      System.out.printf(
          "chunk %3d  %s %7.1f ms  %s %7.1f ms  B/A %.3f%s%n",
          c, a.name, ta * 1e3, b.name, tb * 1e3, tb / ta, c < warmUp ? "  (warm-up)" : "");
    }
    pool.shutdown();
    double[] r = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf(
        "%d chunks of %d drafts after %d warm-up: CPU B/A median %.3f (quartiles %.3f, %.3f),"
            + " total %.3f; A %.1f µs/draft, B %.1f µs/draft%n",
        r.length,
        chunk,
        warmUp,
        r[r.length / 2],
        r[r.length / 4],
        r[(3 * r.length) / 4],
        cpuB / cpuA,
        cpuA / (r.length * (double) chunk) * 1e6,
        cpuB / (r.length * (double) chunk) * 1e6);
  }

  /** The CPU seconds the pool's threads spent scoring drafts [from, from + n) with the build. */
  private static double run(
      Build build, int from, int n, ExecutorService pool, int threads, ThreadMXBean mx)
      throws Exception {
    List<Future<Long>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = from + t;
      parts.add(
          pool.submit(
              () -> {
                long start = mx.getCurrentThreadCpuTime();
                for (int i = first; i < from + n; i += threads) {
                  build.score(i);
                }
                return mx.getCurrentThreadCpuTime() - start;
              }));
    }
    long sum = 0;
    for (Future<Long> f : parts) {
      sum += f.get();
    }
    return sum / 1e9;
  }
}
