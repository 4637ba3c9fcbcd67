package io.invitecheck.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The SHA-256 of the files the jar bundles ({@link #FILES}: the corpus and the classifier),
 * recorded when the jar is built instead of hashed at every start-up.
 *
 * <p>Hashing the 1.1 MB corpus and the 0.7 MB classifier took some 40 ms of CPU at every build of
 * an analyzer (SHA-256 is not an intrinsic under the client compiler), and reading the corpus
 * inflated 1.1 MB from the jar only to hash it. The bundled files cannot change inside a built jar,
 * so their digests are written once, by {@code PrebuildIndex} in Maven's {@code process-classes},
 * into {@value #RESOURCE}; {@code BundledDigestsTest} fails when a recorded digest is not its
 * file's. A corpus or model the user names is still hashed, and so is a bundled file whose digest
 * is not recorded (e.g. classes built without Maven's step). Stateless.
 *
 * <p>Format: one line per file, {@code RESOURCE=HEX}, in resource order, UTF-8.
 */
final class BundledDigests {
  /** The classpath resource holding the digests. */
  static final String RESOURCE = "/io/invitecheck/corpus/bundled.sha256";

  /** The bundled resources whose digests are recorded. */
  static final List<String> FILES =
      List.of(
          DefaultCorpus.BUNDLED_CORPUS,
          DefaultCorpus.BUNDLED_MODELS + "/" + TrainedModel.MODEL_FILE);

  private static volatile Map<String, String> recorded; // read once

  private BundledDigests() {}

  /** The recorded hex SHA-256 of the bundled resource {@code name}, if the jar has it. */
  static Optional<String> of(String name) {
    return Optional.ofNullable(recorded().get(name));
  }

  private static Map<String, String> recorded() {
    Map<String, String> r = recorded;
    if (r == null) {
      r = read();
      recorded = r;
    }
    return r;
  }

  /** The digests in {@value #RESOURCE}, none when it is missing or unreadable. */
  static Map<String, String> read() {
    try (InputStream in = BundledDigests.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Map.of(); // hashed as before
    }
  }

  /** The digests written by {@link #format}; a line that is not {@code NAME=64 hex} is skipped. */
  static Map<String, String> parse(String text) {
    Map<String, String> out = new TreeMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      String hex = eq < 0 ? "" : line.substring(eq + 1).strip();
      if (eq > 0 && hex.length() == 64 && hex.chars().allMatch(BundledDigests::isLowerHex)) {
        out.put(line.substring(0, eq), hex);
      }
    }
    return Map.copyOf(out);
  }

  private static boolean isLowerHex(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }

  /** The lines of {@link #RESOURCE} for these digests. */
  static String format(Map<String, String> digests) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(digests)
        .forEach((name, hex) -> b.append(name).append('=').append(hex).append('\n'));
    return b.toString();
  }

  /**
   * Hashes each of the {@link #FILES} found under the classes directory {@code classes} and writes
   * their digests into {@value #RESOURCE} there.
   *
   * @throws UncheckedIOException when a file cannot be read or the digests written
   */
  static void write(Path classes) {
    Map<String, String> digests = new TreeMap<>();
    for (String name : FILES) {
      Path file = classes.resolve(name.substring(1));
      if (Files.isRegularFile(file)) {
        digests.put(name, CorpusIdentity.sha256(file));
      }
    }
    Path out = classes.resolve(RESOURCE.substring(1));
    try {
      Files.createDirectories(out.getParent());
      Files.writeString(out, format(digests), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }
}
