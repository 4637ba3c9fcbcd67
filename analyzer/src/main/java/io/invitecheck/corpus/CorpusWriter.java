package io.invitecheck.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.invitecheck.draft.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes notes as JSON Lines in the format {@link CorpusReader} reads, fields in a fixed order and
 * empty profile fields left out, so that the same notes always give the same bytes. Stateless.
 */
public final class CorpusWriter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusWriter() {}

  /** Writes the notes, one per line, in the order given. */
  public static void write(List<CorpusNote> notes, Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (CorpusNote n : notes) {
          w.write(toJson(n));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** One note as a single line of JSON. */
  public static String toJson(CorpusNote n) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", n.id());
    o.put("label", n.label().id());
    o.put("text", n.text());
    if (!n.recipient().isEmpty()) {
      o.set("recipient", profile(n.recipient()));
    }
    if (!n.sender().isEmpty()) {
      o.set("sender", profile(n.sender()));
    }
    o.put("family", n.family());
    if (n.split() != null) {
      o.put("split", n.split());
    }
    if (n.source() != null) {
      o.put("source", n.source());
    }
    if (n.rationale() != null) {
      o.put("rationale", n.rationale());
    }
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode profile(Profile p) {
    ObjectNode o = JSON.createObjectNode();
    putText(o, "name", p.name());
    putText(o, "headline", p.headline());
    putText(o, "company", p.company());
    putText(o, "school", p.school());
    putText(o, "industry", p.industry());
    putText(o, "location", p.location());
    putList(o, "skills", p.skills());
    putList(o, "interests", p.interests());
    putList(o, "recentPosts", p.recentPosts());
    putList(o, "achievements", p.achievements());
    return o;
  }

  private static void putText(ObjectNode o, String field, String value) {
    if (value != null) {
      o.put(field, value);
    }
  }

  private static void putList(ObjectNode o, String field, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = o.putArray(field);
      values.forEach(a::add);
    }
  }
}
