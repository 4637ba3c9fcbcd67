package io.invitecheck.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.PreviousInvitation;
import io.invitecheck.draft.Profile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;

/**
 * Writes drafts in the {@code batch} input format: one Draft JSON object per line (the README's
 * "Draft JSON"), fields in a fixed order and absent fields left out, so equal drafts give equal
 * bytes. Thread-safe.
 */
public final class DraftJsonl {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DraftJsonl() {}

  /** The draft as one line of JSON, without the line break. */
  public static String toJson(Draft draft) {
    StringWriter w = new StringWriter(512);
    try {
      write(draft, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes the first {@code n} drafts of the stream, one a line; returns how many. */
  public static long write(Iterator<DraftGenerator.Generated> drafts, long n, Writer out)
      throws IOException {
    long written = 0;
    while (written < n && drafts.hasNext()) {
      write(drafts.next().draft(), out);
      out.write('\n');
      written++;
    }
    return written;
  }

  /** Writes one draft as JSON (no line break). */
  public static void write(Draft d, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      if (d.id() != null) {
        g.writeStringField("id", d.id());
      }
      g.writeStringField("note", d.note());
      profile(g, "recipient", d.recipient());
      profile(g, "sender", d.sender());
      context(g, d.context());
      g.writeEndObject();
    }
  }

  private static void profile(JsonGenerator g, String field, Profile p) throws IOException {
    if (p.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart(field);
    text(g, "name", p.name());
    text(g, "headline", p.headline());
    text(g, "company", p.company());
    text(g, "school", p.school());
    text(g, "industry", p.industry());
    text(g, "location", p.location());
    list(g, "skills", p.skills());
    list(g, "interests", p.interests());
    list(g, "recentPosts", p.recentPosts());
    list(g, "achievements", p.achievements());
    g.writeEndObject();
  }

  private static void context(JsonGenerator g, Context c) throws IOException {
    if (c.isEmpty()) {
      return;
    }
    g.writeObjectFieldStart("context");
    if (c.accountType() != null) {
      g.writeStringField("accountType", c.accountType().id());
    }
    if (c.mutualConnections() != null) {
      g.writeNumberField("mutualConnections", c.mutualConnections());
    }
    list(g, "mutualConnectionNames", c.mutualConnectionNames());
    list(g, "sharedGroups", c.sharedGroups());
    if (!c.previousInvitations().isEmpty()) {
      g.writeArrayFieldStart("previousInvitations");
      for (PreviousInvitation p : c.previousInvitations()) {
        g.writeStartObject();
        g.writeStringField("sentAt", p.sentAt().toString());
        g.writeStringField("outcome", p.outcome().id());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void text(JsonGenerator g, String field, String value) throws IOException {
    if (value != null) {
      g.writeStringField(field, value);
    }
  }

  private static void list(JsonGenerator g, String field, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
