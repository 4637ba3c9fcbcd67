package io.invitecheck.corpus;

import io.invitecheck.draft.Profile;
import io.invitecheck.memo.AfterUses;
import io.invitecheck.nlp.CodePoints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>The probabilities are computed by {@link DoccatScorer}, which gives {@link
 * DocumentCategorizerME#categorize}'s doubles bit for bit from a compact copy of the model's
 * weights; for a model it does not replicate, each thread gets its own {@link
 * DocumentCategorizerME}. The model is immutable and shared, so this class is thread-safe.
 */
public final class NoteClassifier {
  /** The training parameters: the algorithm and its settings, fixed so training is repeatable. */
  public static final Map<String, String> PARAMETERS = parameters();

  private final DoccatModel model;
  private final byte[] bytes;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  /**
   * Notes classified by OpenNLP's categorizer before {@link DoccatScorer} is built: building it
   * costs 60-90 ms of CPU, which a one-note check does not recover.
   */
  static final int FAST_AFTER = 64;

  /** Built after {@link #FAST_AFTER} notes; null inside: the model is not one it replicates. */
  private final AfterUses<DoccatScorer> scorer;

  private final int[] labelIndex;
  private volatile String sha256; // hashed on first use, once (the card check and provenance ask)

  private NoteClassifier(DoccatModel model, byte[] bytes) {
    this.model = model;
    this.bytes = bytes;
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
    this.scorer = new AfterUses<>(FAST_AFTER, () -> DoccatScorer.of(model).orElse(null));
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
    return load(bytes, null);
  }

  /**
   * {@link #load(byte[])} of bytes whose SHA-256 is known ({@code sha256}, hex; null when not): the
   * bundled model's, recorded when the jar was built ({@link BundledDigests}).
   */
  static NoteClassifier load(byte[] bytes, String sha256) throws IOException {
    DoccatModel m = new DoccatModel(new ByteArrayInputStream(bytes));
    DocumentCategorizerME me = new DocumentCategorizerME(m);
    for (Label l : Label.values()) {
      if (me.getIndex(l.id()) < 0) {
        throw new IOException("the model has no category '" + l.id() + "'");
      }
    }
    NoteClassifier c = new NoteClassifier(m, bytes.clone());
    c.sha256 = sha256;
    return c;
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
    return probabilities(scorer.get(), features);
  }

  /**
   * The probabilities for the features of a masked note's terms and its {@link #surface} features:
   * {@code probabilities(features(terms, surface))} without building the feature strings.
   */
  double[] probabilities(NoteTerms.Both terms, List<String> surface) {
    DoccatScorer fast = scorer.get();
    if (fast != null && !(terms.isEmpty() && surface.isEmpty())) {
      double[] byWords = fast.probabilities(terms, surface);
      return byLabel(
          byWords != null ? byWords : fast.probabilities(terms.stems(), terms.phrases(), surface));
    }
    return probabilities(fast, features(terms, surface));
  }

  /** The probabilities for {@code features} by {@code fast}, or by OpenNLP when it is null. */
  private double[] probabilities(DoccatScorer fast, String[] features) {
    return byLabel(
        fast != null ? fast.probabilities(features) : categorizer.get().categorize(features));
  }

  /**
   * OpenNLP's own probabilities for a note's {@link #features}, by {@link
   * DocumentCategorizerME#categorize}: the oracle the fast path is tested against.
   */
  double[] openNlpProbabilities(String[] features) {
    return byLabel(categorizer.get().categorize(features));
  }

  /**
   * Whether the probabilities come from {@link DoccatScorer} once it is built (else always from
   * OpenNLP's categorizer); builds it now.
   */
  boolean fast() {
    return scorer.now() != null;
  }

  private double[] byLabel(double[] raw) {
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
    return surface(text, text.toCharArray(), recipient);
  }

  /**
   * {@link #surface(String, Profile)} of a text whose chars the caller already copied out ({@code
   * chars}, not changed), so that the shape and the greeting read one copy.
   */
  static List<String> surface(String text, char[] chars, Profile recipient) {
    List<String> out = new ArrayList<>(4);
    shape(chars, out);
    greeting(text, chars, recipient, out);
    return out;
  }

  private static final String[] LENGTHS = {"#len0", "#len1", "#len2", "#len3"};

  /**
   * The top-level domains that make a link after a letter or digit, in the order they are tried.
   */
  private static final String[] TLDS = {".com", ".io", ".co/", ".ly/", ".ai", ".net", ".org"};

  /**
   * The shape features, found in one pass over the note: a link ({@code http}, {@code www.} or a
   * domain, case-insensitive), a currency or percent sign, a question mark, two exclamation marks
   * in a row, an emoji or dingbat, a run of five capitals, and the length in steps of 75 chars.
   *
   * <p>The link test reads the note as {@code text.toLowerCase(Locale.ROOT)} would be, without
   * making that copy (see {@link #lower} and {@link #lowersTo}), and, like {@code indexOf} on the
   * copy, judges each domain by its first occurrence only.
   *
   * <p>It reads the note's chars from one copy ({@code toCharArray}, shared with the greeting):
   * under the client compiler {@code charAt} on a note with a char above U+00FF (a UTF-16 string;
   * an em dash or an emoji is enough) is a call with a bounds check per char.
   */
  private static void shape(char[] text, List<String> out) {
    boolean http = false;
    boolean www = false;
    boolean domain = false;
    int tldsSeen = 0; // bit t: TLDS[t] has occurred (only its first occurrence counts)
    boolean money = false;
    boolean question = false;
    boolean exclaimRun = false;
    boolean emoji = false;
    boolean shouting = false;
    int run = 0;
    int n = text.length;
    for (int i = 0; i < n; i++) {
      char c = text[i];
      if (c < 0x80) {
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        if (lower == '.') {
          for (int t = 0; t < TLDS.length; t++) {
            if ((tldsSeen & (1 << t)) == 0 && lowersTo(text, i, TLDS[t])) {
              tldsSeen |= 1 << t;
              domain |= i > 0 && letterOrDigitLowered(text[i - 1]);
            }
          }
        } else if (lower == 'h') {
          http |= lowersTo(text, i, "http");
        } else if (lower == 'w') {
          www |= lowersTo(text, i, "www.");
        } else if (c == '$' || c == '%') {
          money = true;
        } else if (c == '?') {
          question = true;
        } else if (c == '!') {
          exclaimRun |= i + 1 < n && text[i + 1] == '!';
        }
        if (c >= 'A' && c <= 'Z') {
          run++;
          shouting |= run >= 5;
        } else if (!(c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F))) {
          run = 0; // not ASCII white space (Character.isWhitespace)
        }
        continue;
      }
      if (c == '€' || c == '£') {
        money = true;
      } else if (c >= 0x2600 && c <= 0x27BF) {
        emoji = true;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text[i + 1])
          && Character.toCodePoint(c, text[i + 1]) >= 0x1F000) {
        emoji = true;
      }
      if (Character.isUpperCase(c)) {
        run++;
        shouting |= run >= 5;
      } else if (!Character.isWhitespace(c)) {
        run = 0;
      }
    }
    if (http || www || domain) {
      out.add("#link");
    }
    if (money) {
      out.add("#money_or_percent");
    }
    if (question) {
      out.add("#question");
    }
    if (exclaimRun) {
      out.add("#exclaim_run");
    }
    if (emoji) {
      out.add("#emoji");
    }
    if (shouting) {
      out.add("#shouting");
    }
    out.add(LENGTHS[Math.min(n / 75, 3)]);
  }

  /**
   * A char as {@code String.toLowerCase(Locale.ROOT)} lowers it, but for U+0130 (capital I with a
   * dot), which lowers to two chars, {@code "i\u0307"}. Every other char lowers to one char on its
   * own (a capital sigma to a small one, final or not: both non-ASCII letters; a surrogate to a
   * surrogate), so the lowered text lines up with the note but after each U+0130.
   */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  /**
   * Whether the lowered note has the ASCII {@code needle} where the note's char i lowers. A U+0130
   * lowers to {@code 'i'} and a combining dot, so it matches only a needle's last char, an {@code
   * 'i'}.
   */
  private static boolean lowersTo(char[] text, int i, String needle) {
    int last = needle.length() - 1;
    if (i + last >= text.length) {
      return false;
    }
    for (int k = 0; k <= last; k++) {
      char c = text[i + k];
      boolean same =
          c == '\u0130' ? k == last && needle.charAt(k) == 'i' : lower(c) == needle.charAt(k);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the lowered char just before a lowered char is a letter or digit: for U+0130 it is its
   * combining dot, which is not.
   */
  private static boolean letterOrDigitLowered(char c) {
    return c != '\u0130' && Character.isLetterOrDigit(lower(c));
  }

  /**
   * Whether the greeted name is the recipient's: {@code #greeting_match}, {@code
   * #greeting_mismatch} (a mail-merge error, which the guideline labels generic), nothing when
   * either is unknown.
   */
  private static void greeting(String text, char[] chars, Profile recipient, List<String> out) {
    String greeted = TextMasker.greetedName(text, chars);
    String name = recipient.name();
    if (greeted == null || name == null) {
      return;
    }
    out.add(namePart(name, greeted) ? "#greeting_match" : "#greeting_mismatch");
  }

  /**
   * Whether one of the name's parts between white space and dots equals the word ignoring case: as
   * {@code name.split("[\\s.]+")} and {@code equalsIgnoreCase}, without a regular expression.
   */
  static boolean namePart(String name, String word) {
    int n = name.length();
    int i = 0;
    while (i < n) {
      while (i < n && CodePoints.isNameSeparator(name.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !CodePoints.isNameSeparator(name.charAt(i))) {
        i++;
      }
      if (i > start
          && i - start == word.length()
          && name.regionMatches(true, start, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }
}
