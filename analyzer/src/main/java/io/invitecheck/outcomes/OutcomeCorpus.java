package io.invitecheck.outcomes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.draft.PreviousInvitation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The outcome corpus file: JSON Lines, one object per invitation with a note, fields in this order:
 *
 * <pre>{@code
 * {"id":"li-3f2a9c0d11e4","note":"Hi Ana, ...","direction":"outgoing",
 *  "sentAt":"2021-12-27T08:55:00Z","outcome":"not_accepted","ageDaysAtExport":412,
 *  "counterpart":"Ana Gómez"}
 * }</pre>
 *
 * {@code direction} is {@code outgoing} or {@code incoming}; {@code outcome} is {@code accepted},
 * {@code not_accepted} or {@code unknown}; {@code sentAt} is ISO-8601 (a date alone means midnight
 * UTC). Only the counterpart's name is stored, never a URL or e-mail address (see {@link
 * OutcomeRecord}). The reader rejects unknown fields, so that nothing else slips into the file
 * unnoticed. Thread-safe.
 */
public final class OutcomeCorpus {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final JsonFactory FACTORY = MAPPER.getFactory();
  private static final Set<String> FIELDS =
      Set.of("id", "note", "direction", "sentAt", "outcome", "ageDaysAtExport", "counterpart");

  private OutcomeCorpus() {}

  /** Writes the records, one JSON object per line. */
  public static void write(List<OutcomeRecord> records, Writer out) throws IOException {
    for (OutcomeRecord r : records) {
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("note", r.note());
        g.writeStringField("direction", r.direction().id());
        g.writeStringField("sentAt", r.sentAt().toString());
        g.writeStringField("outcome", r.outcome().id());
        g.writeNumberField("ageDaysAtExport", r.ageDaysAtExport());
        g.writeStringField("counterpart", r.counterpart());
        g.writeEndObject();
      }
      out.write('\n');
    }
  }

  /**
   * Writes the records to {@code file} atomically: into a temporary file beside it, then renamed,
   * so that a reader never sees half a corpus. A device or a pipe (e.g. {@code /dev/stdout}) is
   * written directly: renaming onto it would replace it.
   */
  public static void writeAtomically(List<OutcomeRecord> records, Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    if (Files.exists(abs) && !Files.isRegularFile(abs)) {
      // a device or a pipe (/dev/stdout): it cannot be replaced by renaming, so write to it
      try (Writer w =
          new OutputStreamWriter(
              Files.newOutputStream(abs, StandardOpenOption.WRITE), StandardCharsets.UTF_8)) {
        write(records, w);
      }
      return;
    }
    Path tmp = Files.createTempFile(abs.getParent(), abs.getFileName().toString(), ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        write(records, w);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a corpus file.
   *
   * @throws OutcomeInputException naming the file, the line and what is wrong
   */
  public static List<OutcomeRecord> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new OutcomeInputException("cannot read outcome corpus " + file + ": " + e, e);
    }
  }

  /**
   * Reads a corpus; blank lines are skipped.
   *
   * @param source the name used in error messages
   * @throws OutcomeInputException naming the source, the line and what is wrong
   */
  public static List<OutcomeRecord> read(Reader in, String source) {
    List<OutcomeRecord> out = new ArrayList<>();
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    int lineNo = 0;
    try {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (!line.isBlank()) {
          try {
            out.add(parse(line));
          } catch (IllegalArgumentException | JsonProcessingException e) {
            String why =
                e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new OutcomeInputException(
                source
                    + " line "
                    + lineNo
                    + ": "
                    + why
                    + " (each line must be one outcome record; see invitecheck import-linkedin)",
                e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static OutcomeRecord parse(String line) throws JsonProcessingException {
    JsonNode n = MAPPER.readTree(line);
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        throw new IllegalArgumentException("unknown field '" + f + "'");
      }
    }
    JsonNode age = n.get("ageDaysAtExport");
    if (age == null || !age.canConvertToInt() || !age.isIntegralNumber()) {
      throw new IllegalArgumentException("ageDaysAtExport must be a whole number");
    }
    Instant sentAt = PreviousInvitation.parseSentAt(text(n, "sentAt"));
    return new OutcomeRecord(
        text(n, "id"),
        text(n, "note"),
        Direction.fromId(text(n, "direction")),
        sentAt,
        OutcomeLabel.fromId(text(n, "outcome")),
        age.intValue(),
        text(n, "counterpart"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException(field + " must be a string");
    }
    return v.asText();
  }
}
