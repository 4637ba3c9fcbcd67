package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.invitecheck.NamedPipe;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  private static final byte[] REPORT =
      "{\"id\":\"d1\",\"risk\":{\"level\":\"high\"}}\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aFileAppearsOnlyOnCommitAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("reports.jsonl");
    Files.writeString(target, "old reports\n");
    try (AtomicOutput out = AtomicOutput.create(target)) {
      assertFalse(out.direct());
      try (OutputStream w = out.open()) {
        w.write(REPORT);
      }
      assertEquals("old reports\n", Files.readString(target), "untouched before the commit");
      out.commit();
    }
    assertArrayEquals(REPORT, Files.readAllBytes(target));
    assertEquals(List.of(target), files(dir));
  }

  @Test
  void aFileIsUntouchedWhenNotCommitted(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("reports.jsonl");
    Files.writeString(target, "old reports\n");
    try (AtomicOutput out = AtomicOutput.create(target)) {
      try (OutputStream w = out.open()) {
        w.write(REPORT);
      }
    }
    assertEquals("old reports\n", Files.readString(target));
    assertEquals(List.of(target), files(dir));
  }

  /**
   * Renaming the temporary file onto {@code /dev/null} replaced the device with a plain file when
   * run as root (every later write to /dev/null then grew it), and failed for anyone else.
   */
  @Test
  void devNullIsWrittenDirectlyAndStaysADevice() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "a system with /dev/null");
    try (AtomicOutput out = AtomicOutput.create(devNull)) {
      assertTrue(out.direct());
      try (OutputStream w = out.open()) {
        w.write(REPORT);
      }
      out.commit();
    }
    assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "still a device");
    assertEquals(0, Files.size(devNull));
  }

  @Test
  void aNamedPipeGetsTheDataAndStaysAPipe(@TempDir Path dir) throws Exception {
    Path fifo = NamedPipe.make(dir.resolve("reports.fifo"));
    CompletableFuture<byte[]> reader = NamedPipe.readAll(fifo);
    try (AtomicOutput out = AtomicOutput.create(fifo)) {
      assertTrue(out.direct());
      try (OutputStream w = out.open()) {
        w.write(REPORT);
      }
      out.commit();
    }
    assertArrayEquals(REPORT, reader.get(10, TimeUnit.SECONDS));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "still a pipe");
    assertEquals(List.of(fifo), files(dir));
  }

  private static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }
}
