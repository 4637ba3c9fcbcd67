package io.invitecheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The runnable jar {@code mvn package} made; failsafe runs after it, so ITs can start it. */
final class PackagedJar {
  private PackagedJar() {}

  /** The absolute path of {@code target/invitecheck-analyzer-*-cli.jar}, or null when missing. */
  static Path find() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("target"))) {
      return s.filter(p -> p.getFileName().toString().matches("invitecheck-analyzer-.*-cli\\.jar"))
          .map(Path::toAbsolutePath)
          .findFirst()
          .orElse(null);
    }
  }
}
