package uk.ras.allocation;

import uk.ras.pricing.AmountStep;
import uk.ras.pricing.BudgetFlag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.AssessmentProblem;
import uk.ras.assessment.InvalidAssessmentException;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;
import uk.ras.ruleset.InvalidRuleSetException;

/** The stories of the pipeline, each worked out by hand from {@link Testshire}. */
class CalculatorTest {
  private final Calculator calculator = Calculator.compile(Testshire.rules());

  /** Personal care 6 + 5 = 11, capped at 10, half met by family; safety 4. */
  private static final Assessment STORY =
      Assessment.builder("P1")
          .answer("pc_wash", "all")
          .answer("pc_dress", "all")
          .answer("sf_home", "some")
          .answer("informal", "half")
          .build();

  private static Assessment.Builder person(String id) {
    return Assessment.builder(id);
  }

  @Test
  void capThenInformalSupportThenPriceContingencyAndAnnual() {
    // personal care 6 + 5 = 11, capped at 10, half met by family: round(10 * 0.5) = 5
    // safety 4 -> total 9 points; 9 * £5.00 = £45.00; 10% contingency £4.50 -> £40.50; x 52 = £2,106.00
    Budget budget =
        calculator.allocate(STORY);
    assertEquals(
        List.of(
            new DomainPoints(DomainId.of("personal_care"), 5),
            new DomainPoints(DomainId.of("safety"), 4)),
        budget.domains());
    assertEquals(9, budget.totalPoints());
    assertEquals(Money.ofPence(40_50), budget.weekly());
    assertEquals(Money.ofPence(2_106_00), budget.annual());
    assertEquals(Set.of(), budget.flags());
    assertEquals("testshire 1", budget.ruleSetLabel());
  }

  @Test
  void aDomainWorthHundredsOfPointsReportsThemAll() {
    // Domain points up to 255 are made once per rule set; larger ones must come out just the same.
    RuleSet rules =
        Testshire.withDomain(
            "big",
            "big_q",
            true,
            Testshire.option("none", "None", 0),
            Testshire.option("edge", "Just past the shared values", 256),
            Testshire.option("huge", "Huge", 300));
    Calculator big = Calculator.compile(rules);
    for (String answer : List.of("none", "edge", "huge")) {
      Budget budget = big.allocate(Assessment.builder("P1")
          .answer("pc_wash", "all")
          .answer("pc_dress", "all")
          .answer("sf_home", "some")
          .answer("informal", "half")
          .answer("big_q", answer)
          .build());
      int bigPoints = answer.equals("huge") ? 300 : answer.equals("edge") ? 256 : 0;
      assertEquals(
          List.of(
              new DomainPoints(DomainId.of("personal_care"), 5),
              new DomainPoints(DomainId.of("safety"), 4),
              new DomainPoints(DomainId.of("big"), bigPoints)),
          budget.domains());
      assertEquals(9 + bigPoints, budget.totalPoints());
    }
  }

  @Test
  void explanationReadsAsPlainEnglish() {
    Budget budget =
        calculator.allocate(STORY);
    String expected =
        String.join(
            "\n",
            "Budget for P1 under testshire 1 (in force from 2026-04-01)",
            "",
            "Answers",
            "  Personal care: Washing: \"All\" scores 6 points",
            "  Personal care: Dressing: \"All\" scores 5 points",
            "  Safety: Using the home safely: \"Some\" scores 4 points",
            "  sf_night: not answered (optional), scores 0 points",
            "  Informal support: \"About half\": family and friends meet 50% of need",
            "",
            "Points by domain",
            "  Personal care: 11 points, capped at 10, less 50% met by informal support = 5 points",
            "  Safety: 4 points",
            "  Total: 9 points",
            "",
            "Money per week",
            "  9 points at £5.00 per point = £45.00",
            "  less contingency of 10% held back for exceptions: -£4.50 = £40.50",
            "  floor of £20.00 not needed",
            "  within the ceiling of £80.00",
            "",
            "Weekly budget: £40.50",
            "Annual budget: £40.50 x 52 weeks = £2,106.00",
            "");
    assertEquals(expected, budget.explanation().orElseThrow().toText());
  }

  @Test
  void explanationTracesEveryFigure() {
    Explanation e =
        calculator
            .allocate(STORY)
            .explanation()
            .orElseThrow();
    DomainTrace care = e.domains().get(0);
    assertEquals(11, care.rawPoints());
    assertEquals(OptionalInt.of(10), care.cap());
    assertEquals(10, care.cappedPoints());
    assertEquals(0, new BigDecimal("0.5").compareTo(care.informalShare()));
    assertEquals(5, care.points());
    assertTrue(care.capApplied());
    // Informal support does not apply to safety.
    assertEquals(BigDecimal.ZERO, e.domains().get(1).informalShare());
    assertEquals(
        List.of("pricing.pricePerPoint", "pricing.contingencyPercent", "pricing.floor", "pricing.ceiling"),
        e.steps().stream().map(AmountStep::rule).toList());
    assertEquals(Money.ofPence(-4_50), e.steps().get(1).change());
  }

