package io.invitecheck.corpus.build;

import io.invitecheck.corpus.CorpusFormatException;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.CorpusReader;
import io.invitecheck.corpus.CorpusWriter;
import io.invitecheck.corpus.Label;
import io.invitecheck.corpus.NearDuplicates;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assembles the corpus from the writers' drafts, deterministically: the same drafts give the same
 * bytes.
 *
 * <ol>
 *   <li>reads {@code DRAFTS/<writer>/batch-*.jsonl} (writers and batches in name order); a line
 *       that is not a valid note, a repeated id or a text over 300 characters is reported and
 *       skipped;
 *   <li>drops exact-duplicate texts (compared after trimming and collapsing white space and case),
 *       keeping the smallest id, and reports them;
 *   <li>clusters the notes with {@link NearDuplicates#clusters} (template families united with
 *       near-duplicates of masked 3-shingles, Jaccard ≥ {@value NearDuplicates#THRESHOLD});
 *   <li>puts a cluster in the test split when the stable hash of its smallest id says so (about
 *       {@code 22%} of clusters), else in train;
 *   <li>sets {@code source} to {@code team-written (writer <dir>)} and writes the notes sorted by
 *       id.
 * </ol>
 *
 * <p>Usage: {@code AssembleCorpus DRAFTS_DIR OUT_JSONL}
 */
public final class AssembleCorpus {
  /** The longest note the platform accepts. */
  public static final int MAX_CHARS = 300;

  private AssembleCorpus() {}

  /** What an assembly did. */
  public record Result(
      List<CorpusNote> notes,
      List<String> problems,
      List<String> duplicates,
      Map<String, String> clusters) {}

  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: AssembleCorpus DRAFTS_DIR OUT_JSONL");
      System.exit(2);
    }
    Result r = assemble(Path.of(args[0]));
    CorpusWriter.write(r.notes(), Path.of(args[1]));
    report(r, System.out);
  }

  /** Reads, de-duplicates, clusters and splits the drafts under {@code draftsDir}. */
  public static Result assemble(Path draftsDir) {
    List<String> problems = new ArrayList<>();
    Map<String, CorpusNote> byId = new LinkedHashMap<>();
    for (Path writerDir : sortedChildren(draftsDir, "*")) {
      if (!Files.isDirectory(writerDir)) {
        continue;
      }
      String writer = writerDir.getFileName().toString();
      for (Path batch : sortedChildren(writerDir, "batch-*.jsonl")) {
        readBatch(batch, writer, byId, problems);
      }
    }
    List<CorpusNote> all = new ArrayList<>(byId.values());
    all.sort(Comparator.comparing(CorpusNote::id));
    List<String> duplicates = new ArrayList<>();
    Map<String, String> firstByText = new HashMap<>();
    List<CorpusNote> unique = new ArrayList<>();
    for (CorpusNote n : all) {
      String key = normalized(n.text());
      String first = firstByText.putIfAbsent(key, n.id());
      if (first != null) {
        duplicates.add(n.id() + " repeats the text of " + first + ": " + n.text());
      } else {
        unique.add(n);
      }
    }
    Map<String, String> clusters = NearDuplicates.clusters(unique);
    List<CorpusNote> out = new ArrayList<>(unique.size());
    for (CorpusNote n : unique) {
      String split =
          NearDuplicates.isTestCluster(clusters.get(n.id())) ? CorpusNote.TEST : CorpusNote.TRAIN;
      out.add(n.withSplit(split));
    }
    return new Result(out, problems, duplicates, clusters);
  }

  /** Prints the counts per label and split, the skipped lines and the dropped duplicates. */
  public static void report(Result r, PrintStream out) {
    Map<Label, int[]> counts = new EnumMap<>(Label.class);
    for (CorpusNote n : r.notes()) {
      counts.computeIfAbsent(n.label(), k -> new int[2])[n.isTest() ? 1 : 0]++;
    }
    out.printf(Locale.ROOT, "%d notes%n", r.notes().size());
    out.printf(Locale.ROOT, "%-16s %6s %6s %6s%n", "label", "train", "test", "all");
    int train = 0;
    int test = 0;
    for (Map.Entry<Label, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      train += c[0];
      test += c[1];
      out.printf(Locale.ROOT, "%-16s %6d %6d %6d%n", e.getKey().id(), c[0], c[1], c[0] + c[1]);
    }
    out.printf(Locale.ROOT, "%-16s %6d %6d %6d%n", "all", train, test, train + test);
    Map<String, Integer> sizes = new TreeMap<>();
    r.clusters().values().forEach(c -> sizes.merge(c, 1, Integer::sum));
    long multi = sizes.values().stream().filter(v -> v > 1).count();
    int largest = sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    long testClusters = sizes.keySet().stream().filter(NearDuplicates::isTestCluster).count();
    out.printf(
        Locale.ROOT,
        "clusters: %d (%d in test; %d with more than one note, the largest has %d)%n",
        sizes.size(),
        testClusters,
        multi,
        largest);
    out.printf(Locale.ROOT, "skipped lines: %d%n", r.problems().size());
    r.problems().forEach(p -> out.println("  " + p));
    out.printf(Locale.ROOT, "dropped exact duplicates: %d%n", r.duplicates().size());
    r.duplicates().forEach(d -> out.println("  " + d));
  }

  private static void readBatch(
      Path batch, String writer, Map<String, CorpusNote> byId, List<String> problems) {
    List<String> lines;
    try {
      lines = Files.readAllLines(batch, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(batch + ": cannot read: " + e.getMessage());
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      CorpusNote n;
      try {
        n = CorpusReader.parseLine(line, batch.toString(), i + 1);
      } catch (CorpusFormatException e) {
        problems.add(e.getMessage());
        continue;
      }
      if (n.text().length() > MAX_CHARS) {
        problems.add(
            batch + " line " + (i + 1) + ": text has " + n.text().length() + " characters");
        continue;
      }
      if (byId.containsKey(n.id())) {
        problems.add(batch + " line " + (i + 1) + ": repeated id " + n.id());
        continue;
      }
      byId.put(n.id(), n.withSource("team-written (writer " + writer + ")").withSplit(null));
    }
  }

  static String normalized(String text) {
    return String.join(" ", text.strip().toLowerCase(Locale.ROOT).split("\\s+"));
  }

  private static List<Path> sortedChildren(Path dir, String glob) {
    Map<String, Path> sorted = new TreeMap<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
      for (Path p : ds) {
        sorted.put(p.getFileName().toString(), p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
    return new ArrayList<>(sorted.values());
  }
}
