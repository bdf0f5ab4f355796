package uk.ras.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.ValueContract.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.PersonId;
import uk.ras.costing.CostPlan;
import uk.ras.costing.Costing;
import uk.ras.costing.PaidBy;
import uk.ras.costing.PlanLine;
import uk.ras.costing.RateVersion;
import uk.ras.costing.Rates;
import uk.ras.costing.StaffRate;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.AnswerOption;
import uk.ras.ruleset.Domain;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.OptionId;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.Pricing;
import uk.ras.ruleset.Question;
import uk.ras.ruleset.QuestionId;
import uk.ras.ruleset.RuleSet;

/** Three people's RAS and cost figures side by side, worked by hand. */
class ComparisonTest {
  static final PersonId A = PersonId.of("A");
  static final PersonId B = PersonId.of("B");
  static final PersonId C = PersonId.of("C");

  static Money m(String pounds) {
    return Money.parse(pounds);
  }

  static AnswerOption option(String id, int points) {
    return AnswerOption.builder().id(OptionId.of(id)).label(id).points(points).build();
  }

  /** Two domains, £5.00 a point, no contingency, floor or ceiling. */
  static Calculator calculator() {
    RuleSet rules =
        RuleSet.builder()
            .id("cmp")
            .name("Comparison test")
            .version("1")
            .effectiveFrom(LocalDate.of(2026, 4, 1))
            .addDomains(
                Domain.builder()
                    .id(DomainId.of("personal_care"))
                    .name("Personal care")
                    .addQuestions(
                        Question.builder().id(QuestionId.of("pc")).text("Personal care")
                            .addOptions(option("none", 0), option("some", 3), option("all", 8)).build())
                    .build(),
                Domain.builder()
                    .id(DomainId.of("safety"))
                    .name("Safety")
                    .addQuestions(
                        Question.builder().id(QuestionId.of("sf")).text("Safety")
                            .addOptions(option("none", 0), option("some", 4), option("high", 8)).build())
                    .build())
            .pricing(Pricing.builder().method(PricePerPoint.of(new BigDecimal("5.00"))).contingencyPercent(BigDecimal.ZERO).build())
            .build();
    return Calculator.compile(rules);
  }

  /** Each person's points x £5.00. */
  static List<Budget> budgets() {
    Calculator c = calculator();
    // A: some (3) + some (4) = 7 points -> 35.00. B: all (8) + some (4) = 12 -> 60.00. C: some (3) + high (8)
    // = 11 -> 55.00.
    return List.of(
        c.allocate(Assessment.builder("A").answer("pc", "some").answer("sf", "some").build()),
        c.allocate(Assessment.builder("B").answer("pc", "all").answer("sf", "some").build()),
        c.allocate(Assessment.builder("C").answer("pc", "some").answer("sf", "high").build()));
  }