  @Test
  void figuresOnlySkipsTheExplanationButNotTheFigures() {
    Assessment a = person("P1").answer("pc_wash", "some").answer("pc_dress", "none").answer("sf_home", "high").build();
    Budget fast = calculator.allocate(a, Detail.FIGURES);
    Budget full = calculator.allocate(a, Detail.EXPLAINED);
    assertTrue(fast.explanation().isEmpty());
    assertEquals(full, fast);
  }

  @Test
  void floorRaisesSmallBudgetsButNotZeroNeed() {
    // 3 points * £5.00 = £15.00, less £1.50 = £13.50, raised to the £20.00 floor.
    Budget small = calculator.allocate(person("P2").answer("pc_wash", "some").answer("pc_dress", "none").answer("sf_home", "none").build());
    assertEquals(Money.ofPence(20_00), small.weekly());
    assertEquals(Set.of(BudgetFlag.FLOOR_APPLIED), small.flags());
    Budget none = calculator.allocate(person("P3").answer("pc_wash", "none").answer("pc_dress", "none").answer("sf_home", "none").build());
    assertEquals(Money.zero(), none.weekly());
    assertEquals(Set.of(), none.flags());
  }

  @Test
  void aboveTheCeilingIsReferredUncappedOrCappedByPolicy() {
    // 10 (capped) + 8 + 3 = 21 points * £5.00 = £105.00, less £10.50 = £94.50, above £80.00.
    Assessment high =
        person("P4").answer("pc_wash", "all").answer("pc_dress", "all").answer("sf_home", "high").answer("sf_night", "yes").build();
    Budget referred = calculator.allocate(high);
    assertEquals(Money.ofPence(94_50), referred.weekly());
    assertEquals(Set.of(BudgetFlag.REFERRED_TO_PANEL), referred.flags());

    Calculator capping = Calculator.compile(Testshire.builder().pricing(Testshire.pricing(CeilingPolicy.CAP)).build());
    Budget capped = capping.allocate(high);
    assertEquals(Money.ofPence(80_00), capped.weekly());
    assertEquals(Set.of(BudgetFlag.CEILING_APPLIED), capped.flags());
    assertEquals(Money.ofPence(80_00 * 52), capped.annual());
  }

  @Test
  void bandingPricesEachTotalByItsBand() {
    Pricing bands =
        Pricing.builder()
            .method(
                Banding.builder()
                    .addBands(
                        Band.of(0, OptionalInt.of(4), Money.ofPence(0)),
                        Band.of(5, OptionalInt.of(9), Money.ofPence(50_00)),
                        Band.of(10, OptionalInt.empty(), Money.ofPence(120_00)))
                    .build())
            .build();
    Calculator banded = Calculator.compile(Testshire.builder().pricing(bands).build());
    assertEquals(Money.zero(), banded.allocate(person("A").answer("pc_wash", "none").answer("pc_dress", "some").answer("sf_home", "none").build()).weekly());
    // 3 + 2 = 5 points: the cliff edge into the second band.
    Budget five = banded.allocate(person("B").answer("pc_wash", "some").answer("pc_dress", "some").answer("sf_home", "none").build());
    assertEquals(Money.ofPence(50_00), five.weekly());
    assertEquals(
        "5 points fall in the band 5-9 points, worth £50.00",
        five.explanation().orElseThrow().steps().get(0).description());
    assertEquals(Money.ofPence(120_00), banded.allocate(person("C").answer("pc_wash", "all").answer("pc_dress", "all").answer("sf_home", "high").build()).weekly());
  }

  @Test
  void interpolationIsLinearBetweenKnotsAndFlatBeyondTheLast() {
    Pricing knots =
        Pricing.builder()
            .method(
                Interpolation.builder()
                    .addPoints(
                        InterpolationPoint.of(0, Money.zero()),
                        InterpolationPoint.of(10, Money.ofPence(100_00)),
                        InterpolationPoint.of(16, Money.ofPence(130_00)))
                    .build())
            .build();
    Calculator c = Calculator.compile(Testshire.builder().pricing(knots).build());
    // 3 points: 3/10 of £100.00 = £30.00
    assertEquals(Money.ofPence(30_00), c.allocate(person("A").answer("pc_wash", "some").answer("pc_dress", "none").answer("sf_home", "none").build()).weekly());
    // 14 points (10 capped + 4): £100.00 + 4/6 of £30.00 = £120.00
    assertEquals(Money.ofPence(120_00), c.allocate(person("B").answer("pc_wash", "all").answer("pc_dress", "all").answer("sf_home", "some").build()).weekly());
    // 13 points (6 + 4 + 3): £100.00 + 3/6 of £30.00 = £115.00
    assertEquals(Money.ofPence(115_00), c.allocate(person("C").answer("pc_wash", "all").answer("pc_dress", "none").answer("sf_home", "some").answer("sf_night", "yes").build()).weekly());
    // 10 points, exactly on a knot
    assertEquals(Money.ofPence(100_00), c.allocate(person("E").answer("pc_wash", "all").answer("pc_dress", "none").answer("sf_home", "some").build()).weekly());
    // 21 points, beyond the last knot at 16: flat at £130.00
    assertEquals(Money.ofPence(130_00), c.allocate(person("D").answer("pc_wash", "all").answer("pc_dress", "all").answer("sf_home", "high").answer("sf_night", "yes").build()).weekly());
  }

