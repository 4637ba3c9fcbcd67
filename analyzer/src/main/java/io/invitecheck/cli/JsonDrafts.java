package io.invitecheck.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.InvalidDraftException;
import io.invitecheck.draft.Draft;
import io.invitecheck.json.DraftJson;

/**
 * Reads one draft from JSON text, keeping the draft's id when the rest of it is invalid (so that an
 * error record can name it). Rejects trailing content after the object. Thread-safe.
 */
final class JsonDrafts {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonDrafts() {}

  /**
   * A parsed draft, or the error that stopped it.
   *
   * @param id the draft's {@code id} when it could be read, else null
   * @param draft the draft, null when {@code error} is set
   * @param error what is wrong, null when {@code draft} is set
   */
  record Parsed(String id, Draft draft, InvalidDraftException error) {
    /** The draft, or the error thrown. */
    Parsed orThrow() {
      if (error != null) {
        throw error;
      }
      return this;
    }
  }

  /**
   * Parses JSON text; the result holds either the draft or the error. A valid draft is read from
   * the parser's tokens ({@link StreamedDrafts}); anything else is read again through the {@code
   * JsonNode} tree ({@link #readByTree}), which names what is wrong.
   */
  static Parsed read(String json) {
    try (JsonParser parser = MAPPER.createParser(json)) {
      Draft draft = StreamedDrafts.read(parser);
      if (draft != null) {
        return new Parsed(draft.id(), draft, null);
      }
    } catch (java.io.IOException e) {
      // creating or closing a parser over a string does not fail; the tree path reports it if so
    }
    return readByTree(json);
  }

  /** {@link #read} through the {@code JsonNode} tree: the reference for every input. */
  static Parsed readByTree(String json) {
    try {
      return readChecked(json);
    } catch (java.io.IOException e) {
      return new Parsed(
          null, null, new InvalidDraftException("$", "invalid JSON: " + e.getMessage()));
    }
  }

  private static Parsed readChecked(String json) throws java.io.IOException {
    JsonNode node;
    boolean trailing;
    long column;
    try (JsonParser parser = MAPPER.createParser(json)) {
      node = MAPPER.readTree(parser);
      column = parser.currentLocation().getColumnNr();
      trailing = node != null && parser.nextToken() != null;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      return new Parsed(
          null,
          null,
          new InvalidDraftException("$", "invalid JSON: " + e.getOriginalMessage() + where));
    }
    if (node == null || node.isMissingNode()) {
      return new Parsed(
          null,
          null,
          new InvalidDraftException("$", "empty input: expected a JSON object with a note"));
    }
    JsonNode idNode = node.isObject() ? node.get("id") : null;
    String id = idNode != null && idNode.isTextual() ? idNode.textValue() : null;
    if (trailing) {
      return new Parsed(
          id,
          null,
          new InvalidDraftException(
              "$",
              "invalid JSON: more content after the draft at column "
                  + column
                  + " (one draft per line)"));
    }
    try {
      return new Parsed(id, DraftJson.read(node), null);
    } catch (InvalidDraftException e) {
      return new Parsed(id, null, e);
    }
  }

  /**
   * Parses JSON text.
   *
   * @throws InvalidDraftException naming the field that is wrong
   */
  static Parsed parse(String json) {
    return read(json).orThrow();
  }
}
