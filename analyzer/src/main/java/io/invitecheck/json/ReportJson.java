package io.invitecheck.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.invitecheck.report.History;
import io.invitecheck.report.Neighbor;
import io.invitecheck.report.Provenance;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Report;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Scores;
import io.invitecheck.report.Severity;
import io.invitecheck.report.Signal;
import io.invitecheck.report.SignalType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Report} in its JSON form, the project's documented contract (README, "Report
 * contract"). Field order is fixed and scores are rounded to four decimals, so that equal reports
 * give equal text. Thread-safe.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = DraftJson.MAPPER.getFactory();

  /**
   * Writes UTF-8 bytes directly. A surrogate pair becomes the four bytes of its code point, as the
   * character path encodes it, instead of Jackson's default of two escapes.
   */
  private static final JsonFactory UTF8 =
      JsonFactory.builder().enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

  /**
   * Corpus notes' texts, escaped once, with the id and label of the note last cited with each: a
   * report cites ten of them, and they are most of its text. The neighbours of all notes come from
   * one corpus, so the texts repeat across reports.
   *
   * <p>A two-way table, a pair of slots by the text's hash: the corpus gives a note's text as one
   * {@code String} each time, so a hit is one identity test, where a concurrent hash map's lookup
   * was two thirds of writing the neighbours under the client compiler. A text goes to a free slot
   * of its pair, else to the first (one slot each, 15% of a batch's citations fell on a slot that
   * two cited texts took in turns, each turn escaping the text again). A miss costs a new escape,
   * never another output. Bounded by its size; a racy slot is harmless, as a {@link Cited} is
   * immutable and any one of a text's is right.
   */
  private static final Cited[] NEIGHBOR_TEXTS = new Cited[1 << 14];

  /** The {@link Cited} form of a neighbour's text, from {@link #NEIGHBOR_TEXTS} when there. */
  private static Cited cited(Neighbor n) {
    String text = n.text();
    int h = text.hashCode();
    int slot = (h ^ (h >>> 14)) & (NEIGHBOR_TEXTS.length - 2);
    Cited first = NEIGHBOR_TEXTS[slot];
    if (first != null && (first.text == text || first.text.equals(text))) {
      return first;
    }
    Cited second = NEIGHBOR_TEXTS[slot + 1];
    if (second != null && (second.text == text || second.text.equals(text))) {
      return second;
    }
    Cited c = Cited.of(n);
    NEIGHBOR_TEXTS[first != null && second == null ? slot + 1 : slot] = c;
    return c;
  }

  /**
   * A corpus note's id, label and text, and each as JSON (escaped once). The id and label are kept
   * only when neither holds a surrogate (a generator writes a lone one its own way); then {@code
   * id} is null. Immutable.
   */
  private record Cited(
      String text,
      String id,
      String label,
      SerializableString idJson,
      SerializableString labelJson,
      SerializableString textJson,
      SerializableString head,
      SerializableString tail) {
    static Cited of(Neighbor n) {
      SerializableString text = new SerializedString(n.text());
      if (hasSurrogate(n.id()) || hasSurrogate(n.label())) {
        return new Cited(n.text(), null, null, null, null, text, null, null);
      }
      SerializableString head = null;
      SerializableString tail = null;
      if (!hasSurrogate(n.text())) {
        String[] parts = headAndTail(n);
        head = new SerializedString(parts[0]);
        tail = new SerializedString(parts[1]);
      }
      return new Cited(
          n.text(),
          n.id(),
          n.label(),
          new SerializedString(n.id()),
          new SerializedString(n.label()),
          text,
          head,
          tail);
    }

    /**
     * The neighbour's JSON object as the character generator writes it, cut around the similarity:
     * {@code {"id":…,"label":…,"similarity":} and {@code ,"text":…}}.
     */
    private static String[] headAndTail(Neighbor n) {
      StringWriter out = new StringWriter(64 + n.text().length());
      try (JsonGenerator g = FACTORY.createGenerator(out)) {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeString(n.id());
        g.writeFieldName(LABEL);
        g.writeString(n.label());
        g.writeFieldName(SIMILARITY);
        g.writeNumber("0"); // the generator writes the colon with the value: ":0"
        g.flush();
        int tailStart = out.getBuffer().length();
        g.writeFieldName(TEXT);
        g.writeString(n.text());
        g.writeEndObject();
        g.flush();
        String json = out.toString();
        return new String[] {json.substring(0, tailStart - 1), json.substring(tailStart)};
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not fail
      }
    }

    /** Whether this note's id and label JSON can be written for {@code n}. */
    boolean idAndLabelOf(Neighbor n) {
      return id != null && id.equals(n.id()) && label.equals(n.label());
    }

    private static boolean hasSurrogate(String s) {
      for (int i = 0; i < s.length(); i++) {
        if (Character.isSurrogate(s.charAt(i))) {
          return true;
        }
      }
      return false;
    }
  }

  // The field names, encoded once: a generator copies a SerializableString's bytes, where for a
  // String it checks each char for escaping. JsonGenerator.writeStringField(name, value) is
  // writeFieldName(name) then writeString(value), and so on for the other *Field methods.
  private static final SerializableString ACCEPTANCE_RATE = new SerializedString("acceptanceRate");
  private static final SerializableString ACCEPTED = new SerializedString("accepted");
  private static final SerializableString ANALYZER_VERSION =
      new SerializedString("analyzerVersion");
  private static final SerializableString CLASSIFIER = new SerializedString("classifier");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString CONFIRMED = new SerializedString("confirmed");
  private static final SerializableString CORPUS = new SerializedString("corpus");
  private static final SerializableString END = new SerializedString("end");
  private static final SerializableString EVIDENCE = new SerializedString("evidence");
  private static final SerializableString HISTORY = new SerializedString("history");
  private static final SerializableString HISTORY_SIZE = new SerializedString("historySize");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString IDS = new SerializedString("ids");
  private static final SerializableString LABEL = new SerializedString("label");
  private static final SerializableString LANGUAGE = new SerializedString("language");
  private static final SerializableString LEVEL = new SerializedString("level");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString NEIGHBORS = new SerializedString("neighbors");
  private static final SerializableString NLP_MODELS = new SerializedString("nlpModels");
  private static final SerializableString PERSONALIZATION = new SerializedString("personalization");
  private static final SerializableString PROVENANCE = new SerializedString("provenance");
  private static final SerializableString REASONS = new SerializedString("reasons");
  private static final SerializableString RELEVANCE = new SerializedString("relevance");
  private static final SerializableString RISK = new SerializedString("risk");
  private static final SerializableString SCHEMA_VERSION = new SerializedString("schemaVersion");
  private static final SerializableString SCORE = new SerializedString("score");
  private static final SerializableString SCORES = new SerializedString("scores");
  private static final SerializableString SELF_PROMOTION = new SerializedString("selfPromotion");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString SIGNALS = new SerializedString("signals");
  private static final SerializableString SIMILAR = new SerializedString("similar");
  private static final SerializableString SIMILARITY = new SerializedString("similarity");
  private static final SerializableString SPAM = new SerializedString("spam");
  private static final SerializableString START = new SerializedString("start");
  private static final SerializableString SUGGESTION = new SerializedString("suggestion");
  private static final SerializableString TEXT = new SerializedString("text");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString USABLE = new SerializedString("usable");

  // The enums' ids (each id() lower-cases the constant's name per call), by ordinal, encoded once.
  private static final SerializableString[] RISK_LEVELS = ids(RiskLevel.values(), RiskLevel::id);
  private static final SerializableString[] SIGNAL_TYPES = ids(SignalType.values(), SignalType::id);
  private static final SerializableString[] REASON_CODES = ids(ReasonCode.values(), ReasonCode::id);
  private static final SerializableString[] SEVERITIES = ids(Severity.values(), Severity::id);

  private static <E extends Enum<E>> SerializableString[] ids(
      E[] values, java.util.function.Function<E, String> id) {
    SerializableString[] out = new SerializableString[values.length];
    for (E e : values) {
      out[e.ordinal()] = new SerializedString(id.apply(e));
    }
    return out;
  }

  private ReportJson() {}

  /** The report as one line of JSON. */
  public static String toJson(Report report) {
    StringWriter out = new StringWriter(1024);
    write(report, out);
    return out.toString();
  }

  /**
   * The report as one line of JSON ending in a line break, in UTF-8: the bytes of {@link #toJson}
   * plus {@code '\n'}, encoded as an {@code OutputStreamWriter} encodes them, made without the
   * intermediate text.
   */
  public static byte[] toJsonLine(Report report) {
    return utf8(report, true);
  }

  /**
   * The report as one line of JSON in UTF-8, without a line break: {@code
   * toJson(report).getBytes(UTF_8)}, made without the intermediate text.
   */
  public static byte[] toJsonBytes(Report report) {
    return utf8(report, false);
  }

  private static byte[] utf8(Report report, boolean lineBreak) {
    Collected out = new Collected(lineBreak ? 1 : 0);
    try (JsonGenerator g = UTF8.createGenerator(out, JsonEncoding.UTF8)) {
      write(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (lineBreak) {
      out.write('\n');
    }
    byte[] bytes = out.toByteArray();
    return mayHoldLoneSurrogate(bytes)
        ? (toJson(report) + (lineBreak ? "\n" : "")).getBytes(StandardCharsets.UTF_8)
        : bytes;
  }

  /**
   * What a generator writes, collected into one array: the generator fills its own buffer and hands
   * it over when closed (or full), so a report of up to the buffer's size (8,000 bytes; a report
   * with ten neighbours is 3-4 KB) arrives in one write, which is copied once into an array of its
   * length plus the room reserved for what follows (the line break): that array is the result. A
   * {@code ByteArrayBuilder} allocated a 4 KB block per report, then copied the bytes out of it.
   * Further writes grow the array. Not thread-safe; one per report.
   */
  private static final class Collected extends OutputStream {
    private static final byte[] NONE = new byte[0];
    private final int reserve;
    private byte[] bytes = NONE;
    private int size;

    /** A collector that leaves room for {@code reserve} bytes after the first write. */
    Collected(int reserve) {
      this.reserve = reserve;
    }

    @Override
    public void write(int b) {
      room(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      Objects.checkFromIndexSize(off, len, b.length);
      if (size == 0) {
        bytes = Arrays.copyOfRange(b, off, off + len + reserve);
        size = len;
        return;
      }
      room(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + more + reserve, bytes.length * 2));
      }
    }

    /** The bytes written: the array itself when they fill it. */
    byte[] toByteArray() {
      return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }
  }

  /**
   * True when the UTF-8 generator may have escaped a lone surrogate (as a backslash, "u" and four
   * hex digits starting with "D"), which the character path writes as is and its encoder replaces
   * by "?". The generator escapes nothing else that starts so; a note that holds those characters
   * itself only takes the slower path.
   */
  static boolean mayHoldLoneSurrogate(byte[] json) {
    // a match at s has one of its three bytes at every index from s to s + 2, so when the byte at
    // i + 2 is none of them, no match starts at i, i + 1 or i + 2: three bytes are passed at once
    int end = json.length - 2;
    int i = 0;
    while (i < end) {
      if (!IN_ESCAPE[json[i + 2] & 0xFF]) {
        i += 3;
      } else if (json[i] == '\\'
          && json[i + 1] == 'u'
          && (json[i + 2] == 'D' || json[i + 2] == 'd')) {
        return true;
      } else {
        i++;
      }
    }
    return false;
  }

  /** {@link #mayHoldLoneSurrogate} as first written, byte by byte, for tests comparing. */
  static boolean mayHoldLoneSurrogateByteByByte(byte[] json) {
    for (int i = 0, end = json.length - 2; i < end; i++) {
      if (json[i] == '\\' && json[i + 1] == 'u' && (json[i + 2] == 'D' || json[i + 2] == 'd')) {
        return true;
      }
    }
    return false;
  }

  /** The bytes of a backslash, "u", "D" and "d", by unsigned value. */
  private static final boolean[] IN_ESCAPE = new boolean[256];

  static {
    for (char c : new char[] {'\\', 'u', 'D', 'd'}) {
      IN_ESCAPE[c] = true;
    }
  }

  /** Writes the report as one line of JSON (no trailing newline). */
  public static void write(Report report, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(report, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the report as a JSON object into a generator the caller owns. */
  public static void write(Report r, JsonGenerator g) throws IOException {
    boolean plain = plain(g);
    g.writeStartObject();
    g.writeFieldName(SCHEMA_VERSION);
    g.writeNumber(r.schemaVersion());
    writeNullable(g, ID, r.id());
    g.writeFieldName(LANGUAGE);
    g.writeString(r.language());

    g.writeFieldName(RISK);
    g.writeStartObject();
    g.writeFieldName(SCORE);
    writeRounded(g, r.risk().score());
    g.writeFieldName(LEVEL);
    g.writeString(RISK_LEVELS[r.risk().level().ordinal()]);
    g.writeEndObject();

    Scores s = r.scores();
    g.writeFieldName(SCORES);
    g.writeStartObject();
    g.writeFieldName(PERSONALIZATION);
    writeRounded(g, s.personalization());
    g.writeFieldName(SPAM);
    writeRounded(g, s.spam());
    g.writeFieldName(SELF_PROMOTION);
    writeRounded(g, s.selfPromotion());
    if (s.relevance() == null) {
      g.writeFieldName(RELEVANCE);
      g.writeNull();
    } else {
      g.writeFieldName(RELEVANCE);
      writeRounded(g, s.relevance());
    }
    g.writeEndObject();

    g.writeFieldName(SIGNALS);
    g.writeStartArray();
    for (Signal sig : r.signals()) {
      g.writeStartObject();
      g.writeFieldName(TYPE);
      g.writeString(SIGNAL_TYPES[sig.type().ordinal()]);
      g.writeFieldName(START);
      g.writeNumber(sig.start());
      g.writeFieldName(END);
      g.writeNumber(sig.end());
      g.writeFieldName(TEXT);
      g.writeString(sig.text());
      g.writeFieldName(EVIDENCE);
      g.writeString(sig.evidence());
      g.writeFieldName(CONFIRMED);
      g.writeBoolean(sig.confirmed());
      g.writeEndObject();
    }
    g.writeEndArray();

    g.writeFieldName(REASONS);
    g.writeStartArray();
    for (Reason reason : r.reasons()) {
      writeReason(reason, g, plain);
    }
    g.writeEndArray();

    g.writeFieldName(NEIGHBORS);
    writeNeighbors(r.neighbors(), g, plain);

    g.writeFieldName(PROVENANCE);
    writeProvenance(r.provenance(), g, plain);

    History h = r.history();
    if (h == null) {
      g.writeFieldName(HISTORY);
      g.writeNull();
    } else {
      g.writeFieldName(HISTORY);
      g.writeStartObject();
      g.writeFieldName(USABLE);
      g.writeBoolean(h.usable());
      g.writeFieldName(HISTORY_SIZE);
      g.writeNumber(h.historySize());
      g.writeFieldName(SIMILAR);
      g.writeNumber(h.similar());
      g.writeFieldName(ACCEPTED);
      g.writeNumber(h.accepted());
      g.writeFieldName(ACCEPTANCE_RATE);
      writeRounded(g, h.acceptanceRate());
      g.writeFieldName(IDS);
      g.writeStartArray();
      for (String id : h.ids()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeFieldName(MESSAGE);
      g.writeString(h.message());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /**
   * The last neighbour list each thread wrote and, once written twice, its JSON. The copies of a
   * mail merge share one list (the corpus stage's answer for their masked note, the same immutable
   * instance), and its ten corpus notes are most of a report's text: escaping them once per
   * campaign instead of once per copy was a third of writing a mail merge's reports. A cache of a
   * pure function, confined to its thread.
   */
  private static final ThreadLocal<Object[]> LAST_NEIGHBORS =
      ThreadLocal.withInitial(() -> new Object[2]);

  /**
   * What generators from {@link #FACTORY} and {@link #UTF8} are configured with: feature mask and
   * format features of each. The cached JSON is written as either writes it.
   */
  private static final int[][] PLAIN = {plain(FACTORY, false), plain(UTF8, true)};

  private static int[] plain(JsonFactory factory, boolean bytes) {
    try (JsonGenerator g =
        bytes
            ? factory.createGenerator(new ByteArrayBuilder(), JsonEncoding.UTF8)
            : factory.createGenerator(new StringWriter())) {
      return new int[] {g.getFeatureMask(), g.getFormatFeatures()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean plain(JsonGenerator g) {
    if (g.getPrettyPrinter() != null || g.getCharacterEscapes() != null) {
      return false;
    }
    for (int[] p : PLAIN) {
      if (g.getFeatureMask() == p[0] && g.getFormatFeatures() == p[1]) {
        return true;
      }
    }
    return false;
  }

  private static void writeNeighbors(List<Neighbor> neighbors, JsonGenerator g, boolean plain)
      throws IOException {
    if (!plain) {
      writeNeighborArray(neighbors, g, false);
      return;
    }
    Object[] last = LAST_NEIGHBORS.get();
    if (last[0] != neighbors) { // a list seen once is written directly: most are never seen again
      last[0] = neighbors;
      last[1] = null;
      writeNeighborArray(neighbors, g, true);
      return;
    }
    if (last[1] == null) {
      StringWriter out = new StringWriter(64 + 320 * neighbors.size());
      try (JsonGenerator array = FACTORY.createGenerator(out)) {
        writeNeighborArray(neighbors, array, true);
      }
      last[1] = new SerializedString(out.toString());
    }
    g.writeRawValue((SerializableString) last[1]);
  }

  /**
   * Writes the neighbours; on a {@code plain} generator a neighbour whose note is cited under its
   * own id and label, with a similarity of 0 to 1, is three raw writes of its JSON ({@link
   * Cited#head}, the similarity's text, {@link Cited#tail}) instead of ten generator calls.
   */
  private static void writeNeighborArray(List<Neighbor> neighbors, JsonGenerator g, boolean plain)
      throws IOException {
    g.writeStartArray();
    for (Neighbor n : neighbors) {
      Cited c = cited(n);
      boolean same = c.idAndLabelOf(n); // false for another note with the same text
      long m = Math.round(n.similarity() * 10_000.0);
      if (plain && same && c.head != null && m >= 0 && m <= 10_000) {
        g.writeRawValue(c.head);
        g.writeRaw(roundedText((int) m));
        g.writeRaw(c.tail);
        continue;
      }
      g.writeStartObject();
      g.writeFieldName(ID);
      if (same) {
        g.writeString(c.idJson);
      } else {
        g.writeString(n.id());
      }
      g.writeFieldName(LABEL);
      if (same) {
        g.writeString(c.labelJson);
      } else {
        g.writeString(n.label());
      }
      g.writeFieldName(SIMILARITY);
      writeRounded(g, n.similarity());
      g.writeFieldName(TEXT);
      g.writeString(c.textJson);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /**
   * The suggestion of each reason code as last written, escaped once: a report repeats the
   * catalogue's suggestions (a sixth of its text), each the code's one {@code String}. Null for a
   * suggestion holding a surrogate, which is written as is. A racy slot is harmless: an {@link
   * Encoded} is immutable and checked against the text before use.
   */
  private static final Encoded[] SUGGESTIONS = new Encoded[ReasonCode.values().length];

  /** A text and its JSON string, escaped once. Immutable. */
  private record Encoded(String text, SerializableString json) {}

  private static SerializableString suggestion(Reason reason) {
    String text = reason.suggestion();
    int slot = reason.code().ordinal();
    Encoded e = SUGGESTIONS[slot];
    if (e != null && (e.text == text || e.text.equals(text))) {
      return e.json;
    }
    if (Cited.hasSurrogate(text)) {
      return null;
    }
    e = new Encoded(text, new SerializedString(text));
    SUGGESTIONS[slot] = e;
    return e.json;
  }

  /**
   * The provenance object last written, as JSON: every report of an analyzer carries its one {@link
   * Provenance}, so its four strings are escaped once instead of once per report.
   */
  private static volatile Object[] lastProvenance = {null, null};

  private static void writeProvenance(Provenance p, JsonGenerator g, boolean plain)
      throws IOException {
    if (!plain) {
      writeProvenanceObject(p, g);
      return;
    }
    Object[] last = lastProvenance;
    if (last[0] != p) {
      SerializableString json = null; // a surrogate: written as is
      if (!Cited.hasSurrogate(p.analyzerVersion())
          && !Cited.hasSurrogate(p.nlpModels())
          && !Cited.hasSurrogate(p.classifier())
          && !Cited.hasSurrogate(p.corpus())) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator object = FACTORY.createGenerator(out)) {
          writeProvenanceObject(p, object);
        }
        json = new SerializedString(out.toString());
      }
      last = new Object[] {p, json};
      lastProvenance = last;
    }
    if (last[1] == null) {
      writeProvenanceObject(p, g);
    } else {
      g.writeRawValue((SerializableString) last[1]);
    }
  }

  private static void writeProvenanceObject(Provenance p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ANALYZER_VERSION);
    g.writeString(p.analyzerVersion());
    g.writeFieldName(NLP_MODELS);
    g.writeString(p.nlpModels());
    g.writeFieldName(CLASSIFIER);
    g.writeString(p.classifier());
    g.writeFieldName(CORPUS);
    g.writeString(p.corpus());
    g.writeEndObject();
  }

  private static void writeReason(Reason reason, JsonGenerator g, boolean plain)
      throws IOException {
    g.writeStartObject();
    g.writeFieldName(CODE);
    g.writeString(REASON_CODES[reason.code().ordinal()]);
    g.writeFieldName(SEVERITY);
    g.writeString(SEVERITIES[reason.severity().ordinal()]);
    if (reason.span() == null) {
      g.writeFieldName(START);
      g.writeNull();
      g.writeFieldName(END);
      g.writeNull();
      g.writeFieldName(TEXT);
      g.writeNull();
    } else {
      g.writeFieldName(START);
      g.writeNumber(reason.span().start());
      g.writeFieldName(END);
      g.writeNumber(reason.span().end());
      g.writeFieldName(TEXT);
      g.writeString(reason.text());
    }
    g.writeFieldName(MESSAGE);
    g.writeString(reason.message());
    g.writeFieldName(SUGGESTION);
    SerializableString suggestion = plain ? suggestion(reason) : null;
    if (suggestion == null) {
      g.writeString(reason.suggestion());
    } else {
      g.writeString(suggestion);
    }
    writeNullable(g, EVIDENCE, reason.evidence());
    g.writeEndObject();
  }

  /**
   * The reason catalogue as a JSON array of {@code {code, severity, description, suggestion}}, for
   * clients that build their UI from it.
   */
  public static String catalogue() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartArray();
      for (ReasonCode c : ReasonCode.values()) {
        g.writeStartObject();
        g.writeStringField("code", c.id());
        g.writeStringField("severity", c.defaultSeverity().id());
        g.writeStringField("description", c.description());
        g.writeStringField("suggestion", c.suggestion());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeNullable(JsonGenerator g, SerializableString field, String value)
      throws IOException {
    g.writeFieldName(field);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  static double round(double v) {
    return Math.round(v * 10_000.0) / 10_000.0;
  }

  /**
   * {@code g.writeNumber(round(v))}: the same text, taken for a value of 0 to 1 from a table of the
   * 10,001 texts {@link Double#toString} gives for {@code m / 10_000.0}, as the generator would
   * compute it for each score and similarity ({@code Double.toString} was most of writing a number
   * under the client compiler). A generator that writes numbers as strings or with its own double
   * writer, and any value out of the table, writes the number itself.
   */
  private static void writeRounded(JsonGenerator g, double v) throws IOException {
    long m = Math.round(v * 10_000.0);
    if (m < 0 || m > 10_000 || (g.getFeatureMask() & OWN_NUMBER_TEXT) != 0) {
      g.writeNumber(m / 10_000.0); // round(v)
      return;
    }
    g.writeNumber(roundedText((int) m)); // what writeNumber(double) writes: Double.toString, raw
  }

  /** {@code Double.toString(m / 10_000.0)} for {@code m} from 0 to 10,000, made once. */
  private static String roundedText(int m) {
    String text = ROUNDED_TEXTS[m];
    if (text == null) {
      text = Double.toString(m / 10_000.0);
      ROUNDED_TEXTS[m] = text; // a race writes an equal string: harmless
    }
    return text;
  }

  /** The texts of {@code m / 10_000.0}, made when first written. */
  private static final String[] ROUNDED_TEXTS = new String[10_001];

  /** Generator features under which {@code writeNumber(double)} writes other text. */
  @SuppressWarnings("deprecation")
  private static final int OWN_NUMBER_TEXT =
      JsonGenerator.Feature.WRITE_NUMBERS_AS_STRINGS.getMask()
          | JsonGenerator.Feature.USE_FAST_DOUBLE_WRITER.getMask();
}
