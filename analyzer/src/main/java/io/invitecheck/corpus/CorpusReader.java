package io.invitecheck.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.draft.Profile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a corpus in JSON Lines: one note object per line (blank lines are skipped). Strict: a line
 * that is not valid JSON, has an unknown label, lacks the text, has a field of the wrong type or an
 * unknown field fails with a {@link CorpusFormatException} naming the file and the line. Stateless
 * and thread-safe.
 *
 * <p>Fields: {@code id} (string, required), {@code label} (required), {@code text} (non-empty
 * string, required), {@code recipient} and {@code sender} (profile objects with the {@link Profile}
 * field names), {@code family}, {@code split} ("train" or "test"), {@code source}, {@code
 * rationale} (strings or null).
 */
public final class CorpusReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOTE_FIELDS =
      Set.of(
          "id", "label", "text", "recipient", "sender", "family", "split", "source", "rationale");
  private static final Set<String> PROFILE_TEXT_FIELDS =
      Set.of("name", "headline", "company", "school", "industry", "location");
  private static final Set<String> PROFILE_LIST_FIELDS =
      Set.of("skills", "interests", "recentPosts", "achievements");

  private CorpusReader() {}

  /**
   * Reads a corpus file.
   *
   * @throws CorpusFormatException naming the file and line of the first bad line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static List<CorpusNote> read(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a corpus from a stream (UTF-8); {@code name} is used in error messages. */
  public static List<CorpusNote> read(InputStream in, String name) {
    try {
      return read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + name + ": " + e.getMessage(), e);
    }
  }

  private static List<CorpusNote> read(Reader reader, String name) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    List<CorpusNote> notes = new ArrayList<>();
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      notes.add(parseLine(line, name, number));
    }
    return notes;
  }

  /**
   * Parses one line.
   *
   * @throws CorpusFormatException naming {@code name} and {@code number}
   */
  public static CorpusNote parseLine(String line, String name, int number) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new CorpusFormatException(
          name, number, "invalid JSON: " + e.getOriginalMessage().replace('\n', ' '));
    }
    if (node == null || !node.isObject()) {
      throw new CorpusFormatException(name, number, "expected a JSON object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!NOTE_FIELDS.contains(f)) {
        throw new CorpusFormatException(
            name, number, "unknown field '" + f + "': expected one of " + sorted(NOTE_FIELDS));
      }
    }
    String id = requiredText(node, "id", name, number);
    String labelId = requiredText(node, "label", name, number);
    Label label;
    try {
      label = Label.fromId(labelId);
    } catch (IllegalArgumentException e) {
      throw new CorpusFormatException(name, number, e.getMessage());
    }
    String text = requiredText(node, "text", name, number);
    String split = optionalText(node, "split", name, number);
    if (split != null && !CorpusNote.TEST.equals(split) && !CorpusNote.TRAIN.equals(split)) {
      throw new CorpusFormatException(
          name, number, "split must be \"train\" or \"test\", was '" + split + "'");
    }
    return new CorpusNote(
        id,
        label,
        text,
        profile(node, "recipient", name, number),
        profile(node, "sender", name, number),
        optionalText(node, "family", name, number),
        split,
        optionalText(node, "source", name, number),
        optionalText(node, "rationale", name, number));
  }

  private static String requiredText(JsonNode node, String field, String name, int number) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new CorpusFormatException(name, number, "missing '" + field + "'");
    }
    if (!v.isTextual()) {
      throw new CorpusFormatException(
          name, number, "'" + field + "' must be a string, was " + v.getNodeType());
    }
    if (v.asText().isBlank()) {
      throw new CorpusFormatException(name, number, "'" + field + "' is empty");
    }
    return v.asText();
  }

  private static String optionalText(JsonNode node, String field, String name, int number) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new CorpusFormatException(
          name, number, "'" + field + "' must be a string or null, was " + v.getNodeType());
    }
    return v.asText();
  }

  private static Profile profile(JsonNode note, String field, String name, int number) {
    JsonNode p = note.get(field);
    if (p == null || p.isNull()) {
      return Profile.EMPTY;
    }
    if (!p.isObject()) {
      throw new CorpusFormatException(
          name, number, "'" + field + "' must be an object, was " + p.getNodeType());
    }
    Profile.Builder b = Profile.builder();
    for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      JsonNode v = e.getValue();
      String where = field + "." + key;
      if (PROFILE_TEXT_FIELDS.contains(key)) {
        if (!v.isNull() && !v.isTextual()) {
          throw new CorpusFormatException(
              name, number, "'" + where + "' must be a string, was " + v.getNodeType());
        }
        String s = v.isNull() ? null : v.asText();
        switch (key) {
          case "name" -> b.name(s);
          case "headline" -> b.headline(s);
          case "company" -> b.company(s);
          case "school" -> b.school(s);
          case "industry" -> b.industry(s);
          default -> b.location(s);
        }
      } else if (PROFILE_LIST_FIELDS.contains(key)) {
        List<String> list = stringList(v, where, name, number);
        switch (key) {
          case "skills" -> b.skills(list);
          case "interests" -> b.interests(list);
          case "recentPosts" -> b.recentPosts(list);
          default -> b.achievements(list);
        }
      } else {
        throw new CorpusFormatException(
            name,
            number,
            "unknown profile field '"
                + where
                + "': expected one of "
                + sorted(PROFILE_TEXT_FIELDS)
                + " or "
                + sorted(PROFILE_LIST_FIELDS));
      }
    }
    return b.build();
  }

  private static List<String> stringList(JsonNode v, String where, String name, int number) {
    if (v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new CorpusFormatException(
          name, number, "'" + where + "' must be a list of strings, was " + v.getNodeType());
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw new CorpusFormatException(
            name,
            number,
            "'" + where + "' must be a list of strings, has an item " + item.getNodeType());
      }
      out.add(item.asText());
    }
    return out;
  }

  private static String sorted(Set<String> s) {
    return s.stream().sorted().toList().toString();
  }
}
