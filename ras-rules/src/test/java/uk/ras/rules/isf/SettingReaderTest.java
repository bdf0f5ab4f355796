package uk.ras.rules.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.assessment.PersonId;
import uk.ras.isf.CostKind;
import uk.ras.isf.Period;
import uk.ras.isf.SettingPortfolio;
import uk.ras.isf.Setting;
import uk.ras.isf.SpentWith;
import uk.ras.money.Money;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;
import uk.ras.rules.RuleSetReader;

class SettingReaderTest {
  static final SettingReader READER = SettingReader.create();

  @TempDir Path dir;

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

  static final String SECOND =
      ISSUE_EXAMPLE.replace("Elm Road", "Oak Lane").replace("\"4200.00\"", "\"5000.00\"");

  /** Two valid settings, Elm Road then Oak Lane. */
  static final String PORTFOLIO = "{\"settings\": [\n" + ISSUE_EXAMPLE + ",\n" + SECOND + "]}\n";

  /** As {@link #PORTFOLIO}, but Oak Lane's shared cost names an unknown person on line 20. */
  static final String BAD_PORTFOLIO = PORTFOLIO.replace("\"A\", \"B\"]}\n  ]\n}\n]}", "\"A\", \"Q9\"]}\n  ]\n}\n]}");

  static void assertElmRoadThenOakLane(SettingPortfolio portfolio) {
    assertEquals(List.of("Elm Road", "Oak Lane"), portfolio.settings().stream().map(Setting::name).toList());
    assertEquals(Money.parse("5000.00"), portfolio.settings().get(1).budget().orElseThrow());
  }

  static RuleFileProblem onlyProblem(RuleFileException e) {
    assertEquals(1, e.problems().size(), e::getMessage);
    return e.problems().get(0);
  }

  /** A stream that records whether it was closed. */
  static final class CloseRecordingStream extends ByteArrayInputStream {
    boolean closed;

