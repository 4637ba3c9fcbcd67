package io.invitecheck.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * A faster reader of the language detection model, the largest of the five (10.6 MB zipped, 146k
 * features, 1.27M weights): OpenNLP reads it value by value through a {@code DataInputStream} and
 * splits each outcome pattern with a {@code StringTokenizer}, which took about 0.6 s of every
 * start-up; this reads the model entry into one array and decodes it in place, which takes about
 * half as long. It builds the same {@link GISModel} from the same values ({@link GISModel#equals}
 * holds; {@code GisModelReaderIT} checks it), so predictions are identical.
 *
 * <p>It reads only what OpenNLP's {@code GISModelReader} reads from a binary GIS model: the type
 * {@code "GIS"}, the correction constant and parameter (unused by the model), the outcome labels,
 * the outcome patterns ({@code "count o1 o2 ..."}), the predicate labels, then per pattern and per
 * predicate one weight per outcome of the pattern. Anything else (another model type, a chunked
 * string, a malformed string, bytes left over) gives {@link Optional#empty()}, and the caller reads
 * the model the standard way. Stateless.
 */
final class GisModelReader {
  private static final String MODEL_ENTRY = "langdetect.model";
  private static final String CHUNKED = "CHUNKED-MODEL-PARAMS:";

  private GisModelReader() {}

  /**
   * Reads a language detection model (a zip as {@code langdetect-183.bin}) from {@code in}, which
   * is closed; empty when the model is not in the form this reader knows.
   *
   * @throws IOException when {@code in} cannot be read
   */
  static Optional<LanguageDetectorModel> readLanguageModel(InputStream in) throws IOException {
    Map<String, String> manifest = new HashMap<>();
    byte[] model = null;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.getName().equals(MODEL_ENTRY)) {
          model = zip.readAllBytes();
        } else if (e.getName().equals("manifest.properties")) {
          java.util.Properties p = new java.util.Properties();
          p.load(zip);
          manifest.put("factory", p.getProperty("factory", ""));
        }
      }
    }
    if (model == null || !LanguageDetectorFactory.class.getName().equals(manifest.get("factory"))) {
      return Optional.empty();
    }
    Optional<GISModel> gis = parse(model);
    if (gis.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new LanguageDetectorModel(gis.get(), Map.of(), new LanguageDetectorFactory()));
  }

  /** Parses a binary GIS model; empty when it is not one this reader knows. */
  static Optional<GISModel> parse(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes); // big-endian, as DataOutputStream wrote it
    try {
      if (!"GIS".equals(utf(b))) {
        return Optional.empty();
      }
      b.getInt(); // correction constant, not used by GISModel
      b.getDouble(); // correction parameter, not used by GISModel
      String[] outcomes = strings(b);
      int patternCount = count(b);
      int[][] patterns = new int[patternCount][];
      for (int i = 0; i < patternCount; i++) {
        patterns[i] = pattern(b);
      }
      String[] predicates = strings(b);
      Context[] params = new Context[predicates.length];
      int pid = 0;
      for (int[] pattern : patterns) {
        if (pattern.length == 0) {
          return Optional.empty();
        }
        int[] outcomeIds = Arrays.copyOfRange(pattern, 1, pattern.length);
        for (int j = 0; j < pattern[0]; j++) {
          double[] weights = new double[outcomeIds.length];
          for (int k = 0; k < weights.length; k++) {
            weights[k] = b.getDouble();
          }
          params[pid++] = new Context(outcomeIds, weights);
        }
      }
      if (pid != predicates.length || b.hasRemaining()) {
        return Optional.empty();
      }
      return Optional.of(new GISModel(params, predicates, outcomes));
    } catch (BufferUnderflowException
        | IndexOutOfBoundsException
        | IllegalArgumentException
        | java.nio.BufferOverflowException e) {
      return Optional.empty();
    }
  }

  private static int count(ByteBuffer b) {
    int n = b.getInt();
    if (n < 0 || n > b.remaining()) {
      throw new IllegalArgumentException("bad count " + n);
    }
    return n;
  }

  private static String[] strings(ByteBuffer b) {
    String[] out = new String[count(b)];
    for (int i = 0; i < out.length; i++) {
      out[i] = utf(b);
    }
    return out;
  }

  /**
   * The next string, an outcome pattern, as {@link #ints}: read in place from the bytes when they
   * are ASCII digits and spaces with at most 9 digits a number (so no sign, no overflow and no
   * other script's digits, which {@code parseInt} would also read), otherwise through {@link
   * #ints}. The language model has 100,000 patterns; {@code StringTokenizer} took most of its
   * reading time.
   */
  static int[] pattern(ByteBuffer b) {
    int at = b.position();
    int length = b.getShort(at) & 0xFFFF;
    byte[] a = b.array();
    int start = b.arrayOffset() + at + 2;
    int end = start + length;
    if (length > b.remaining() - 2) {
      return ints(utf(b));
    }
    int numbers = 0;
    int digits = 0;
    for (int i = start; i < end; i++) {
      byte c = a[i];
      if (c >= '0' && c <= '9') {
        if (digits++ == 0) {
          numbers++;
        }
        if (digits > 9) {
          return ints(utf(b));
        }
      } else if (c == ' ') {
        digits = 0;
      } else {
        return ints(utf(b));
      }
    }
    int[] out = new int[numbers];
    int n = 0;
    int value = -1;
    for (int i = start; i < end; i++) {
      byte c = a[i];
      if (c == ' ') {
        if (value >= 0) {
          out[n++] = value;
          value = -1;
        }
      } else {
        value = (value < 0 ? 0 : value * 10) + (c - '0');
      }
    }
    if (value >= 0) {
      out[n++] = value;
    }
    b.position(at + 2 + length);
    return out;
  }

  /** "3 0 5 7" as {3, 0, 5, 7}, as {@code StringTokenizer} and {@code parseInt} read it. */
  private static int[] ints(String s) {
    java.util.StringTokenizer t = new java.util.StringTokenizer(s, " ");
    int[] out = new int[t.countTokens()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Integer.parseInt(t.nextToken());
    }
    return out;
  }

  /**
   * A string as {@code DataInputStream.readUTF} reads it: a two-byte length, then modified UTF-8.
   *
   * @throws IllegalArgumentException on malformed input or a chunked string
   */
  static String utf(ByteBuffer b) {
    int length = b.getShort() & 0xFFFF;
    if (length > b.remaining()) {
      throw new IllegalArgumentException("string past the end");
    }
    byte[] a = b.array();
    int start = b.arrayOffset() + b.position();
    int end = start + length;
    b.position(b.position() + length);
    boolean ascii = true;
    for (int i = start; i < end; i++) {
      if (a[i] <= 0) { // a zero byte is not modified UTF-8; negative bytes are multi-byte chars
        ascii = false;
        break;
      }
    }
    String s;
    if (ascii) {
      s = new String(a, start, length, StandardCharsets.ISO_8859_1);
    } else {
      s = modifiedUtf8(a, start, end);
    }
    if (s.startsWith(CHUNKED)) {
      throw new IllegalArgumentException("chunked string");
    }
    return s;
  }

  private static String modifiedUtf8(byte[] a, int start, int end) {
    char[] out = new char[end - start];
    int n = 0;
    int i = start;
    while (i < end) {
      int c = a[i] & 0xFF;
      if (c >= 0x01 && c <= 0x7F) {
        out[n++] = (char) c;
        i++;
      } else if ((c & 0xE0) == 0xC0 && i + 1 < end && (a[i + 1] & 0xC0) == 0x80) {
        out[n++] = (char) (((c & 0x1F) << 6) | (a[i + 1] & 0x3F));
        i += 2;
      } else if ((c & 0xF0) == 0xE0
          && i + 2 < end
          && (a[i + 1] & 0xC0) == 0x80
          && (a[i + 2] & 0xC0) == 0x80) {
        out[n++] = (char) (((c & 0x0F) << 12) | ((a[i + 1] & 0x3F) << 6) | (a[i + 2] & 0x3F));
        i += 3;
      } else {
        throw new IllegalArgumentException("malformed modified UTF-8");
      }
    }
    return new String(out, 0, n);
  }
}
