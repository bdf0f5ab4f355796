package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.ras.ValueContract.check;
import static uk.ras.ValueContract.sameTwice;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.assessment.PersonId;
import uk.ras.money.Money;

/**
 * The calibration's results compare as values: made twice from the same sample they are equal, with equal
 * hash codes and text; unequal when any one field differs; written as {@code Name[field=value, ...]}.
 */
class ResultContractTest {
  /** Ten people at £10 a point, the tenth at £50 for 1 point, two client groups (see {@link Caseloads}). */
  private static CalibrationResult run() {
    CostAccumulator acc = CostAccumulator.forDomains(Caseloads.ONE_DOMAIN);
    for (int i = 1; i <= 9; i++) {
      acc.add(Caseloads.person(i, ClientGroup.OLDER_PEOPLE, i, i * 1000L));
    }
    acc.add(Caseloads.person(10, ClientGroup.TRANSITION, 1, 5000));
    return Calibration.of(Caseloads.rules(10, Caseloads.price("12.00")))
        .envelope(Money.parse("100000"))
        .takeUp(BigDecimal.ONE)
        .protect(TransitionalProtection.limitingFallTo(BigDecimal.TEN))
        .crossValidation(3, 7)
        .outlierThreshold(1)
        .run(acc.snapshot());
  }

