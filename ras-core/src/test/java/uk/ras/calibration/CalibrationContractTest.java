package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.calibration.Caseloads.person;
import static uk.ras.calibration.Caseloads.price;
import static uk.ras.calibration.Caseloads.rules;
import static uk.ras.calibration.Caseloads.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.assessment.Assessment;
import uk.ras.assessment.PersonId;
import uk.ras.calibration.DegenerateDataException.Reason;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.Ceiling;
import uk.ras.ruleset.CeilingPolicy;
import uk.ras.ruleset.Interpolation;
import uk.ras.ruleset.InterpolationPoint;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.RuleSet;

/**
 * The documented ranges of the calibration entry points, each at its exact boundary, and the results that
 * only show with more than one person per group or more than one outlier. Figures worked by hand.
 */
class CalibrationContractTest {
  private static final double EPS = 1e-9;

  @Test
  void anEnvelopeIsMoreThanZeroWithContingencyBelow100AndTakeUpAboveZeroUpToOne() {
    BigDecimal five = BigDecimal.valueOf(5);
    assertEquals(Money.ofPence(1), Envelope.of(Money.ofPence(1), five, BigDecimal.ONE).annual());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Envelope.of(Money.zero(), five, BigDecimal.ONE));
    assertEquals("the envelope must be more than zero, not £0.00", zero.getMessage());

    assertEquals(BigDecimal.ZERO, Envelope.of(Money.parse("100"), BigDecimal.ZERO, BigDecimal.ONE).contingencyPercent());
    Envelope almostAll = Envelope.of(Money.parse("100"), new BigDecimal("99.99"), BigDecimal.ONE);
    assertEquals(new BigDecimal("99.99"), almostAll.contingencyPercent());
    IllegalArgumentException hundred =
        assertThrows(IllegalArgumentException.class, () -> Envelope.of(Money.parse("100"), BigDecimal.valueOf(100), BigDecimal.ONE));
    assertEquals("contingency must be from 0% to less than 100%, not 100%", hundred.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Envelope.of(Money.parse("100"), new BigDecimal("-0.01"), BigDecimal.ONE));

