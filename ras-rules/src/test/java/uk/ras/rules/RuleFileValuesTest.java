package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static uk.ras.rules.LocatedErrors.assertEveryProblemLocated;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.StreamEligibility;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.RuleSet;

/**
 * Each kind of value a rule file holds, read from every way of writing it that the format allows and
 * refused, with its message, for each way it can be wrong. Written to kill the mutants PIT found
 * surviving in the rule-set mapper: each case here would read differently if a branch were wrong.
 */
class RuleFileValuesTest {
  private static final RuleSetReader READER = RuleSetReader.create();

  private static String tiny() throws IOException {
    return HostileRuleFilesTest.tiny();
  }

  private static String streams() throws IOException {
    return MalformedRuleFilesTest.resource("good/streams.yaml");
  }

  /** The tiny rule file with a top-level field added after the date. */
  private static String tinyWith(String line) throws IOException {
    return tiny().replace("effectiveFrom: 2026-04-01\n", "effectiveFrom: 2026-04-01\n" + line + "\n");
  }

  /** The tiny rule file with its pricing replaced. */
  private static String tinyPricedBy(String pricing) throws IOException {
    String tiny = tiny();
    return tiny.substring(0, tiny.indexOf("pricing:")) + pricing;
  }

  /** The streams rule file with the first stream's eligibility replaced. */
  private static String streamsEligible(String eligibility) throws IOException {
    String original = "eligibility: { facsFrom: substantial, careAct: true }";
    String yaml = streams();
    assertEquals(1, yaml.split(java.util.regex.Pattern.quote(original), -1).length - 1);
    return yaml.replace(original, "eligibility: " + eligibility);
  }

  private static RuleSet read(String yaml) {
    return READER.read("r.yaml", yaml);
  }