  @Test
  void interpolationRoundsTheFractionOfAPennyWithTheRuleSetMode() {
    Pricing knots =
        Pricing.builder()
            .method(
                Interpolation.builder()
                    .addPoints(InterpolationPoint.of(0, Money.zero()), InterpolationPoint.of(16, Money.ofPence(1_00)))
                    .build())
            .build();
    Calculator c = Calculator.compile(Testshire.builder().pricing(knots).build());
    // 6 points: 6/16 of 100p = 37.5p -> HALF_UP -> 38p
    assertEquals(Money.ofPence(38), c.allocate(person("A").answer("pc_wash", "all").answer("pc_dress", "none").answer("sf_home", "none").build()).weekly());
  }

  @Test
  void invalidAssessmentNamesPersonQuestionAndValueAndListsEveryProblem() {
    Assessment bad =
        person("P9").answer("pc_wash", "sometimes").answer("shoe_size", "9").answer("sf_home", "some").build();
    InvalidAssessmentException e = assertThrows(InvalidAssessmentException.class, () -> calculator.allocate(bad));
    assertEquals("P9", e.person().value());
    assertEquals(
        List.of(AssessmentProblem.Kind.UNKNOWN_OPTION, AssessmentProblem.Kind.UNKNOWN_QUESTION, AssessmentProblem.Kind.MISSING_ANSWER),
        e.problems().stream().map(AssessmentProblem::kind).toList());
    assertEquals(
        "Assessment of P9 cannot be allocated under testshire 1: "
            + "question 'pc_wash' has no option 'sometimes'; expected one of [none, some, all]; "
            + "unknown question 'shoe_size' (answered '9'); "
            + "required question 'pc_dress' is not answered",
        e.getMessage());
  }

  @Test
  void optionalQuestionsMayBeLeftOut() {
    Budget b = calculator.allocate(person("P5").answer("pc_wash", "none").answer("pc_dress", "none").answer("sf_home", "some").build());
    assertEquals(4, b.totalPoints());
    assertEquals(List.of(uk.ras.ruleset.QuestionId.of("sf_night")), b.explanation().orElseThrow().unanswered());
  }

  @Test
  void annualConversionIsTheRuleSetsOwn() {
    Calculator days = Calculator.compile(Testshire.builder().weeksPerYear(PeriodConversion.DAYS_365).build());
    Budget b = days.allocate(STORY);
    // £40.50 * 365 / 7 = £2,111.7857... -> HALF_UP -> £2,111.79
    assertEquals(Money.ofPence(2_111_79), b.annual());
    assertTrue(b.explanation().orElseThrow().toText().contains("Annual budget: £40.50 x 365/7 weeks = £2,111.79"));
  }

  @Test
  void answerSheetsAreBoundToTheirCalculator() {
    Assessment a = person("P1").answer("pc_wash", "all").answer("pc_dress", "all").answer("sf_home", "some").build();
    AnswerSheet sheet = calculator.encode(a);
    Calculator other = Calculator.compile(Testshire.rules());
    assertThrows(IllegalArgumentException.class, () -> other.allocate(sheet, Detail.FIGURES));
    assertEquals(calculator.allocate(a, Detail.FIGURES), calculator.allocate(sheet, Detail.FIGURES));
  }

  @Test
  void compilingAnInvalidRuleSetListsEveryProblem() {
    InvalidRuleSetException e =
        assertThrows(
            InvalidRuleSetException.class,
            () -> Calculator.compile(Testshire.builder().currency("EUR").rounding(java.math.RoundingMode.UNNECESSARY).build()));
    assertEquals(2, e.problems().size());
    assertEquals(
        "Rule set testshire 1 has 2 problems:\n"
            + "  currency: 'EUR' is not supported; expected GBP\n"
            + "  rounding: UNNECESSARY cannot round money; expected a rounding mode such as HALF_UP",
        e.getMessage());
  }

  @Test
  void questionsAreListedInAssessmentOrder() {
    assertEquals(
        List.of("pc_wash", "pc_dress", "sf_home", "sf_night", "informal"),
        calculator.questions().stream().map(Object::toString).toList());
    assertSame(calculator.ruleSet(), calculator.ruleSet());
    assertFalse(calculator.toString().isEmpty());
    assertEquals(LocalDate.of(2026, 4, 1), calculator.ruleSet().effectiveFrom());
  }
}
