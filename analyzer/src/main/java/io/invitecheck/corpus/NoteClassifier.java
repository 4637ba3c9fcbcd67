package io.invitecheck.corpus;

import io.invitecheck.draft.Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained note classifier: an OpenNLP document categorizer (maximum entropy) over the masked
 * note's stems, word pairs and a few shape features (a link, a price or percentage, a question, an
 * exclamation run, emoji, shouting, length, and whether the greeted name is the recipient's). It
 * gives a probability for each {@link Label}.
 *
 * <p>The model is immutable and shared; each thread gets its own {@link DocumentCategorizerME}, so
 * this class is thread-safe.
 */
public final class NoteClassifier {
  /** The training parameters: the algorithm and its settings, fixed so training is repeatable. */
  public static final Map<String, String> PARAMETERS = parameters();

  private final DoccatModel model;
  private final byte[] bytes;
  private final ThreadLocal<DocumentCategorizerME> categorizer;
  private final int[] labelIndex;
  private volatile String sha256; // hashed on first use, once (the card check and provenance ask)

  private NoteClassifier(DoccatModel model, byte[] bytes) {
    this.model = model;
    this.bytes = bytes;
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    DocumentCategorizerME me = new DocumentCategorizerME(model);
    labelIndex = new int[Label.values().length];
    for (Label l : Label.values()) {
      labelIndex[l.ordinal()] = me.getIndex(l.id());
    }
  }

