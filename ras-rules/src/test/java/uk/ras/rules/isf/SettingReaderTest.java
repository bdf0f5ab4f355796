package uk.ras.rules.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.isf.CostKind;
import uk.ras.isf.Period;
import uk.ras.isf.SettingPortfolio;
import uk.ras.isf.Setting;
import uk.ras.isf.SpentWith;
import uk.ras.money.Money;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;

class SettingReaderTest {
  static final SettingReader READER = SettingReader.create();

  static final String ISSUE_EXAMPLE =
      "{\n"
          + "  \"setting\": \"Elm Road\",\n"
          + "  \"period\": \"week\",\n"
          + "  \"budget\": \"4200.00\",\n"
          + "  \"people\": [ {\"id\": \"A\", \"weight\": 58}, {\"id\": \"B\", \"weight\": 42} ],\n"
          + "  \"costs\": [\n"
          + "    {\"name\": \"Sleep-in night support\", \"kind\": \"core\", \"amount\": \"1015.00\"},\n"
          + "    {\"name\": \"Day activity worker\", \"kind\": \"shared\", \"amount\": 412.30, \"usedBy\": [\"A\", \"B\"]}\n"
          + "  ]\n"
          + "}\n";

  static List<String> problems(String source, String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.read(source, content));
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void readsTheIssuesExampleWithAmountsAsStringsOrNumbers() {
    Setting s = READER.read("elm.json", ISSUE_EXAMPLE);
    assertEquals("Elm Road", s.name());
    assertEquals(Period.WEEK, s.period());
    assertEquals(Money.parse("4200.00"), s.budget().orElseThrow());
    assertEquals(List.of(PersonId.of("A"), PersonId.of("B")), s.personIds());
    assertEquals(58, s.people().get(0).weight().orElseThrow());
    assertEquals(CostKind.SHARED, s.costs().get(1).kind());
    assertEquals(Money.parse("412.30"), s.costs().get(1).amount());
    assertEquals(List.of(PersonId.of("A"), PersonId.of("B")), s.costs().get(1).usedBy());
  }

  @Test
  void yamlWithTheSameFieldsReadsTheSame() {
    String yaml =
        "setting: Elm Road\n"
            + "period: week\n"
            + "budget: \"4200.00\"\n"
            + "people:\n"
            + "  - {id: A, weight: 58}\n"
            + "  - {id: B, weight: 42}\n"
            + "costs:\n"
            + "  - {name: Sleep-in night support, kind: core, amount: 1015.00}\n"
            + "  - name: Day activity worker\n"
            + "    kind: shared\n"
            + "    amount: 412.30\n"
            + "    usedBy: [A, B]\n";
    Setting fromYaml = READER.read("elm.yaml", yaml);
    Setting fromJson = READER.read("elm.json", ISSUE_EXAMPLE);
    assertEquals(fromJson.split().shares(), fromYaml.split().shares());
    assertEquals(fromJson.costs(), fromYaml.costs());
  }

  @Test
  void spentWithIsReadAndDefaultsToTheSameProvider() {
    Setting s =
        READER.read(
            "s.json",
            "{\"setting\": \"S\", \"period\": \"year\", \"people\": [{\"id\": \"A\", \"personalFunding\": 1},"
                + " {\"id\": \"B\", \"personalFunding\": \"2.50\", \"spentWith\": \"other-provider\"}], \"costs\": []}");
    assertEquals(SpentWith.SAME_PROVIDER, s.people().get(0).spentWith());
    assertEquals(SpentWith.OTHER_PROVIDER, s.people().get(1).spentWith());
    assertEquals(Money.parse("2.50"), s.people().get(1).givenPersonalFunding().orElseThrow());
  }

