package io.invitecheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.draft.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
  private static final String GOOD =
      "{\"id\":\"w1-0001\",\"label\":\"personalized\",\"text\":\"Hi Priya, your talk on Kafka"
          + " backpressure was great.\",\"recipient\":{\"name\":\"Priya Raman\",\"company\":"
          + "\"Confluent\",\"skills\":[\"Kafka\",\"stream processing\"]},\"sender\":{\"company\":"
          + "\"Monzo\"},\"family\":null,\"rationale\":\"names her talk\"}";

  @TempDir Path dir;

  private Path file(String... lines) throws IOException {
    Path f = dir.resolve("notes.jsonl");
    Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  private CorpusFormatException failure(String badLine) throws IOException {
    Path f = file(GOOD, "", badLine);
    CorpusFormatException e = assertThrows(CorpusFormatException.class, () -> CorpusReader.read(f));
    assertEquals(3, e.line(), e.getMessage());
    assertEquals(f.toString(), e.file());
    assertTrue(e.getMessage().startsWith(f + " line 3: "), e.getMessage());
    return e;
  }

  @Test
  void readsAllFieldsOfAGoodLine() throws IOException {
    List<CorpusNote> notes = CorpusReader.read(file(GOOD));
    assertEquals(1, notes.size());
    CorpusNote n = notes.get(0);
    assertEquals("w1-0001", n.id());
    assertEquals(Label.PERSONALIZED, n.label());
    assertEquals("Priya Raman", n.recipient().name());
    assertEquals(List.of("Kafka", "stream processing"), n.recipient().skills());
    assertEquals("Monzo", n.sender().company());
    assertNull(n.family());
    assertNull(n.split());
    assertEquals("names her talk", n.rationale());
  }

  @Test
  void missingProfilesAreEmpty() throws IOException {
    CorpusNote n =
        CorpusReader.read(file("{\"id\":\"a\",\"label\":\"generic\",\"text\":\"Let's connect!\"}"))
            .get(0);
    assertEquals(Profile.EMPTY, n.recipient());
    assertEquals(Profile.EMPTY, n.sender());
  }

  @Test
  void invalidJsonNamesFileAndLine() throws IOException {
    CorpusFormatException e = failure("{\"id\":\"a\",\"label\":\"spam\",\"text\":\"x\"");
    assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
  }

  @Test
  void unknownLabelIsNamed() throws IOException {
    CorpusFormatException e = failure("{\"id\":\"a\",\"label\":\"spm\",\"text\":\"Buy now\"}");
    assertTrue(e.getMessage().contains("unknown label 'spm'"), e.getMessage());
    assertTrue(e.getMessage().contains("self_promotion"), e.getMessage());
  }

  @Test
  void missingTextIsNamed() throws IOException {
    CorpusFormatException e = failure("{\"id\":\"a\",\"label\":\"spam\"}");
    assertTrue(e.getMessage().endsWith("missing 'text'"), e.getMessage());
  }

  @Test
  void wrongTypesAreNamed() throws IOException {
    assertTrue(
        failure("{\"id\":\"a\",\"label\":\"spam\",\"text\":42}")
            .getMessage()
            .contains("'text' must be a string, was NUMBER"));
    assertTrue(
        failure(
                "{\"id\":\"a\",\"label\":\"spam\",\"text\":\"x\",\"recipient\":{\"skills\":"
                    + "\"Kafka\"}}")
            .getMessage()
            .contains("'recipient.skills' must be a list of strings"));
    assertTrue(
        failure("{\"id\":\"a\",\"label\":\"spam\",\"text\":\"x\",\"sender\":[]}")
            .getMessage()
            .contains("'sender' must be an object"));
  }

  @Test
  void unknownProfileFieldIsNamed() throws IOException {
    CorpusFormatException e =
        failure(
            "{\"id\":\"a\",\"label\":\"spam\",\"text\":\"x\",\"recipient\":{\"title\":\"CTO\"}}");
    assertTrue(e.getMessage().contains("unknown profile field 'recipient.title'"), e.getMessage());
  }

  @Test
  void unknownFieldAndBadSplitAreNamed() throws IOException {
    assertTrue(
        failure("{\"id\":\"a\",\"label\":\"spam\",\"text\":\"x\",\"lable\":\"spam\"}")
            .getMessage()
            .contains("unknown field 'lable'"));
    assertTrue(
        failure("{\"id\":\"a\",\"label\":\"spam\",\"text\":\"x\",\"split\":\"dev\"}")
            .getMessage()
            .contains("split must be \"train\" or \"test\""));
  }

  @Test
  void writerOutputReadsBackEqual() throws IOException {
    List<CorpusNote> notes = CorpusReader.read(file(GOOD));
    Path out = dir.resolve("out.jsonl");
    CorpusWriter.write(List.of(notes.get(0).withSplit("test")), out);
    CorpusNote back = CorpusReader.read(out).get(0);
    assertEquals(notes.get(0).withSplit("test"), back);
  }
}
