package uk.ras.examples.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.examples.Cli;
import uk.ras.examples.commands.PlanCommand;
import uk.ras.examples.report.BrowserCheck;
import uk.ras.examples.report.LetterText;
import uk.ras.examples.report.PlanLetter;
import uk.ras.examples.report.PlanLetterTest;

/** {@code ras plan check}: the bundled scenarios, the JSON contract, and bad input located in its file. */
class PlanCommandTest {
  static final Path PLANS = Path.of("src/main/resources/uk/ras/examples/plans");

  @TempDir Path dir;

  /** A small plan of S9's; the comments give the line numbers the tests below expect. */
  static final String PLAN =
      "person: S9\n" // 1
          + "date: 2026-06-01\n" // 2
          + "assessment:\n" // 3
          + "  answers: {pc_wash: some_help, wb_mental: all_tasks, informal_support: none, pc_dress: no_help, pc_toilet: no_help, ed_meals: no_help, ed_eat: no_help, dl_home: no_help, dl_shop: no_help, dl_medication: no_help, hs_tenancy: no_help, hs_bills: no_help, sf_home: no_help, sf_risk: no_help, fn_budget: no_help, fn_benefits: no_help, wb_routine: no_help, cm_relationships: no_help, cm_transport: no_help, wl_work: no_help}\n" // 4
          + "  facts: {facs_band: substantial, contribution: \"5.00\"}\n" // 5
          + "items:\n" // 6
          + "  - {name: Taxi, kind: transport, needs: [community], heldBy: {control: council}, weekly: \"12.00\"}\n"; // 7

  @Test
  void bareRunChecksTheFirstBundledScenarioAsJson() throws Exception {
    Cli cli = Cli.run("plan", "check");
    assertEquals(0, cli.exit, cli::toString);
    assertEquals("", cli.err);
    JsonNode root = new ObjectMapper().readTree(cli.out);
    // SupportPlanTest: indicative 225.76, plan 200.41, headroom 25.35; agreed 200.41 = 20.00 + 180.41.
    assertEquals("S1", root.get("person").asText());
    assertEquals("225.76", root.get("indicative").get("weekly").asText());
    assertEquals("200.41", root.get("weekly").asText());
    assertEquals("10421.08", root.get("annual").asText());
    assertEquals("25.35", root.get("headroom").asText());
    assertFalse(root.get("referredToPanel").asBoolean());
    assertEquals("personal-assistant", root.get("items").get(1).get("kind").asText());
    assertEquals("94.15", root.get("items").get(1).get("weekly").asText());
    assertEquals("work_learning", root.get("unmetNeeds").get(0).get("domain").asText());
    assertEquals("200.41", root.get("agreed").get("cost").asText());
    assertEquals("20.00", root.get("agreed").get("personContribution").asText());
    assertEquals("180.41", root.get("agreed").get("councilContribution").asText());
    assertEquals("11.70", root.get("agreed").get("streams").get(0).get("personContribution").asText());
  }

  @Test
  void theJsonsControlPortionsAndStreamsAddUpToTheCost() throws Exception {
    for (String scenario : PlanCommand.SCENARIOS) {
      Cli cli = Cli.run("plan", "check", PLANS.resolve(scenario + ".yaml").toString());
      assertEquals(0, cli.exit, cli::toString);
      JsonNode root = new ObjectMapper().readTree(cli.out);
      BigDecimal weekly = new BigDecimal(root.get("weekly").asText());
      BigDecimal controls = BigDecimal.ZERO;
      for (JsonNode c : root.get("controls")) {
        controls = controls.add(new BigDecimal(c.get("weekly").asText()));
      }
      assertEquals(weekly, controls, scenario);
      BigDecimal byKind = BigDecimal.ZERO;
      for (JsonNode c : root.get("controlTotals")) {
        byKind = byKind.add(new BigDecimal(c.asText()));
      }
      assertEquals(weekly, byKind, scenario);
      BigDecimal streams = BigDecimal.ZERO;
      for (JsonNode s : root.get("streams")) {
        streams = streams.add(new BigDecimal(s.get("weekly").asText()));
      }
      assertEquals(weekly, streams, scenario);
    }
  }