  @Test
  void anUnknownUserIsLocatedAtItsPlace() {
    String json =
        "{\n"
            + "  \"setting\": \"S\", \"period\": \"week\",\n"
            + "  \"people\": [{\"id\": \"A\", \"personalFunding\": \"1.00\"}],\n"
            + "  \"costs\": [\n"
            + "    {\"name\": \"a\", \"kind\": \"core\", \"amount\": \"1.00\"},\n"
            + "    {\"name\": \"b\", \"kind\": \"core\", \"amount\": \"1.00\"},\n"
            + "    {\"name\": \"c\", \"kind\": \"shared\", \"amount\": \"1.00\", \"usedBy\": [\"Q9\"]}\n"
            + "  ]\n"
            + "}\n";
    assertEquals(
        List.of("house.json:7:66 costs[2].usedBy[0]: unknown person \"Q9\"; expected one of A"),
        problems("house.json", json));
  }

  @Test
  void everyStructuralProblemIsReportedAtOnceWithItsLocation() {
    String yaml =
        "setting: S\n"
            + "period: month\n"
            + "colour: blue\n"
            + "people:\n"
            + "  - {id: A, personalFunding: \"1.005\"}\n"
            + "  - {id: B, personalFunding: 1, weight: 3}\n"
            + "  - {id: C}\n"
            + "  - {id: D, personalFunding: lots, spentWith: elsewhere}\n"
            + "costs:\n"
            + "  - {name: Night, kind: core, amount: 10, usedBy: [A]}\n"
            + "  - {name: Car, kind: shared, amount: 5}\n"
            + "  - {name: Bus, kind: shared, amount: 5, usedBy: []}\n"
            + "  - {name: Boat, kind: rented, amount: 5}\n"
            + "  - {name: Gym, kind: shared, ammount: 5, usedBy: [A]}\n";
    assertEquals(
        List.of(
            "s.yaml:2:9 period: 'month' is not a period; expected week or year",
            "s.yaml:3:1 colour: unknown field 'colour'; expected one of setting, period, budget, people, costs",
            "s.yaml:5:30 people[0].personalFunding: 1.005 has a fraction of a penny; amounts are pounds with at most 2 decimals",
            "s.yaml:6:33 people[1].weight: give either personalFunding or weight, not both (without a budget, personalFunding)",
            "s.yaml:7:5 people[2].personalFunding: missing required field 'personalFunding' (the setting has no budget)",
            "s.yaml:8:30 people[3].personalFunding: 'lots' is not an amount; expected pounds such as \"1015.00\"",
            "s.yaml:8:47 people[3].spentWith: 'elsewhere' is not a place to spend personal funding; expected same-provider or other-provider",
            "s.yaml:10:43 costs[0].usedBy: not allowed for a core cost: core costs are shared by everyone in the setting",
            "s.yaml:11:5 costs[1].usedBy: missing required field 'usedBy': a shared cost lists the people who use it",
            "s.yaml:12:50 costs[2].usedBy: a shared cost needs at least one user",
            "s.yaml:13:24 costs[3].kind: 'rented' is not a cost kind; expected core or shared",
            "s.yaml:14:5 costs[4].amount: missing required field 'amount'",
            "s.yaml:14:31 costs[4].ammount: unknown field 'ammount'; did you mean 'amount'?"),
        problems("s.yaml", yaml));
  }

  @Test
  void meaningProblemsFromTheCoreAreLocatedToo() {
    String json =
        "{\n"
            + "  \"setting\": \"S\", \"period\": \"week\", \"budget\": \"10.00\",\n"
            + "  \"people\": [\n"
            + "    {\"id\": \"A\", \"weight\": 0},\n"
            + "    {\"id\": \"A\", \"weight\": 2}\n"
            + "  ],\n"
            + "  \"costs\": [{\"name\": \"Night\", \"kind\": \"core\", \"amount\": \"-1.00\"}]\n"
            + "}\n";
    assertEquals(
        List.of(
            "s.json:4:27 people[0].weight: must be a positive whole number, was 0",
            "s.json:5:12 people[1].id: duplicate person \"A\" (also people[0])",
            "s.json:7:57 costs[0].amount: must not be negative, was -1.00"),
        problems("s.json", json));
  }

