package io.invitecheck.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.invitecheck.SetupException;
import io.invitecheck.draft.AccountType;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The configuration file shared by the CLI, the server and the builder: YAML ({@code .yaml}, {@code
 * .yml}) or JSON ({@code .json}). Every key is optional; a key that is present replaces the value
 * of the base settings ({@link Settings#defaults()} unless given). {@code invitecheck.example.yaml}
 * at the repository root documents every key.
 *
 * <p>Strict: an unknown key at any level, a value of the wrong type, an invalid value (an unknown
 * reason code or severity, thresholds out of order, a negative limit) or a corpus file that does
 * not exist is a {@link SetupException} whose message names the file, the key path (e.g. {@code
 * reasons.severity.sales_pich}) and what is allowed. Nothing is silently ignored. Relative paths
 * resolve against the directory of the configuration file.
 *
 * @param file the file read
 * @param settings the analysis settings it gives
 * @param server the server limits it gives (its {@code server} section)
 */
public record ConfigFile(Path file, Settings settings, ServerSettings server) {

  private static final ObjectMapper YAML = mapper(new YAMLFactory());
  private static final ObjectMapper JSON = mapper(new JsonFactory());

  /** The keys at the top level, in the order the example file documents them. */
  static final List<String> TOP_KEYS =
      List.of(
          "noteLimits",
          "defaultAccountType",
          "maxNoteChars",
          "thresholds",
          "reasons",
          "phrases",
          "corpus",
          "index",
          "neighbors",
          "weeklyInvitationBudget",
          "withdrawCooldownDays",
          "freePersonalizedNotesPerMonth",
          "outcomes",
          "server");

  public ConfigFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(server, "server");
  }

  /**
   * Reads the analysis settings from a file, over {@link Settings#defaults()}.
   *
   * @throws SetupException naming the file and the key that is wrong
   */
  public static Settings load(Path file) {
    return read(file).settings();
  }

  /**
   * Reads the analysis settings from a file, over {@code base}.
   *
   * @throws SetupException naming the file and the key that is wrong
   */
  public static Settings load(Path file, Settings base) {
    return read(file, base, ServerSettings.defaults()).settings();
  }

  /**
   * Reads the whole file over the defaults.
   *
   * @throws SetupException naming the file and the key that is wrong
   */
  public static ConfigFile read(Path file) {
    return read(file, Settings.defaults(), ServerSettings.defaults());
  }

  /**
   * Reads the whole file over the given base settings.
   *
   * @throws SetupException naming the file and the key that is wrong
   */
  public static ConfigFile read(Path file, Settings base, ServerSettings serverBase) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    ObjectMapper mapper;
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      mapper = YAML;
    } else if (lower.endsWith(".json")) {
      mapper = JSON;
    } else {
      throw new SetupException(
          file + ": unknown configuration format: the file name must end in .yaml, .yml or .json");
    }
    if (!Files.isRegularFile(file)) {
      throw new SetupException(file + ": configuration file not found");
    }
    JsonNode root;
    try {
      root = mapper.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw new SetupException(
          file
              + ": not valid "
              + (mapper == YAML ? "YAML" : "JSON")
              + where
              + ": "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new SetupException(file + ": cannot read the configuration file: " + e.getMessage(), e);
    }
    return new Reader(file, base, serverBase).read(root);
  }

  private static ObjectMapper mapper(JsonFactory factory) {
    ObjectMapper m = new ObjectMapper(factory);
    m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    m.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    return m;
  }

  /** Walks the parsed tree; one per file read. */
  private static final class Reader {
    private final Path file;
    private final Path dir;
    private final Settings.Builder b;
    private ServerSettings server;
    private double medium;
    private double high;

    Reader(Path file, Settings base, ServerSettings serverBase) {
      this.file = file;
      Path parent = file.toAbsolutePath().getParent();
      this.dir = parent == null ? Path.of("") : parent;
      this.b = base.toBuilder();
      this.server = serverBase;
      this.medium = base.mediumThreshold();
      this.high = base.highThreshold();
    }

    ConfigFile read(JsonNode root) {
      if (root == null || root.isMissingNode() || root.isNull()) {
        return finish(null); // an empty file: the base settings
      }
      if (!root.isObject()) {
        throw error("", "the file must hold a mapping of keys, found " + kind(root));
      }
      forEach(
          root,
          "",
          TOP_KEYS,
          (key, v) -> {
            switch (key) {
              case "noteLimits" -> noteLimits(v);
              case "defaultAccountType" -> b.defaultAccountType(accountType(v));
              case "maxNoteChars" -> b.maxNoteChars(positiveInt(v, key));
              case "thresholds" -> thresholds(v);
              case "reasons" -> reasons(v);
              case "phrases" -> phrases(v);
              case "corpus" -> b.corpus(corpusFile(v));
              case "index" -> b.index(indexDir(v));
              case "neighbors" -> b.neighbors(positiveInt(v, key));
              case "weeklyInvitationBudget" -> b.weeklyInvitationBudget(positiveInt(v, key));
              case "withdrawCooldownDays" -> b.withdrawCooldownDays(nonNegativeInt(v, key));
              case "freePersonalizedNotesPerMonth" ->
                  b.freePersonalizedNotesPerMonth(nonNegativeInt(v, key));
              case "outcomes" -> b.outcomes(outcomesFile(v));
              case "server" -> server(v);
              default -> throw new IllegalStateException(key);
            }
          });
      return finish(root);
    }

    private ConfigFile finish(JsonNode root) {
      if (!(medium > 0 && medium < high && high < 1)) {
        String key =
            root != null && root.path("thresholds").has("high")
                ? "thresholds.high"
                : "thresholds.medium";
        throw error(
            key,
            "thresholds must satisfy 0 < medium < high < 1, were medium "
                + medium
                + " and high "
                + high);
      }
      b.mediumThreshold(medium).highThreshold(high);
      try {
        return new ConfigFile(file, b.build(), server);
      } catch (IllegalArgumentException e) {
        throw new SetupException(file + ": " + e.getMessage(), e);
      }
    }

    private void noteLimits(JsonNode v) {
      object(v, "noteLimits");
      forEach(
          v,
          "noteLimits.",
          List.of("free", "premium"),
          (key, n) -> {
            int limit = positiveInt(n, "noteLimits." + key);
            if (key.equals("free")) {
              b.freeNoteLimit(limit);
            } else {
              b.premiumNoteLimit(limit);
            }
          });
    }

    private AccountType accountType(JsonNode v) {
      String s = text(v, "defaultAccountType");
      try {
        return AccountType.fromId(s);
      } catch (IllegalArgumentException e) {
        throw error(
            "defaultAccountType", "unknown account type '" + s + "': expected free or premium");
      }
    }

    private void thresholds(JsonNode v) {
      object(v, "thresholds");
      forEach(
          v,
          "thresholds.",
          List.of("medium", "high"),
          (key, n) -> {
            String path = "thresholds." + key;
            if (!n.isNumber()) {
              throw error(path, "expected a number between 0 and 1, found " + kind(n));
            }
            double d = n.asDouble();
            if (!(d > 0 && d < 1)) {
              throw error(path, "expected a number between 0 and 1 (exclusive), found " + n);
            }
            if (key.equals("medium")) {
              medium = d;
            } else {
              high = d;
            }
          });
    }

    private void reasons(JsonNode v) {
      object(v, "reasons");
      forEach(
          v,
          "reasons.",
          List.of("disabled", "severity"),
          (key, n) -> {
            if (key.equals("disabled")) {
              Set<ReasonCode> disabled = EnumSet.noneOf(ReasonCode.class);
              List<String> codes = textList(n, "reasons.disabled");
              for (int i = 0; i < codes.size(); i++) {
                disabled.add(reasonCode(codes.get(i), "reasons.disabled[" + i + "]"));
              }
              b.disabledReasons(disabled);
            } else {
              object(n, "reasons.severity");
              Map<ReasonCode, Severity> overrides = new EnumMap<>(ReasonCode.class);
              Iterator<Map.Entry<String, JsonNode>> it = n.fields();
              while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "reasons.severity." + e.getKey();
                ReasonCode code = reasonCode(e.getKey(), path);
                String level = text(e.getValue(), path);
                try {
                  overrides.put(code, Severity.fromId(level));
                } catch (IllegalArgumentException ex) {
                  throw error(
                      path,
                      "unknown severity '" + level + "': expected low, medium, high or critical");
                }
              }
              b.severityOverrides(overrides);
            }
          });
    }

    private ReasonCode reasonCode(String id, String path) {
      try {
        return ReasonCode.fromId(id);
      } catch (IllegalArgumentException e) {
        List<String> ids = Arrays.stream(ReasonCode.values()).map(ReasonCode::id).toList();
        throw error(
            path,
            "unknown reason code '" + id + "'" + didYouMean(id, ids) + "; expected one of " + ids);
      }
    }

    private void phrases(JsonNode v) {
      object(v, "phrases");
      forEach(
          v,
          "phrases.",
          List.of("sales", "flattery", "neverFlag"),
          (key, n) -> {
            List<String> list = textList(n, "phrases." + key);
            for (int i = 0; i < list.size(); i++) {
              if (list.get(i).isBlank()) {
                throw error("phrases." + key + "[" + i + "]", "a phrase must not be blank");
              }
            }
            switch (key) {
              case "sales" -> b.extraSalesPhrases(list);
              case "flattery" -> b.extraFlatteryPhrases(list);
              default -> b.neverFlag(list);
            }
          });
    }

    private Path corpusFile(JsonNode v) {
      Path p = path(v, "corpus");
      if (!Files.isRegularFile(p)) {
        throw error("corpus", "corpus file " + p + " does not exist or is not a file");
      }
      return p;
    }

    private Path outcomesFile(JsonNode v) {
      Path p = path(v, "outcomes");
      if (!Files.isRegularFile(p)) {
        throw error(
            "outcomes",
            "outcome corpus "
                + p
                + " does not exist or is not a file (write one with invitecheck import-linkedin)");
      }
      return p;
    }

    private Path indexDir(JsonNode v) {
      Path p = path(v, "index");
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw error(
            "index",
            p + " is not a directory (an index is a directory built by" + " invitecheck index)");
      }
      return p;
    }

    private Path path(JsonNode v, String key) {
      String s = text(v, key);
      if (s.isBlank()) {
        throw error(key, "expected a file path, found an empty string");
      }
      return dir.resolve(s).normalize();
    }

    private void server(JsonNode v) {
      object(v, "server");
      forEach(
          v,
          "server.",
          List.of(
              "maxBodyBytes", "maxBatchItems", "requestTimeoutMillis", "threads", "warmUpSeconds"),
          (key, n) -> {
            if (key.equals("warmUpSeconds")) {
              int value = nonNegativeInt(n, "server." + key);
              if (value > ServerSettings.MAX_WARM_UP_SECONDS) {
                throw error(
                    "server." + key,
                    "at most " + ServerSettings.MAX_WARM_UP_SECONDS + " (seconds), found " + value);
              }
              server = server.withWarmUpSeconds(value);
              return;
            }
            int value = positiveInt(n, "server." + key);
            server =
                switch (key) {
                  case "maxBodyBytes" -> server.withMaxBodyBytes(value);
                  case "maxBatchItems" -> server.withMaxBatchItems(value);
                  case "requestTimeoutMillis" -> server.withRequestTimeoutMillis(value);
                  default -> server.withThreads(value);
                };
          });
    }

    // ---- generic checks ----

    private interface Entry {
      void accept(String key, JsonNode value);
    }

    private void forEach(JsonNode node, String prefix, List<String> known, Entry action) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = e.getKey();
        if (!known.contains(key)) {
          throw error(
              prefix + key,
              "unknown key"
                  + didYouMean(key, known)
                  + "; allowed here: "
                  + String.join(", ", known));
        }
        if (e.getValue().isNull()) {
          throw error(
              prefix + key, "has no value; give one, or remove the key to keep the default");
        }
        action.accept(key, e.getValue());
      }
    }

    private void object(JsonNode v, String path) {
      if (!v.isObject()) {
        throw error(path, "expected a mapping of keys, found " + kind(v));
      }
    }

    private int positiveInt(JsonNode v, String path) {
      int i = integer(v, path);
      if (i <= 0) {
        throw error(path, "must be a whole number above 0, found " + i);
      }
      return i;
    }

    private int nonNegativeInt(JsonNode v, String path) {
      int i = integer(v, path);
      if (i < 0) {
        throw error(path, "must be a whole number 0 or more, found " + i);
      }
      return i;
    }

    private int integer(JsonNode v, String path) {
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw error(path, "expected a whole number, found " + kind(v));
      }
      return v.intValue();
    }

    private String text(JsonNode v, String path) {
      if (!v.isTextual()) {
        throw error(path, "expected a string, found " + kind(v));
      }
      return v.textValue();
    }

    private List<String> textList(JsonNode v, String path) {
      if (!v.isArray()) {
        throw error(path, "expected a list of strings, found " + kind(v));
      }
      List<String> list = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        list.add(text(v.get(i), path + "[" + i + "]"));
      }
      return list;
    }

    private SetupException error(String key, String what) {
      return new SetupException(file + ": " + (key.isEmpty() ? "" : key + ": ") + what);
    }
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "the string \"" + node.textValue() + "\"";
    }
    if (node.isNumber() || node.isBoolean()) {
      return node.getNodeType().toString().toLowerCase(Locale.ROOT) + " " + node;
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    return node.getNodeType().toString().toLowerCase(Locale.ROOT);
  }

  /** " (did you mean 'x'?)" when one allowed word is within two edits of {@code word}. */
  static String didYouMean(String word, List<String> allowed) {
    return allowed.stream()
        .map(a -> Map.entry(a, distance(word.toLowerCase(Locale.ROOT), a.toLowerCase(Locale.ROOT))))
        .filter(e -> e.getValue() <= 2)
        .min(Comparator.comparingInt(Map.Entry::getValue))
        .map(e -> " (did you mean '" + e.getKey() + "'?)")
        .orElse("");
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