  private static <T> void sameTwice(List<T> first, List<T> second) {
    assertFalse(first.isEmpty());
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      uk.ras.ValueContract.sameTwice(first.get(i), second.get(i));
    }
  }

  @Test
  void everyLineOfACalibrationRunTwiceIsEqual() {
    CalibrationResult first = run();
    CalibrationResult second = run();
    sameTwice(first.sample().people(), second.sample().people());
    sameTwice(first.fit().coefficients(), second.fit().coefficients());
    sameTwice(List.copyOf(first.fit().residualsByGroup().values()), List.copyOf(second.fit().residualsByGroup().values()));
    sameTwice(first.outliers(), second.outliers());
    sameTwice(first.impact().people(), second.impact().people());
    sameTwice(List.copyOf(first.impact().byGroup().values()), List.copyOf(second.impact().byGroup().values()));
    sameTwice(first.plan().orElseThrow().people(), second.plan().orElseThrow().people());
    sameTwice(first.proposedForecast().years(), second.proposedForecast().years());
    // A price per point without a floor has no cliff edges: a banding table's are compared instead.
    assertEquals(List.of(), first.proposedCliffEdges());
    uk.ras.ruleset.RuleSet banded = Caseloads.rules(10, uk.ras.ruleset.Banding.builder()
        .addBands(uk.ras.ruleset.Band.of(0, java.util.OptionalInt.of(4), Money.parse("50")),
            uk.ras.ruleset.Band.of(5, java.util.OptionalInt.empty(), Money.parse("80")))
        .build());
    sameTwice(CliffEdges.largest(banded, 3), CliffEdges.largest(banded, 3));
    sameTwice(List.copyOf(first.crossValidations().values()), List.copyOf(second.crossValidations().values()));
  }

  private static PersonCost cost(String id, ClientGroup group, int points, List<Integer> domains, long pence) {
    return new PersonCost(PersonId.of(id), group, points, domains, Money.ofPence(pence));
  }

  private static final PersonCost P1 = cost("P1", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_00);
  private static final String P1_TEXT =
      "PersonCost[person=P1, group=OLDER_PEOPLE, totalPoints=10, domainPoints=[10], currentWeekly=£40.00,"
          + " pricedPoints=10, eligibility=no eligibility facts]";

  @Test
  void aPersonCostIsAValue() {
    check(
        P1,
        cost("P1", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_00),
        P1_TEXT,
        cost("P2", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_00),
        cost("P1", ClientGroup.TRANSITION, 10, List.of(10), 40_00),
        cost("P1", ClientGroup.OLDER_PEOPLE, 11, List.of(10), 40_00),
        cost("P1", ClientGroup.OLDER_PEOPLE, 10, List.of(11), 40_00),
        cost("P1", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_01),
        new PersonCost(PersonId.of("P1"), ClientGroup.OLDER_PEOPLE, 10, List.of(10), Money.ofPence(40_00),
            new BigDecimal("9.5"), uk.ras.assessment.Eligibility.unknown()),
        new PersonCost(PersonId.of("P1"), ClientGroup.OLDER_PEOPLE, 10, List.of(10), Money.ofPence(40_00),
            BigDecimal.TEN, uk.ras.assessment.Eligibility.of(uk.ras.ruleset.FacsBand.LOW, null)));
    // 10.0 priced points are 10: the same value.
    assertEquals(P1, new PersonCost(PersonId.of("P1"), ClientGroup.OLDER_PEOPLE, 10, List.of(10), Money.ofPence(40_00),
        new BigDecimal("10.0"), uk.ras.assessment.Eligibility.unknown()));
  }

  @Test
  void aGroupTakeUpIsAValue() {
    Money c = Money.ofPence(100_00);
    Money i = Money.ofPence(120_00);
    BigDecimal s = new BigDecimal("0.8333");
    BigDecimal lo = new BigDecimal("0.8");
    BigDecimal hi = new BigDecimal("0.9");
    check(
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 2, c, i, s, lo, hi),
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 2, Money.ofPence(100_00), Money.ofPence(120_00),
            new BigDecimal("0.8333"), new BigDecimal("0.8"), new BigDecimal("0.9")),
        "GroupTakeUp[group=OLDER_PEOPLE, people=2, currentAnnual=£100.00, indicativeAnnual=£120.00, share=0.8333,"
            + " lower=0.8, upper=0.9]",
        new GroupTakeUp(ClientGroup.TRANSITION, 2, c, i, s, lo, hi),
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 3, c, i, s, lo, hi),
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 2, Money.ofPence(100_01), i, s, lo, hi),
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 2, c, null, s, lo, hi),
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 2, c, i, new BigDecimal("0.8334"), lo, hi),
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 2, c, i, s, null, hi),
        new GroupTakeUp(ClientGroup.OLDER_PEOPLE, 2, c, i, s, lo, null));
  }

  @Test
  void anUnfundedNeedIsAValue() {
    check(
        new UnfundedNeed(ClientGroup.MENTAL_HEALTH, 3, new BigDecimal("7.5")),
        new UnfundedNeed(ClientGroup.MENTAL_HEALTH, 3, new BigDecimal("7.50")),
        "UnfundedNeed[group=MENTAL_HEALTH, people=3, points=7.5]",
        new UnfundedNeed(ClientGroup.TRANSITION, 3, new BigDecimal("7.5")),
        new UnfundedNeed(ClientGroup.MENTAL_HEALTH, 4, new BigDecimal("7.5")),
        new UnfundedNeed(ClientGroup.MENTAL_HEALTH, 3, new BigDecimal("8")));
  }

  @Test
  void aPersonChangeIsAValue() {
    PersonCost p2 = cost("P2", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_00);
    check(
        new PersonChange(P1, Money.ofPence(45_00)),
        new PersonChange(cost("P1", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_00), Money.ofPence(45_00)),
        "PersonChange[person=" + P1_TEXT + ", proposedWeekly=£45.00]",
        new PersonChange(p2, Money.ofPence(45_00)),
        new PersonChange(P1, Money.ofPence(45_01)));
  }

  @Test
  void aPersonPathIsAValue() {
    PersonChange change = new PersonChange(P1, Money.ofPence(30_00));
    List<Money> weekly = List.of(Money.ofPence(36_00), Money.ofPence(32_40));
    check(
        new TransitionPlan.PersonPath(change, weekly, 2, true),
        new TransitionPlan.PersonPath(new PersonChange(P1, Money.ofPence(30_00)), List.copyOf(weekly), 2, true),
        "PersonPath[change=PersonChange[person=" + P1_TEXT + ", proposedWeekly=£30.00],"
            + " weeklyByYear=[£36.00, £32.40], yearReached=2, cutShort=true]",
        new TransitionPlan.PersonPath(new PersonChange(P1, Money.ofPence(31_00)), weekly, 2, true),
        new TransitionPlan.PersonPath(change, List.of(Money.ofPence(36_00)), 2, true),
        new TransitionPlan.PersonPath(change, weekly, 3, true),
        new TransitionPlan.PersonPath(change, weekly, 2, false));
  }

  @Test
  void aYearForecastIsAValue() {
    Money m = Money.ofPence(100_00);
    Money c = Money.ofPence(5_00);
    Money b = Money.ofPence(80_00);
    Money g = Money.ofPence(10_00);
    check(
        new YearForecast(2, m, c, b, g),
        new YearForecast(2, Money.ofPence(100_00), Money.ofPence(5_00), Money.ofPence(80_00), Money.ofPence(10_00)),
        "YearForecast[year=2, envelope=£100.00, contingencyHeldBack=£5.00, budgets=£80.00, grants=£10.00]",
        new YearForecast(3, m, c, b, g),
        new YearForecast(2, Money.ofPence(100_01), c, b, g),
        new YearForecast(2, m, Money.ofPence(5_01), b, g),
        new YearForecast(2, m, c, Money.ofPence(80_01), g),
        new YearForecast(2, m, c, b, Money.ofPence(10_01)));
  }

  @Test
  void anOutlierIsAValue() {
    PersonCost p2 = cost("P2", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_00);
    check(
        new Outlier(P1, 40.5, -0.5, -1.25),
        new Outlier(cost("P1", ClientGroup.OLDER_PEOPLE, 10, List.of(10), 40_00), 40.5, -0.5, -1.25),
        "Outlier[person=" + P1_TEXT + ", predictedWeekly=40.5, residual=-0.5, standardised=-1.25]",
        new Outlier(p2, 40.5, -0.5, -1.25),
        new Outlier(P1, 41.5, -0.5, -1.25),
        new Outlier(P1, 40.5, -1.5, -1.25),
        new Outlier(P1, 40.5, -0.5, -2.25));
  }

  @Test
  void aCoefficientIsAValue() {
    check(
        new Coefficient("price_per_point", 4.25, 0.5),
        new Coefficient("price_per_point", 4.25, 0.5),
        "Coefficient[name=price_per_point, estimate=4.25, standardError=0.5]",
        new Coefficient("intercept", 4.25, 0.5),
        new Coefficient("price_per_point", 4.5, 0.5),
        new Coefficient("price_per_point", 4.25, 0.75));
  }

  @Test
  void aCrossValidationIsAValue() {
    FitModel o = FitModel.THROUGH_ORIGIN;
    check(
        new CrossValidation(o, 3, 7, 2.5, 1.5, 0.75),
        new CrossValidation(FitModel.THROUGH_ORIGIN, 3, 7, 2.5, 1.5, 0.75),
        "CrossValidation[model=THROUGH_ORIGIN, folds=3, seed=7, rootMeanSquaredError=2.5, meanAbsoluteError=1.5,"
            + " outOfSampleRSquared=0.75]",
        new CrossValidation(FitModel.WITH_INTERCEPT, 3, 7, 2.5, 1.5, 0.75),
        new CrossValidation(o, 4, 7, 2.5, 1.5, 0.75),
        new CrossValidation(o, 3, 8, 2.5, 1.5, 0.75),
        new CrossValidation(o, 3, 7, 3.5, 1.5, 0.75),
        new CrossValidation(o, 3, 7, 2.5, 2.5, 0.75),
        new CrossValidation(o, 3, 7, 2.5, 1.5, 0.5));
  }

  @Test
  void aGroupResidualIsAValue() {
    ClientGroup g = ClientGroup.OLDER_PEOPLE;
    check(
        new GroupResidual(g, 2, 65.0, 60.5, 4.5),
        new GroupResidual(ClientGroup.OLDER_PEOPLE, 2, 65.0, 60.5, 4.5),
        "GroupResidual[group=OLDER_PEOPLE, count=2, meanCurrentWeekly=65.0, meanPredictedWeekly=60.5,"
            + " meanResidual=4.5]",
        new GroupResidual(ClientGroup.TRANSITION, 2, 65.0, 60.5, 4.5),
        new GroupResidual(g, 3, 65.0, 60.5, 4.5),
        new GroupResidual(g, 2, 66.0, 60.5, 4.5),
        new GroupResidual(g, 2, 65.0, 61.5, 4.5),
        new GroupResidual(g, 2, 65.0, 60.5, 5.5));
  }

  private static GroupChange group(ClientGroup g, int count, int winners, int losers, int unchanged, long current, long proposed) {
    return new GroupChange(g, count, winners, losers, unchanged, Money.ofPence(current), Money.ofPence(proposed));
  }

  @Test
  void aGroupChangeIsAValue() {
    ClientGroup g = ClientGroup.OLDER_PEOPLE;
    check(
        group(g, 4, 1, 2, 1, 300_00, 280_00),
        group(ClientGroup.OLDER_PEOPLE, 4, 1, 2, 1, 300_00, 280_00),
        "GroupChange[group=OLDER_PEOPLE, count=4, winners=1, losers=2, unchanged=1, currentWeekly=£300.00,"
            + " proposedWeekly=£280.00]",
        group(ClientGroup.TRANSITION, 4, 1, 2, 1, 300_00, 280_00),
        group(g, 5, 1, 2, 1, 300_00, 280_00),
        group(g, 4, 2, 2, 1, 300_00, 280_00),
        group(g, 4, 1, 3, 1, 300_00, 280_00),
        group(g, 4, 1, 2, 2, 300_00, 280_00),
        group(g, 4, 1, 2, 1, 301_00, 280_00),
        group(g, 4, 1, 2, 1, 300_00, 281_00));
  }

  private static CliffEdge edge(String stream, String payer, int points, long at, long next, long jump, long threshold) {
    return new CliffEdge(uk.ras.ruleset.StreamId.of(stream), payer, List.of(uk.ras.ruleset.DomainId.of("care")),
        points, Money.ofPence(at), Money.ofPence(next), Money.ofPence(jump), Money.ofPence(threshold));
  }

  @Test
  void aCliffEdgeIsAValue() {
    check(
        edge("sc", "Social care", 0, 0, 5_00, 260_00, 1),
        edge("sc", "Social care", 0, 0, 5_00, 260_00, 1),
        "CliffEdge[stream=sc, payer=Social care, points=0, weeklyAt=£0.00, weeklyNext=£5.00, annualJump=£260.00,"
            + " threshold=£0.01, domains=[care]]",
        edge("sp", "Social care", 0, 0, 5_00, 260_00, 1),
        edge("sc", "Supporting People", 0, 0, 5_00, 260_00, 1),
        new CliffEdge(uk.ras.ruleset.StreamId.of("sc"), "Social care", List.of(), 0, Money.zero(), Money.ofPence(5_00),
            Money.ofPence(260_00), Money.ofPence(1)),
        edge("sc", "Social care", 1, 0, 5_00, 260_00, 1),
        edge("sc", "Social care", 0, 1_00, 5_00, 260_00, 1),
        edge("sc", "Social care", 0, 0, 6_00, 260_00, 1),
        edge("sc", "Social care", 0, 0, 5_00, 261_00, 1),
        edge("sc", "Social care", 0, 0, 5_00, 260_00, 2));
    assertEquals("CliffEdge[stream=none, payer=the whole budget, points=3, weeklyAt=£1.00, weeklyNext=£9.00,"
        + " annualJump=£416.00, threshold=£0.01, domains=[]]",
        new CliffEdge(null, "the whole budget", List.of(), 3, Money.ofPence(1_00), Money.ofPence(9_00),
            Money.ofPence(416_00), Money.ofPence(1)).toString());
  }
}
