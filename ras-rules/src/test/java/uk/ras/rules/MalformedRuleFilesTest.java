package uk.ras.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small file per problem (in {@code src/test/resources/uk/ras/rules/bad}), each with the exact text
 * the author would see: file, line, column, path and message.
 */
class MalformedRuleFilesTest {
  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(
            "syntax-error.yaml",
            List.of(
                "syntax-error.yaml:13:13 YAML syntax error: expected ',' or '}', but got { (while parsing a flow mapping)")),
        Arguments.of(
            "syntax-error.json",
            List.of(
                "syntax-error.json:11:7 JSON syntax error: Unexpected character (']'): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')")),
        Arguments.of(
            "empty.yaml", List.of("empty.yaml:1:1 the file is empty; expected a rule set")),
        Arguments.of(
            "list-at-top.yaml",
            List.of(
                "list-at-top.yaml:1:1 expected a mapping of rule-set fields (id, name, ...) at the top level, found a list")),
        Arguments.of(
            "unknown-field.yaml",
            List.of(
                "unknown-field.yaml:11:9 domains[0].questions[0].requried: unknown field 'requried'; did you mean 'required'?")),
        Arguments.of(
            "missing-field.yaml",
            List.of("missing-field.yaml:1:1 name: missing required field 'name'")),
        Arguments.of(
            "duplicate-key.yaml",
            List.of("duplicate-key.yaml:3:1 name: duplicate field 'name' (first written at line 2)")),
        Arguments.of(
            "wrong-type.yaml",
            List.of(
                "wrong-type.yaml:13:51 domains[0].questions[0].options[1].points: expected a whole number, found text 'four'")),
        Arguments.of(
            "unquoted-version.yaml",
            List.of(
                "unquoted-version.yaml:3:10 version: expected text, found the number 2026.1 (put it in quotes: \"2026.1\")")),
        Arguments.of(
            "blank-id.yaml",
            List.of("blank-id.yaml:9:13 domains[0].questions[0].id: an id must not be blank")),
        Arguments.of(
            "bad-date.yaml",
            List.of(
                "bad-date.yaml:4:16 effectiveFrom: '2026-02-30' is not a date; expected YYYY-MM-DD, such as 2026-04-01")),
        Arguments.of(
            "fraction-of-a-penny.yaml",
            List.of(
                "fraction-of-a-penny.yaml:16:10 pricing.floor: 45.001 has a fraction of a penny; amounts are pounds with at most 2 decimals")),
        Arguments.of(
            "bad-rounding.yaml",
            List.of(
                "bad-rounding.yaml:5:11 rounding: 'HALF_ROUND' is not a rounding mode; expected one of HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN, CEILING, FLOOR")),
        Arguments.of(
            "bad-weeks-per-year.yaml",
            List.of(
                "bad-weeks-per-year.yaml:5:15 weeksPerYear: expected \"52\", \"365/7\" or \"365.25/7\", found text '53'")),
        Arguments.of(
            "bad-ceiling-policy.yaml",
            List.of(
                "bad-ceiling-policy.yaml:18:13 pricing.ceiling.policy: 'panel' is not a ceiling policy; expected cap or refer")),
        Arguments.of(
            "two-pricing-methods.yaml",
            List.of(
                "two-pricing-methods.yaml:16:3 pricing.bands: pricing needs exactly one of pricePerPoint, bands or interpolation; found both 'pricePerPoint' and 'bands'")),
        Arguments.of(
            "no-pricing-method.yaml",
            List.of(
                "no-pricing-method.yaml:15:3 pricing: pricing needs exactly one of pricePerPoint, bands or interpolation; found none")),
        Arguments.of(
            "huge-number.yaml",
            List.of(
                "huge-number.yaml:13:51 domains[0].questions[0].options[1].points: 99999999999 is too large; expected at most 2147483647")),
        Arguments.of(
            "huge-exponent.yaml",
            List.of(
                "huge-exponent.yaml:15:18 pricing.pricePerPoint: 1e999999 is too large; expected at most 12 digits before the point")),
        Arguments.of(
            "not-a-number.yaml",
            List.of(
                "not-a-number.yaml:15:18 pricing.pricePerPoint: '.nan' is not a decimal number such as 12.50")),
        Arguments.of(
            "alias-bomb.yaml",
            List.of(
                "alias-bomb.yaml:2:8 b[0]: YAML aliases are not allowed (found *a); write the value out in full")),
        Arguments.of(
            "java-tag.yaml",
            List.of(
                "java-tag.yaml:2:7 name: YAML tags are not allowed (found !!javax.script.ScriptEngineManager); remove the tag",
                "java-tag.yaml:2:7 name: expected text, found a list",
                "java-tag.yaml:2:43 name[0]: YAML tags are not allowed (found !!java.net.URLClassLoader); remove the tag",
                "java-tag.yaml:2:71 name[0][0][0]: YAML tags are not allowed (found !!java.net.URL); remove the tag")),
        // YAML 1.1 look-alikes: yes/no/on/off are not booleans, and 010 is not ten to every reader.
        Arguments.of(
            "yaml-1-1-booleans.yaml",
            List.of(
                "yaml-1-1-booleans.yaml:8:55 streams[0].chargeable: 'yes' is not a true/false value; write true or false",
                "yaml-1-1-booleans.yaml:8:84 streams[0].eligibility.careAct: 'On' is not a true/false value; write true or false",
                "yaml-1-1-booleans.yaml:16:19 domains[0].questions[0].required: 'no' is not a true/false value; write true or false",
                "yaml-1-1-booleans.yaml:18:45 domains[0].questions[1].required: 'TRUE' has capital letters; write true, in lower case",
                "yaml-1-1-booleans.yaml:19:45 domains[0].questions[2].required: 'true' is in quotes, which makes it text; write true without quotes")),
        Arguments.of(
            "yaml-1-1-typed-fields.yaml",
            List.of(
                "yaml-1-1-typed-fields.yaml:6:16 effectiveFrom: 'no' is not a date; expected YYYY-MM-DD, such as 2026-04-01",
                "yaml-1-1-typed-fields.yaml:7:11 rounding: 'on' is not a rounding mode; expected one of HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN, CEILING, FLOOR",
                "yaml-1-1-typed-fields.yaml:8:74 streams[0].eligibility.facsFrom: 'y' is not a FACS band; expected low, moderate, substantial or critical",
                "yaml-1-1-typed-fields.yaml:12:10 domains[0].cap: '010' has a leading zero, which YAML 1.1 readers take for an octal number or text; write 10",
                "yaml-1-1-typed-fields.yaml:16:48 domains[0].questions[0].options[0].points: expected a whole number, found text 'off'",
                "yaml-1-1-typed-fields.yaml:16:87 domains[0].questions[0].options[1].points: '04' has a leading zero, which YAML 1.1 readers take for an octal number or text; write 4",
                "yaml-1-1-typed-fields.yaml:17:40 pricing.floor: '010' has a leading zero, which YAML 1.1 readers take for an octal number or text; write 10",
                "yaml-1-1-typed-fields.yaml:17:80 pricing.ceiling.policy: 'no' is not a ceiling policy; expected cap or refer")),
        // Problems found by the core validator, located at the node their path names.
        Arguments.of(
            "negative-points.yaml",
            List.of(
                "negative-points.yaml:13:51 domains[0].questions[0].options[1].points: -4 points is negative")),
        Arguments.of(
            "band-gap.yaml",
            List.of(
                "band-gap.yaml:17:15 pricing.bands[1].from: gap: total 2 is in no band (expected from: 2)")),
        Arguments.of(
            "share-out-of-range.yaml",
            List.of(
                "share-out-of-range.yaml:19:43 informalSupport.options[1].share: share 1.5 is outside 0 to 1")),
        Arguments.of(
            "unknown-informal-domain.yaml",
            List.of(
                "unknown-informal-domain.yaml:17:21 informalSupport.appliesTo[1]: unknown domain 'housing'")),
        // Funding streams, attribution and pools.
        Arguments.of(
            "unknown-stream.yaml",
            List.of(
                "unknown-stream.yaml:9:19 domains[0].funding[0].stream: unknown stream 'social_cares'; declared: social_care, supporting_people")),
        Arguments.of(
            "unknown-otherwise.yaml",
            List.of(
                "unknown-otherwise.yaml:19:54 domains[1].funding[0].otherwise: unknown stream 'housing_support'; declared: social_care, supporting_people")),
        Arguments.of(
            "shares-not-100.yaml",
            List.of(
                "shares-not-100.yaml:19:7 domains[1].funding: the shares of domain 'tenancy' add up to 90%; expected 100%")),
        Arguments.of(
            "missing-funding.yaml",
            List.of(
                "missing-funding.yaml:6:5 domains[0].funding: domain 'care' has no funding; every domain needs it when the rule set declares streams")),
        Arguments.of(
            "duplicate-stream.yaml",
            List.of(
                "duplicate-stream.yaml:19:54 domains[1].funding[0].otherwise: unknown stream 'supporting_people'; declared: social_care",
                "duplicate-stream.yaml:20:19 domains[1].funding[1].stream: unknown stream 'supporting_people'; declared: social_care",
                "duplicate-stream.yaml:34:9 streams[1].id: duplicate stream id 'social_care'",
                "duplicate-stream.yaml:42:28 pools[0].streams[1]: unknown stream 'supporting_people'; declared: social_care",
                "duplicate-stream.yaml:44:18 pools[0].reservedFor: stream 'supporting_people' does not contribute to this pool")),
        Arguments.of(
            "stream-price-with-bands.yaml",
            List.of(
                "stream-price-with-bands.yaml:37:20 streams[1].pricePerPoint: a stream's own price per point needs pricing by pricePerPoint; this rule set uses a banding table of 1 band")),
        Arguments.of(
            "pool-problems.yaml",
            List.of(
                "pool-problems.yaml:42:28 pools[0].streams[1]: unknown stream 'nhs'; declared: social_care, supporting_people",
                "pool-problems.yaml:42:33 pools[0].streams[2]: stream 'social_care' is listed twice",
                "pool-problems.yaml:43:21 pools[0].reservePercent: 110 is outside 0 to 100 percent",
                "pool-problems.yaml:44:18 pools[0].reservedFor: stream 'supporting_people' does not contribute to this pool")),
        Arguments.of(
            "bad-facs-band.yaml",
            List.of(
                "bad-facs-band.yaml:32:30 streams[0].eligibility.facsFrom: 'severe' is not a FACS band; expected low, moderate, substantial or critical")),
        Arguments.of(
            "stream-field-problems.yaml",
            List.of(
                "stream-field-problems.yaml:32:5 streams[0].colour: unknown field 'colour'; expected one of id, name, eligibility, pricePerPoint, chargeable, annualEnvelope",
                "stream-field-problems.yaml:38:17 streams[1].chargeable: expected true or false, found text 'sometimes'",
                "stream-field-problems.yaml:39:21 streams[1].annualEnvelope: 40000.001 has a fraction of a penny; amounts are pounds with at most 2 decimals")),
        // Several problems in one file: all reported, by line.
        Arguments.of(
            "several-problems.yaml",
            List.of(
                "several-problems.yaml:4:16 effectiveFrom: '2026-13-01' is not a date; expected YYYY-MM-DD, such as 2026-04-01",
                "several-problems.yaml:7:5 domains[0].questions: missing required field 'questions'",
                "several-problems.yaml:10:5 domains[0].questons: unknown field 'questons'; did you mean 'questions'?",
                "several-problems.yaml:17:3 pricing.bands: pricing needs exactly one of pricePerPoint, bands or interpolation; found both 'pricePerPoint' and 'bands'",
                "several-problems.yaml:18:10 pricing.floor: 10.005 has a fraction of a penny; amounts are pounds with at most 2 decimals")),
        Arguments.of(
            "band-problems.yaml",
            List.of(
                "band-problems.yaml:16:15 pricing.bands[0].from: the first band starts at 1; expected 0",
                "band-problems.yaml:17:15 pricing.bands[1].from: overlap: 4 is below 5, already covered by bands[0] (expected from: 5)",
                "band-problems.yaml:17:22 pricing.bands[1].to: totals 7 to 9 are in no band; the questionnaire can score up to 9 (leave out 'to' on the last band to make it open-ended)",
                "band-problems.yaml:17:33 pricing.bands[1].weekly: £8.00 is less than the previous band's £10.00: more need must never mean less money",
                "band-problems.yaml:18:10 pricing.floor: floor £50.00 is above the ceiling £40.00")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void reportsEveryProblemWithItsLocation(String file, List<String> expected) throws IOException {
    String content = resource("bad/" + file);

    RuleFileException e =
        assertThrows(RuleFileException.class, () -> RuleSetReader.create().read(file, content));

    assertEquals(expected, e.problems().stream().map(RuleFileProblem::toString).toList());
    assertEquals(String.join("\n", expected), e.getMessage());
  }

  static String resource(String name) throws IOException {
    try (InputStream in = MalformedRuleFilesTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
