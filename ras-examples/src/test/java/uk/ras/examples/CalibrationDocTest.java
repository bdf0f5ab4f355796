package uk.ras.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.calibration.Calibration;
import uk.ras.calibration.CalibrationResult;
import uk.ras.calibration.ClientGroup;
import uk.ras.calibration.CostAccumulator;
import uk.ras.calibration.EnvelopeException;
import uk.ras.calibration.PriceChoice;
import uk.ras.calibration.TransitionalProtection;
import uk.ras.examples.commands.CalibrateCommand;
import uk.ras.money.Money;
import uk.ras.rules.RuleSetReader;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.FacsBand;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.RuleSet;

/**
 * The library sample of docs/calibration.md, compiled and run here. The doc must contain the block
 * between the calibration-sample markers below, exactly (after removing common indentation), in a java
 * fence between {@code <!-- calibration-sample:start -->} and {@code <!-- calibration-sample:end -->}.
 */
public class CalibrationDocTest {
  private static final Path THIS_FILE = Path.of("src/test/java/uk/ras/examples/CalibrationDocTest.java");
  private static final Path DOC = Path.of("../docs/calibration.md");

  /** One person of "your" caseload: an assessment, a client group and what their package costs a week. */
  record Person(Assessment assessment, ClientGroup group, Money currentWeekly) {}