    CloseRecordingStream(String content) {
      super(content.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void readsASettingFromAPathAndNamesThePathInProblems() throws IOException {
    Path good = Files.writeString(dir.resolve("elm.json"), ISSUE_EXAMPLE);
    assertEquals("Elm Road", READER.read(good).name());

    Path bad = Files.writeString(dir.resolve("bad.json"), ISSUE_EXAMPLE.replace("\"B\"]", "\"Q9\"]"));
    RuleFileProblem p = onlyProblem(assertThrows(RuleFileException.class, () -> READER.read(bad)));
    assertEquals(bad.toString(), p.source());
    assertEquals("costs[1].usedBy[1]", p.path());
    assertEquals(8, p.line());
  }

  @Test
  void readsAPortfolioFromAPathAndNamesThePathInProblems() throws IOException {
    Path good = Files.writeString(dir.resolve("homes.json"), PORTFOLIO);
    assertElmRoadThenOakLane(READER.readPortfolio(good));

    Path yaml = Files.writeString(dir.resolve("homes.yaml"), "settings:\n  - " + ISSUE_EXAMPLE.replace("\n", " ") + "\n");
    assertEquals(List.of("Elm Road"), READER.readPortfolio(yaml).settings().stream().map(Setting::name).toList());

    Path bad = Files.writeString(dir.resolve("bad-homes.json"), BAD_PORTFOLIO);
    RuleFileProblem p = onlyProblem(assertThrows(RuleFileException.class, () -> READER.readPortfolio(bad)));
    assertEquals(bad + ":20:89 settings[1].costs[1].usedBy[1]: unknown person \"Q9\"; expected one of A, B", p.toString());
  }

  @Test
  void readsAPortfolioFromAStreamWithoutClosingIt() throws IOException {
    CloseRecordingStream good = new CloseRecordingStream(PORTFOLIO);
    assertElmRoadThenOakLane(READER.readPortfolio("homes.json", good));
    assertEquals(false, good.closed, "the caller owns the stream");

    CloseRecordingStream bad = new CloseRecordingStream(BAD_PORTFOLIO);
    RuleFileProblem p =
        onlyProblem(assertThrows(RuleFileException.class, () -> READER.readPortfolio("bad-homes.json", bad)));
    assertEquals("bad-homes.json:20:89 settings[1].costs[1].usedBy[1]: unknown person \"Q9\"; expected one of A, B", p.toString());
    assertEquals(false, bad.closed, "the caller owns the stream");
  }

  @Test
  void aSettingStreamIsNotClosedEither() throws IOException {
    CloseRecordingStream in = new CloseRecordingStream(ISSUE_EXAMPLE);
    assertEquals("Elm Road", READER.read("elm.json", in).name());
    assertEquals(false, in.closed);
  }

  /** The text padded with trailing spaces (which JSON ignores) to exactly {@code size} bytes. */
  static byte[] padded(String json, long size) {
    byte[] text = json.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[Math.toIntExact(size)];
    java.util.Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(text, 0, bytes, 0, text.length);
    return bytes;
  }

  @Test
  void filesAndStreamsOfExactlyTheSizeLimitAreReadAndOneByteMoreIsRefused() throws IOException {
    long limit = RuleSetReader.DEFAULT_MAX_FILE_BYTES;
    String tooLarge = "the file is " + (limit + 1) + " bytes; at most " + limit + " are allowed";

    Path setting = Files.write(dir.resolve("elm.json"), padded(ISSUE_EXAMPLE, limit));
    Path portfolio = Files.write(dir.resolve("homes.json"), padded(PORTFOLIO, limit));
    assertEquals("Elm Road", READER.read(setting).name());
    assertElmRoadThenOakLane(READER.readPortfolio(portfolio));
    assertEquals("Elm Road", READER.read("elm.json", Files.newInputStream(setting)).name());
    assertElmRoadThenOakLane(READER.readPortfolio("homes.json", Files.newInputStream(portfolio)));

    assertEquals("Elm Road", READER.read("elm.json", new String(padded(ISSUE_EXAMPLE, limit), StandardCharsets.UTF_8)).name());
    assertElmRoadThenOakLane(READER.readPortfolio("homes.json", new String(padded(PORTFOLIO, limit), StandardCharsets.UTF_8)));
    // Text given as a string is measured in chars, and reported in the same words.
    assertEquals(
        "t.json:1:1 " + tooLarge,
        assertThrows(
                RuleFileException.class,
                () -> READER.read("t.json", new String(padded(ISSUE_EXAMPLE, limit + 1), StandardCharsets.UTF_8)))
            .getMessage());
    assertEquals(
        "u.json:1:1 " + tooLarge,
        assertThrows(
                RuleFileException.class,
                () -> READER.readPortfolio("u.json", new String(padded(PORTFOLIO, limit + 1), StandardCharsets.UTF_8)))
            .getMessage());

    Path bigSetting = Files.write(dir.resolve("big-elm.json"), padded(ISSUE_EXAMPLE, limit + 1));
    Path bigPortfolio = Files.write(dir.resolve("big-homes.json"), padded(PORTFOLIO, limit + 1));
    assertEquals(
        bigSetting + ":1:1 " + tooLarge,
        assertThrows(RuleFileException.class, () -> READER.read(bigSetting)).getMessage());
    assertEquals(
        bigPortfolio + ":1:1 " + tooLarge,
        assertThrows(RuleFileException.class, () -> READER.readPortfolio(bigPortfolio)).getMessage());
    try (InputStream in = Files.newInputStream(bigSetting)) {
      assertEquals(
          "s.json:1:1 " + tooLarge,
          assertThrows(RuleFileException.class, () -> READER.read("s.json", in)).getMessage());
    }
    try (InputStream in = Files.newInputStream(bigPortfolio)) {
      assertEquals(
          "p.json:1:1 " + tooLarge,
          assertThrows(RuleFileException.class, () -> READER.readPortfolio("p.json", in)).getMessage());
    }
  }
}