  /** Every problem as "path: message", after checking that each is located in the file. */
  private static List<String> problems(String yaml) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read("r.yaml", yaml));
    assertEveryProblemLocated("r.yaml", e);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.toList());
  }

  @Test
  void weeksPerYearIsReadFromEachWayOfWritingIt() throws IOException {
    assertEquals(PeriodConversion.WEEKS_52, read(tinyWith("weeksPerYear: 52")).weeksPerYear());
    assertEquals(PeriodConversion.WEEKS_52, read(tinyWith("weeksPerYear: \"52\"")).weeksPerYear());
    assertEquals(PeriodConversion.DAYS_365, read(tinyWith("weeksPerYear: \"365/7\"")).weeksPerYear());
    assertEquals(PeriodConversion.DAYS_365, read(tinyWith("weeksPerYear: 365 / 7")).weeksPerYear());
    assertEquals(PeriodConversion.DAYS_365_25, read(tinyWith("weeksPerYear: 365.25/7")).weeksPerYear());
  }

  @Test
  void weeksPerYearRefusesOtherNumbersAndShapes() throws IOException {
    String expected = "weeksPerYear: expected \"52\", \"365/7\" or \"365.25/7\", found ";
    assertEquals(List.of(expected + "the number 52.0"), problems(tinyWith("weeksPerYear: 52.0")));
    assertEquals(List.of(expected + "the number 365"), problems(tinyWith("weeksPerYear: 365")));
    assertEquals(List.of(expected + "true"), problems(tinyWith("weeksPerYear: true")));
    assertEquals(List.of(expected + "a list"), problems(tinyWith("weeksPerYear: [52]")));
  }

  @Test
  void roundingMustBeTextAndUnnecessaryIsLeftToTheValidator() throws IOException {
    assertEquals(
        List.of("rounding: expected text, found the number 5 (put it in quotes: \"5\")"),
        problems(tinyWith("rounding: 5")));
    // The mapper reads UNNECESSARY (it is a rounding mode); the validator explains why it cannot be used.
    assertEquals(
        List.of("rounding: UNNECESSARY cannot round money; expected a rounding mode such as HALF_UP"),
        problems(tinyWith("rounding: unnecessary")));
  }

  @Test
  void aCeilingPolicyIsTextInAnyCase() throws IOException {
    assertEquals(
        Ceiling.of(Money.ofPence(5000), CeilingPolicy.REFER),
        read(tiny() + "  ceiling: { weekly: 50.00, policy: Refer }\n").pricing().ceiling().orElseThrow());
    assertEquals(
        List.of("pricing.ceiling.policy: expected text, found the number 5 (put it in quotes: \"5\")"),
        problems(tiny() + "  ceiling: { weekly: 50.00, policy: 5 }\n"));
  }

  @Test
  void eligibilityReadsEachFacsBandInAnyCaseAndEitherFieldAlone() throws IOException {
    for (FacsBand band : FacsBand.values()) {
      String written = " " + band.name().charAt(0) + band.name().substring(1).toLowerCase() + " ";
      StreamEligibility read =
          read(streamsEligible("{ facsFrom: \"" + written + "\" }")).streams().get(0).eligibility();
      assertEquals(band, read.facsFrom().orElseThrow(), written);
      assertFalse(read.careAct(), "careAct defaults to false");
    }
    StreamEligibility careActOnly = read(streamsEligible("{ careAct: true }")).streams().get(0).eligibility();
    assertEquals(StreamEligibility.requiring(null, true), careActOnly);
  }

  @Test
  void eligibilityRefusesAFacsBandThatIsNotTextAndACareActThatIsNotABoolean() throws IOException {
    assertEquals(
        List.of("streams[0].eligibility.facsFrom: expected text, found the number 3 (put it in quotes: \"3\")"),
        problems(streamsEligible("{ facsFrom: 3, careAct: true }")));
    assertEquals(
        List.of("streams[0].eligibility.careAct: 'yes' is not a true/false value; write true or false"),
        problems(streamsEligible("{ facsFrom: low, careAct: \"yes\" }")));
  }

  @Test
  void bandsAreReadWithAndWithoutAnUpperBound() throws IOException {
    RuleSet rules =
        read(
            tinyPricedBy(
                "pricing:\n  bands:\n    - { from: 0, to: 3, weekly: 10.00 }\n    - { from: 4, weekly: 20.50 }\n"));
    assertEquals(
        Banding.builder()
            .addBands(
                Band.of(0, OptionalInt.of(3), Money.ofPence(1000)),
                Band.of(4, OptionalInt.empty(), Money.ofPence(2050)))
            .build(),
        rules.pricing().method());
  }

  @Test
  void aBandWithOneBadFieldHasExactlyThatProblem() throws IOException {
    String second = "    - { from: 4, weekly: 20.50 }\n";
    assertEquals(
        List.of("pricing.bands[0].from: expected a whole number, found text 'x'"),
        problems(tinyPricedBy("pricing:\n  bands:\n    - { from: x, to: 3, weekly: 10.00 }\n" + second)));
    assertEquals(
        List.of("pricing.bands[0].to: expected a whole number, found text 'three'"),
        problems(tinyPricedBy("pricing:\n  bands:\n    - { from: 0, to: three, weekly: 10.00 }\n" + second)));
    assertEquals(
        List.of("pricing.bands[0].weekly: expected a number, found text 'lots'"),
        problems(tinyPricedBy("pricing:\n  bands:\n    - { from: 0, to: 3, weekly: lots }\n" + second)));
  }

  @Test
  void threePricingMethodsAreTwoTooMany() throws IOException {
    String pricing =
        "pricing:\n  pricePerPoint: 5.00\n  bands:\n    - { from: 0, weekly: 10.00 }\n"
            + "  interpolation:\n    - { points: 0, weekly: 0 }\n";
    assertEquals(
        List.of(
            "pricing.bands: pricing needs exactly one of pricePerPoint, bands or interpolation; found both"
                + " 'pricePerPoint' and 'bands'",
            "pricing.interpolation: pricing needs exactly one of pricePerPoint, bands or interpolation; found both"
                + " 'pricePerPoint' and 'interpolation'"),
        problems(tinyPricedBy(pricing)));
  }

  @Test
  void wholeNumbersAreDecimalDigitsWithinAnInt() throws IOException {
    // Eleven characters with the sign, and within int: not "too large" (the validator has its own limit).
    RuleFileException signed =
        assertThrows(RuleFileException.class, () -> read(tiny().replace("points: 4 }", "points: +2147483647 }")));
    assertFalse(signed.getMessage().contains("is too large"), signed::getMessage);
    assertEquals(
        List.of("domains[0].questions[0].options[1].points: '0x10' is not a whole number written in decimal digits"),
        problems(tiny().replace("points: 4 }", "points: 0x10 }")));
  }
}