  @Test
  void calibrationSample() throws IOException {
    // What the sample prints is compared with the doc's output block.
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    java.io.PrintStream console = System.out;
    System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      sample();
    } finally {
      System.setOut(console);
    }
    assertEquals(docBlock("calibration-sample-output"), printed.toString(StandardCharsets.UTF_8).strip(),
        "docs/calibration.md's calibration-sample-output block differs from what the sample prints");
  }

  private static void sample() throws IOException {
    // calibration-sample:start
    RuleSet rules = RuleSetReader.create()
        .read(Path.of("src/main/resources/uk/ras/examples/northshire-mh-2026.yaml"));
    Calculator calculator = Calculator.compile(rules);

    // Everyone whose package cost is known: their budget under the current rules (which also gives
    // the indicative total that take-up is estimated from), their client group, their cost now.
    CostAccumulator people = CostAccumulator.forDomains(rules.domains().stream().map(Domain::id).toList());
    for (Person p : caseload(rules)) {
      people.add(calculator.allocate(p.assessment(), Detail.FIGURES), p.group(), p.currentWeekly());
    }

    CalibrationResult result = Calibration.of(rules)
        .envelopes(List.of(Money.parse("112000"), Money.parse("100000"))) // year 1, then every year
        .contingency(BigDecimal.valueOf(5))                 // per cent of each year's envelope held back
        .protect(TransitionalProtection.limitingFallTo(BigDecimal.TEN).endingAfter(5))
        .run(people.snapshot());

    System.out.println(result.priceChoiceExplanation());
    System.out.println(result.proposedForecast());
    result.proposedForecast().years().forEach(year -> System.out.println("year " + year.year() + ": budgets "
        + year.budgets() + " + grants " + year.grants() + " of " + year.available()));
    RuleSet proposed = result.proposed();                   // version 2026.2, in force from 2027-04-01
    // calibration-sample:end

    // The figures the doc quotes, worked through in the doc's prose (CalibrationWorkflowTest works the
    // same workflow by hand on a smaller caseload).
    assertEquals(12, result.sample().count());
    assertEquals("2026.2", proposed.version());
    assertEquals(LocalDate.of(2027, 4, 1), proposed.effectiveFrom());
    assertEquals(PriceChoice.LARGEST_PRICE_THAT_FITS, result.priceChoice());
    assertEquals(new BigDecimal("5.10"), result.chosenPrice().orElseThrow());
    // Year 2 binds: £100,000 less 5% = £95,000.00; budgets £83,789.16 + grants £11,185.20 = £94,974.36.
    assertEquals(2, result.proposedForecast().tightestYear().year());
    assertEquals(Money.parse("94974.36"), Money.parse("83789.16").plus(Money.parse("11185.20")));
    assertEquals(1, result.unfundedPeople());
    // A penny more, £5.11, overspends year 2 first.
    assertEquals(2, result.envelopeSolution().nextStep().orElseThrow().year());
    assertEquals(Money.parse("94974.36"), result.proposedForecast().forecast());
    assertTrue(result.takeUpEstimated());
  }

  @Test
  void withoutTheExtraMoneyInYear1NoPriceFitsAndTheExceptionSaysWhatProtectionWould() throws IOException {
    RuleSet rules = RuleSetReader.create().read(Path.of("src/main/resources/uk/ras/examples/northshire-mh-2026.yaml"));
    Calculator calculator = Calculator.compile(rules);
    CostAccumulator people = CostAccumulator.forDomains(rules.domains().stream().map(Domain::id).toList());
    for (Person p : caseload(rules)) {
      people.add(calculator.allocate(p.assessment(), Detail.FIGURES), p.group(), p.currentWeekly());
    }
    EnvelopeException e = org.junit.jupiter.api.Assertions.assertThrows(EnvelopeException.class,
        () -> Calibration.of(rules)
            .envelope(Money.parse("100000"))
            .contingency(BigDecimal.valueOf(5))
            .protect(TransitionalProtection.limitingFallTo(BigDecimal.TEN).endingAfter(5))
            .run(people.snapshot()));
    assertEquals(EnvelopeException.Kind.GRANTS_TOO_COSTLY, e.kind());
    assertEquals(1, e.year());
    assertTrue(e.protectionThatFits().orElseThrow().compareTo(BigDecimal.TEN) > 0, e.getMessage());
  }

  @Test
  void thePilotWalkthroughIsWhatTheCommandPrintsAndWrites() throws IOException {
    Cli cli = Cli.run("calibrate");
    assertEquals(Ras.OK, cli.exit, cli.toString());
    // The report's absolute path differs from machine to machine.
    String out = cli.out.replaceAll("(?m)^(Report written to: +)\\S*/target/", "$1.../target/");
    assertEquals(docBlock("pilot-output"), out.strip(), "docs/calibration.md's pilot-output block");
    Cli noFit = Cli.run("calibrate", "--envelope", "9300000");
    assertEquals(Ras.USAGE, noFit.exit, noFit.toString());
    assertEquals(docBlock("pilot-no-fit"), ("$ ./ras calibrate --envelope 9300000\n" + noFit.err).strip(),
        "docs/calibration.md's pilot-no-fit block");

    // The tables of winners and losers and of transitional grants, as the report has them.
    String html = Files.readString(CalibrateCommand.SCENARIO_OUT.resolve(CalibrateCommand.REPORT_HTML));
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String impact = html.substring(html.indexOf("id=\"impact\""), html.indexOf("id=\"cliff-edges\""));
    java.util.regex.Matcher group = java.util.regex.Pattern.compile(
        "<tr><td class=\"l\">([^<]+)</td><td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td><td>\\d+</td><td>(-?£[0-9,.]+)</td>"
            + "<td>(-?£[0-9,.]+)</td><td>(-?£[0-9,.]+)</td></tr>").matcher(impact);
    int groups = 0;
    while (group.find()) {
      String row = "| " + group.group(1) + " | " + group.group(2) + " | " + group.group(3) + " | " + group.group(4) + " | "
          + pounds(group.group(5), false) + " | " + pounds(group.group(6), false) + " | " + pounds(group.group(7), true) + " |";
      assertTrue(doc.contains(row + "\n"), "docs/calibration.md lacks the winners and losers row\n" + row);
      groups++;
    }
    assertEquals(5, groups);
    String transition = html.substring(html.indexOf("id=\"transition\""));
    java.util.regex.Matcher year = java.util.regex.Pattern.compile(
        "<tr><td class=\"l\">(\\d+)</td><td[^>]*>(£[0-9,.]+)</td><td>(\\d+)</td></tr>").matcher(transition);
    int years = 0;
    while (year.find()) {
      String row = "| " + year.group(1) + " | " + year.group(2) + " | " + year.group(3) + " |";
      assertTrue(doc.contains(row + "\n"), "docs/calibration.md lacks the transitional grants row\n" + row);
      years++;
    }
    assertEquals(5, years);
  }

  /** £50,176.47 (as the report writes it) as the doc writes it, "50,176.47"; with a sign, "+3,801.60" or "−23,679.27". */
  private static String pounds(String written, boolean signed) {
    BigDecimal amount = new BigDecimal(written.replace("£", "").replace(",", ""));
    String text = String.format(java.util.Locale.UK, "%,.2f", amount.abs());
    return !signed ? text : (amount.signum() < 0 ? "\u2212" : "+") + text;
  }

  /** The text between a doc's {@code <!-- NAME:start -->} and {@code <!-- NAME:end -->}, without its fence. */
  static String docBlock(String name) throws IOException {
    List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    int start = indexOfTrimmed(doc, "<!-- " + name + ":start -->", 0);
    int end = start < 0 ? -1 : indexOfTrimmed(doc, "<!-- " + name + ":end -->", start);
    if (start < 0 || end < 0) {
      fail("docs/calibration.md has no " + name + " block");
    }
    List<String> block = new ArrayList<>(doc.subList(start + 1, end));
    block.removeIf(line -> line.startsWith("```"));
    return String.join("\n", block).strip();
  }

  /**
   * Twelve people: person i answers "some_help" to the first 2i questions and "no_help" to the rest; all
   * FACS substantial but P05, moderate;
   * groups in turn; a current weekly cost of £20 plus £4.50 to £6.50 a point, by group.
   */
  static List<Person> caseload(RuleSet rules) {
    ClientGroup[] groups = {ClientGroup.OLDER_PEOPLE, ClientGroup.MENTAL_HEALTH, ClientGroup.LEARNING_DISABILITY};
    String[] perPoint = {"4.50", "5.50", "6.50"};
    Calculator calculator = Calculator.compile(rules);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Assessment.Builder answers = Assessment.builder(String.format("P%02d", i + 1));
      int answered = 0;
      for (Domain domain : rules.domains()) {
        for (Question question : domain.questions()) {
          answers.answer(question.id().value(), answered++ < 2 * i ? "some_help" : "no_help");
        }
      }
      // Everyone is eligible for social care (FACS substantial) but P05 (FACS moderate).
      Assessment assessment = answers
          .eligibility(uk.ras.assessment.Eligibility.of(i == 4 ? FacsBand.MODERATE : FacsBand.SUBSTANTIAL, null))
          .build();
      int points = calculator.allocate(assessment).totalPoints();
      Money weekly = Money.parse("20").plus(Money.parse(perPoint[i % 3]).multipliedBy(points));
      people.add(new Person(assessment, groups[i % 3], weekly));
    }
    return people;
  }

  @Test
  void theDocContainsTheSample() throws IOException {
    List<String> lines = Files.readAllLines(THIS_FILE, StandardCharsets.UTF_8);
    int start = indexOfTrimmed(lines, "// calibration-sample:start", 0);
    int end = indexOfTrimmed(lines, "// calibration-sample:end", start);
    List<String> sample = ReadmeSampleTest.dedent(lines.subList(start + 1, end));
    String expected = "<!-- calibration-sample:start -->\n```java\n" + String.join("\n", sample)
        + "\n```\n<!-- calibration-sample:end -->";
    List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    int docStart = indexOfTrimmed(doc, "<!-- calibration-sample:start -->", 0);
    int docEnd = docStart < 0 ? -1 : indexOfTrimmed(doc, "<!-- calibration-sample:end -->", docStart);
    if (docStart < 0 || docEnd < 0) {
      fail("docs/calibration.md has no calibration-sample block. It must contain:\n\n" + expected);
    }
    List<String> block = doc.subList(docStart + 1, docEnd);
    int open = indexOfTrimmed(block, "```java", 0);
    int close = open < 0 ? -1 : indexOfTrimmed(block, "```", open + 1);
    if (open < 0 || close < 0) {
      fail("the calibration-sample block has no ```java fence. It must be:\n\n" + expected);
    }
    assertEquals(String.join("\n", sample), String.join("\n", ReadmeSampleTest.dedent(block.subList(open + 1, close))),
        "docs/calibration.md's sample differs from CalibrationDocTest.calibrationSample; the block must be:\n\n" + expected);
  }

  private static int indexOfTrimmed(List<String> lines, String text, int from) {
    for (int i = Math.max(0, from); i < lines.size(); i++) {
      if (lines.get(i).strip().equals(text)) {
        return i;
      }
    }
    return -1;
  }
}