  private static Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    p.put(TrainingParameters.ITERATIONS_PARAM, "200");
    p.put(TrainingParameters.CUTOFF_PARAM, "1");
    p.put(TrainingParameters.THREADS_PARAM, "1");
    p.put("L2Cost", "1.0");
    p.put("L1Cost", "0.0");
    return Map.copyOf(p);
  }

  /**
   * Trains a classifier on the notes with {@link #PARAMETERS}. Deterministic: the same notes in the
   * same order give the same model.
   *
   * @throws IllegalArgumentException when a label has no note
   */
  public static NoteClassifier train(List<CorpusNote> notes) {
    for (Label l : Label.values()) {
      if (notes.stream().noneMatch(n -> n.label() == l)) {
        throw new IllegalArgumentException("cannot train: no " + l.id() + " note");
      }
    }
    List<DocumentSample> samples = new ArrayList<>(notes.size());
    for (CorpusNote n : notes) {
      samples.add(
          new DocumentSample(n.label().id(), features(n.text(), n.recipient(), n.sender())));
    }
    TrainingParameters params = new TrainingParameters();
    PARAMETERS.forEach(params::put);
    try {
      DoccatModel m =
          DocumentCategorizerME.train(
              "en",
              ObjectStreamUtils.createObjectStream(samples),
              params,
              new DoccatFactory(new FeatureGenerator[] {new BagOfWordsFeatureGenerator()}));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.serialize(out);
      return load(reproducible(out.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a serialized model.
   *
   * @throws IOException when the bytes are not a document categorizer model
   */
  public static NoteClassifier load(byte[] bytes) throws IOException {
    DoccatModel m = new DoccatModel(new ByteArrayInputStream(bytes));
    DocumentCategorizerME me = new DocumentCategorizerME(m);
    for (Label l : Label.values()) {
      if (me.getIndex(l.id()) < 0) {
        throw new IOException("the model has no category '" + l.id() + "'");
      }
    }
    return new NoteClassifier(m, bytes.clone());
  }

  /**
   * The serialized model with the training time taken out (OpenNLP writes it into the manifest and
   * the zip entries), so that the same notes always give the same bytes and SHA-256.
   */
  static byte[] reproducible(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (java.util.zip.ZipInputStream in =
            new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
        java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
      java.util.zip.ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("manifest.properties")) {
          StringBuilder sb = new StringBuilder();
          for (String line :
              new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).split("\\R")) {
            if (!line.startsWith("#") && !line.startsWith("Timestamp=") && !line.isBlank()) {
              sb.append(line).append('\n');
            }
          }
          data = sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
        copy.setTime(0L);
        z.putNextEntry(copy);
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The serialized model, as written to {@code note-classifier.bin}. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The hex SHA-256 of {@link #bytes()}. */
  public String sha256() {
    String s = sha256;
    if (s == null) {
      s = CorpusIdentity.sha256(bytes);
      sha256 = s;
    }
    return s;
  }

  /** The probability of each label, indexed by {@link Label#ordinal()}; they sum to 1. */
  public double[] probabilities(String text, Profile recipient, Profile sender) {
    return probabilities(features(text, recipient, sender));
  }

  /** The probabilities for a note's {@link #features}. */
  double[] probabilities(String[] features) {
    double[] raw = categorizer.get().categorize(features);
    double[] out = new double[labelIndex.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = raw[labelIndex[i]];
    }
    return out;
  }

  /** The underlying OpenNLP model. */
  public DoccatModel model() {
    return model;
  }

  /**
   * The classifier's tokens for a note: stems and word pairs of the masked note, then shape
   * features of the original note.
   */
  static String[] features(String text, Profile recipient, Profile sender) {
    return features(TextMasker.mask(text, recipient, sender), surface(text, recipient));
  }

  /** The features from a note already masked, and its {@link #surface} features. */
  static String[] features(String masked, List<String> surface) {
    return features(NoteTerms.both(masked), surface);
  }

  /** The features from a masked note's terms, and its {@link #surface} features. */
  static String[] features(NoteTerms.Both terms, List<String> surface) {
    List<String> out = new ArrayList<>();
    out.addAll(terms.stems());
    for (String p : terms.phrases()) {
      out.add(p.replace(' ', '_'));
    }
    out.addAll(surface);
    if (out.isEmpty()) {
      out.add("#empty");
    }
    return out.toArray(String[]::new);
  }

  /** The features of the original note the masked one lacks: its shape and greeting. */
  static List<String> surface(String text, Profile recipient) {
    List<String> out = new ArrayList<>(4);
    shape(text, out);
    greeting(text, recipient, out);
    return out;
  }

  private static void shape(String text, List<String> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("http") || lower.contains("www.") || hasDomain(lower)) {
      out.add("#link");
    }
    if (text.indexOf('$') >= 0
        || text.indexOf('%') >= 0
        || text.indexOf('€') >= 0
        || text.indexOf('£') >= 0) {
      out.add("#money_or_percent");
    }
    if (text.indexOf('?') >= 0) {
      out.add("#question");
    }
    if (text.contains("!!")) {
      out.add("#exclaim_run");
    }
    if (text.codePoints().anyMatch(cp -> cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF))) {
      out.add("#emoji");
    }
    if (hasShouting(text)) {
      out.add("#shouting");
    }
    out.add("#len" + Math.min(text.length() / 75, 3));
  }

  /**
   * Whether the greeted name is the recipient's: {@code #greeting_match}, {@code
   * #greeting_mismatch} (a mail-merge error, which the guideline labels generic), nothing when
   * either is unknown.
   */
  private static void greeting(String text, Profile recipient, List<String> out) {
    String greeted = TextMasker.greetedName(text);
    if (greeted == null || recipient.name() == null) {
      return;
    }
    for (String part : recipient.name().split("[\\s.]+")) {
      if (part.equalsIgnoreCase(greeted)) {
        out.add("#greeting_match");
        return;
      }
    }
    out.add("#greeting_mismatch");
  }

  private static boolean hasDomain(String lower) {
    for (String tld : new String[] {".com", ".io", ".co/", ".ly/", ".ai", ".net", ".org"}) {
      int i = lower.indexOf(tld);
      if (i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasShouting(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        run++;
        if (run >= 5) {
          return true;
        }
      } else if (!Character.isWhitespace(c)) {
        run = 0;
      }
    }
    return false;
  }
}
