package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void aValidLookingRuleSetWhoseLargestBudgetWouldOverflowIsALocatedErrorNotACrash() throws IOException {
    // The largest price and points the reader accepts: 999,999,999,999.99 a point for 100,000 points
    // is 10^17 pounds a week, 10^19 pence: past a long before it is even annualised. Compiling such a
    // rule set used to throw ArithmeticException; the validator now refuses it, located at the price.
    String yaml =
        tiny()
            .replace("pricePerPoint: 5.00", "pricePerPoint: 999999999999.99")
            .replace("points: 4 }", "points: 100000 }");
    RuleFileException e = refused("overflow.yaml", yaml);
    assertEquals(
        List.of(
            "overflow.yaml:15:18 pricing.pricePerPoint: £999999999999.99 per point for the 100000 points the"
                + " questionnaire can score makes £99999999999999000.00 a week; at most £1,000,000.00 a week"
                + " is supported"),
        messages(e));
  }

  @Test
  void aBandOrAFloorAboveTheLargestSupportedWeeklyAmountIsLocated() throws IOException {
    String yaml =
        tiny()
            .replace(
                "  pricePerPoint: 5.00",
                "  floor: 2000000.00\n  bands:\n    - { from: 0, to: 3, weekly: 10.00 }\n"
                    + "    - { from: 4, weekly: 90000000000.00 }");
    RuleFileException e = refused("big-band.yaml", yaml);
    List<String> found = messages(e);
    assertEquals(
        List.of(
            "big-band.yaml:15:10 pricing.floor: £2,000,000.00 a week is above the most supported,"
                + " £1,000,000.00 a week",
            "big-band.yaml:18:26 pricing.bands[1].weekly: £90,000,000,000.00 a week is above the most"
                + " supported, £1,000,000.00 a week"),
        found);
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

  /** YAML 1.1's boolean words in every case, bare and quoted: none is a true/false value. */
  private static final List<String> YAML_1_1_BOOLEANS =
      List.of(
          "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
          "\"yes\"", "'no'", "\"on\"", "'OFF'");

  /** Replaces the one occurrence of {@code original} and returns the 1-based line and column it was at. */
  private static int[] at(String content, String original) {
    int index = content.indexOf(original);
    assertTrue(index >= 0 && content.indexOf(original, index + 1) < 0, original);
    int line = content.substring(0, index).split("\n", -1).length;
    int column = index - content.lastIndexOf('\n', index - 1);
    return new int[] {line, column};
  }

  @Test
  void everyYaml11BooleanWordInEveryTrueFalseFieldIsALocatedErrorNotFalse() throws IOException {
    // Before issue 17, 'chargeable: yes' was read as false: the stream became free to the person.
    String streams = MalformedRuleFilesTest.resource("good/streams.yaml");
    String informal =
        tiny().replace(
            "pricing:",
            "informalSupport:\n  question: informal\n  text: Help from family?\n  required: false\n"
                + "  options:\n    - { id: none, label: None, share: 0 }\npricing:");
    String question = tiny().replace("        text: Washing\n", "        text: Washing\n        required: true\n");
    record Field(String content, String original, String path) {}
    List<Field> fields =
        List.of(
            new Field(question, "required: true", "domains[0].questions[0].required"),
            new Field(informal, "required: false", "informalSupport.required"),
            new Field(streams, "chargeable: false", "streams[1].chargeable"),
            new Field(streams, "careAct: true", "streams[0].eligibility.careAct"));
    for (Field field : fields) {
      String key = field.original().substring(0, field.original().indexOf(' ') + 1);
      int[] where = at(field.content(), field.original());
      for (String word : YAML_1_1_BOOLEANS) {
        String content = field.content().replace(field.original(), key + word);
        RuleFileException e = refused("r.yaml", content);
        String bare = word.replaceAll("[\"']", "");
        assertEquals(
            List.of(
                "r.yaml:" + where[0] + ":" + (where[1] + key.length()) + " " + field.path() + ": '" + bare
                    + "' is not a true/false value; write true or false"),
            messages(e));
      }
    }
  }

  @Test
  void trueAndFalseAreWrittenInLowerCaseWithoutQuotes() throws IOException {
    String question = tiny().replace("        text: Washing\n", "        text: Washing\n        required: false\n");
    assertFalse(READER.read("r.yaml", question).domains().get(0).questions().get(0).required());
    assertTrue(READER.read("r.yaml", question.replace("required: false", "required: true"))
        .domains().get(0).questions().get(0).required());
    // YAML 1.2 reads True and FALSE as booleans too, but a true/false field has one spelling.
    assertEquals(
        List.of("r.yaml:11:19 domains[0].questions[0].required: 'False' has capital letters; write false, in lower case"),
        messages(refused("r.yaml", question.replace("required: false", "required: False"))));
    assertEquals(
        List.of("r.yaml:11:19 domains[0].questions[0].required: 'TRUE' has capital letters; write true, in lower case"),
        messages(refused("r.yaml", question.replace("required: false", "required: TRUE"))));
    // Quoted, true is text, as a quoted number is text to a number field.
    assertEquals(
        List.of("r.yaml:11:19 domains[0].questions[0].required: 'false' is in quotes, which makes it text; write false without quotes"),
        messages(refused("r.yaml", question.replace("required: false", "required: \"false\""))));
    assertEquals(
        List.of("r.yaml:11:19 domains[0].questions[0].required: expected true or false, found the number 1"),
        messages(refused("r.yaml", question.replace("required: false", "required: 1"))));
  }

  @Test
  void yaml11BooleanWordsInJsonAreTextAndRefusedInTrueFalseFields() {
    String json =
        "{\"id\": \"t\", \"name\": \"T\", \"version\": \"1\", \"effectiveFrom\": \"2026-04-01\",\n"
            + " \"domains\": [{\"id\": \"care\", \"name\": \"Care\", \"questions\": [{\"id\": \"wash\", \"text\": \"Washing\",\n"
            + "   \"required\": %s, \"options\": [{\"id\": \"no\", \"label\": \"No help\", \"points\": 0}]}]}],\n"
            + " \"pricing\": {\"pricePerPoint\": 5.00}}";
    assertEquals(
        List.of("r.json:3:16 domains[0].questions[0].required: 'yes' is not a true/false value; write true or false"),
        messages(refused("r.json", String.format(json, "\"yes\""))));
    assertEquals(
        List.of("r.json:3:16 domains[0].questions[0].required: 'true' is in quotes, which makes it text; write true without quotes"),
        messages(refused("r.json", String.format(json, "\"true\""))));
    assertTrue(READER.read("r.json", String.format(json, "true")).domains().get(0).questions().get(0).required());
  }

  @Test
  void idsSpelledLikeYaml11BooleansAreKeptAsWritten() throws IOException {
    // An option 'no' is a plausible id; a YAML 1.1 reader would have made it the boolean false.
    String content =
        MalformedRuleFilesTest.resource("good/streams.yaml")
            .replace("social_care", "yes")
            .replace("supporting_people", "no")
            .replace("id: care", "id: on")
            .replace("id: none", "id: n")
            .replace("id: some", "id: Y")
            .replace("id: wash", "id: OFF");
    RuleSet rules = READER.read("r.yaml", content);
    assertEquals("on", rules.domains().get(0).id().value());
    assertEquals("OFF", rules.domains().get(0).questions().get(0).id().value());
    assertEquals("n", rules.domains().get(0).questions().get(0).options().get(0).id().value());
    assertEquals("Y", rules.domains().get(0).questions().get(0).options().get(1).id().value());
    assertEquals("yes", rules.streams().get(0).id().value());
    assertEquals("no", rules.streams().get(1).id().value());
    assertEquals("no", rules.domains().get(1).funding().get(0).otherwise().orElseThrow().value());
    assertEquals("no", rules.pools().get(0).reservedFor().orElseThrow().value());
    assertFalse(rules.streams().get(1).chargeable());
    assertTrue(rules.streams().get(0).eligibility().careAct());
  }

  @Test
  void wholeNumbersWithALeadingZeroAreRefusedBecauseYaml11ReadsThemAsOctal() throws IOException {
    // 010 is ten to YAML 1.2 and eight to YAML 1.1: the file would mean different money to different tools.
    String tiny = tiny();
    assertEquals(
        List.of(
            "z.yaml:13:51 domains[0].questions[0].options[1].points: '010' has a leading zero, which YAML 1.1 readers take for an octal number or text; write 10"),
        messages(refused("z.yaml", tiny.replace("points: 4 }", "points: 010 }"))));
    assertEquals(
        List.of(
            "z.yaml:15:18 pricing.pricePerPoint: '-05' has a leading zero, which YAML 1.1 readers take for an octal number or text; write -5"),
        messages(refused("z.yaml", tiny.replace("pricePerPoint: 5.00", "pricePerPoint: -05"))));
    assertEquals(
        List.of(
            "z.yaml:15:18 pricing.pricePerPoint: '00' has a leading zero, which YAML 1.1 readers take for an octal number or text; write 0"),
        messages(refused("z.yaml", tiny.replace("pricePerPoint: 5.00", "pricePerPoint: 00"))));
    // A decimal with a leading zero is the same number to every reader, and quoted text is never octal.
    RuleSet rules = READER.read("z.yaml", tiny.replace("pricePerPoint: 5.00", "pricePerPoint: 05.50"));
    Budget budget =
        Calculator.compile(rules)
            .allocate(Assessment.builder("P1").answer("wash", "some").build(), Detail.FIGURES);
    assertEquals(Money.parse("22.00"), budget.weekly(), "4 points at £5.50 a point");
    // 0o17 is YAML 1.2's octal, text to Jackson: not a number either way.
    assertEquals(
        List.of("z.yaml:13:51 domains[0].questions[0].options[1].points: expected a whole number, found text '0o17'"),
        messages(refused("z.yaml", tiny.replace("points: 4 }", "points: 0o17 }"))));
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