  @Test
  void eachBundledScenarioRunsByNameOrFromItsFile() {
    for (String scenario : PlanCommand.SCENARIOS) {
      Cli byName = Cli.run("plan", "check", "--scenario", scenario, "--format", "text");
      Cli byFile = Cli.run("plan", "check", PLANS.resolve(scenario + ".yaml").toString(), "--format", "text");
      assertEquals(0, byName.exit, byName::toString);
      assertEquals(0, byFile.exit, byFile::toString);
      assertEquals(byName.out, byFile.out, scenario);
      assertTrue(byName.out.startsWith("Support plan of S"), byName::toString);
    }
    Cli greenhouse = Cli.run("plan", "check", "--scenario", "greenhouse", "--format", "text");
    assertTrue(greenhouse.out.contains("Within the indicative budget: headroom £16.53 a week."), greenhouse::toString);
    assertTrue(greenhouse.out.contains("Needs no item meets: Daily living (1 point), Community and relationships (3 points)."), greenhouse::toString);
    assertTrue(greenhouse.out.contains("No decision is recorded yet"), greenhouse::toString);
  }

  @Test
  void aPlanAboveTheIndicativeFigureSaysItGoesToThePanel() throws Exception {
    Cli text = Cli.run("plan", "check", "--scenario", "above-indicative", "--format", "text");
    assertEquals(0, text.exit, text::toString);
    // 431.56 - 184.29 = 247.27, driven by the PA's 332.54 alone.
    assertTrue(
        text.out.contains("Above the indicative budget by £247.27 a week: referred to the panel, not trimmed. Driven by: Personal assistant £332.54."),
        text::toString);
    assertTrue(text.out.contains("  the council pays                 £396.56\n"), text::toString);
    JsonNode root = new ObjectMapper().readTree(Cli.run("plan", "check", "--scenario", "above-indicative").out);
    assertTrue(root.get("referredToPanel").asBoolean());
    assertEquals("247.27", root.get("excess").asText());
    assertEquals("0.00", root.get("headroom").asText());
    assertEquals("Personal assistant", root.get("excessDrivers").get(0).asText());
  }

  @Test
  void aSmallPlanOfOnesOwnIsChecked() throws Exception {
    Path file = dir.resolve("s9.yaml");
    Files.writeString(file, PLAN);
    Cli cli = Cli.run("plan", "check", file.toString());
    assertEquals(0, cli.exit, cli::toString);
    JsonNode root = new ObjectMapper().readTree(cli.out);
    assertEquals("12.00", root.get("weekly").asText());
    assertEquals("12.00", root.get("controlTotals").get("council").asText());
    assertTrue(root.get("decision").isNull());
    assertTrue(root.get("agreed").isNull());
  }

  @Test
  void aPlanNotApprovedGivesNoAgreedBudgetAndSaysWhy() throws Exception {
    Path file = dir.resolve("refused.yaml");
    Files.writeString(file, PLAN + "decision: {approved: false, by: Panel, on: 2026-06-02, reason: ask for a review of the taxi}\n");
    Cli text = Cli.run("plan", "check", file.toString(), "--format", "text");
    assertEquals(0, text.exit, text::toString);
    assertTrue(text.out.contains("\nNot approved by Panel on 2026-06-02: ask for a review of the taxi\n"), text::toString);
    JsonNode root = new ObjectMapper().readTree(Cli.run("plan", "check", file.toString()).out);
    assertFalse(root.get("decision").get("approved").asBoolean());
    assertEquals("ask for a review of the taxi", root.get("decision").get("reason").asText());
    assertTrue(root.get("agreed").isNull());
  }

