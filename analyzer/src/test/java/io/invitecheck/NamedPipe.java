package io.invitecheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A named pipe for tests of outputs that are not regular files (a pipe cannot be replaced by
 * renaming a file onto it). The test is skipped where {@code mkfifo} is missing.
 */
public final class NamedPipe {
  private NamedPipe() {}

  /** Makes a named pipe at {@code file}. */
  public static Path make(Path file) throws InterruptedException {
    boolean made;
    try {
      Process p = new ProcessBuilder("mkfifo", file.toString()).start();
      made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo makes a named pipe here");
    return file;
  }

  /** Reads everything written to the pipe, on another thread (opening it waits for a writer). */
  public static CompletableFuture<byte[]> readAll(Path pipe) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (InputStream in = Files.newInputStream(pipe)) {
            return in.readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }
}
