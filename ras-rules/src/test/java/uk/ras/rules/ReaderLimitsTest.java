package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.isf.Setting;
import uk.ras.money.Money;
import uk.ras.rules.isf.SettingReader;

/**
 * Each safety limit at its exact boundary: the limit itself is allowed, one more is refused, on every
 * way in (a path, a stream, a string). Written to kill the boundary mutants PIT found surviving.
 */
class ReaderLimitsTest {
  @TempDir Path dir;

  @Test
  void aFileOfExactlyTheSizeLimitIsReadAndOneByteMoreIsRefused() throws IOException {
    String tiny = HostileRuleFilesTest.tiny();
    byte[] bytes = tiny.getBytes(StandardCharsets.UTF_8);
    int size = bytes.length;
    Path file = dir.resolve("tiny.yaml");
    Files.write(file, bytes);

    RuleSetReader exact = RuleSetReader.builder().maxFileBytes(size).build();
    assertEquals("tiny", exact.read(file).id());
    assertEquals("tiny", exact.read("tiny.yaml", new ByteArrayInputStream(bytes)).id());
    assertEquals("tiny", exact.read("tiny.yaml", tiny).id());

    RuleSetReader under = RuleSetReader.builder().maxFileBytes(size - 1).build();
    String expected = "the file is " + size + " bytes; at most " + (size - 1) + " are allowed";
    assertEquals(file + ":1:1 " + expected, assertThrows(RuleFileException.class, () -> under.read(file)).getMessage());
    assertEquals(
        "s.yaml:1:1 " + expected,
        assertThrows(RuleFileException.class, () -> under.read("s.yaml", new ByteArrayInputStream(bytes)))
            .getMessage());
    assertEquals(
        "t.yaml:1:1 " + expected,
        assertThrows(RuleFileException.class, () -> under.read("t.yaml", tiny)).getMessage());
  }

  @Test
  void nestingOfExactlyTheDepthLimitIsNotANestingProblem() {
    RuleSetReader reader = RuleSetReader.builder().maxNestingDepth(8).build();

    RuleFileException atLimit =
        assertThrows(RuleFileException.class, () -> reader.read("d.json", "[".repeat(8) + "]".repeat(8)));
    assertFalse(atLimit.getMessage().contains("nesting"), atLimit::getMessage);

    RuleFileException over =
        assertThrows(RuleFileException.class, () -> reader.read("d.json", "[".repeat(9) + "]".repeat(9)));
    assertEquals(
        "d.json:1:9 [0][0][0][0][0][0][0][0]: nesting is deeper than 8 levels", over.getMessage());
  }

  @Test
  void aTextOfExactlyTheLengthLimitIsAccepted() throws IOException {
    RuleSetReader reader = RuleSetReader.builder().maxStringLength(100).build();
    String name = "x".repeat(100);

    assertEquals(name, reader.read("n.yaml", HostileRuleFilesTest.tiny().replace("Tiny council", name)).name());
  }

  @Test
  void eachLimitAcceptsItsRangeAndRefusesJustOutside() {
    assertDoesNotThrow(() -> RuleSetReader.builder().maxFileBytes(1));
    assertDoesNotThrow(() -> RuleSetReader.builder().maxFileBytes(Integer.MAX_VALUE - 8));
    IllegalArgumentException tooBig =
        assertThrows(
            IllegalArgumentException.class, () -> RuleSetReader.builder().maxFileBytes(Integer.MAX_VALUE - 7L));
    assertEquals("maxFileBytes must be from 1 to 2147483639: 2147483640", tooBig.getMessage());
    assertEquals(
        "maxFileBytes must be from 1 to 2147483639: 0",
        assertThrows(IllegalArgumentException.class, () -> RuleSetReader.builder().maxFileBytes(0)).getMessage());

    assertDoesNotThrow(() -> RuleSetReader.builder().maxNestingDepth(8));
    assertDoesNotThrow(() -> RuleSetReader.builder().maxNestingDepth(1000));
    assertEquals(
        "maxNestingDepth must be from 8 to 1000: 1001",
        assertThrows(IllegalArgumentException.class, () -> RuleSetReader.builder().maxNestingDepth(1001))
            .getMessage());
    assertEquals(
        "maxNestingDepth must be from 8 to 1000: 7",
        assertThrows(IllegalArgumentException.class, () -> RuleSetReader.builder().maxNestingDepth(7))
            .getMessage());

    assertDoesNotThrow(() -> RuleSetReader.builder().maxStringLength(100));
    assertEquals(
        "maxStringLength must be at least 100: 99",
        assertThrows(IllegalArgumentException.class, () -> RuleSetReader.builder().maxStringLength(99))
            .getMessage());
  }

  @Test
  void theBuilderReturnsItselfSoLimitsChain() {
    RuleSetReader.Builder builder = RuleSetReader.builder();
    assertTrue(builder.maxFileBytes(10) == builder && builder.maxNestingDepth(9) == builder
        && builder.maxStringLength(200) == builder);
  }

