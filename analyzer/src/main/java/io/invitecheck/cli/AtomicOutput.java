package io.invitecheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * An output file that appears whole or not at all: the data go to a hidden temporary file in the
 * same directory, which {@link #commit()} renames onto the target (atomically where the file system
 * can). Until then a shutdown hook deletes the temporary file, so Ctrl-C or SIGTERM leaves neither
 * a half-written target nor a stray temporary file; an existing target is untouched.
 *
 * <p>A target that exists and is not a regular file, such as {@code /dev/null}, {@code /dev/stdout}
 * or a named pipe, cannot be replaced: renaming a file onto it would put a plain file where the
 * device was (as root) or fail (as anyone else). Such a target is written directly, as a shell
 * redirect would.
 */
final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final Path temp; // null when the target is written directly
  private final Thread hook;
  private final Object lock = new Object();
  private boolean done;

  private AtomicOutput(Path target, Path temp) {
    this.target = target;
    this.temp = temp;
    this.hook = new Thread(this::abortQuietly, "invitecheck-cleanup");
    if (temp != null) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
  }

  /**
   * Creates the temporary file next to {@code target}: if this fails, nothing was done.
   *
   * @throws CliException (exit 2) saying why the target cannot be written
   */
  static AtomicOutput create(Path target) {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (Files.isDirectory(abs)) {
      throw CliException.badInput("cannot write output '" + target + "': it is a directory");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw CliException.badInput(
          "cannot write output '" + target + "': directory '" + dir + "' does not exist");
    }
    if (Files.exists(abs) && !Files.isWritable(abs)) {
      throw CliException.badInput("cannot write output '" + target + "': permission denied");
    }
    if (Files.exists(abs) && !Files.isRegularFile(abs)) {
      return new AtomicOutput(abs, null); // a device or a pipe
    }
    try {
      Path temp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      AtomicOutput out = new AtomicOutput(abs, temp);
      out.usualPermissions();
      return out;
    } catch (AccessDeniedException | NoSuchFileException e) {
      throw CliException.badInput(
          "cannot write output '" + target + "': directory '" + dir + "' is not writable");
    } catch (IOException e) {
      throw CliException.badInput("cannot write output '" + target + "': " + e.getMessage());
    }
  }

  /**
   * A temporary file is private (rw-------); give the output the permissions of the file it
   * replaces, or rw-r--r-- like a file made by a shell redirect.
   */
  private void usualPermissions() {
    try {
      Set<PosixFilePermission> perms =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, perms);
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: keep the defaults
    }
  }

  /** Whether the data go straight to the target (a device or a pipe), not to a temporary file. */
  boolean direct() {
    return temp == null;
  }

  OutputStream open() throws IOException {
    return direct()
        ? Files.newOutputStream(target, StandardOpenOption.WRITE)
        : Files.newOutputStream(temp);
  }

  /** Renames the temporary file onto the target (nothing to do when written directly). */
  void commit() throws IOException {
    synchronized (lock) {
      if (done) {
        throw new IOException("interrupted: output '" + target + "' not written");
      }
      if (!direct()) {
        try {
          Files.move(
              temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      done = true;
    }
    removeHook();
  }

  /** Deletes the temporary file unless committed. */
  @Override
  public void close() {
    abortQuietly();
    removeHook();
  }

  private void abortQuietly() {
    synchronized (lock) {
      if (done) {
        return;
      }
      done = true;
      if (direct()) {
        return;
      }
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // best effort: a shutdown hook has nowhere to report to
      }
    }
  }

  private void removeHook() {
    if (direct()) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs or has run
    }
  }
}
