package io.invitecheck.cli;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the batch readers: whatever the bytes, CSV and JSON Lines input give items (drafts or
 * error records with a line number) or a {@link CliException} for a bad header — never another
 * exception, and never an item without either a draft or an error. The normal test run replays the
 * seeds in {@code src/test/resources/io/invitecheck/cli/DraftReadersFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1} fuzzes (README, "Reliability").
 */
class DraftReadersFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void csvAndJsonLinesNeverFailOutsideTheContract(FuzzedDataProvider data) throws IOException {
    byte[] bytes = data.consumeRemainingAsBytes();
    drain(csv(bytes));
    drain(jsonl(bytes));
  }

  private static DraftSource csv(byte[] bytes) throws IOException {
    try {
      return new CsvSource(
          new BoundedLineReader(new ByteArrayInputStream(bytes), 4_096), "fuzz.csv");
    } catch (CliException e) {
      return null; // a bad header is a clear error before any record: part of the contract
    }
  }

  private static DraftSource jsonl(byte[] bytes) {
    return new JsonlSource(new BoundedLineReader(new ByteArrayInputStream(bytes), 4_096));
  }

  private static void drain(DraftSource source) throws IOException {
    if (source == null) {
      return;
    }
    try (source) {
      DraftSource.Item item;
      long lastLine = 0;
      while ((item = source.next()) != null) {
        if ((item.draft() == null) == (item.error() == null)) {
          throw new AssertionError("an item needs a draft or an error: " + item);
        }
        if (item.line() <= lastLine - 1 || item.line() < 1) {
          throw new AssertionError("line numbers must start at 1 and not go back: " + item);
        }
        lastLine = item.line();
      }
    } catch (CliException e) {
      // a CSV record the reader cannot even split: reported with its line, part of the contract
    }
  }
}
