package io.invitecheck.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Deterministic test batches from the real corpus and examples: corpus notes with their recipients
 * and senders, mail-merge copies that form templates (some large enough for mass_template, some
 * not), drafts to a recipient already invited, and bad records of every kind the batch reports.
 */
final class Drafts {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static final String[] FIRST = {
    "Ana", "Ben", "Chiara", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ivan", "Jana", "Kofi",
    "Lena", "Mateo", "Nadia", "Omar", "Pia", "Quinn", "Rosa", "Sven", "Tariq"
  };
  private static final String[] LAST = {
    "Silva", "Novak", "Okafor", "Berger", "Yilmaz", "Haddad", "Petrov", "Sato", "Larsen", "Costa"
  };
  private static final String[] COMPANY = {
    "Adyen", "Zalando", "Stripe", "Brightlane", "Quotient Labs", "Northwind", "Klarna", "Spotify"
  };
  private static final String[] TEMPLATES = {
    "Hi %s, I came across your profile and was impressed by your work at %s. I'd love to connect"
        + " and explore how our platform could help your team grow faster.",
    "Hello %s! We help companies like %s cut cloud costs by 30%% in 30 days. Would you be open to"
        + " a quick 15-minute call next week?",
    "Dear %s, as a fellow professional in your industry I would be honored to add you to my"
        + " network at %s and share insights.",
    "Hey %s, saw that %s is hiring. I run a recruiting agency that places senior engineers in"
        + " two weeks, happy to share candidates."
  };

  private Drafts() {}

  /**
   * Writes a batch for measuring throughput: {@code Drafts FILE N} writes the IT's JSON Lines batch
   * built from N corpus notes.
   */
  public static void main(String[] args) {
    write(Path.of(args[0]), jsonLines(Integer.parseInt(args[1])));
  }

  /** About {@code corpusNotes} + 400 JSON lines, with bad records and blank lines. */
  static List<String> jsonLines(int corpusNotes) {
    Random random = new Random(20261126L);
    List<JsonNode> corpus = readJsonl(ROOT.resolve("corpus/notes.jsonl"));
    List<JsonNode> examples = readJsonl(ROOT.resolve("corpus/examples/drafts.jsonl"));
    List<String> out = new ArrayList<>();
    List<ObjectNode> recipients = new ArrayList<>();
    int n = 0;
    for (JsonNode ex : examples) {
      out.add(ex.toString());
    }
    for (int i = 0; i < corpusNotes; i++) {
      JsonNode c = corpus.get(i % corpus.size());
      ObjectNode d = JSON.createObjectNode();
      d.put("id", "c-" + (++n));
      d.put("note", c.get("text").asText());
      if (c.hasNonNull("recipient")) {
        d.set("recipient", c.get("recipient"));
        recipients.add((ObjectNode) c.get("recipient"));
      }
      if (c.hasNonNull("sender")) {
        d.set("sender", c.get("sender"));
      }
      if (i % 7 == 3) {
        ObjectNode ctx = d.putObject("context");
        ctx.put("accountType", i % 2 == 0 ? "free" : "premium");
        ctx.put("mutualConnections", i % 11);
      }
      out.add(d.toString());
      int r = random.nextInt(100);
      if (r < 10) {
        out.add(mailMerge(random, TEMPLATES[random.nextInt(2)], ++n)); // two large templates
      } else if (r < 12) {
        out.add(mailMerge(random, TEMPLATES[2 + random.nextInt(2)], ++n)); // two smaller ones
      } else if (r < 14 && !recipients.isEmpty()) {
        // another note to a recipient invited earlier in the batch
        ObjectNode again = JSON.createObjectNode();
        again.put("id", "dup-" + (++n));
        again.put("note", corpus.get(random.nextInt(corpus.size())).get("text").asText());
        again.set("recipient", recipients.get(random.nextInt(recipients.size())));
        out.add(again.toString());
      } else if (r < 15) {
        out.add(bad(random.nextInt(6), ++n));
      } else if (r < 16) {
        out.add(random.nextBoolean() ? "" : "   ");
      }
    }
    return out;
  }

  /** A draft whose analysis fails: a note over the 10,000-character limit (still under 64 KiB). */
  static String tooLongNote(String id) {
    ObjectNode d = JSON.createObjectNode();
    d.put("id", id);
    d.put("note", "Hi there, let us connect. ".repeat(420));
    return d.toString();
  }

  private static String mailMerge(Random random, String template, int n) {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    String company = COMPANY[random.nextInt(COMPANY.length)];
    ObjectNode d = JSON.createObjectNode();
    d.put("id", "mm-" + n);
    d.put("note", String.format(template, first, company));
    ObjectNode rec = d.putObject("recipient");
    rec.put("name", first + " " + last);
    rec.put("company", company);
    d.putObject("sender").put("name", "Sam Reed");
    return d.toString();
  }

  private static String bad(int kind, int n) {
    return switch (kind) {
      case 0 -> "{\"id\": \"bad-" + n + "\", \"note\": \"unterminated";
      case 1 -> "{\"id\": \"bad-" + n + "\", \"note\": 42}";
      case 2 -> "{\"id\": \"bad-" + n + "\", \"recipient\": {\"name\": \"Ana\"}}";
      case 3 -> "{\"id\": \"bad-" + n + "\", \"note\": \"Hi\"} {\"note\": \"again\"}";
      case 4 -> "[\"not\", \"an\", \"object\"]";
      default ->
          "{\"id\": \"bad-"
              + n
              + "\", \"note\": \"Hi Ana\", \"context\": {\"mutualConnections\": \"many\"}}";
    };
  }

  /** The same kind of batch as CSV: corpus notes (quoted, with line breaks), copies, bad rows. */
  static String csv(int corpusNotes) {
    Random random = new Random(7L);
    List<JsonNode> corpus = readJsonl(ROOT.resolve("corpus/notes.jsonl"));
    StringWriter w = new StringWriter();
    try (CSVPrinter p =
        new CSVPrinter(
            w,
            CSVFormat.RFC4180
                .builder()
                .setHeader(
                    "id",
                    "note",
                    "recipient_name",
                    "recipient_company",
                    "sender_name",
                    "account_type",
                    "mutual_connections")
                .get())) {
      for (int i = 0; i < corpusNotes; i++) {
        JsonNode c = corpus.get((i * 13) % corpus.size());
        JsonNode rec = c.path("recipient");
        p.printRecord(
            "r-" + i,
            c.get("text").asText(),
            rec.path("name").asText(""),
            rec.path("company").asText(""),
            c.path("sender").path("name").asText(""),
            i % 5 == 0 ? "free" : "",
            i % 9 == 0 ? "x" : i % 4 == 0 ? String.valueOf(i % 30) : "");
        if (random.nextInt(10) < 2) {
          String first = FIRST[random.nextInt(FIRST.length)];
          String company = COMPANY[random.nextInt(COMPANY.length)];
          p.printRecord(
              "m-" + i,
              String.format(TEMPLATES[1], first, company),
              first + " " + LAST[random.nextInt(LAST.length)],
              company,
              "Sam Reed",
              "",
              "");
        }
        if (i % 40 == 17) {
          w.write("only,three,fields\r\n");
        }
        if (i % 50 == 25) {
          w.write("\r\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  static void write(Path file, List<String> lines) {
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> readJsonl(Path file) {
    try {
      List<JsonNode> out = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