  @Test
  void aBudgetThatDoesNotCoverTheCostsIsLocatedAtTheBudget() {
    String json = ISSUE_EXAMPLE.replace("\"4200.00\"", "\"1200.00\"");
    assertEquals(
        List.of(
            "s.json:4:13 budget: 1200.00 does not cover the core and shared costs of 1427.30"
                + " (core 1015.00 + shared 412.30): short by 227.30"),
        problems("s.json", json));
  }

  @Test
  void withABudgetPersonalFundingIsRefused() {
    String json =
        "{\"setting\": \"S\", \"period\": \"week\", \"budget\": \"10.00\",\n"
            + " \"people\": [{\"id\": \"A\", \"personalFunding\": \"1.00\"}, {\"id\": \"B\", \"weight\": 1}], \"costs\": []}";
    assertEquals(
        List.of(
            "s.json:2:44 people[0].personalFunding: not allowed when the setting has a budget: personal funding is"
                + " then derived from the budget by weight; give a weight instead"),
        problems("s.json", json));
  }

  @Test
  void withABudgetAWeightIsRequired() {
    String json =
        "{\"setting\": \"S\", \"period\": \"week\", \"budget\": \"10.00\",\n"
            + " \"people\": [{\"id\": \"A\", \"weight\": 1}, {\"id\": \"B\"}], \"costs\": []}";
    assertEquals(
        List.of(
            "s.json:2:39 people[1].weight: missing required field 'weight' (the setting has a budget, so personal"
                + " funding is shared out by weight)"),
        problems("s.json", json));
  }

  @Test
  void malformedJsonIsALocatedSyntaxError() {
    List<String> found = problems("s.json", "{\"setting\": \"S\",, }");
    assertEquals(1, found.size());
    assertTrue(found.get(0).startsWith("s.json:1:17 JSON syntax error: "), found.get(0));
  }

  @Test
  void emptyFileDuplicateKeysAliasesAndTagsAreRefusedAsForRuleFiles() {
    assertEquals(List.of("s.json:1:1 the file is empty; expected a setting"), problems("s.json", ""));
    assertEquals(
        List.of("s.yaml:2:1 setting: duplicate field 'setting' (first written at line 1)"),
        problems("s.yaml", "setting: S\nsetting: T\nperiod: week\npeople: [{id: A, personalFunding: 1}]\ncosts: []\n"));
    List<String> alias =
        problems("s.yaml", "setting: &n S\nperiod: week\npeople: [{id: *n, personalFunding: 1}]\ncosts: []\n");
    assertTrue(alias.get(0).contains("YAML aliases are not allowed"), alias::toString);
    List<String> tag =
        problems("s.yaml", "setting: !!java.net.URL S\nperiod: week\npeople: [{id: A, personalFunding: 1}]\ncosts: []\n");
    assertTrue(tag.get(0).contains("YAML tags are not allowed"), tag::toString);
  }

  @Test
  void aPortfolioLocatesProblemsInEachSetting() {
    String one = ISSUE_EXAMPLE;
    String two = ISSUE_EXAMPLE.replace("\"A\", \"B\"]", "\"A\", \"Q9\"]");
    String json = "{\"settings\": [\n" + one + ",\n" + two + "]}";
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.readPortfolio("p.json", json));
    assertEquals(1, e.problems().size());
    RuleFileProblem p = e.problems().get(0);
    assertEquals("settings[1].costs[1].usedBy[1]", p.path());
    assertEquals(20, p.line());
    SettingPortfolio ok = READER.readPortfolio("p.json", "{\"settings\": [" + one + "," + one + "]}");
    assertEquals(2, ok.settings().size());
  }

  @Test
  void readsFromAStream() throws Exception {
    Setting s =
        READER.read("s.json", new ByteArrayInputStream(ISSUE_EXAMPLE.getBytes(StandardCharsets.UTF_8)));
    assertEquals("Elm Road", s.name());
  }
}
