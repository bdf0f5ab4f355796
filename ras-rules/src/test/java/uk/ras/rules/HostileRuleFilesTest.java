package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.rules.LocatedErrors.assertEveryProblemLocated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.rules.isf.SettingReader;
import uk.ras.ruleset.RuleSet;

/**
 * The hostile-input catalogue for rule and setting files (docs/quality.md lists each case with its
 * behaviour). Cases already covered elsewhere are named there; these fill the gaps. Each refusal is a
 * {@link RuleFileException} whose every problem is located, never another exception.
 */
class HostileRuleFilesTest {
  private static final RuleSetReader READER = RuleSetReader.create();
  private static final long HUNDRED_MB = 100L * 1024 * 1024;

  @TempDir Path dir;

  static String tiny() throws IOException {
    try (InputStream in = HostileRuleFilesTest.class.getResourceAsStream("good/tiny.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static RuleFileException refused(String name, String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read(name, content));
    assertEveryProblemLocated(name, e);
    return e;
  }

  private static List<String> messages(RuleFileException e) {
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void aHundredMegabyteFileIsRefusedBySizeWithoutBeingRead() throws IOException {
    // A sparse file: 100 MB on paper, nothing on disk, and nothing read if the size check comes first.
    Path big = dir.resolve("huge.yaml");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(HUNDRED_MB);
    }

    RuleFileException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> assertThrows(RuleFileException.class, () -> READER.read(big)));

    assertEquals(big + ":1:1 the file is 104857600 bytes; at most 5242880 are allowed", e.getMessage());
    RuleFileException setting =
        assertThrows(RuleFileException.class, () -> SettingReader.create().read(big));
    assertEquals(big + ":1:1 the file is 104857600 bytes; at most 5242880 are allowed", setting.getMessage());
    assertThrows(RuleFileException.class, () -> READER.readRegistry(List.of(big)));
  }

  @Test
  void aHundredMegabyteStreamIsReadOnlyUpToTheLimit() {
    CountingStream stream = new CountingStream(HUNDRED_MB);

    RuleFileException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> assertThrows(RuleFileException.class, () -> READER.read("stream.yaml", stream)));

    assertEquals(RuleSetReader.DEFAULT_MAX_FILE_BYTES + 1, stream.served, "one byte past the limit, no more");
    assertEquals("stream.yaml:1:1 the file is 5242881 bytes; at most 5242880 are allowed", e.getMessage());
    CountingStream settingStream = new CountingStream(HUNDRED_MB);
    assertThrows(RuleFileException.class, () -> SettingReader.create().read("s.json", settingStream));
    assertEquals(RuleSetReader.DEFAULT_MAX_FILE_BYTES + 1, settingStream.served);
  }

