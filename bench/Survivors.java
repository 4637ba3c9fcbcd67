import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the server's work leaves alive across a young collection, without HTTP or a load generator:
 * one analyzer answering drafts on as many threads as the server has workers, each draft analyzed
 * and its report rendered as the JSON the server sends, as fast as they go. Run it with the
 * server's collector flags and a GC log (bench/survivors.sh does, and reads the log); prints the
 * drafts answered and the seconds taken.
 *
 * <p>Usage: {@code java [GC flags] bench/Survivors.java JAR DRAFTS.jsonl [THREADS]}
 */
public final class Survivors {
  private Survivors() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args[0]);
    List<String> lines = Files.readAllLines(Path.of(args[1]));
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    ClassLoader cl =
        new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    Class<?> analyzerClass = cl.loadClass("io.invitecheck.InviteAnalyzer");
    Object builder = analyzerClass.getMethod("builder").invoke(null);
    Object analyzer = builder.getClass().getMethod("build").invoke(builder);
    Method analyze = analyzerClass.getMethod("analyze", cl.loadClass("io.invitecheck.draft.Draft"));
    Method toJson =
        cl.loadClass("io.invitecheck.json.ReportJson")
            .getMethod("toJsonLine", cl.loadClass("io.invitecheck.report.Report"));
    Method parse = cl.loadClass("io.invitecheck.json.DraftJson").getMethod("parse", String.class);
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<Long>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                long bytes = 0;
                for (int i; (i = next.getAndIncrement()) < lines.size(); ) {
                  Object report = analyze.invoke(analyzer, parse.invoke(null, lines.get(i)));
                  bytes += ((byte[]) toJson.invoke(null, report)).length;
                }
                return bytes;
              }));
    }
    long bytes = 0;
    for (Future<Long> f : done) {
      bytes += f.get();
    }
    pool.shutdown();
    System.out.printf(
        "%,d drafts answered in %.1f s on %d threads (%,d bytes of JSON)%n",
        lines.size(), (System.nanoTime() - start) / 1e9, threads, bytes);
  }
}