  static Costing costing() {
    RateVersion v =
        RateVersion.builder()
            .inForce(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31))
            .addStaff(StaffRate.hourly("sw", m("20.00")))
            .sleepIn(m("30.00"))
            .build();
    Rates rates = Rates.of("R", RoundingMode.HALF_UP, PeriodConversion.WEEKS_52, List.of(v));
    CostPlan plan =
        CostPlan.builder()
            .name("House")
            .addPerson(A)
            .addPerson(B)
            .addPerson(C)
            .addLine(PlanLine.sleepIns("Sleep-in", PaidBy.everyone(), new BigDecimal("7")).meeting(List.of("safety")))
            .addLine(
                PlanLine.hours("Outings", PaidBy.users(List.of(A, B)), "sw", Optional.empty(), new BigDecimal("3"), 1)
                    .meeting(List.of("personal_care", "safety")))
            .addLine(PlanLine.hours("A 1:1", PaidBy.person(A), "sw", Optional.empty(), BigDecimal.ONE, 1).meeting(List.of("personal_care")))
            .addLine(PlanLine.hours("B 1:1", PaidBy.person(B), "sw", Optional.empty(), new BigDecimal("2"), 1).meeting(List.of("personal_care")))
            .addLine(PlanLine.fixed("C's kit", PaidBy.person(C), m("0.01")))
            .build();
    return plan.cost(rates, LocalDate.of(2026, 6, 1));
  }

  @Test
  void eachPersonsFiguresAreSetSideBySideAsWorkedByHand() {
    // Costs: sleep-in 7 x 30.00 = 210.00 -> 70.00 each; outings 3 x 20.00 = 60.00 -> 30.00 for A and B;
    // A 70 + 30 + 20 = 120.00; B 70 + 30 + 40 = 140.00; C 70 + 0.01 = 70.01.
    // Differences: A 120.00 - 35.00 = 85.00, / 35.00 = 242.857% -> 242.9%; B 80.00 / 60.00 = 133.333% ->
    // 133.3%; C 15.01 / 55.00 = 27.2909% -> 27.3%.
    ComparisonResult r = Comparison.of(budgets(), List.of(costing()), BigDecimal.TEN);
    List<PersonComparison> p = r.people();
    assertEquals(List.of(7, 12, 11), p.stream().map(PersonComparison::points).toList());
    assertEquals(List.of(m("35.00"), m("60.00"), m("55.00")), p.stream().map(PersonComparison::ras).toList());
    assertEquals(List.of(m("120.00"), m("140.00"), m("70.01")), p.stream().map(PersonComparison::cost).toList());
    assertEquals(List.of(m("85.00"), m("80.00"), m("15.01")), p.stream().map(PersonComparison::difference).toList());
    assertEquals(
        List.of("242.9", "133.3", "27.3"),
        p.stream().map(x -> x.differencePercent().orElseThrow().toPlainString()).toList());
    assertEquals(0, r.withinTolerance());
    assertEquals(m("150.00"), r.rasTotal());
    assertEquals(m("330.01"), r.costTotal());
    // Needs: A safety 70.00 + 15.00 = 85.00, personal care 15.00 + 20.00 = 35.00; B safety 85.00, personal
    // care 15.00 + 40.00 = 55.00; C safety 70.00 (the kit records no need).
    assertEquals(List.of(new NeedSpend("safety", m("85.00")), new NeedSpend("personal_care", m("35.00"))), p.get(0).needs());
    assertEquals(List.of(new NeedSpend("safety", m("85.00")), new NeedSpend("personal_care", m("55.00"))), p.get(1).needs());
    assertEquals(List.of(new NeedSpend("safety", m("70.00"))), p.get(2).needs());
    assertEquals(List.of(A, B, C), r.byDifference().stream().map(PersonComparison::person).toList());
  }

  @Test
  void theToleranceIsComparedExactlyEitherWay() {
    // C: 15.01 against 27.29% of 55.00 = 15.0095 (outside) and 27.3% of 55.00 = 15.015 (inside).
    assertFalse(Comparison.of(budgets(), List.of(costing()), new BigDecimal("27.29")).people().get(2).withinTolerance());
    assertTrue(Comparison.of(budgets(), List.of(costing()), new BigDecimal("27.3")).people().get(2).withinTolerance());
    // The cost figure is never capped: with any tolerance it is the costing's.
    assertEquals(m("140.00"), Comparison.of(budgets(), List.of(costing()), BigDecimal.ZERO).people().get(1).cost());
  }

  @Test
  void pointsAndCostAreCorrelatedAsWorkedByHand() {
    // Points 7, 12, 11 (mean 10); cost 120.00, 140.00, 70.01 (mean 110.003333).
    // Sxx = 9 + 4 + 1 = 14; Sxy = -3 x 9.996667 + 2 x 29.996667 + 1 x -39.993333 = -9.99;
    // Syy = 99.9334 + 899.8000 + 1599.4667 = 2599.2001; r = -9.99 / sqrt(14 x 2599.2001) = -0.05237;
    // slope = -9.99 / 14 = -0.713571; intercept = 110.003333 + 7.135714 = 117.139048.
    PointsPrediction p = Comparison.of(budgets(), List.of(costing()), BigDecimal.TEN).prediction().orElseThrow();
    assertEquals(3, p.count());
    assertEquals(-0.05237, p.correlation(), 0.00001);
    assertEquals(-0.713571, p.slope(), 0.000001);
    assertEquals(117.139048, p.intercept(), 0.000001);
    assertEquals(0.0027426, p.rSquared(), 0.0000001);
  }

  @Test
  void tooFewPeopleFitNoLineAndTheUnmatchedAreListed() {
    List<Budget> two = budgets().subList(0, 2);
    ComparisonResult r = Comparison.of(two, List.of(costing()), BigDecimal.TEN);
    assertEquals(List.of(C), r.costedNotAssessed());
    assertTrue(r.prediction().isEmpty());
    assertTrue(r.explanation().contains("Points and cost: no line fitted: it needs at least 3 people with both figures."));
    assertTrue(r.explanation().contains("In a plan but not assessed: C."));
    ComparisonResult none = Comparison.of(budgets(), List.of(), BigDecimal.TEN);
    assertEquals(List.of(A, B, C), none.assessedNotCosted());
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(budgets(), List.of(costing(), costing()), BigDecimal.TEN));
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(budgets(), List.of(costing()), new BigDecimal("-1")));
  }

  @Test
  void theExplanationSaysEveryFigure() {
    List<String> e = Comparison.of(budgets(), List.of(costing()), BigDecimal.TEN).explanation();
    assertEquals(
        List.of(
            "3 people: RAS £150.00 a week, cost £330.01, difference £180.01; 0 within the tolerance of 10%. The cost figure is reported as costed, never capped at the RAS figure.",
            "Points and cost: correlation -0.05; points account for 0% of the spread of cost (r squared 0.00); the fitted line is cost = 117.14 + -0.71 x points a week.",
            "A (House, 7 points): RAS £35.00, cost £120.00, difference £85.00 (+242.9%), outside tolerance; the plan spends most on safety £85.00, personal_care £35.00.",
            "B (House, 12 points): RAS £60.00, cost £140.00, difference £80.00 (+133.3%), outside tolerance; the plan spends most on safety £85.00, personal_care £55.00.",
            "C (House, 11 points): RAS £55.00, cost £70.01, difference £15.01 (+27.3%), outside tolerance; the plan spends most on safety £70.00."),
        e);
  }

  @Test
  void theResultsAreValues() {
    check(
        new NeedSpend("safety", m("85.00")),
        new NeedSpend("safety", m("85.00")),
        "NeedSpend[domain=safety, weekly=£85.00]",
        new NeedSpend("housing", m("85.00")),
        new NeedSpend("safety", m("85.01")));
    List<NeedSpend> needs = List.of(new NeedSpend("safety", m("85.00")));
    Optional<BigDecimal> pct = Optional.of(new BigDecimal("10.0"));
    check(
        new PersonComparison(A, "House", 7, m("10.00"), m("11.00"), pct, true, needs),
        new PersonComparison(A, "House", 7, m("10.00"), m("11.00"), Optional.of(new BigDecimal("10.0")), true, List.copyOf(needs)),
        "PersonComparison[person=A, plan=House, points=7, ras=£10.00, cost=£11.00, differencePercent=10.0, withinTolerance=true, needs=[NeedSpend[domain=safety, weekly=£85.00]]]",
        new PersonComparison(B, "House", 7, m("10.00"), m("11.00"), pct, true, needs),
        new PersonComparison(A, "Flat", 7, m("10.00"), m("11.00"), pct, true, needs),
        new PersonComparison(A, "House", 8, m("10.00"), m("11.00"), pct, true, needs),
        new PersonComparison(A, "House", 7, m("10.01"), m("11.00"), pct, true, needs),
        new PersonComparison(A, "House", 7, m("10.00"), m("11.01"), pct, true, needs),
        new PersonComparison(A, "House", 7, m("10.00"), m("11.00"), Optional.of(new BigDecimal("10.1")), true, needs),
        new PersonComparison(A, "House", 7, m("10.00"), m("11.00"), pct, false, needs),
        new PersonComparison(A, "House", 7, m("10.00"), m("11.00"), pct, true, List.of()));
    check(
        new PointsPrediction(3, 0.5, 2.0, 1.0),
        new PointsPrediction(3, 0.5, 2.0, 1.0),
        "PointsPrediction[count=3, correlation=0.5, slope=2.0, intercept=1.0]",
        new PointsPrediction(4, 0.5, 2.0, 1.0),
        new PointsPrediction(3, 0.6, 2.0, 1.0),
        new PointsPrediction(3, 0.5, 2.5, 1.0),
        new PointsPrediction(3, 0.5, 2.0, 1.5));
  }
}
