package io.invitecheck.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.InvalidDraftException;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.draft.Profile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a {@link Draft} from its JSON form. Strict: an unknown field, a wrong type or a bad value
 * is an {@link InvalidDraftException} whose {@link InvalidDraftException#field()} is the JSON path
 * ({@code recipient.skills[2]}) and whose message says what was expected. Thread-safe.
 *
 * <pre>{@code
 * {"id": "d-1", "note": "Hi Jane, ...",
 *  "recipient": {"name": "Jane Doe", "company": "Stripe", "skills": ["Kafka"]},
 *  "sender": {"company": "Monzo"},
 *  "context": {"accountType": "free", "mutualConnections": 3,
 *              "mutualConnectionNames": ["Ali Khan"], "sharedGroups": [],
 *              "previousInvitations": [{"sentAt": "2026-10-01", "outcome": "declined"}]}}
 * }</pre>
 */
public final class DraftJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final Set<String> DRAFT_FIELDS =
      Set.of("id", "note", "recipient", "sender", "context");
  private static final Set<String> PROFILE_FIELDS =
      Set.of(
          "name",
          "headline",
          "company",
          "school",
          "industry",
          "location",
          "skills",
          "interests",
          "recentPosts",
          "achievements");
  private static final Set<String> CONTEXT_FIELDS =
      Set.of(
          "accountType",
          "mutualConnections",
          "mutualConnectionNames",
          "sharedGroups",
          "previousInvitations");
  private static final Set<String> INVITATION_FIELDS = Set.of("sentAt", "outcome");

  private DraftJson() {}

  /**
   * Parses one draft from JSON text.
   *
   * @throws InvalidDraftException for malformed JSON (field "$") or an invalid draft
   */
  public static Draft parse(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new InvalidDraftException("$", "invalid JSON: " + e.getOriginalMessage() + at(e));
    }
    if (node == null || node.isMissingNode()) {
      throw new InvalidDraftException("$", "empty input: expected a JSON object with a note");
    }
    return read(node);
  }

  /**
   * Reads one draft from a parsed JSON object.
   *
   * @throws InvalidDraftException naming the field that is wrong
   */
  public static Draft read(JsonNode node) {
    if (!node.isObject()) {
      throw new InvalidDraftException(
          "$", "expected a JSON object with a note, found " + kind(node));
    }
    checkFields(node, DRAFT_FIELDS, "");
    JsonNode note = node.get("note");
    if (note == null || note.isNull()) {
      throw new InvalidDraftException("note", "note is missing: every draft needs a note");
    }
    return new Draft(
        optText(node, "id", ""),
        text(note, "note"),
        profile(node.get("recipient"), "recipient"),
        profile(node.get("sender"), "sender"),
        context(node.get("context")));
  }

  private static Profile profile(JsonNode node, String path) {
    if (node == null || node.isNull()) {
      return Profile.EMPTY;
    }
    object(node, path);
    checkFields(node, PROFILE_FIELDS, path + ".");
    String p = path + ".";
    return new Profile(
        optText(node, "name", p),
        optText(node, "headline", p),
        optText(node, "company", p),
        optText(node, "school", p),
        optText(node, "industry", p),
        optText(node, "location", p),
        textList(node, "skills", p),
        textList(node, "interests", p),
        textList(node, "recentPosts", p),
        textList(node, "achievements", p));
  }

  private static Context context(JsonNode node) {
    if (node == null || node.isNull()) {
      return Context.EMPTY;
    }
    object(node, "context");
    checkFields(node, CONTEXT_FIELDS, "context.");
    AccountType account = null;
    String type = optText(node, "accountType", "context.");
    if (type != null) {
      try {
        account = AccountType.fromId(type);
      } catch (IllegalArgumentException e) {
        throw new InvalidDraftException("context.accountType", e.getMessage());
      }
    }
    Integer mutual = null;
    JsonNode m = node.get("mutualConnections");
    if (m != null && !m.isNull()) {
      if (!m.isIntegralNumber() || !m.canConvertToInt() || m.asInt() < 0) {
        throw new InvalidDraftException(
            "context.mutualConnections",
            "context.mutualConnections must be a whole number 0 or more, found " + m);
      }
      mutual = m.asInt();
    }
    return new Context(
        account,
        mutual,
        textList(node, "mutualConnectionNames", "context."),
        textList(node, "sharedGroups", "context."),
        invitations(node.get("previousInvitations")));
  }

  private static List<PreviousInvitation> invitations(JsonNode node) {
    String path = "context.previousInvitations";
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new InvalidDraftException(path, path + " must be an array, found " + kind(node));
    }
    List<PreviousInvitation> list = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String p = path + "[" + i + "]";
      JsonNode inv = node.get(i);
      object(inv, p);
      checkFields(inv, INVITATION_FIELDS, p + ".");
      String sentAt = optText(inv, "sentAt", p + ".");
      String outcome = optText(inv, "outcome", p + ".");
      if (sentAt == null) {
        throw new InvalidDraftException(p + ".sentAt", p + ".sentAt is missing");
      }
      if (outcome == null) {
        throw new InvalidDraftException(p + ".outcome", p + ".outcome is missing");
      }
      try {
        list.add(
            new PreviousInvitation(
                PreviousInvitation.parseSentAt(sentAt), Outcome.fromId(outcome)));
      } catch (IllegalArgumentException e) {
        String field = e.getMessage().startsWith("sentAt") ? ".sentAt" : ".outcome";
        throw new InvalidDraftException(p + field, p + field + ": " + e.getMessage());
      }
    }
    return list;
  }

  private static void object(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new InvalidDraftException(path, path + " must be an object, found " + kind(node));
    }
  }

  private static void checkFields(JsonNode node, Set<String> known, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      String name = it.next().getKey();
      if (!known.contains(name)) {
        throw new InvalidDraftException(
            prefix + name,
            "unknown field '"
                + prefix
                + name
                + "': expected one of "
                + known.stream().sorted().toList());
      }
    }
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new InvalidDraftException(path, path + " must be a string, found " + kind(node));
    }
    return node.textValue();
  }

  private static String optText(JsonNode parent, String field, String prefix) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    return text(node, prefix + field);
  }

  private static List<String> textList(JsonNode parent, String field, String prefix) {
    JsonNode node = parent.get(field);
    String path = prefix + field;
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (node.isTextual()) {
      return List.of(node.textValue());
    }
    if (!node.isArray()) {
      throw new InvalidDraftException(
          path, path + " must be an array of strings, found " + kind(node));
    }
    List<String> list = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      list.add(text(node.get(i), path + "[" + i + "]"));
    }
    return list;
  }

  static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number (" + node + ")";
    }
    if (node.isBoolean()) {
      return "a boolean (" + node + ")";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return node.isNull()
        ? "null"
        : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  private static String at(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
  }
}
