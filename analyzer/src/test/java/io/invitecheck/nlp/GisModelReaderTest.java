package io.invitecheck.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

/** The direct GIS reader on small models written the way OpenNLP writes them. */
class GisModelReaderTest {

  /** Writes a binary GIS model as OpenNLP's BinaryGISModelWriter does. */
  private static byte[] gis(String[] outcomes, String[] patterns, String[] preds, double[] weights)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(out);
    d.writeUTF("GIS");
    d.writeInt(1);
    d.writeDouble(1.0);
    d.writeInt(outcomes.length);
    for (String o : outcomes) {
      d.writeUTF(o);
    }
    d.writeInt(patterns.length);
    for (String p : patterns) {
      d.writeUTF(p);
    }
    d.writeInt(preds.length);
    for (String p : preds) {
      d.writeUTF(p);
    }
    for (double w : weights) {
      d.writeDouble(w);
    }
    return out.toByteArray();
  }

  // three outcomes; pattern "2 0 2": two predicates with weights for outcomes 0 and 2; "1 1": one
  // predicate with a weight for outcome 1. Predicates in non-ASCII and a NUL char (modified UTF-8).
  private static final String[] OUTCOMES = {"eng", "deu", "rus"};
  private static final String[] PATTERNS = {"2 0 2", "1 1"};
  private static final String[] PREDS = {"ng=th", "ng=\u044f\u0437", "ng=\u00fc\u0000\uD83D\uDE00"};
  private static final double[] WEIGHTS = {0.5, -1.25, 2.0, 3.5, -0.0625};

  @Test
  void buildsTheModelOpenNlpBuildsFromTheSameValues() throws IOException {
    GISModel read = GisModelReader.parse(gis(OUTCOMES, PATTERNS, PREDS, WEIGHTS)).orElseThrow();
    GISModel expected =
        new GISModel(
            new Context[] {
              new Context(new int[] {0, 2}, new double[] {0.5, -1.25}),
              new Context(new int[] {0, 2}, new double[] {2.0, 3.5}),
              new Context(new int[] {1}, new double[] {-0.0625})
            },
            PREDS,
            OUTCOMES);
    assertEquals(expected, read);
    double[] p = read.eval(new String[] {"ng=\u044f\u0437", "ng=\u00fc\u0000\uD83D\uDE00"});
    assertEquals(3, p.length);
    assertTrue(p[2] > p[0] && p[1] < p[2], java.util.Arrays.toString(p));
  }

  @Test
  void modifiedUtf8DecodesAsDataInputStreamDoes() throws IOException {
    for (String s :
        new String[] {"", "abc", "\u0000", "caf\u00e9", "\u4e2d\u6587", "\uD83D\uDE00x"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new DataOutputStream(out).writeUTF(s);
      assertEquals(s, GisModelReader.utf(ByteBuffer.wrap(out.toByteArray())));
    }
  }

  @Test
  void formsItDoesNotKnowAreLeftToOpenNlp() throws IOException {
    byte[] good = gis(OUTCOMES, PATTERNS, PREDS, WEIGHTS);
    // another model type
    ByteArrayOutputStream other = new ByteArrayOutputStream();
    new DataOutputStream(other).writeUTF("Perceptron");
    assertEquals(Optional.empty(), GisModelReader.parse(other.toByteArray()));
    // cut short, and one byte too many
    assertEquals(
        Optional.empty(), GisModelReader.parse(java.util.Arrays.copyOf(good, good.length - 3)));
    assertEquals(
        Optional.empty(), GisModelReader.parse(java.util.Arrays.copyOf(good, good.length + 1)));
    // a chunked string (OpenNLP's form for strings over 64 KB)
    assertEquals(
        Optional.empty(),
        GisModelReader.parse(
            gis(OUTCOMES, PATTERNS, new String[] {"CHUNKED-MODEL-PARAMS:2", "b", "c"}, WEIGHTS)));
    // a malformed pattern
    assertEquals(
        Optional.empty(),
        GisModelReader.parse(gis(OUTCOMES, new String[] {"2 0 x", "1 1"}, PREDS, WEIGHTS)));
  }

  @Test
  void aZipWithoutTheModelOrWithAnotherFactoryIsLeftToOpenNlp() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("manifest.properties"));
      z.write("factory=some.other.Factory\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("langdetect.model"));
      z.write(gis(OUTCOMES, PATTERNS, PREDS, WEIGHTS));
    }
    assertEquals(
        Optional.empty(),
        GisModelReader.readLanguageModel(new java.io.ByteArrayInputStream(zip.toByteArray())));
    assertEquals(
        Optional.empty(),
        GisModelReader.readLanguageModel(new java.io.ByteArrayInputStream(new byte[0])));
  }

  @Test
  void aMalformedStringIsRefused() {
    // length 2, then a lone continuation byte and a stray lead byte
    byte[] bad = {0, 2, (byte) 0x80, (byte) 0xC3};
    assertThrows(IllegalArgumentException.class, () -> GisModelReader.utf(ByteBuffer.wrap(bad)));
  }

  @Test
  void outcomePatternsAreReadAsStringTokenizerAndParseIntReadThem() throws IOException {
    String[] patterns = {
      "3 0 5 7",
      "1 102",
      "  12  4 ",
      "7",
      "+3 1",
      "123456789 2",
      "1234567890 1",
      "\u0663 1",
      "",
      " "
    };
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (String p : patterns) {
        out.writeUTF(p);
      }
      out.writeInt(42);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes.toByteArray());
    for (String p : patterns) {
      java.util.StringTokenizer t = new java.util.StringTokenizer(p, " ");
      int[] expected = new int[t.countTokens()];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = Integer.parseInt(t.nextToken());
      }
      org.junit.jupiter.api.Assertions.assertArrayEquals(expected, GisModelReader.pattern(b), p);
    }
    assertEquals(42, b.getInt()); // each pattern read to its end, no further
  }
}
