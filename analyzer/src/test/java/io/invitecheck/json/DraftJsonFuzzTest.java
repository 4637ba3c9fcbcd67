package io.invitecheck.json;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.invitecheck.InvalidDraftException;

/**
 * Fuzzes the draft reader: any input either gives a draft or an {@link InvalidDraftException} with
 * a field and a message — never another exception. In the normal test run this replays the seed
 * inputs in {@code src/test/resources/io/invitecheck/json/DraftJsonFuzzTestInputs}; with {@code
 * JAZZER_FUZZ=1} it fuzzes (see README, "Reliability").
 */
class DraftJsonFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void readerFailsOnlyWithInvalidDraft(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    try {
      DraftJson.parse(json);
    } catch (InvalidDraftException e) {
      if (e.field() == null || e.getMessage() == null || e.getMessage().isBlank()) {
        throw new AssertionError("error without field or message for input: " + json, e);
      }
    }
  }
}
