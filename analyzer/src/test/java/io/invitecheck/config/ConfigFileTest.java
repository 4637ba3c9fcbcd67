package io.invitecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.invitecheck.SetupException;
import io.invitecheck.draft.AccountType;
import io.invitecheck.report.Reason;
import io.invitecheck.report.ReasonCode;
import io.invitecheck.report.RiskLevel;
import io.invitecheck.report.Severity;
import io.invitecheck.risk.ReasonPolicy;
import io.invitecheck.risk.RuleRiskModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigFileTest {
  private static final String NOTE =
      "Hi Jane, we at Acme Growth help teams like yours book a quick call. Check"
          + " https://acme.example/demo today!";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Settings load(String yaml) throws IOException {
    return ConfigFile.load(write("invitecheck.yaml", yaml));
  }

  private String error(String name, String text) throws IOException {
    Path p = write(name, text);
    SetupException e = assertThrows(SetupException.class, () -> ConfigFile.read(p));
    assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
    return e.getMessage();
  }

  private static Reason reasonAt(ReasonCode code, String phrase) {
    int start = NOTE.indexOf(phrase);
    return Reason.at(code, NOTE, start, start + phrase.length(), "found " + phrase, null);
  }

  // ---- each setting takes effect ----

  @Test
  void emptyFileGivesTheDefaults() throws IOException {
    assertEquals(Settings.defaults(), load(""));
    assertEquals(
        ServerSettings.defaults(), ConfigFile.read(write("c.yaml", "# nothing\n")).server());
  }

  @Test
  void noteLimitsChangeTheLimitPerAccountType() throws IOException {
    Settings s = load("noteLimits:\n  free: 150\n  premium: 250\n");
    assertEquals(150, s.noteLimit(AccountType.FREE));
    assertEquals(250, s.noteLimit(AccountType.PREMIUM));
    assertNotEquals(Settings.defaults().noteLimit(AccountType.FREE), 150);
    // a note of 180 characters is within the default free limit (200) but not within 150
    assertTrue(180 <= Settings.defaults().noteLimit(AccountType.FREE));
    assertTrue(180 > s.noteLimit(AccountType.FREE));
  }

  @Test
  void defaultAccountTypeDecidesTheLimitOfADraftThatDoesNotSay() throws IOException {
    assertEquals(300, Settings.defaults().noteLimit(null));
    Settings s = load("defaultAccountType: free\n");
    assertEquals(AccountType.FREE, s.defaultAccountType());
    assertEquals(200, s.noteLimit(null));
  }

  @Test
  void maxNoteChars() throws IOException {
    assertEquals(500, load("maxNoteChars: 500\n").maxNoteChars());
  }

  @Test
  void thresholdsMoveAScoreBetweenLevels() throws IOException {
    double score = 0.30;
    assertEquals(RiskLevel.LOW, RuleRiskModel.level(score, Settings.defaults()));
    Settings s = load("thresholds:\n  medium: 0.25\n  high: 0.5\n");
    assertEquals(RiskLevel.MEDIUM, RuleRiskModel.level(score, s));
    assertEquals(RiskLevel.HIGH, RuleRiskModel.level(0.55, s));
    assertEquals(RiskLevel.MEDIUM, RuleRiskModel.level(0.55, Settings.defaults()));
  }

  @Test
  void onlyOneThresholdMayBeGiven() throws IOException {
    Settings s = load("thresholds:\n  high: 0.9\n");
    assertEquals(0.35, s.mediumThreshold());
    assertEquals(0.9, s.highThreshold());
    assertEquals(RiskLevel.MEDIUM, RuleRiskModel.level(0.8, s));
  }

  @Test
  void disabledReasonsAreDropped() throws IOException {
    List<Reason> found =
        List.of(
            reasonAt(ReasonCode.CONTAINS_LINK, "https://acme.example/demo"),
            reasonAt(ReasonCode.SALES_PITCH, "book a quick call"));
    assertEquals(2, new ReasonPolicy(Settings.defaults()).apply(NOTE, found).size());
    Settings s = load("reasons:\n  disabled: [contains_link]\n");
    assertEquals(Set.of(ReasonCode.CONTAINS_LINK), s.disabledReasons());
    List<Reason> kept = new ReasonPolicy(s).apply(NOTE, found);
    assertEquals(List.of(ReasonCode.SALES_PITCH), kept.stream().map(Reason::code).toList());
    Reason pitch = kept.get(0);
    assertEquals("book a quick call", NOTE.substring(pitch.span().start(), pitch.span().end()));
  }

  @Test
  void severityOverridesChangeTheReportedSeverity() throws IOException {
    Reason pitch = reasonAt(ReasonCode.SALES_PITCH, "book a quick call");
    assertEquals(
        Severity.HIGH,
        new ReasonPolicy(Settings.defaults()).apply(NOTE, List.of(pitch)).get(0).severity());
    Settings s = load("reasons:\n  severity:\n    sales_pitch: low\n    contains_link: CRITICAL\n");
    List<Reason> kept =
        new ReasonPolicy(s)
            .apply(
                NOTE,
                List.of(pitch, reasonAt(ReasonCode.CONTAINS_LINK, "https://acme.example/demo")));
    assertEquals(Severity.LOW, kept.get(0).severity());
    assertEquals(Severity.CRITICAL, kept.get(1).severity());
  }

  @Test
  void neverFlagKeepsAPhraseFromBeingFlagged() throws IOException {
    Reason growth = reasonAt(ReasonCode.SELF_PROMOTION, "Acme Growth");
    assertEquals(1, new ReasonPolicy(Settings.defaults()).apply(NOTE, List.of(growth)).size());
    Settings s = load("phrases:\n  neverFlag: [\"Acme Growth\"]\n");
    assertEquals(List.of("acme growth"), s.neverFlag());
    assertEquals(List.of(), new ReasonPolicy(s).apply(NOTE, List.of(growth)));
  }

  @Test
  void extraPhraseListsAreRead() throws IOException {
    Settings s =
        load(
            """
            phrases:
              sales: ["Quick Win", "free audit"]
              flattery: ["true visionary"]
            """);
    assertEquals(List.of("quick win", "free audit"), s.extraSalesPhrases());
    assertEquals(List.of("true visionary"), s.extraFlatteryPhrases());
  }

  @Test
  void corpusAndIndexResolveAgainstTheConfigDirectory() throws IOException {
    Files.createDirectories(dir.resolve("data/index"));
    Files.writeString(dir.resolve("data/notes.jsonl"), "{}\n");
    Settings s = load("corpus: data/notes.jsonl\nindex: data/index\n");
    assertEquals(dir.resolve("data/notes.jsonl").toAbsolutePath().normalize(), s.corpus());
    assertEquals(dir.resolve("data/index").toAbsolutePath().normalize(), s.index());
  }

  @Test
  void countsAndBudgets() throws IOException {
    Settings s =
        load(
            """
            neighbors: 3
            weeklyInvitationBudget: 80
            withdrawCooldownDays: 0
            freePersonalizedNotesPerMonth: 10
            """);
    assertEquals(3, s.neighbors());
    assertEquals(80, s.weeklyInvitationBudget());
    assertEquals(0, s.withdrawCooldownDays());
    assertEquals(10, s.freePersonalizedNotesPerMonth());
    Settings d = Settings.defaults();
    assertNotEquals(d.neighbors(), s.neighbors());
    assertNotEquals(d.weeklyInvitationBudget(), s.weeklyInvitationBudget());
    assertNotEquals(d.withdrawCooldownDays(), s.withdrawCooldownDays());
    assertNotEquals(d.freePersonalizedNotesPerMonth(), s.freePersonalizedNotesPerMonth());
  }

  @Test
  void serverSection() throws IOException {
    ServerSettings s =
        ConfigFile.read(
                write(
                    "c.yml",
                    """
                    server:
                      maxBodyBytes: 4096
                      maxBatchItems: 5
                      requestTimeoutMillis: 2500
                      threads: 3
                      warmUpSeconds: 0
                    """))
            .server();
    assertEquals(new ServerSettings(4096, 5, 2500, 3, 0), s);
  }

  @Test
  void jsonFilesAreReadToo() throws IOException {
    ConfigFile c =
        ConfigFile.read(
            write(
                "c.json",
                "{\"maxNoteChars\": 900, \"reasons\": {\"disabled\": [\"too_long\"]},"
                    + " \"server\": {\"threads\": 2}}"));
    assertEquals(900, c.settings().maxNoteChars());
    assertEquals(Set.of(ReasonCode.TOO_LONG), c.settings().disabledReasons());
    assertEquals(2, c.server().threads());
  }

  @Test
  void keysOverABaseKeepTheBaseWhereAbsent() throws IOException {
    Settings base = Settings.defaults().toBuilder().neighbors(4).build();
    Settings s = ConfigFile.load(write("c.yaml", "maxNoteChars: 700\n"), base);
    assertEquals(4, s.neighbors());
    assertEquals(700, s.maxNoteChars());
  }

  @Test
  void theExampleFileAtTheRepositoryRootIsValidAndDocumentsEveryKey() throws IOException {
    Path example = Path.of("..", "invitecheck.example.yaml");
    assertTrue(Files.isRegularFile(example), "missing " + example.toAbsolutePath());
    String text = Files.readString(example);
    for (String key : ConfigFile.TOP_KEYS) {
      assertTrue(text.contains(key + ":"), "example does not document " + key);
    }
    // the example, with its keys uncommented, loads; paths need the files to exist, so drop them
    Path copy = dir.resolve("example.yaml");
    Files.writeString(
        copy,
        text.lines()
            .filter(l -> !l.startsWith("corpus:") && !l.startsWith("index:"))
            .reduce("", (a, l) -> a + l + "\n"));
    ConfigFile c = ConfigFile.read(copy);
    assertEquals(Settings.defaults().maxNoteChars(), c.settings().maxNoteChars());
  }

  // ---- each invalid case names the file, the key and what is allowed ----

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "maxNoteChar: 10 | maxNoteChar: unknown key (did you mean 'maxNoteChars'?); allowed here:",
        "noteLimits: {free: 100, basic: 20} | noteLimits.basic: unknown key; allowed here: free,"
            + " premium",
        "server: {threads: 2, port: 80} | server.port: unknown key; allowed here: maxBodyBytes",
        "reasons: {severity: {sales_pich: low}} | reasons.severity.sales_pich: unknown reason code"
            + " 'sales_pich' (did you mean 'sales_pitch'?); expected one of [empty_note,",
        "reasons: {severity: {sales_pitch: urgent}} | reasons.severity.sales_pitch: unknown severity"
            + " 'urgent': expected low, medium, high or critical",
        "reasons: {disabled: [too_long, link]} | reasons.disabled[1]: unknown reason code 'link'",
        "reasons: {disabled: contains_link} | reasons.disabled: expected a list of strings, found"
            + " the string \"contains_link\"",
        "thresholds: {medium: 0.7, high: 0.6} | thresholds.high: thresholds must satisfy 0 < medium"
            + " < high < 1, were medium 0.7 and high 0.6",
        "thresholds: {medium: 0.8} | thresholds.medium: thresholds must satisfy 0 < medium < high <"
            + " 1, were medium 0.8 and high 0.65",
        "thresholds: {high: 1.5} | thresholds.high: expected a number between 0 and 1 (exclusive),"
            + " found 1.5",
        "thresholds: {high: high} | thresholds.high: expected a number between 0 and 1, found the"
            + " string \"high\"",
        "noteLimits: {free: -5} | noteLimits.free: must be a whole number above 0, found -5",
        "maxNoteChars: 0 | maxNoteChars: must be a whole number above 0, found 0",
        "maxNoteChars: '500' | maxNoteChars: expected a whole number, found the string \"500\"",
        "maxNoteChars: 12.5 | maxNoteChars: expected a whole number, found number 12.5",
        "maxNoteChars: | maxNoteChars: has no value; give one, or remove the key",
        "withdrawCooldownDays: -1 | withdrawCooldownDays: must be a whole number 0 or more, found -1",
        "neighbors: 0 | neighbors: must be a whole number above 0",
        "weeklyInvitationBudget: -100 | weeklyInvitationBudget: must be a whole number above 0",
        "freePersonalizedNotesPerMonth: -2 | freePersonalizedNotesPerMonth: must be a whole number"
            + " 0 or more",
        "defaultAccountType: gold | defaultAccountType: unknown account type 'gold': expected free"
            + " or premium",
        "phrases: {sales: [\"book a call\", \" \"]} | phrases.sales[1]: a phrase must not be blank",
        "phrases: {pitch: []} | phrases.pitch: unknown key; allowed here: sales, flattery,"
            + " neverFlag",
        "phrases: {sales: [1, 2]} | phrases.sales[0]: expected a string, found number 1",
        "server: {maxBodyBytes: 0} | server.maxBodyBytes: must be a whole number above 0",
        "server: {warmUpSeconds: -1} | server.warmUpSeconds: must be a whole number 0 or more",
        "server: {warmUpSeconds: 3600} | server.warmUpSeconds: at most 600 (seconds), found 3600",
        "server: {requestTimeoutMillis: 99999999999} | server.requestTimeoutMillis: expected a"
            + " whole number, found number 99999999999",
        "corpus: missing/notes.jsonl | corpus: corpus file ",
        "- maxNoteChars: 5 | the file must hold a mapping of keys, found a list",
      })
  void invalidValuesNameTheFileAndTheKey(String yaml, String expected) throws IOException {
    String message = error("bad.yaml", yaml.strip() + "\n");
    String rest = message.substring(dir.resolve("bad.yaml").toString().length() + 2);
    assertTrue(rest.startsWith(expected), "expected '" + expected + "' in: " + message);
  }

  @Test
  void duplicateKeysAreAnErrorWithTheLine() throws IOException {
    String m = error("dup.yaml", "neighbors: 3\nmaxNoteChars: 10\nneighbors: 5\n");
    assertTrue(m.contains("Duplicate field 'neighbors'"), m);
    assertTrue(m.contains("line 3"), m);
  }

  @Test
  void malformedYamlNamesTheLine() throws IOException {
    String m = error("broken.yaml", "noteLimits:\n  free: 100\n premium: [\n");
    assertTrue(m.contains("not valid YAML at line"), m);
  }

  @Test
  void malformedJsonNamesTheColumn() throws IOException {
    String m = error("broken.json", "{\"neighbors\": 3,}");
    assertTrue(m.contains("not valid JSON at line 1, column"), m);
  }

  @Test
  void unknownExtensionAndMissingFile() throws IOException {
    String m = error("config.toml", "neighbors = 3\n");
    assertTrue(m.contains("must end in .yaml, .yml or .json"), m);
    Path missing = dir.resolve("nope.yaml");
    SetupException e = assertThrows(SetupException.class, () -> ConfigFile.load(missing));
    assertEquals(missing + ": configuration file not found", e.getMessage());
  }

  @Test
  void indexThatIsAFileIsAnError() throws IOException {
    Files.writeString(dir.resolve("index"), "x");
    String m = error("c.yaml", "index: index\n");
    assertTrue(m.contains(": index: "), m);
    assertTrue(m.contains("is not a directory"), m);
  }
}
