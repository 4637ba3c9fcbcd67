package io.invitecheck.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.draft.Profile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a valid draft straight from the parser's tokens, without the {@code JsonNode} tree that
 * {@link io.invitecheck.json.DraftJson#read} walks: no node per value, no map per object, no second
 * walk (the tree was most of parsing a batch record under the client compiler).
 *
 * <p>Only the accepting half of the contract lives here: any input that the tree path would reject
 * or read differently (an unknown field, a duplicate field, a value of a type the draft does not
 * take, a bad account type, date or outcome, content after the object, malformed JSON) gives null,
 * and {@link JsonDrafts} reads it again by the tree path, which makes the error with its field and
 * message. So every error stays the tree path's own, and a draft read here is the one the tree path
 * reads: the same strings (the same parser decodes them) given to the same constructors ({@code
 * StreamedDraftsTest} compares both on corpus, generated and malformed records). Stateless,
 * thread-safe.
 */
final class StreamedDrafts {
  private StreamedDrafts() {}

  /**
   * The draft of the JSON object the parser is about to read, when the whole input is that one
   * valid draft; else null (the caller reads the input again by the tree path). Leaves the parser
   * at the end of the input when it gives a draft.
   */
  static Draft read(JsonParser p) {
    try {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Draft d = draft(p);
      return d != null && p.nextToken() == null ? d : null;
    } catch (IOException | RuntimeException e) {
      return null; // malformed JSON, a bad value: the tree path says what is wrong
    }
  }

  private static Draft draft(JsonParser p) throws IOException {
    String id = null;
    String note = null;
    Profile recipient = Profile.EMPTY;
    Profile sender = Profile.EMPTY;
    Context context = Context.EMPTY;
    int seen = 0;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      int bit;
      switch (name) {
        case "id" -> {
          bit = 1;
          id = optText(p, t);
        }
        case "note" -> {
          bit = 2;
          note = optText(p, t);
        }
        case "recipient" -> {
          bit = 4;
          recipient = profile(p, t);
        }
        case "sender" -> {
          bit = 8;
          sender = profile(p, t);
        }
        case "context" -> {
          bit = 16;
          context = context(p, t);
        }
        default -> {
          return null;
        }
      }
      if ((seen & bit) != 0
          || id == WRONG
          || note == WRONG
          || recipient == null
          || sender == null
          || context == null) {
        return null;
      }
      seen |= bit;
    }
    if (t != JsonToken.END_OBJECT || note == null) {
      return null;
    }
    return new Draft(id, note, recipient, sender, context);
  }

  /** Marks a value of the wrong type where a string or null was expected. */
  private static final String WRONG = new String("wrong type");

  /** The string at {@code t}, null for JSON null, {@link #WRONG} for anything else. */
  private static String optText(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return t == JsonToken.VALUE_NULL ? null : WRONG;
  }

  /** A profile, {@link Profile#EMPTY} for JSON null, or null when it is not a valid profile. */
  private static Profile profile(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return Profile.EMPTY;
    }
    if (t != JsonToken.START_OBJECT) {
      return null;
    }
    String[] texts = new String[6]; // name, headline, company, school, industry, location
    List<String> skills = List.of();
    List<String> interests = List.of();
    List<String> recentPosts = List.of();
    List<String> achievements = List.of();
    int seen = 0;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      int text = -1;
      int bit;
      List<String> list = null;
      switch (name) {
        case "name" -> text = bit = 0;
        case "headline" -> text = bit = 1;
        case "company" -> text = bit = 2;
        case "school" -> text = bit = 3;
        case "industry" -> text = bit = 4;
        case "location" -> text = bit = 5;
        case "skills" -> {
          bit = 6;
          skills = list = textList(p, t);
        }
        case "interests" -> {
          bit = 7;
          interests = list = textList(p, t);
        }
        case "recentPosts" -> {
          bit = 8;
          recentPosts = list = textList(p, t);
        }
        case "achievements" -> {
          bit = 9;
          achievements = list = textList(p, t);
        }
        default -> {
          return null;
        }
      }
      if (text >= 0) {
        texts[text] = optText(p, t);
      }
      if ((seen & (1 << bit)) != 0 || (text >= 0 ? texts[text] == WRONG : list == null)) {
        return null;
      }
      seen |= 1 << bit;
    }
    if (t != JsonToken.END_OBJECT) {
      return null;
    }
    return new Profile(
        texts[0],
        texts[1],
        texts[2],
        texts[3],
        texts[4],
        texts[5],
        skills,
        interests,
        recentPosts,
        achievements);
  }

  /**
   * A list of strings as the tree path reads it: JSON null is empty, one string is a list of one,
   * an array must hold strings only; null when the value is none of these.
   */
  private static List<String> textList(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t == JsonToken.VALUE_STRING) {
      return List.of(p.getText());
    }
    if (t != JsonToken.START_ARRAY) {
      return null;
    }
    List<String> list = new ArrayList<>();
    while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
      list.add(p.getText());
    }
    return t == JsonToken.END_ARRAY ? list : null;
  }

  /** A context, {@link Context#EMPTY} for JSON null, or null when it is not a valid context. */
  private static Context context(JsonParser p, JsonToken t) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return Context.EMPTY;
    }
    if (t != JsonToken.START_OBJECT) {
      return null;
    }
    AccountType account = null;
    Integer mutual = null;
    List<String> mutualNames = List.of();
    List<String> groups = List.of();
    List<PreviousInvitation> invitations = List.of();
    int seen = 0;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      t = p.nextToken();
      int bit;
      switch (name) {
        case "accountType" -> {
          bit = 1;
          String type = optText(p, t);
          if (type == WRONG) {
            return null;
          }
          account = type == null ? null : AccountType.fromId(type); // throws for a bad type
        }
        case "mutualConnections" -> {
          bit = 2;
          if (t == JsonToken.VALUE_NULL) {
            mutual = null;
          } else if (t == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() == JsonParser.NumberType.INT
              && p.getIntValue() >= 0) {
            mutual = p.getIntValue();
          } else {
            return null;
          }
        }
        case "mutualConnectionNames" -> {
          bit = 4;
          mutualNames = textList(p, t);
        }
        case "sharedGroups" -> {
          bit = 8;
          groups = textList(p, t);
        }
        case "previousInvitations" -> {
          bit = 16;
          invitations = invitations(p, t);
        }
        default -> {
          return null;
        }
      }
      if ((seen & bit) != 0 || mutualNames == null || groups == null || invitations == null) {
        return null;
      }
      seen |= bit;
    }
    if (t != JsonToken.END_OBJECT) {
      return null;
    }
    return new Context(account, mutual, mutualNames, groups, invitations);
  }

  /** Earlier invitations: JSON null is none; null when the value is not a valid array of them. */
  private static List<PreviousInvitation> invitations(JsonParser p, JsonToken t)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return List.of();
    }
    if (t != JsonToken.START_ARRAY) {
      return null;
    }
    List<PreviousInvitation> list = new ArrayList<>();
    while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
      String sentAt = null;
      String outcome = null;
      int seen = 0;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        t = p.nextToken();
        int bit;
        String value = optText(p, t);
        if (value == WRONG) {
          return null;
        }
        switch (name) {
          case "sentAt" -> {
            bit = 1;
            sentAt = value;
          }
          case "outcome" -> {
            bit = 2;
            outcome = value;
          }
          default -> {
            return null;
          }
        }
        if ((seen & bit) != 0) {
          return null;
        }
        seen |= bit;
      }
      if (t != JsonToken.END_OBJECT || sentAt == null || outcome == null) {
        return null;
      }
      // both throw for a bad value
      list.add(
          new PreviousInvitation(PreviousInvitation.parseSentAt(sentAt), Outcome.fromId(outcome)));
    }
    return t == JsonToken.END_ARRAY ? list : null;
  }
}
