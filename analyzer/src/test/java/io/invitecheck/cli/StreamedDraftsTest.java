package io.invitecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.invitecheck.bench.DraftGenerator;
import io.invitecheck.bench.DraftJsonl;
import io.invitecheck.bench.Workload;
import io.invitecheck.corpus.CorpusNote;
import io.invitecheck.corpus.DefaultCorpus;
import io.invitecheck.draft.AccountType;
import io.invitecheck.draft.Context;
import io.invitecheck.draft.Draft;
import io.invitecheck.draft.Outcome;
import io.invitecheck.draft.PreviousInvitation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonDrafts#read} (tokens first, the tree for the rest) gives what the tree path {@link
 * JsonDrafts#readByTree} gives, on every input: the same draft, id, error field and message.
 */
class StreamedDraftsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Corpus notes and the examples as drafts, and generated drafts of every workload. */
  private static List<String> validRecords() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("..", "corpus", "examples", "drafts.jsonl"))) {
      if (!line.isBlank()) {
        lines.add(line);
      }
    }
    int i = 0;
    for (CorpusNote n : DefaultCorpus.bundledNotes()) {
      Context context =
          i % 3 == 0
              ? new Context(
                  AccountType.values()[i % AccountType.values().length],
                  i % 40,
                  List.of("Ali Khan", " "),
                  List.of("Rust Users"),
                  List.of(
                      new PreviousInvitation(
                          Instant.parse("2026-10-01T00:00:00Z"),
                          Outcome.values()[i % Outcome.values().length])))
              : null;
      lines.add(
          DraftJsonl.toJson(
              new Draft(i % 5 == 0 ? null : n.id(), n.text(), n.recipient(), n.sender(), context)));
      i++;
    }
    DraftGenerator generator = DraftGenerator.fromBundledCorpus();
    for (Workload w : Workload.values()) {
      for (DraftGenerator.Generated g : generator.generate(w, 7, 300)) {
        lines.add(DraftJsonl.toJson(g.draft()));
      }
    }
    return lines;
  }

  @Test
  void readsEveryValidRecordAsTheTreeDoesWithoutFallingBack() throws IOException {
    List<String> lines = validRecords();
    assertTrue(lines.size() > 3_000, "records: " + lines.size());
    for (String line : lines) {
      try (JsonParser p = MAPPER.createParser(line)) {
        Draft streamed = StreamedDrafts.read(p);
        assertNotNull(streamed, line); // a valid draft never needs the tree
        assertEquals(JsonDrafts.readByTree(line).draft(), streamed, line);
      }
      assertSame(line);
    }
  }

  @Test
  void malformedAndUnusualRecordsGiveTheTreesErrors() {
    String[] records = {
      "",
      " ",
      "null",
      "5",
      "\"note\"",
      "[]",
      "[{\"note\": \"hi\"}]",
      "{}",
      "{\"note\": null}",
      "{\"note\": 5}",
      "{\"note\": true}",
      "{\"note\": [\"a\"]}",
      "{\"note\": {\"a\": 1}}",
      "{\"note\": \"hi\"",
      "{\"note\": \"hi\"}}",
      "{\"note\": \"hi\"} {\"note\": \"again\"}",
      "{\"note\": \"hi\"} x",
      "{\"note\": \"hi\"},",
      "{\"note\": \"hi\",}",
      "{\"note\": \"hi\" \"id\": \"x\"}",
      "{'note': 'hi'}",
      "{note: \"hi\"}",
      "{\"note\": \"hi\\x\"}",
      "{\"note\": \"tab\tinside\"}",
      "{\"note\": \"\"}",
      "{\"note\": \"  \"}",
      "{\"note\": \"lone \\ud800 surrogate\", \"id\": \"\\udc00\"}",
      "{\"note\": \"pair \\ud83d\\ude00 and \uD83D\uDE00 raw\"}",
      "{\"id\": \"a\", \"note\": \"hi\", \"id\": \"b\"}",
      "{\"note\": \"hi\", \"note\": \"again\"}",
      "{\"note\": \"hi\", \"note\": null}",
      "{\"id\": 7, \"note\": \"hi\"}",
      "{\"id\": null, \"note\": \"hi\"}",
      "{\"id\": {\"x\": 1}, \"note\": \"hi\", \"extra\": 1}",
      "{\"id\": \"d-1\", \"extra\": 1, \"note\": \"hi\"}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": 5}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": null, \"sender\": null}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": []}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"nom\": \"x\"}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"name\": 5}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"name\": \"A\", \"name\": \"B\"}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"name\": [\"A\"]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"skills\": \"Kafka\"}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"skills\": null, \"name\": null}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"skills\": [\"a\", 5]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"skills\": [\"a\", null]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"skills\": [[\"a\"]]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"skills\": {\"a\": 1}}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"recipient\": {\"skills\": [], \"skills\": [\"b\"]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"sender\": {\"recentPosts\": [\" \", \"p\"]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"sender\": {\"company\": \"A\"}, \"sender\": {}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": 1}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"accountType\": \"gold\"}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"accountType\": \" PREMIUM \"}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"accountType\": 1}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"accountType\": null}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": -1}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": -0}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": 3.0}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": 1e2}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": \"3\"}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": 2147483647}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": 2147483648}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": 99999999999999999999}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": 01}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": null}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnections\": 1,"
          + " \"mutualConnections\": 2}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"sharedGroups\": \"g\"}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"sharedGroups\": [1]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"mutualConnectionNames\": [\"a\","
          + " \"\"]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\": null}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\": {}}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\": [5]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\": [{}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\": [null]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"2026-10-01\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"2026-10-01\", \"outcome\": \"maybe\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"yesterday\", \"outcome\": \"accepted\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"\", \"outcome\": \"accepted\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": 5, \"outcome\": \"accepted\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"2026-10-01\", \"outcome\": \"accepted\", \"by\": \"x\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"2026-10-01\", \"outcome\": \"accepted\", \"outcome\": \"ignored\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"2026-10-01T09:30\", \"outcome\": \" Ignored \"},"
          + " {\"sentAt\": \"2026-10-02T09:30:00+02:00\", \"outcome\": \"pending\"}]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"previousInvitations\":"
          + " [{\"sentAt\": \"2026-10-01\", \"outcome\": \"accepted\"}, 3]}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"bogus\": 1}}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {}, \"context\": null}",
      "{\"id\": \"d-1\", \"note\": \"hi\", \"context\": {\"sharedGroups\": [\"a\"]}} \n ",
      "\n{\"id\": \"d-1\",\n \"note\": \"hi\"\n}\n",
      "{\"id\": \"d-1\", \"note\": \"hi\"} // comment",
      "{\"id\": \"d-1\", \"note\": \"hi\"} /* comment */",
      "{\"id\": \"d-1\", \"note\": \"" + "x".repeat(12_000) + "\"}",
    };
    for (String r : records) {
      assertSame(r);
    }
  }

  @Test
  void mutatedRecordsGiveTheTreesDraftsAndErrors() throws IOException {
    List<String> lines = validRecords();
    Random random = new Random(8);
    String alphabet = "{}[]\":,\\ nul0-9.eE\uD83D\uDE00\uDC00tf";
    int errors = 0;
    for (int k = 0; k < 6_000; k++) {
      StringBuilder b = new StringBuilder(lines.get(random.nextInt(lines.size())));
      for (int edits = 1 + random.nextInt(3); edits > 0 && b.length() > 0; edits--) {
        int at = random.nextInt(b.length());
        switch (random.nextInt(3)) {
          case 0 -> b.deleteCharAt(at);
          case 1 -> b.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
          default -> b.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String r = b.toString();
      assertSame(r);
      if (JsonDrafts.readByTree(r).error() != null) {
        errors++;
      }
    }
    assertTrue(errors > 1_000 && errors < 5_900, "mutations that broke the record: " + errors);
  }

  /** Asserts that both paths read {@code json} alike. */
  private static void assertSame(String json) {
    JsonDrafts.Parsed tree = JsonDrafts.readByTree(json);
    JsonDrafts.Parsed read = JsonDrafts.read(json);
    assertEquals(tree.id(), read.id(), json);
    assertEquals(tree.draft(), read.draft(), json);
    if (tree.error() == null) {
      assertNull(read.error(), json);
    } else {
      assertNotNull(read.error(), json);
      assertEquals(tree.error().field(), read.error().field(), json);
      assertEquals(tree.error().getMessage(), read.error().getMessage(), json);
    }
  }
}
