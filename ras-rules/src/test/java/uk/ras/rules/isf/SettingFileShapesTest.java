package uk.ras.rules.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.rules.LocatedErrors.assertEveryProblemLocated;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.isf.Setting;
import uk.ras.money.Money;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;

/**
 * Setting and portfolio files whose values have the wrong shape (a list where text belongs, a mapping
 * where a list belongs, numbers at their digit limits): each is a located problem at its path, never an
 * exception of another kind. Written to kill the mutants PIT found surviving in the setting mapper.
 */
class SettingFileShapesTest {
  private static final SettingReader READER = SettingReader.create();

  private static List<String> problems(String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read("s.yaml", content));
    assertEveryProblemLocated("s.yaml", e);
    return e.problems().stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.toList());
  }

  private static List<String> portfolioProblems(String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.readPortfolio("p.yaml", content));
    assertEveryProblemLocated("p.yaml", e);
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  private static void assertHas(List<String> problems, String expected) {
    assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), () -> expected + " not in " + problems);
  }

  private static final String PEOPLE = "people:\n  - {id: A, personalFunding: 10}\n";
  private static final String COSTS = "costs:\n  - {name: Night, kind: core, amount: 10}\n";

  @Test
  void listsAndMappingsWhereScalarsBelongAreLocated() {
    List<String> p =
        problems(
            "setting: [S]\n"
                + "period: {week: 1}\n"
                + "budget: [1]\n"
                + "people:\n"
                + "  - {id: [A], personalFunding: {x: 1}, spentWith: [same-provider]}\n"
                + "  - {id: B, weight: [3]}\n"
                + "  - 7\n"
                + "costs:\n"
                + "  - {name: {n: 1}, kind: [core], amount: [10]}\n"
                + "  - {name: Car, kind: shared, amount: 5, usedBy: {A: 1}}\n"
                + "  - [not, a, cost]\n");
    assertHas(p, "setting: expected text, found a list");
    assertHas(p, "period: expected week or year, found a mapping");
    assertHas(p, "budget: expected an amount in pounds such as \"1015.00\", found a list");
    assertHas(p, "people[0].id: expected text, found a list");
    assertHas(p, "people[0].personalFunding: expected an amount in pounds such as \"1015.00\", found a mapping");
    assertHas(p, "people[0].spentWith: expected same-provider or other-provider, found a list");
    assertHas(p, "people[1].weight: expected a positive whole number, found a list");
    assertHas(p, "people[2]: expected a mapping with fields");
    assertHas(p, "costs[0].name: expected text, found a mapping");
    assertHas(p, "costs[0].kind: expected core or shared, found a list");
    assertHas(p, "costs[0].amount: expected an amount in pounds such as \"1015.00\", found a list");
    assertHas(p, "costs[1].usedBy: expected a list, found a mapping");
    assertHas(p, "costs[2]: expected a mapping with fields");
  }

  @Test
  void blankAndUnquotedNamesAreLocated() {
    List<String> p = problems("setting: \" \"\nperiod: week\n" + PEOPLE + "costs:\n  - {name: 12, kind: core, amount: 10}\n");
    assertHas(p, "setting: must not be blank");
    assertHas(p, "costs[0].name: expected text, found the number 12 (put it in quotes: \"12\")");
  }

  @Test
  void amountsAtTheirDigitLimits() {
    String twelve = "999999999999.99";
    Setting s =
        READER.read(
            "s.yaml",
            "setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: \"" + twelve + "\"}\n" + COSTS);
    assertEquals(Money.parse(twelve), s.people().get(0).givenPersonalFunding().orElseThrow());

    List<String> p =
        problems("setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: \"1" + twelve + "\"}\n" + COSTS);
    assertEquals(
        List.of("people[0].personalFunding: 1" + twelve + " is too large; expected at most 12 digits before the point"),
        p);
    List<String> text = problems("setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: \"12,50\"}\n" + COSTS);
    assertEquals(List.of("people[0].personalFunding: '12,50' is not an amount; expected pounds such as \"1015.00\""), text);
  }

  @Test
  void weightsAtTheirDigitLimits() {
    String base = "setting: S\nperiod: week\nbudget: \"100.00\"\npeople:\n  - {id: A, weight: ";
    Setting s = READER.read("s.yaml", base + "999999999999}\n" + COSTS);
    assertEquals(999_999_999_999L, s.people().get(0).weight().getAsLong());
    assertEquals(
        List.of("people[0].weight: 9999999999999 is too large; expected at most 12 digits"),
        problems(base + "9999999999999}\n" + COSTS));
    assertHas(problems(base + "\"3\"}\n" + COSTS), "people[0].weight: expected a positive whole number, found text");
    assertHas(problems(base + "2.5}\n" + COSTS), "people[0].weight: expected a positive whole number");
  }

  @Test
  void portfolioShapesAreLocated() {
    assertHas(
        portfolioProblems("- a\n- b\n"),
        "p.yaml:1:1 expected a mapping with the field settings at the top level, found a list");
    assertHas(portfolioProblems("settings: 5\n"), "p.yaml:1:11 settings: expected a list of settings, found");
    assertHas(portfolioProblems("other: 1\n"), "p.yaml:1:1 settings: missing required field 'settings'");
    List<String> items =
        portfolioProblems(
            "settings:\n  - 5\n  - setting: S\n    period: week\n    people: [{id: A, personalFunding: 1}]\n"
                + "    costs: [{name: N, kind: core, amount: [1]}]\n");
    assertHas(items, "p.yaml:2:5 settings[0]: expected a mapping of setting fields (setting, period, budget, people, costs), found");
    assertHas(items, "p.yaml:6:43 settings[1].costs[0].amount: expected an amount");
    assertEquals(2, items.size(), items::toString);
  }

  @Test
  void aSettingFileThatIsNotAMappingIsLocated() {
    assertEquals(
        List.of(": expected a mapping of setting fields (setting, period, budget, people, costs), found a list"),
        problems("- setting\n"));
  }

  private static List<String> located(String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read("s.yaml", content));
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void givenBothFundingAndWeightTheOneWrittenSecondIsTheProblem() {
    // On one line, the later column; on two lines, the later line (whatever the columns).
    assertEquals(
        List.of(
            "s.yaml:4:24 people[0].personalFunding: give either personalFunding or weight, not both"
                + " (without a budget, personalFunding)"),
        located("setting: S\nperiod: week\npeople:\n  - {id: A, weight: 3, personalFunding: 1}\ncosts: []\n"));
    assertEquals(
        List.of(
            "s.yaml:7:5 people[0].weight: give either personalFunding or weight, not both (with a budget, a weight)",
            "s.yaml:10:5 people[1].personalFunding: give either personalFunding or weight, not both"
                + " (with a budget, a weight)"),
        located(
            "setting: S\nperiod: week\nbudget: \"10.00\"\npeople:\n"
                + "  - id: A\n    personalFunding: 1\n    weight: 3\n"
                + "  - id: B\n    weight: 2\n    personalFunding: 1\n"
                + "costs: []\n"));
  }

  @Test
  void aMissingValueIsNoValueWithoutAHintToQuoteIt() {
    assertEquals(
        List.of(
            "s.yaml:1:10 setting: expected text, found no value",
            "s.yaml:2:9 period: expected week or year, found no value",
            "s.yaml:3:35 people[0].personalFunding: expected an amount in pounds such as \"1015.00\", found no value"),
        located("setting: null\nperiod: null\npeople: [{id: A, personalFunding: null}]\ncosts: []\n"));
  }

  @Test
  void trueAndFalseAreNotAmounts() {
    assertEquals(
        List.of("s.yaml:4:30 people[0].personalFunding: expected an amount in pounds such as \"1015.00\", found true"),
        located("setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: true}\ncosts: []\n"));
  }

  @Test
  void anExponentIsAnAmountWhenWrittenAsANumberButNotAsText() {
    String json = "{\"setting\": \"S\", \"period\": \"week\", \"people\": [{\"id\": \"A\", \"personalFunding\": %s}], \"costs\": []}";
    Setting s = READER.read("s.json", String.format(json, "1e3"));
    assertEquals(Money.parse("1000.00"), s.people().get(0).givenPersonalFunding().orElseThrow());
    RuleFileException e =
        assertThrows(RuleFileException.class, () -> READER.read("s.json", String.format(json, "\"1e3\"")));
    assertEquals(
        List.of("people[0].personalFunding: '1e3' is not an amount; expected pounds such as \"1015.00\""),
        e.problems().stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.toList()));
  }

  @Test
  void anAmountOfAHundredCharactersIsReadAndOneMoreIsNot() {
    String hundred = "1." + "0".repeat(98);
    Setting s =
        READER.read("s.yaml", "setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: \"" + hundred + "\"}\n" + COSTS);
    assertEquals(Money.parse("1.00"), s.people().get(0).givenPersonalFunding().orElseThrow());
    assertEquals(
        List.of(
            "people[0].personalFunding: '1." + "0".repeat(35) + "...' is not an amount; expected pounds such as \"1015.00\""),
        problems("setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: \"" + hundred + "0\"}\n" + COSTS));
  }

  @Test
  void aSettingWithNobodyIsLocatedAtItsPeopleInAFileAndInAPortfolio() {
    assertEquals(
        List.of("s.yaml:3:9 people: a setting needs at least one person"),
        located("setting: S\nperiod: week\npeople: []\ncosts: []\n"));
    assertEquals(
        List.of("p.yaml:5:13 settings[1].people: a setting needs at least one person"),
        portfolioProblems(
            "settings:\n  - {setting: R, period: week, people: [{id: A, personalFunding: 1}], costs: []}\n"
                + "  - setting: S\n    period: week\n    people: []\n    costs: []\n"));
  }

  @Test
  void spentWithIsReadWhenWrittenOutEitherWay() {
    Setting s =
        READER.read(
            "s.yaml",
            "setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: 1, spentWith: same-provider}\n"
                + "  - {id: B, personalFunding: 1, spentWith: other-provider}\n" + COSTS);
    assertEquals(uk.ras.isf.SpentWith.SAME_PROVIDER, s.people().get(0).spentWith());
    assertEquals(uk.ras.isf.SpentWith.OTHER_PROVIDER, s.people().get(1).spentWith());
  }

  @Test
  void aWeightIsWrittenInDecimalDigits() {
    // YAML reads 0x10 as a whole number; a weight must still be written in decimal digits.
    assertEquals(
        List.of("s.yaml:5:21 people[0].weight: expected a positive whole number, found the number 0x10"),
        located("setting: S\nperiod: week\nbudget: \"100.00\"\npeople:\n  - {id: A, weight: 0x10}\n" + COSTS));
  }

  @Test
  void namesSpelledLikeYaml11BooleansAreKeptAsWritten() {
    // YAML 1.1 reads these as booleans (and so did this reader before issue 17, refusing them as names).
    Setting s =
        READER.read(
            "s.yaml",
            "setting: on\nperiod: week\npeople:\n  - {id: no, personalFunding: 10}\n  - {id: yes, personalFunding: 5}\n"
                + "costs:\n  - {name: off, kind: shared, amount: 10, usedBy: [no, yes]}\n");
    assertEquals("on", s.name());
    assertEquals("no", s.people().get(0).id().value());
    assertEquals("yes", s.people().get(1).id().value());
    assertEquals("off", s.costs().get(0).name());
    assertEquals("no", s.costs().get(0).usedBy().get(0).value());
  }

  @Test
  void yaml11BooleanWordsInTypedFieldsAreLocatedWithWhatToWrite() {
    assertEquals(
        List.of(
            "s.yaml:2:9 period: 'yes' is not a period; expected week or year",
            "s.yaml:4:30 people[0].personalFunding: 'no' is not an amount; expected pounds such as \"1015.00\"",
            "s.yaml:4:45 people[0].spentWith: 'off' is not a place to spend personal funding; expected same-provider or other-provider",
            "s.yaml:6:25 costs[0].kind: 'on' is not a cost kind; expected core or shared",
            "s.yaml:6:37 costs[0].amount: 'Y' is not an amount; expected pounds such as \"1015.00\""),
        located(
            "setting: S\nperiod: yes\npeople:\n  - {id: A, personalFunding: no, spentWith: off}\n"
                + "costs:\n  - {name: Night, kind: on, amount: Y}\n"));
    assertEquals(
        List.of("s.yaml:5:21 people[0].weight: expected a positive whole number, found text 'n'"),
        located("setting: S\nperiod: week\nbudget: \"100.00\"\npeople:\n  - {id: A, weight: n}\n" + COSTS));
  }

  @Test
  void wholeNumbersWithALeadingZeroAreNotAmountsOrWeights() {
    // 0100 is a hundred to YAML 1.2 and sixty-four to YAML 1.1; quoted, "0100.00" is text and unambiguous.
    assertEquals(
        List.of(
            "s.yaml:3:9 budget: '0100' has a leading zero, which YAML 1.1 readers take for an octal number or text; write 100",
            "s.yaml:5:21 people[0].weight: '010' has a leading zero, which YAML 1.1 readers take for an octal number or text; write 10"),
        located("setting: S\nperiod: week\nbudget: 0100\npeople:\n  - {id: A, weight: 010}\n" + COSTS));
    Setting s = READER.read("s.yaml", "setting: S\nperiod: week\npeople:\n  - {id: A, personalFunding: \"0100.00\"}\n" + COSTS);
    assertEquals(Money.parse("100.00"), s.people().get(0).givenPersonalFunding().orElseThrow());
  }
}