    assertEquals(new BigDecimal("0.01"), Envelope.of(Money.parse("100"), five, new BigDecimal("0.01")).takeUp());
    IllegalArgumentException noTakeUp =
        assertThrows(IllegalArgumentException.class, () -> Envelope.of(Money.parse("100"), five, BigDecimal.ZERO));
    assertEquals("take-up must be more than 0 and at most 1 (100%), not 0", noTakeUp.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Envelope.of(Money.parse("100"), five, new BigDecimal("1.01")));
  }

  @Test
  void assessingRulesPricedPerPointReportsTheirPriceAndABandingTableHasNone() {
    // Totals 10, 20, 30 at £2.00 a point: 60 × £2.00 × 52 = £6,240.00 a year.
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    Envelope envelope = Envelope.of(Money.parse("10000"), BigDecimal.ZERO, BigDecimal.ONE);
    EnvelopeFit perPoint = envelope.assess(rules(40, price("2.00")), s);
    assertEquals(new BigDecimal("2.00"), perPoint.pricePerPoint().orElseThrow());
    assertEquals(Money.parse("6240.00"), perPoint.forecast());
    assertTrue(perPoint.fits());
    assertEquals(
        "£2.00 per point: forecast £6,240.00 of £10,000.00 available, headroom £3,760.00", perPoint.toString());
    // One band of £100 a week for everyone: 3 × £100 × 52 = £15,600, more than the £10,000.
    Banding flat = Banding.builder().addBands(Band.of(0, java.util.OptionalInt.empty(), Money.parse("100"))).build();
    EnvelopeFit banded = envelope.assess(rules(40, flat), s);
    assertTrue(banded.pricePerPoint().isEmpty());
    assertEquals(Money.parse("15600.00"), banded.forecast());
    assertFalse(banded.fits());
  }

  @Test
  void protectionLimitsAreMoreThanZeroUpTo100AndEndInYears1To100() {
    assertEquals(BigDecimal.valueOf(100), TransitionalProtection.limitingFallTo(BigDecimal.valueOf(100)).percentPerYear());
    assertEquals(new BigDecimal("0.01"), TransitionalProtection.limitingFallTo(new BigDecimal("0.01")).percentPerYear());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> TransitionalProtection.limitingFallTo(BigDecimal.ZERO));
    assertEquals("the yearly limit must be more than 0% and at most 100%, not 0%", zero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TransitionalProtection.limitingFallTo(new BigDecimal("100.01")));

    TransitionalProtection ten = TransitionalProtection.limitingFallTo(BigDecimal.TEN);
    assertEquals(100, ten.endYear());
    assertEquals(1, ten.endingAfter(1).endYear());
    assertEquals(100, ten.endingAfter(100).endYear());
    IllegalArgumentException year0 = assertThrows(IllegalArgumentException.class, () -> ten.endingAfter(0));
    assertEquals("the end year must be from 1 to 100, not 0", year0.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ten.endingAfter(101));
  }

  @Test
  void protectionIsCutShortOnlyWhenTheLastStepIsBiggerThanTheYearlyLimit() {
    // £100 → £90 at 10%, ending after year 1: the fall of £10 is exactly the limit, so nothing is cut.
    // £100 → £70 at 10%, ending after year 2: £90, then £20 more in year 2 where £9 was allowed: cut short.
    CostSample s = sample(new int[] {1, 2}, new long[] {10000, 10000});
    TransitionPlan exact =
        TransitionalProtection.limitingFallTo(BigDecimal.TEN)
            .endingAfter(1)
            .plan(List.of(new PersonChange(s.people().get(0), Money.parse("90"))), PeriodConversion.WEEKS_52, RoundingMode.HALF_UP);
    assertEquals(List.of(Money.parse("90")), exact.people().get(0).weeklyByYear());
    assertFalse(exact.people().get(0).cutShort());
    assertEquals(0, exact.cutShortCount());

    TransitionPlan cut =
        TransitionalProtection.limitingFallTo(BigDecimal.TEN)
            .endingAfter(2)
            .plan(
                List.of(
                    new PersonChange(s.people().get(0), Money.parse("70")),
                    new PersonChange(s.people().get(1), Money.parse("95"))),
                PeriodConversion.WEEKS_52,
                RoundingMode.HALF_UP);
    assertTrue(cut.people().get(0).cutShort());
    assertFalse(cut.people().get(1).cutShort());
    assertEquals(1, cut.cutShortCount());
    TransitionPlan.PersonPath first = cut.people().get(0);
    assertEquals(Money.parse("90"), first.weeklyIn(1));
    assertEquals(Money.parse("20"), first.weeklyGrantIn(1));
    assertEquals(Money.parse("70"), first.weeklyIn(5));
    IllegalArgumentException year0 = assertThrows(IllegalArgumentException.class, () -> first.weeklyIn(0));
    assertEquals("years start at 1, not 0", year0.getMessage());
  }

  @Test
  void aPersonCostRefusesNegativePointsAndCostsButTakesZero() {
    PersonId p = PersonId.of("P1");
    PersonCost zero = new PersonCost(p, ClientGroup.NOT_STATED, 0, List.of(0), Money.zero());
    assertEquals(0, zero.totalPoints());
    IllegalArgumentException total =
        assertThrows(IllegalArgumentException.class, () -> new PersonCost(p, ClientGroup.NOT_STATED, -1, List.of(0), Money.zero()));
    assertEquals("P1: total points -1 is negative", total.getMessage());
    IllegalArgumentException domain =
        assertThrows(IllegalArgumentException.class, () -> new PersonCost(p, ClientGroup.NOT_STATED, 1, List.of(1, -1), Money.zero()));
    assertEquals("P1: domain points -1 is negative", domain.getMessage());
    IllegalArgumentException cost =
        assertThrows(IllegalArgumentException.class, () -> new PersonCost(p, ClientGroup.NOT_STATED, 1, List.of(1), Money.ofPence(-1)));
    assertEquals("P1: current weekly cost -£0.01 is negative", cost.getMessage());
  }

  @Test
  void theAccumulatorTakesPeopleWithOnePointsFigurePerDomainAndFromBudgets() {
    CostAccumulator acc = CostAccumulator.forDomains(Caseloads.ONE_DOMAIN);
    assertSame(acc, acc.add(person(1, ClientGroup.OLDER_PEOPLE, 3, 300)));
    IllegalArgumentException wrong =
        assertThrows(
            IllegalArgumentException.class,
            () -> acc.add(new PersonCost(PersonId.of("P2"), ClientGroup.OLDER_PEOPLE, 3, List.of(1, 2), Money.zero())));
    assertEquals("P2 has points for 2 domains, expected 1 [need]", wrong.getMessage());
    assertEquals(1, acc.count());

    // From a budget: option o7 of the calibration rules scores 7 points in domain "need".
    Calculator calculator = Calculator.compile(rules(10, price("1.00")));
    Budget budget = calculator.allocate(Assessment.builder("B1").answer("q", "o7").build());
    assertSame(acc, acc.add(budget, ClientGroup.MENTAL_HEALTH, Money.parse("42.00")));
    CostSample sample = acc.snapshot();
    assertEquals(2, sample.count());
    PersonCost fromBudget = sample.people().get(1);
    assertEquals(PersonId.of("B1"), fromBudget.person());
    assertEquals(7, fromBudget.totalPoints());
    assertEquals(List.of(7), fromBudget.domainPoints());
    assertEquals(Money.parse("42.00"), fromBudget.currentWeekly());
    assertEquals(ClientGroup.MENTAL_HEALTH, fromBudget.group());
    assertEquals(Money.parse("45.00"), sample.currentWeeklyTotal());
    assertEquals(Caseloads.ONE_DOMAIN, sample.domains());

    CostAccumulator other = CostAccumulator.forDomains(List.of(DomainId.of("elsewhere")));
    IllegalArgumentException differ =
        assertThrows(IllegalArgumentException.class, () -> other.add(budget, ClientGroup.MENTAL_HEALTH, Money.zero()));
    assertEquals("B1: the budget's domains differ from [elsewhere]", differ.getMessage());
    CostAccumulator none = CostAccumulator.forDomains(List.of());
    assertThrows(IllegalArgumentException.class, () -> none.add(budget, ClientGroup.MENTAL_HEALTH, Money.zero()));
  }

  @Test
  void percentilesRunFrom0To100AndNeedSomeoneWithPoints() {
    // Costs per point 5, 4, 6, 7 as in CalibrationTest: the 0th percentile is the lowest, 4.00.
    CostSample s = sample(new int[] {2, 3, 5, 1, 0}, new long[] {1000, 1200, 3000, 700, 900});
    assertEquals(new BigDecimal("4.00"), s.costPerPointPercentile(BigDecimal.ZERO, RoundingMode.HALF_UP));
    IllegalArgumentException below =
        assertThrows(IllegalArgumentException.class, () -> s.costPerPointPercentile(new BigDecimal("-0.5"), RoundingMode.HALF_UP));
    assertEquals("percentile must be from 0 to 100, not -0.5", below.getMessage());
    assertThrows(IllegalArgumentException.class, () -> s.costPerPointPercentile(new BigDecimal("100.5"), RoundingMode.HALF_UP));
    DegenerateDataException nobody =
        assertThrows(
            DegenerateDataException.class,
            () -> sample(new int[] {0, 0}, new long[] {100, 200}).costPerPointPercentile(BigDecimal.TEN, RoundingMode.HALF_UP));
    assertEquals(Reason.TOO_FEW_PEOPLE, nobody.reason());
    assertEquals(FitModel.THROUGH_ORIGIN, nobody.model());
    assertEquals(2, nobody.people());
  }

  @Test
  void crossValidationTakesTwoFoldsAndShufflesBySeed() {
    CostSample s =
        sample(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, new long[] {150, 420, 610, 790, 1020, 1200, 1500, 1580, 1830, 2100});
    CrossValidation two = s.crossValidate(FitModel.THROUGH_ORIGIN, 2, 1);
    assertEquals(2, two.folds());
    DegenerateDataException one =
        assertThrows(DegenerateDataException.class, () -> s.crossValidate(FitModel.THROUGH_ORIGIN, 1, 1));
    assertEquals(Reason.TOO_FEW_FOR_FOLDS, one.reason());
    assertEquals("cannot cross-validate 10 people in 1 folds: need 2 to 10 folds", one.getMessage());
    // Different shuffles put different people in the folds, so the errors differ.
    assertNotEquals(
        s.crossValidate(FitModel.THROUGH_ORIGIN, 2, 1).rootMeanSquaredError(),
        s.crossValidate(FitModel.THROUGH_ORIGIN, 2, 2).rootMeanSquaredError());
  }

  @Test
  void groupMeansDivideByTheGroupsCount() {
    // As in CalibrationTest: nine older people at £10 a point (points 1 to 9) and one transition person.
    // b = 2900/286. Older people: mean current (10 + 20 + ... + 90) / 9 = £50, mean predicted 45b / 9 = 5b.
    PointsFit fit = Caseloads.nineOlderPeopleAndOneTransition();
    double b = 2900.0 / 286;
    Map<ClientGroup, GroupResidual> groups = fit.residualsByGroup();
    GroupResidual older = groups.get(ClientGroup.OLDER_PEOPLE);
    assertEquals(9, older.count());
    assertEquals(50, older.meanCurrentWeekly(), EPS);
    assertEquals(5 * b, older.meanPredictedWeekly(), EPS);
    assertEquals(50 - 5 * b, older.meanResidual(), EPS);
    assertEquals(FitModel.THROUGH_ORIGIN, fit.model());
    assertEquals(10, fit.count());
    assertEquals(1, fit.coefficients().size());
    assertEquals(b, fit.predictedWeekly()[0], EPS);
    assertEquals(9 * b, fit.predictedWeekly()[8], EPS);
    assertEquals(4 * b, fit.predictedWeekly(person(99, ClientGroup.NOT_STATED, 4, 0)), EPS);
  }

  @Test
  void outliersComeLargestFirstAndTheThresholdMustBePositive() {
    // Everyone has 1 point, so the fit is the mean cost: 18 at £10, then £0, then £40: mean (180 + 40) / 20
    // = £11. Residuals −1 (×18), −11, +29; SSR = 18 + 121 + 841 = 980; σ = sqrt(980 / 19) ≈ 7.18.
    // z: −11 / 7.18 ≈ −1.53 and 29 / 7.18 ≈ 4.04; beyond 1: both, the £40 person first.
    CostAccumulator acc = CostAccumulator.forDomains(Caseloads.ONE_DOMAIN);
    for (int i = 1; i <= 18; i++) {
      acc.add(person(i, ClientGroup.OLDER_PEOPLE, 1, 1000));
    }
    acc.add(person(19, ClientGroup.OLDER_PEOPLE, 1, 0));
    acc.add(person(20, ClientGroup.OLDER_PEOPLE, 1, 4000));
    PointsFit fit = acc.snapshot().fit(FitModel.THROUGH_ORIGIN);
    double sigma = Math.sqrt(980.0 / 19);
    List<Outlier> outliers = fit.outliers(1);
    assertEquals(List.of("P20", "P19"), outliers.stream().map(o -> o.person().person().value()).toList());
    assertEquals(29 / sigma, outliers.get(0).standardised(), 1e-9);
    assertEquals(-11 / sigma, outliers.get(1).standardised(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> fit.outliers(0));
    assertThrows(IllegalArgumentException.class, () -> fit.outliers(Double.NaN));
  }

  @Test
  void aFitNeedsOneMorePersonThanCoefficientsAndAtLeastThree() {
    // Three domains: a per-domain fit has 3 coefficients, so 4 people are needed; 3 are too few.
    List<DomainId> three = List.of(DomainId.of("a"), DomainId.of("b"), DomainId.of("c"));
    CostAccumulator acc = CostAccumulator.forDomains(three);
    acc.add(new PersonCost(PersonId.of("P1"), ClientGroup.OLDER_PEOPLE, 1, List.of(1, 0, 0), Money.parse("10")));
    acc.add(new PersonCost(PersonId.of("P2"), ClientGroup.OLDER_PEOPLE, 1, List.of(0, 1, 0), Money.parse("20")));
    acc.add(new PersonCost(PersonId.of("P3"), ClientGroup.OLDER_PEOPLE, 1, List.of(0, 0, 1), Money.parse("30")));
    DegenerateDataException few =
        assertThrows(DegenerateDataException.class, () -> acc.snapshot().fit(FitModel.BY_DOMAIN));
    assertEquals(Reason.TOO_FEW_PEOPLE, few.reason());
    assertEquals("too few people to fit a price per point for each domain: 3, at least 4 needed", few.getMessage());
    DegenerateDataException two =
        assertThrows(DegenerateDataException.class, () -> sample(new int[] {1, 2}, new long[] {100, 200}).fit(FitModel.THROUGH_ORIGIN));
    assertEquals("too few people to fit a price per point: 2, at least 3 needed", two.getMessage());
    assertEquals(
        "too few people to fit a price per point with an intercept: 2, at least 3 needed",
        assertThrows(DegenerateDataException.class, () -> sample(new int[] {1, 2}, new long[] {100, 200}).fit(FitModel.WITH_INTERCEPT))
            .getMessage());
    // A per-domain fit without domains cannot be asked for.
    CostAccumulator noDomains = CostAccumulator.forDomains(List.of());
    for (int i = 0; i < 4; i++) {
      noDomains.add(new PersonCost(PersonId.of("P" + i), ClientGroup.OLDER_PEOPLE, 0, List.of(), Money.parse("10")));
    }
    assertThrows(IllegalArgumentException.class, () -> noDomains.snapshot().fit(FitModel.BY_DOMAIN));
  }

  @Test
  void cliffEdgesNeedALimitOfAtLeastOne() {
    // £1.00 a point with a £5.00 floor: one cliff edge, from 0 points to 1 (£0.00 to £5.00).
    RuleSet floored = rules(3, price("1.00"));
    floored = floored.withPricing(floored.pricing().withFloor(Money.parse("5")));
    assertEquals(1, CliffEdges.largest(floored, 1).size());
    assertEquals(Money.parse("5"), CliffEdges.largest(floored, 1).get(0).weeklyJump());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> CliffEdges.largest(rules(3, price("1.00")), 0));
    assertEquals("limit must be at least 1, not 0", zero.getMessage());
  }

  @Test
  void aCappingCeilingThatHoldsEveryoneDownMeansTheEnvelopeDoesNotSetThePrice() {
    // Totals 10, 20, 30 capped at £10.00 a week: at any price at most 3 × £10.00 × 52 = £1,560.00 a year.
    RuleSet plain = rules(40, price("1.00"));
    RuleSet capped = plain.withPricing(plain.pricing().withCeiling(Ceiling.of(Money.parse("10"), CeilingPolicy.CAP)));
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    EnvelopeException e =
        assertThrows(
            EnvelopeException.class,
            () -> Envelope.of(Money.parse("1000000"), BigDecimal.ZERO, BigDecimal.ONE).solve(capped, s));
    assertEquals(EnvelopeException.Kind.NOT_BINDING, e.kind());
    assertEquals(Money.parse("1560.00"), e.forecast());
    assertEquals(Money.parse("1000000.00"), e.available());
    assertTrue(
        e.getMessage().startsWith("even at the highest price searched, £100,000.00 per point, the forecast is £1,560.00,"
            + " within the £1,000,000.00 available"),
        e.getMessage());
  }

  @Test
  void aBandingTableTooDearAtScaleZeroSaysScaleNotPrice() {
    // The floor of £100.00 alone: 3 × £100.00 × 52 = £15,600.00, more than the £10,000.00.
    Banding bands = Banding.builder().addBands(Band.of(0, java.util.OptionalInt.empty(), Money.parse("1"))).build();
    RuleSet banded = rules(40, bands);
    RuleSet floored = banded.withPricing(banded.pricing().withFloor(Money.parse("100")));
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    EnvelopeException e =
        assertThrows(
            EnvelopeException.class,
            () -> Envelope.of(Money.parse("10000"), BigDecimal.ZERO, BigDecimal.ONE).solve(floored, s));
    assertTrue(e.getMessage().startsWith("even at a scale of 0 the forecast is £15,600.00"), e.getMessage());
  }

  @Test
  void scalingMultipliesEveryAmountAndKeepsThePoints() {
    Interpolation knots =
        Interpolation.builder()
            .addPoints(InterpolationPoint.of(0, Money.parse("1.00")), InterpolationPoint.of(10, Money.parse("3.33")))
            .build();
    // × 1.5: £1.50 and £4.995, rounded half up to £5.00.
    Interpolation scaled = (Interpolation) Envelope.scaled(knots, new BigDecimal("1.5"), RoundingMode.HALF_UP);
    assertEquals(
        List.of(InterpolationPoint.of(0, Money.parse("1.50")), InterpolationPoint.of(10, Money.parse("5.00"))),
        scaled.points());
    IllegalArgumentException perPoint =
        assertThrows(IllegalArgumentException.class, () -> Envelope.scaled(price("1.00"), BigDecimal.ONE, RoundingMode.HALF_UP));
    assertEquals("only a banding table or interpolation is scaled, not £1.00 per point", perPoint.getMessage());
  }

  @Test
  void aPricePerPointFitHasAPriceAndNoScaleAndItsErrorsSpeakOfPrice() {
    // As in CalibrationTest: totals 10, 20, 30 solve to £3.04 a point within £9,500.
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    Envelope envelope = Envelope.of(Money.parse("10000"), BigDecimal.valueOf(5), BigDecimal.ONE);
    EnvelopeFit fit = envelope.solve(rules(40, price("1.00")), s);
    assertEquals(new BigDecimal("3.04"), fit.pricePerPoint().orElseThrow());
    assertTrue(fit.scale().isEmpty());
    assertSame(envelope, fit.envelope());
    // The floor alone: 3 × £100 × 52 = £15,600.00.
    RuleSet plain = rules(40, price("1.00"));
    RuleSet floored = plain.withPricing(plain.pricing().withFloor(Money.parse("100")));
    EnvelopeException e = assertThrows(EnvelopeException.class, () -> envelope.solve(floored, s));
    assertTrue(e.getMessage().startsWith("even at £0.00 per point the forecast is £15,600.00"), e.getMessage());
  }

  @Test
  void changesInPercentNeedACurrentCostAndPlansKeepTheirRuleAndTotalCost() {
    CostSample s = sample(new int[] {1, 2}, new long[] {0, 10000});
    assertTrue(new PersonChange(s.people().get(0), Money.parse("10")).changePercent().isEmpty());
    // £100 → £70: −30.0%.
    assertEquals(new BigDecimal("-30.0"), new PersonChange(s.people().get(1), Money.parse("70")).changePercent().orElseThrow());
    // CalibrationTest's plan: grants £1,040.00 + £572.00 + £150.80 = £1,762.80.
    TransitionalProtection ten = TransitionalProtection.limitingFallTo(BigDecimal.TEN);
    TransitionPlan plan =
        ten.plan(List.of(new PersonChange(s.people().get(1), Money.parse("70"))), PeriodConversion.WEEKS_52, RoundingMode.HALF_UP);
    assertSame(ten, plan.rule());
    assertEquals(Money.parse("1762.80"), plan.totalGrantCost());
  }

  @Test
  void anImpactKeepsItsRulesAndTheCurrentTotal() {
    // CalibrationTest's impact: current £50 + £60 + £70 = £180, proposed at £3.00 a point also £180.
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    RuleSet proposed = rules(40, price("3.00"));
    Impact impact = Impact.of(s, proposed);
    assertSame(proposed, impact.rules());
    assertEquals(Money.parse("180"), impact.currentWeeklyTotal());
    assertEquals(Money.zero(), impact.byGroup().get(ClientGroup.MENTAL_HEALTH).change());
    GroupChange rise = new GroupChange(ClientGroup.OLDER_PEOPLE, 1, 1, 0, 0, Money.parse("10"), Money.parse("12.50"));
    assertEquals(Money.parse("2.50"), rise.change());
    assertEquals("older people", ClientGroup.OLDER_PEOPLE.label());
  }
}