  private static String priceProblem(String price) throws IOException {
    String yaml = HostileRuleFilesTest.tiny().replace("pricePerPoint: 5.00", "pricePerPoint: " + price);
    RuleFileException e = assertThrows(RuleFileException.class, () -> RuleSetReader.create().read("p.yaml", yaml));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals("pricing.pricePerPoint", e.problems().get(0).path());
    return e.problems().get(0).message();
  }

  private static void priceAccepted(String price) throws IOException {
    String yaml = HostileRuleFilesTest.tiny().replace("pricePerPoint: 5.00", "pricePerPoint: " + price);
    assertEquals("tiny", RuleSetReader.create().read("p.yaml", yaml).id(), price);
  }

  @Test
  void decimalsAtTheirLimits() throws IOException {
    // Twelve digits are read; at the tiny questionnaire's 4 points such a price is then refused by the
    // validator, since its largest weekly amount is above the most supported.
    assertEquals(
        "£999999999999 per point for the 4 points the questionnaire can score makes £3999999999996.00 a"
            + " week; at most £1,000,000.00 a week is supported",
        priceProblem("999999999999"));
    priceAccepted("250000");
    assertEquals("9999999999999 is too large; expected at most 12 digits before the point", priceProblem("9999999999999"));
    priceAccepted("0.000000000001");
    assertEquals("0.0000000000001 has too many decimals; expected at most 12", priceProblem("0.0000000000001"));
    // Thirteen decimals written, the last a trailing zero: the value has twelve, so it is exact and read.
    priceAccepted("0.0000000000010");
    // A hundred characters are parsed (trailing zeros are exact); a hundred and one are not read at all.
    priceAccepted("5." + "0".repeat(98));
    assertEquals(
        "'5." + "0".repeat(35) + "...' is not a decimal number such as 12.50",
        priceProblem("5." + "0".repeat(99)));
  }

  @Test
  void pointsAtTheirLimits() throws IOException {
    String tiny = HostileRuleFilesTest.tiny();
    for (String points : new String[] {"2147483648", "10000000000", "99999999999"}) {
      RuleFileException e =
          assertThrows(
              RuleFileException.class,
              () -> RuleSetReader.create().read("p.yaml", tiny.replace("points: 4 }", "points: " + points + " }")));
      assertEquals(points + " is too large; expected at most 2147483647", e.problems().get(0).message(), e::getMessage);
    }
    // Within int, the validator's questionnaire limit applies instead: a different message.
    RuleFileException max =
        assertThrows(
            RuleFileException.class,
            () -> RuleSetReader.create().read("p.yaml", tiny.replace("points: 4 }", "points: 2147483647 }")));
    assertFalse(max.getMessage().contains("expected at most 2147483647"), max::getMessage);
  }

  private static String settingProblem(String yaml) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> SettingReader.create().read("s.yaml", yaml));
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0).toString();
  }

  @Test
  void aSettingOfAHundredPeopleIsReadAndOfAHundredAndOneRefusedAtItsPeople() {
    assertEquals(100, SettingReader.create().read("s.yaml", HostileRuleFilesTest.settingFile(100, 1, "1", false)).people().size());
    assertEquals(
        "s.yaml:4:3 people: 101 people; a setting may have at most 100",
        settingProblem(HostileRuleFilesTest.settingFile(101, 1, "1", false)));
  }

  @Test
  void aSettingOfTwoHundredCostLinesIsReadAndOfTwoHundredAndOneRefusedAtItsCosts() {
    assertEquals(200, SettingReader.create().read("s.yaml", HostileRuleFilesTest.settingFile(1, 200, "1", false)).costs().size());
    assertEquals(
        "s.yaml:6:3 costs: 201 cost lines; a setting may have at most 200",
        settingProblem(HostileRuleFilesTest.settingFile(1, 201, "1", false)));
  }

  @Test
  void aSharedLineOfAHundredUsersIsReadAndOfAHundredAndOneRefusedAtItsUsers() {
    String hundred = HostileRuleFilesTest.settingFile(100, 0, "1", false).replace("costs:\n", "costs:\n  - {name: Car, kind: shared, amount: 5, usedBy: [USERS]}\n");
    StringBuilder users = new StringBuilder("P0");
    for (int i = 1; i < 100; i++) {
      users.append(", P").append(i);
    }
    assertEquals(1, SettingReader.create().read("s.yaml", hundred.replace("USERS", users)).costs().size());
    assertEquals(
        "s.yaml:105:50 costs[0].usedBy: 101 users; a shared line may have at most 100, as a setting may",
        settingProblem(hundred.replace("USERS", users + ", P0")));
  }

  @Test
  void settingAmountsAtTheLargestAFileMayStateAreReadAndSplitExactly() {
    // Twelve digits before the point is also the core's largest amount: 200 lines of it add up exactly.
    Setting s = SettingReader.create().read("s.yaml", HostileRuleFilesTest.settingFile(100, 200, "999999999999.99", false));
    assertEquals(Setting.MAX_AMOUNT.multipliedBy(200).plus(Money.parse("100")), s.split().total());
    assertEquals(
        "s.yaml:105:36 costs[0].amount: 1000000000000.00 is too large; expected at most 12 digits before the point",
        settingProblem(HostileRuleFilesTest.settingFile(100, 1, "1000000000000.00", false)));
  }
}