  @Test
  void aBadRuleOrRateFileIsLocatedInThatFile() throws Exception {
    Path rates = dir.resolve("rates.yaml");
    Files.writeString(rates, "rates: Bad\nrounding: nearest\nweeksPerYear: 52\nversions: []\n");
    Cli cli = Cli.run("plan", "check", "--rates", rates.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.err.startsWith(rates + ":2:11 rounding: 'nearest' is not a rounding mode"), cli::toString);
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, "id: [\n");
    cli = Cli.run("plan", "check", "--rules", rules.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.err.startsWith(rules + ":"), cli::toString);
    assertFalse(cli.err.contains("Exception"), cli::toString);
  }

  @Test
  void everyProblemFoundOnCheckingIsLocatedInThePlanFile() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        PLAN.replace("needs: [community]", "needs: [cycling]")
            .replace("pc_wash: some_help", "pc_wash: lots")
            .replace("\"5.00\"", "\"-5.00\""));
    // Facts first: the assessment cannot be allocated without them.
    Cli cli = Cli.run("plan", "check", file.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertEquals(file + ":5:49 assessment.facts.contribution: '-5.00' is negative\n", cli.err);
    Files.writeString(file, PLAN.replace("needs: [community]", "needs: [cycling]").replace("pc_wash: some_help", "pc_wash: lots"));
    cli = Cli.run("plan", "check", file.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.err.startsWith(file + ":4:22 assessment.answers.pc_wash: "), cli::toString);
    Files.writeString(file, PLAN.replace("needs: [community]", "needs: [cycling]"));
    cli = Cli.run("plan", "check", file.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.err.startsWith(file + ":7:43 items[0].needs[0]: unknown domain \"cycling\" in northshire-mh 2026.1"), cli::toString);
    Files.writeString(file, PLAN.replace("2026-06-01", "2030-06-01"));
    cli = Cli.run("plan", "check", file.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertTrue(cli.err.startsWith(file + ":2:7 date: no rates of"), cli::toString);
    assertFalse(cli.err.contains("Exception"), cli::toString);
    assertEquals("", cli.out);
  }

  @Test
  void aFileThatIsNotAPlanIsRefusedWithEveryProblemLocated() throws Exception {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "person: S9\ndate: someday\nitems: {}\n");
    Cli cli = Cli.run("plan", "check", file.toString());
    assertEquals(1, cli.exit, cli::toString);
    assertEquals(
        file + ":1:1 assessment: missing required field 'assessment'\n"
            + file + ":2:7 date: 'someday' is not a date; expected YYYY-MM-DD such as 2026-04-01\n"
            + file + ":3:8 items: expected a list, found a mapping\n",
        cli.err);
  }

  @Test
  void textFromTheFileIsEscapedBeforeItReachesTheTerminal() throws Exception {
    Path file = dir.resolve("esc.yaml");
    Files.writeString(file, PLAN.replace("name: Taxi", "name: \"Taxi\\e[31m\""));
    Cli cli = Cli.run("plan", "check", file.toString(), "--format", "text");
    assertEquals(0, cli.exit, cli::toString);
    assertFalse(cli.out.contains("\u001B"), cli::toString);
    assertTrue(cli.out.contains("Taxi\\u001B[31m"), cli::toString);
    Files.writeString(file, PLAN.replace("name: Taxi", "name: \"Taxi\\e\\x9B31m\\x7F\""));
    Cli json = Cli.run("plan", "check", file.toString());
    assertEquals(0, json.exit, json::toString);
    assertFalse(json.out.contains("\u001B") || json.out.contains("\u009B") || json.out.contains("\u007F"), json::toString);
    assertEquals("Taxi\u001B\u009B31m\u007F", new ObjectMapper().readTree(json.out).get("items").get(0).get("name").asText());
  }

  @Test
  void theLettersAreWrittenWithTheCheckAndReadCleanInChromium() throws Exception {
    // S1 (SupportPlanTest, PlanLetterTest): indicative £225.76 a week; the plan £200.41, approved by the
    // panel on 1 June 2026; the person pays the assessed £20.00, the council 200.41 - 20.00 = £180.41.
    Path letters = dir.resolve("letters");
    Cli cli = Cli.run("plan", "check", "--format", "text", "--letter", letters.toString(), "--name", "Mary Smith",
        "--review-contact", "Northshire adult social care, 01234 567890");
    assertEquals(0, cli.exit, cli::toString);
    assertTrue(cli.out.contains("£200.41"), cli::toString);
    Path plainFile = letters.resolve(uk.ras.examples.report.PlanLetter.PLAIN_FILE);
    Path easyFile = letters.resolve(uk.ras.examples.report.PlanLetter.EASY_READ_FILE);
    java.util.List<String> plain = uk.ras.examples.report.LetterText.lines(Files.readString(plainFile));
    assertTrue(plain.contains("To: Mary Smith"), plain::toString);
    assertTrue(plain.contains("The cost of meeting your needs | £200.41"), plain::toString);
    assertTrue(plain.contains("What you pay (from your financial assessment) | £20.00"), plain::toString);
    assertTrue(plain.contains("What the council pays | £180.41"), plain::toString);
    assertTrue(plain.stream().anyMatch(l -> l.contains("Northshire adult social care, 01234 567890")), plain::toString);
    java.util.List<String> easy = uk.ras.examples.report.LetterText.lines(Files.readString(easyFile));
    assertTrue(easy.stream().anyMatch(l -> l.contains("£200.41")), easy::toString);
    uk.ras.examples.report.BrowserCheck.assertClean(plainFile, 0);
    uk.ras.examples.report.BrowserCheck.assertClean(easyFile, 0);

    // Not approved yet (the greenhouse): the letters say so and give no agreed budget.
    Cli waiting = Cli.run("plan", "check", "--scenario", "greenhouse", "--letter", letters.toString());
    assertEquals(0, waiting.exit, waiting::toString);
    assertFalse(Files.readString(plainFile).contains("What the council pays"));

    // A blank name is a usage mistake, and nothing is written.
    Files.delete(plainFile);
    Cli blank = Cli.run("plan", "check", "--letter", letters.toString(), "--name", " ");
    assertEquals(2, blank.exit, blank::toString);
    assertFalse(Files.exists(plainFile));
  }

  @Test
  void theTwoLettersAreReplacedTogetherOrNotAtAll() throws Exception {
    Path letters = dir.resolve("letters");
    assertEquals(0, Cli.run("plan", "check", "--letter", letters.toString()).exit);
    Path plainFile = letters.resolve(PlanLetter.PLAIN_FILE);
    Path easyFile = letters.resolve(PlanLetter.EASY_READ_FILE);
    String plain = Files.readString(plainFile);
    String easy = Files.readString(easyFile);

    // Another run holds the easy-read letter, written second: the plain letter must not be replaced alone.
    try (uk.ras.examples.files.OutputFile other = uk.ras.examples.files.OutputFile.open(easyFile)) {
      Cli refused = Cli.run("plan", "check", "--letter", letters.toString(), "--name", "Mary Smith");
      assertEquals(2, refused.exit, refused::toString);
      assertTrue(refused.err.contains(PlanLetter.EASY_READ_FILE + " is being written by another run of ras"), refused::toString);
    }
    assertEquals(plain, Files.readString(plainFile));
    assertEquals(easy, Files.readString(easyFile));

    assertEquals(0, Cli.run("plan", "check", "--letter", letters.toString(), "--name", "Mary Smith").exit);
    assertTrue(Files.readString(plainFile).contains("Mary Smith"));
    assertTrue(Files.readString(easyFile).contains("Mary Smith"));
  }

  @Test
  void usageMistakesAreOneLineAndExitCode2() {
    Cli both = Cli.run("plan", "check", "x.yaml", "--scenario", "greenhouse");
    assertEquals(2, both.exit, both::toString);
    assertTrue(both.err.startsWith("ras: give a PLAN file or --scenario, not both\n"), both::toString);
    Cli unknown = Cli.run("plan", "check", "--scenario", "allotment");
    assertEquals(2, unknown.exit, unknown::toString);
    assertTrue(unknown.err.startsWith("ras: --scenario: 'allotment' is not a bundled scenario"), unknown::toString);
    Cli missing = Cli.run("plan", "check", dir.resolve("nowhere.yaml").toString());
    assertEquals(2, missing.exit, missing::toString);
    Cli bare = Cli.run("plan");
    assertEquals(2, bare.exit, bare::toString);
    assertTrue(bare.err.startsWith("ras: plan needs a subcommand: check"), bare::toString);
  }
}