  @Test
  void deepNestingFarBeyondTheLimitIsLocatedNotAStackOverflow() {
    int depth = 100_000;
    for (String name : List.of("deep.json", "deep.yaml")) {
      String flow = "[".repeat(depth) + "]".repeat(depth);
      RuleFileException e = refused(name, flow);
      assertEquals(1, e.problems().size(), e::getMessage);
    }
    // Block-style YAML mappings, each level indented one more space.
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      block.append(" ".repeat(i)).append("k").append(i).append(":\n");
    }
    RuleFileException e = refused("block.yaml", block.toString());
    assertTrue(e.getMessage().contains("nesting is deeper than 32 levels"), e::getMessage);
  }

  @Test
  void numbersThatAreNotAmountsAreLocatedErrors() throws IOException {
    String tiny = tiny();
    for (String price : List.of("1e999999", ".nan", ".inf", "-.inf", "0x1F", "1_000")) {
      RuleFileException e = refused("n.yaml", tiny.replace("pricePerPoint: 5.00", "pricePerPoint: " + price));
      assertEquals(15, e.problems().get(0).line(), e::getMessage);
      assertEquals("pricing.pricePerPoint", e.problems().get(0).path(), e::getMessage);
    }
    // JSON has no NaN or Infinity: a syntax error at the value.
    for (String price : List.of("NaN", "Infinity", "-Infinity")) {
      RuleFileException e =
          refused("n.json", "{\"id\": \"t\", \"pricing\": {\"pricePerPoint\": " + price + "}}");
      assertEquals(1, e.problems().size(), e::getMessage);
      assertTrue(e.getMessage().startsWith("n.json:1:"), e::getMessage);
      assertTrue(e.getMessage().contains("JSON syntax error"), e::getMessage);
    }
  }

  @Test
  void thirtyDecimalsAreRefusedUnlessTheyAreAllZeros() throws IOException {
    String tiny = tiny();
    RuleFileException e =
        refused("d.yaml", tiny.replace("5.00", "5.000000000000000000000000000001"));
    assertEquals(
        List.of(
            "d.yaml:15:18 pricing.pricePerPoint: 5.000000000000000000000000000001 has too many decimals;"
                + " expected at most 12"),
        messages(e));

    // Thirty zeros are the same amount written long-hand: exact, so accepted, at scale 2.
    RuleSet rules = READER.read("z.yaml", tiny.replace("5.00", "5.000000000000000000000000000000"));
    Budget budget =
        Calculator.compile(rules)
            .allocate(Assessment.builder("P1").answer("wash", "some").build(), Detail.FIGURES);
    assertEquals(Money.parse("20.00"), budget.weekly(), "4 points at exactly £5 a point");
  }

  @Test
  void minusZeroIsZero() throws IOException {
    RuleSet rules = READER.read("m.yaml", tiny().replace("points: 0 }", "points: -0 }"));
    assertEquals(0, rules.domains().get(0).questions().get(0).options().get(0).points());
  }

  @Test
  void pointTotalsThatWouldOverflowAreRefusedBeforeAnyArithmetic() throws IOException {
    // Two questions of 2,000,000,000 points each: 4e9 does not fit an int.
    String tiny = tiny();
    String huge =
        tiny.replace("points: 4 }", "points: 2000000000 }")
            .replace(
                "pricing:",
                "      - id: dress\n"
                    + "        text: Dressing\n"
                    + "        options:\n"
                    + "          - { id: none, label: No help, points: 0 }\n"
                    + "          - { id: some, label: Some help, points: 2000000000 }\n"
                    + "pricing:");

    RuleFileException e = refused("big-points.yaml", huge);

    assertTrue(
        e.getMessage().contains(String.valueOf(uk.ras.ruleset.RuleSetValidator.MAX_TOTAL_POINTS)),
        e::getMessage);
  }

  @Test
  void duplicateKeysInJsonAreLocatedAsInYaml() {
    RuleFileException e = refused("dup.json", "{\"id\": \"a\",\n \"id\": \"b\"}");
    assertTrue(
        messages(e).contains("dup.json:2:2 id: duplicate field 'id' (first written at line 1)"),
        e::getMessage);
  }

  @Test
  void invalidUtf8AnywhereIsRefusedAtTheStart() throws IOException {
    byte[] good = tiny().getBytes(StandardCharsets.UTF_8);
    // A lone continuation byte, an overlong '/', a UTF-16 surrogate encoded as UTF-8, a truncated sequence.
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82})) {
      byte[] content = new byte[good.length + bad.length];
      System.arraycopy(good, 0, content, 0, 40);
      System.arraycopy(bad, 0, content, 40, bad.length);
      System.arraycopy(good, 40, content, 40 + bad.length, good.length - 40);
      RuleFileException e =
          assertThrows(
              RuleFileException.class, () -> READER.read("u.yaml", new ByteArrayInputStream(content)));
      assertEquals("u.yaml:1:1 the file is not UTF-8 text; save it as UTF-8", e.getMessage());
      RuleFileException s =
          assertThrows(
              RuleFileException.class,
              () -> SettingReader.create().read("u.json", new ByteArrayInputStream(content)));
      assertEquals("u.json:1:1 the file is not UTF-8 text; save it as UTF-8", s.getMessage());
    }
  }

  @Test
  void aByteOrderMarkIsAccepted() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = tiny().getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, content, 0, 3);
    System.arraycopy(text, 0, content, 3, text.length);
    assertEquals("tiny", READER.read("bom.yaml", new ByteArrayInputStream(content)).id());
  }

  @Test
  void yamlTagsForJavaTypesInASettingFileAreRefused() {
    String yaml = "setting: !!java.lang.ProcessBuilder [[\"touch\", \"/tmp/pwned\"]]\nperiod: week\n";
    RuleFileException e =
        assertThrows(RuleFileException.class, () -> SettingReader.create().read("t.yaml", yaml));
    assertEveryProblemLocated("t.yaml", e);
    assertTrue(
        e.getMessage().contains("t.yaml:1:10 setting: YAML tags are not allowed (found !!java.lang.ProcessBuilder)"),
        e::getMessage);
  }

  /** A setting file of {@code people} people and {@code lines} core lines of {@code amount}, one a line. */
  static String settingFile(int people, int lines, String amount, boolean budget) {
    StringBuilder yaml = new StringBuilder("setting: Big\nperiod: week\n");
    if (budget) {
      yaml.append("budget: 999999999999.99\n");
    }
    yaml.append("people:\n");
    for (int i = 0; i < people; i++) {
      yaml.append("  - {id: P").append(i).append(budget ? ", weight: 1}\n" : ", personalFunding: 1}\n");
    }
    yaml.append("costs:\n");
    for (int j = 0; j < lines; j++) {
      yaml.append("  - {name: L").append(j).append(", kind: core, amount: ").append(amount).append("}\n");
    }
    return yaml.toString();
  }

  @Test
  void settingAmountsWhoseTotalWouldOverflowAreRefusedBeforeAnyTotalIsTaken() {
    // 92,234 lines of the largest amount a file may state (12 digits before the point) add up past
    // Long.MAX_VALUE pence, in a 4.7 MB file: the budget check threw ArithmeticException from Money.total
    // (without a budget, the split did). The line limit refuses the file before any total is taken.
    String yaml = settingFile(1, 92_234, "999999999999.99", true);
    assertTrue(yaml.length() < RuleSetReader.DEFAULT_MAX_FILE_BYTES);
    RuleFileException e =
        assertThrows(RuleFileException.class, () -> SettingReader.create().read("overflow.yaml", yaml));
    assertEquals(List.of("overflow.yaml:7:3 costs: 92234 cost lines; a setting may have at most 200"), messages(e));
    RuleFileException unbudgeted =
        assertThrows(
            RuleFileException.class,
            () -> SettingReader.create().read("overflow.yaml", settingFile(1, 92_234, "999999999999.99", false)));
    assertEquals(
        List.of("overflow.yaml:6:3 costs: 92234 cost lines; a setting may have at most 200"), messages(unbudgeted));
  }

  @Test
  void fourThousandPeopleByFourThousandCoreLinesAreRefusedQuickly() {
    // 354 KB: splitting it made 16 million line shares and ran out of memory after two minutes.
    String yaml = settingFile(4000, 4000, "1.00", false);
    RuleFileException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(RuleFileException.class, () -> SettingReader.create().read("big.yaml", yaml)));
    assertEveryProblemLocated("big.yaml", e);
    assertEquals(
        List.of(
            "big.yaml:4:3 people: 4000 people; a setting may have at most 100",
            "big.yaml:4005:3 costs: 4000 cost lines; a setting may have at most 200"),
        messages(e));
  }

  /** Serves {@code size} bytes of a valid-looking comment line and counts how many were taken. */
  private static final class CountingStream extends InputStream {
    private final long size;
    long served;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      served++;
      return '#';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      java.util.Arrays.fill(b, off, off + n, (byte) '#');
      served += n;
      return n;
    }
  }
}
