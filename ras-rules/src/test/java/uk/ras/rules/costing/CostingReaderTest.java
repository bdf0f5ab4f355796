package uk.ras.rules.costing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.ras.assessment.PersonId;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Costing;
import uk.ras.costing.OverheadMethod;
import uk.ras.costing.Rates;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.rules.LocatedErrors;
import uk.ras.rules.RuleFileException;
import uk.ras.rules.RuleFileProblem;

/** Rate and cost-plan files read into the core, and every problem located. */
class CostingReaderTest {
  static final CostingReader READER = CostingReader.create();

  @TempDir Path dir;

  static final String RATES =
      "rates: Hand\n"
          + "rounding: HALF_UP\n"
          + "weeksPerYear: 52\n"
          + "versions:\n"
          + "  - from: 2026-04-01\n"
          + "    to: 2027-03-31\n"
          + "    staff:\n"
          + "      - name: support-worker\n"
          + "        hourly: \"20.00\"\n"
          + "      - name: built\n"
          + "        buildUp:\n"
          + "          pay: \"12.71\"\n"
          + "          onCosts:\n"
          + "            - {name: holiday, percent: 12.07}\n"
          + "            - {name: pension, percent: 3}\n"
          + "            - {name: employer NI, percent: \"10\"}\n"
          + "          overheads: 20\n"
          + "          surplus: 5\n"
          + "          method: margin\n"
          + "    bands:\n"
          + "      - {name: weekend, multiplier: 1.5}\n"
          + "      - {name: night, plus: \"1.25\"}\n"
          + "    sleepIn: \"100.01\"\n"
          + "    wakingNight: {staff: support-worker, band: night}\n"
          + "    sessions:\n"
          + "      - {name: day-centre, price: 45.50}\n"
          + "    mileage: \"0.45\"\n";

  static final String PLAN =
      "plan: Small house\n"
          + "people: [A, B, C]\n"
          + "lines:\n"
          + "  - {name: Sleep-in, kind: sleep-in, scope: core, nightsPerWeek: 7, needs: [safety]}\n"
          + "  - {name: House manager, kind: hours, scope: core, staff: support-worker, hoursPerWeek: 5}\n"
          + "  - {name: Outings, kind: hours, scope: shared, users: [C, A], staff: support-worker, band: weekend, hoursPerWeek: 4.5, staffCount: 1}\n"
          + "  - {name: Vehicle, kind: fixed, scope: shared, users: [C, A], weekly: \"10.01\"}\n"
          + "  - {name: \"A's 1:1\", kind: hours, scope: personal, person: A, staff: support-worker, hoursPerWeek: 10}\n"
          + "  - {name: \"B's waking night\", kind: waking-night, scope: personal, person: B, hoursPerNight: 9.5, nightsPerWeek: 7}\n"
          + "  - {name: \"C's day centre\", kind: sessions, scope: personal, person: C, session: day-centre, perWeek: 2}\n"
          + "  - {name: Mileage, kind: mileage, scope: shared, users: [A, B], milesPerWeek: 33.3}\n"
          + "  - {name: \"C's adapted bath\", kind: one-off, scope: personal, person: C, amount: \"5000.00\", years: 3}\n";

  static List<String> rateProblems(String source, String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.readRates(source, content));
    LocatedErrors.assertEveryProblemLocated(source, e);
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  static List<String> planProblems(String source, String content) {
    RuleFileException e = assertThrows(RuleFileException.class, () -> READER.readPlan(source, content));
    LocatedErrors.assertEveryProblemLocated(source, e);
    return e.problems().stream().map(RuleFileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void readsRatesAndAPlanAndCostsThemAsWorkedByHand() throws Exception {
    Path ratesFile = Files.writeString(dir.resolve("rates.yaml"), RATES);
    Rates rates = READER.readRates(ratesFile);
    assertEquals("Hand", rates.name());
    assertEquals(RoundingMode.HALF_UP, rates.rounding());
    assertEquals(PeriodConversion.WEEKS_52, rates.weeksPerYear());
    // The built-up staff type of BuildUpTest: 12.71 x 1.2507 / 0.75 = 21.195196 -> £21.20.
    assertEquals(OverheadMethod.MARGIN, rates.versions().get(0).staff().get("built").buildUp().orElseThrow().method());
    assertEquals(Money.parse("21.20"), rates.inForce(LocalDate.of(2026, 6, 1)).hourly("built").rate());
    CostPlan plan = READER.readPlan("plan.yaml", new ByteArrayInputStream(PLAN.getBytes(StandardCharsets.UTF_8)));
    Costing c = plan.cost(rates, LocalDate.of(2026, 6, 1));
    // As worked in ras-core's CostingTest: 2696.25 a week; A 546.70, B 1687.31, C 462.24.
    assertEquals(Money.parse("2696.25"), c.weekly());
    assertEquals(
        List.of("546.70", "1687.31", "462.24"),
        c.people().stream().map(p -> p.weekly().toPlainString()).collect(Collectors.toList()));
    assertEquals(List.of(PersonId.of("C"), PersonId.of("A")), plan.lines().get(2).paidBy().users());
    assertEquals(List.of("safety"), plan.lines().get(0).needs());
    assertEquals(List.of(), plan.lines().get(1).needs());
  }

  @Test
  void readsTheSameRatesFromJson() {
    String json =
        "{\"rates\": \"J\", \"rounding\": \"down\", \"weeksPerYear\": \"365/7\", \"versions\": [{\"from\": \"2026-04-01\","
            + " \"to\": \"2027-03-31\", \"staff\": [{\"name\": \"s\", \"hourly\": 20}]}]}";
    Rates r = READER.readRates("r.json", json);
    assertEquals(PeriodConversion.DAYS_365, r.weeksPerYear());
    assertEquals(RoundingMode.DOWN, r.rounding());
  }

  @Test
  void everyStructuralProblemOfARateFileIsLocated() {
    String bad =
        "rates: Bad\n"
            + "rounding: nearest\n"
            + "weeksPerYear: 53\n"
            + "versions:\n"
            + "  - from: 2026-04-31\n"
            + "    to: 2027-03-31\n"
            + "    staff:\n"
            + "      - name: sw\n"
            + "        hourly: \"20.001\"\n"
            + "      - name: both\n"
            + "        hourly: 1\n"
            + "        buildUp: {pay: 1, overheads: 0, surplus: 0, method: margin}\n"
            + "      - name: built\n"
            + "        buildUp: {pay: 1, overheads: 0, surplus: 0, method: profit, onCost: []}\n"
            + "    bands:\n"
            + "      - {name: weekend}\n";
    assertEquals(
        List.of(
            "bad.yaml:2:11 rounding: 'nearest' is not a rounding mode; expected HALF_UP or HALF_EVEN or HALF_DOWN or UP or DOWN or CEILING or FLOOR",
            "bad.yaml:3:15 weeksPerYear: expected weeks a year 52 or 365/7 or 365.25/7, found the number 53",
            "bad.yaml:5:11 versions[0].from: '2026-04-31' is not a date of the calendar",
            "bad.yaml:9:17 versions[0].staff[0].hourly: 20.001 has a fraction of a penny; amounts are pounds with at most 2 decimals",
            "bad.yaml:10:9 versions[0].staff[1]: give either hourly or buildUp, not both",
            "bad.yaml:14:61 versions[0].staff[2].buildUp.method: 'profit' is not a method; expected markup or margin",
            "bad.yaml:14:69 versions[0].staff[2].buildUp.onCost: unknown field 'onCost'; did you mean 'onCosts'?",
            "bad.yaml:16:9 versions[0].bands[0]: missing the band's effect: give multiplier (such as 1.5) or plus (an amount an hour)"),
        rateProblems("bad.yaml", bad));
  }

  @Test
  void theCoresChecksOfARateFileAreLocatedAtTheirFields() {
    String bad =
        "rates: Bad\n"
            + "rounding: HALF_UP\n"
            + "weeksPerYear: 52\n"
            + "versions:\n"
            + "  - from: 2026-04-01\n"
            + "    to: 2027-03-31\n"
            + "    staff:\n"
            + "      - name: sw\n"
            + "        buildUp: {pay: 12.71, overheads: 60, surplus: 40, method: margin}\n"
            + "    wakingNight: {staff: nurse}\n"
            + "  - from: 2027-01-01\n"
            + "    to: 2028-03-31\n"
            + "    staff: [{name: sw, hourly: 20}]\n";
    assertEquals(
        List.of(
            "bad.yaml:9:55 versions[0].staff[0].buildUp.surplus: with the margin method overheads and surplus are shares of the rate; together they may be at most 90%, were 100%",
            "bad.yaml:10:26 versions[0].wakingNight.staff: unknown staff type \"nurse\"; expected one of sw"),
        rateProblems("bad.yaml", bad));
    String overlapping = bad.replace("overheads: 60, surplus: 40", "overheads: 20, surplus: 5").replace("{staff: nurse}", "{staff: sw}");
    assertEquals(
        List.of(
            "bad.yaml:11:11 versions[1].from: versions[1] (2027-01-01 to 2028-03-31) overlaps versions[0] (2026-04-01 to 2027-03-31) from 2027-01-01; each day may be in one version only"),
        rateProblems("bad.yaml", overlapping));
  }

  static final String EMPLOYER =
      "    employerCosts:\n"
          + "      holidayPercent: 12.07\n"
          + "      nationalInsurance: {percent: 15, threshold: \"5000.00\", employmentAllowance: \"10500.00\"}\n"
          + "      pension: {percent: 3, lower: \"6240.00\", upper: \"50270.00\"}\n"
          + "      liabilityInsurance: \"150.00\"\n"
          + "      payroll: \"200.00\"\n";

  @Test
  void readsAPersonalAssistantsEmployerCosts() {
    Rates r = READER.readRates("rates.yaml", RATES + EMPLOYER);
    uk.ras.costing.EmployerCosts e = r.versions().get(0).employerCosts().orElseThrow();
    assertEquals(0, new java.math.BigDecimal("12.07").compareTo(e.holidayPercent()));
    assertEquals(Money.parse("5000.00"), e.niThreshold());
    assertEquals(Money.parse("10500.00"), e.employmentAllowance());
    assertEquals(Money.parse("50270.00"), e.pensionUpper());
    assertEquals(Money.parse("200.00"), e.payroll());
    assertEquals(java.util.Optional.empty(), READER.readRates("rates.yaml", RATES).versions().get(0).employerCosts());
  }

  @Test
  void everyProblemOfTheEmployerCostsIsLocated() {
    String bad =
        RATES
            + "    employerCosts:\n"
            + "      holidayPercent: 101\n"
            + "      nationalInsurance: {percent: 15, threshold: lots}\n"
            + "      pension: {percent: 3, lower: \"50270.00\", upper: \"6240.00\"}\n"
            + "      payrol: \"200.00\"\n";
    // The structure first: every missing, unknown or malformed field; the range of holidayPercent is
    // the core's to check once the structure is sound.
    assertEquals(
        List.of(
            "bad.yaml:29:7 versions[0].employerCosts.liabilityInsurance: missing required field 'liabilityInsurance'",
            "bad.yaml:29:7 versions[0].employerCosts.payroll: missing required field 'payroll'",
            "bad.yaml:30:26 versions[0].employerCosts.nationalInsurance.employmentAllowance: missing required field 'employmentAllowance'",
            "bad.yaml:30:51 versions[0].employerCosts.nationalInsurance.threshold: 'lots' is not an amount; expected pounds such as \"1015.00\"",
            "bad.yaml:32:7 versions[0].employerCosts.payrol: unknown field 'payrol'; did you mean 'payroll'?"),
        rateProblems("bad.yaml", bad));
    String meaning =
        RATES
            + EMPLOYER.replace("holidayPercent: 12.07", "holidayPercent: 101").replace("lower: \"6240.00\", upper: \"50270.00\"", "lower: \"50270.00\", upper: \"6240.00\"");
    assertEquals(
        List.of(
            "bad.yaml:29:23 versions[0].employerCosts.holidayPercent: must be from 0% to 100%, was 101%",
            "bad.yaml:31:55 versions[0].employerCosts.pension.upper: £6,240.00 is below the lower limit £50,270.00"),
        rateProblems("bad.yaml", meaning));
  }

  @Test
  void unnecessaryRoundingIsRefusedWithItsReason() {
    assertEquals(
        List.of(
            "r.yaml:2:11 rounding: UNNECESSARY is not allowed: nearly every built-up or banded rate needs rounding;"
                + " expected HALF_UP, HALF_EVEN, HALF_DOWN, UP, DOWN, CEILING or FLOOR"),
        rateProblems("r.yaml", RATES.replace("rounding: HALF_UP", "rounding: unnecessary")));
  }

  @Test
  void everyProblemOfAPlanFileIsLocated() {
    String bad =
        "plan: Bad\n"
            + "people: [A, B]\n"
            + "lines:\n"
            + "  - {name: x, kind: hours, scope: core, users: [A], staff: sw, hoursPerWeek: 200}\n"
            + "  - {name: y, kind: naps, scope: core}\n"
            + "  - {name: z, kind: sleep-in, scope: shared, nightsPerWeek: 7, years: 2}\n"
            + "  - {name: w, kind: fixed, scope: personal, person: Q, weekly: \"1.00\"}\n";
    assertEquals(
        List.of(
            "bad.yaml:4:41 lines[0].users: not allowed for a core line: core lines are paid by everyone in the plan",
            "bad.yaml:5:21 lines[1].kind: 'naps' is not a kind of line; expected hours or sleep-in or waking-night or sessions or mileage or fixed or one-off",
            "bad.yaml:6:5 lines[2].users: missing required field 'users': a shared line lists the people who use it",
            "bad.yaml:6:64 lines[2].years: not used by a sleep-in line; its fields are nightsPerWeek"),
        planProblems("bad.yaml", bad));
    String meaning = "plan: Bad\npeople: [A, A]\nlines:\n  - {name: w, kind: fixed, scope: personal, person: Q, weekly: \"1.00\"}\n"
        + "  - {name: h, kind: hours, scope: shared, users: [A], staff: sw, hoursPerWeek: 200, staffCount: 0}\n";
    assertEquals(
        List.of(
            "bad.yaml:2:13 people[1]: duplicate person \"A\" (also people[0])",
            "bad.yaml:4:53 lines[0].person: unknown person \"Q\"; expected one of A",
            "bad.yaml:5:80 lines[1].hoursPerWeek: must be from 0 to 168, was 200",
            "bad.yaml:5:97 lines[1].staffCount: the staff count must be from 1 to 20, was 0"),
        planProblems("bad.yaml", meaning));
  }

  @Test
  void anythingButAFileOfTheRightShapeIsRefusedWithoutAStackTrace() {
    for (String content : List.of("", "[]", "rates: [1]", "{", "plan: x\npeople: {}\nlines: 3", "- - -", "rates: x\nrates: y")) {
      assertThrows(RuleFileException.class, () -> READER.readRates("x.yaml", content));
      assertThrows(RuleFileException.class, () -> READER.readPlan("x.yaml", content));
    }
  }
}
