package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.calibration.Caseloads.person;
import static uk.ras.calibration.Caseloads.price;
import static uk.ras.calibration.Caseloads.rules;
import static uk.ras.calibration.Caseloads.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.calibration.DegenerateDataException.Reason;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.DomainId;
import uk.ras.ruleset.RuleSet;

/** Calibration figures worked out by hand (the working is in each comment). */
class CalibrationTest {
  private static final double EPS = 1e-9;

  // x = (1, 2, 3) points, y = (£2, £4, £7).
  private static final CostSample THREE = sample(new int[] {1, 2, 3}, new long[] {200, 400, 700});

  @Test
  void fitThroughTheOriginByHand() {
    // b = Σxy / Σx² = (2 + 8 + 21) / (1 + 4 + 9) = 31/14; SSR = Σy² − b Σxy = 69 − 961/14 = 5/14;
    // σ = sqrt(SSR / (n − 1)) = sqrt(5/28); se = σ / sqrt(Σx²) = sqrt(5/28) / sqrt(14);
    // SST = Σ(y − 13/3)² = 114/9; R² = 1 − (5/14)/(114/9) = 1 − 45/1596.
    PointsFit fit = THREE.fit(FitModel.THROUGH_ORIGIN);
    assertEquals(31.0 / 14, fit.coefficient("price_per_point").estimate(), EPS);
    assertEquals(Math.sqrt(5.0 / 28) / Math.sqrt(14), fit.coefficient("price_per_point").standardError(), EPS);
    assertEquals(Math.sqrt(5.0 / 28), fit.residualStandardError(), EPS);
    assertEquals(1 - 45.0 / 1596, fit.rSquared(), EPS);
    assertEquals(new BigDecimal("2.21"), fit.pricePerPoint(RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("2.22"), fit.pricePerPoint(RoundingMode.UP));
  }

  @Test
  void fitWithAnInterceptByHand() {
    // mean x = 2, Sxx = 2, Sxy = 5: slope 5/2; intercept 13/3 − 5 = −2/3; residuals 1/6, −1/3, 1/6:
    // SSR = 1/6; R² = 1 − (1/6)/(114/9) = 1 − 9/684.
    PointsFit fit = THREE.fit(FitModel.WITH_INTERCEPT);
    assertEquals(2.5, fit.coefficient("price_per_point").estimate(), EPS);
    assertEquals(-2.0 / 3, fit.coefficient("intercept").estimate(), EPS);
    assertEquals(1 - 9.0 / 684, fit.rSquared(), EPS);
    assertEquals(Math.sqrt(1.0 / 6 / 1), fit.residualStandardError(), EPS);
    assertThrows(IllegalStateException.class, () -> fit.pricePerPoint(RoundingMode.HALF_UP));
    assertThrows(IllegalArgumentException.class, () -> fit.coefficient("personal_care"));
  }

  @Test
  void leaveOneOutCrossValidationByHand() {
    // x = (1, 2, 3, 4), y = (£2, £4, £7, £8); four folds of one person each, whatever the shuffle.
    // Σxy = 63, Σx² = 30. Without person 1: b = 61/29, predicts 61/29; without 2: b = 55/26, predicts
    // 110/26; without 3: b = 42/21 = 2, predicts 6; without 4: b = 31/14, predicts 124/14.
    // mean y = 5.25, SST = 3.25² + 1.25² + 1.75² + 2.75² = 22.75.
    CostSample four = sample(new int[] {1, 2, 3, 4}, new long[] {200, 400, 700, 800});
    double[] r = {2 - 61.0 / 29, 4 - 110.0 / 26, 7 - 6, 8 - 124.0 / 14};
    double squared = 0;
    double absolute = 0;
    for (double v : r) {
      squared += v * v;
      absolute += Math.abs(v);
    }
    CrossValidation cv = four.crossValidate(FitModel.THROUGH_ORIGIN, 4, 42);
    assertEquals(Math.sqrt(squared / 4), cv.rootMeanSquaredError(), EPS);
    assertEquals(absolute / 4, cv.meanAbsoluteError(), EPS);
    assertEquals(1 - squared / 22.75, cv.outOfSampleRSquared(), EPS);
  }

  @Test
  void crossValidationIsReproducibleForASeed() {
    CostSample s = sample(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, new long[] {150, 420, 610, 790, 1020, 1200, 1500, 1580, 1830, 2100});
    assertEquals(s.crossValidate(FitModel.WITH_INTERCEPT, 5, 7), s.crossValidate(FitModel.WITH_INTERCEPT, 5, 7));
  }

  @Test
  void residualsByGroupAndOutliers() {
    // Nine people at exactly £10 a point, in two groups, and one transition person at £50 for 1 point.
    PointsFit fit = Caseloads.nineOlderPeopleAndOneTransition();
    // b = (Σ i·10i + 50) / (Σ i² + 1) = (2850 + 50) / 286 = 2900/286.
    double b = 2900.0 / 286;
    GroupResidual transition = fit.residualsByGroup().get(ClientGroup.TRANSITION);
    assertEquals(1, transition.count());
    assertEquals(50 - b, transition.meanResidual(), EPS);
    assertEquals(List.of(ClientGroup.OLDER_PEOPLE, ClientGroup.TRANSITION), List.copyOf(fit.residualsByGroup().keySet()));
    List<Outlier> outliers = fit.outliers(2.5);
    assertEquals(1, outliers.size());
    assertEquals("P10", outliers.get(0).person().person().value());
  }

  @Test
  void percentileOfCostPerPointByHand() {
    // Costs per point: 10/2 = 5, 12/3 = 4, 30/5 = 6, 7/1 = 7, and a 0-point person left out.
    // Sorted 4, 5, 6, 7. Median: h = 3 × 0.5 = 1.5, 5 + 0.5 × 1 = 5.50. 25th: h = 0.75, 4.75.
    CostSample s = sample(new int[] {2, 3, 5, 1, 0}, new long[] {1000, 1200, 3000, 700, 900});
    assertEquals(new BigDecimal("5.50"), s.costPerPointPercentile(BigDecimal.valueOf(50), RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("4.75"), s.costPerPointPercentile(BigDecimal.valueOf(25), RoundingMode.HALF_UP));
    assertEquals(new BigDecimal("7.00"), s.costPerPointPercentile(BigDecimal.valueOf(100), RoundingMode.HALF_UP));
  }

  @Test
  void envelopeSolvedToThePennyByHand() {
    // Totals 10, 20, 30: annual = 60 points × p × 52 = 3120p. Envelope £10,000 less 5% (£500) = £9,500.
    // 3120p ≤ 9500 → p ≤ 3.0448: £3.04 forecasts £9,484.80 (headroom £15.20); £3.05 forecasts £9,516.00.
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    Envelope envelope = Envelope.of(Money.parse("10000"), BigDecimal.valueOf(5), BigDecimal.ONE);
    EnvelopeFit fit = envelope.solve(rules(40, price("1.00")), s);
    assertEquals(Money.parse("500.00"), envelope.contingencyHeldBack());
    assertEquals(new BigDecimal("3.04"), fit.pricePerPoint().orElseThrow());
    assertEquals(Money.parse("9484.80"), fit.forecast());
    assertEquals(Money.parse("15.20"), fit.headroom());
    assertEquals(Money.parse("9516.00"), fit.nextStepForecast().orElseThrow());
    // Take-up 90%: 2808p ≤ 9500 → p ≤ 3.3832: £3.38, forecasting 2808 × 3.38 = £9,491.04.
    EnvelopeFit withTakeUp =
        Envelope.of(Money.parse("10000"), BigDecimal.valueOf(5), new BigDecimal("0.9")).solve(rules(40, price("1.00")), s);
    assertEquals(new BigDecimal("3.38"), withTakeUp.pricePerPoint().orElseThrow());
    assertEquals(Money.parse("9491.04"), withTakeUp.forecast());
  }

  @Test
  void aLaterYearsSmallerEnvelopeSetsThePriceAndUpliftsAreRoundedDownByHand() {
    // Totals 10, 20, 30: 3120p a year at p a point, every year (no protection). Envelopes £10,000 in
    // year 1 and £9,000 in year 2, no contingency: year 2 binds. 3120p ≤ 9000 → p ≤ 2.8846: £2.88
    // forecasts £8,985.60 (year 2's headroom £14.40); £2.89 forecasts £9,016.80, over in year 2.
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    Envelope envelope = Envelope.ofYears(List.of(Money.parse("10000"), Money.parse("9000")), new BigDecimal("2.5"),
        BigDecimal.ZERO, BigDecimal.ONE);
    EnvelopeFit fit = envelope.solve(rules(40, price("1.00")), s);
    assertEquals(new BigDecimal("2.88"), fit.pricePerPoint().orElseThrow());
    assertEquals(2, fit.years().size());
    assertEquals(2, fit.tightestYear().year());
    assertEquals(Money.parse("8985.60"), fit.forecast());
    assertEquals(Money.parse("14.40"), fit.headroom());
    assertEquals(Money.parse("1014.40"), fit.years().get(0).headroom());
    assertEquals(2, fit.nextStep().orElseThrow().year());
    assertEquals(Money.parse("9016.80"), fit.nextStepForecast().orElseThrow());
    // After the years given, 2.5% a year, rounded down: 9000 × 1.025 = £9,225.00; × 1.025 = 9455.625 →
    // £9,455.62. A cut of 11%: 9000 × 0.89 = £8,010.00.
    assertEquals(Money.parse("9225.00"), envelope.annualIn(3));
    assertEquals(Money.parse("9455.62"), envelope.annualIn(4));
    assertEquals(Money.parse("8010.00"), Envelope.ofYears(List.of(Money.parse("10000"), Money.parse("9000")),
        BigDecimal.valueOf(-11), BigDecimal.ZERO, BigDecimal.ONE).annualIn(3));
    // 5% contingency of £9,455.62 is 472.781, rounded up: £472.79, leaving £8,982.83.
    Envelope withContingency = Envelope.ofYears(envelope.givenYears(), new BigDecimal("2.5"), BigDecimal.valueOf(5),
        BigDecimal.ONE);
    assertEquals(Money.parse("472.79"), withContingency.contingencyHeldBackIn(4));
    assertEquals(Money.parse("8982.83"), withContingency.availableIn(4));
  }

  @Test
  void bandingTableScaledToTheEnvelopeByHand() {
    // Bands 0-15 £100, 16+ £200; totals 10, 20, 30: annual = (100 + 200 + 200) × f × 52 = 26000f ≤ 9500.
    // f = 0.3653: £36.53 and £73.06, (36.53 + 2 × 73.06) × 52 = £9,497.80; f = 0.3654: £9,500.40.
    Banding bands = Banding.builder()
        .addBands(Band.of(0, OptionalInt.of(15), Money.parse("100")), Band.of(16, OptionalInt.empty(), Money.parse("200")))
        .build();
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    EnvelopeFit fit = Envelope.of(Money.parse("10000"), BigDecimal.valueOf(5), BigDecimal.ONE).solve(rules(40, bands), s);
    assertEquals(new BigDecimal("0.3653"), fit.scale().orElseThrow());
    assertEquals(Money.parse("9497.80"), fit.forecast());
    assertEquals(Money.parse("9500.40"), fit.nextStepForecast().orElseThrow());
    Banding scaled = (Banding) fit.rules().pricing().method();
    assertEquals(Money.parse("36.53"), scaled.bands().get(0).weekly());
  }

  @Test
  void anEnvelopeTooSmallForTheFloorSaysSo() {
    RuleSet plain = rules(40, price("1.00"));
    RuleSet floored = plain.withPricing(plain.pricing().withFloor(Money.parse("100")));
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    // The floor alone: 3 × £100 × 52 = £15,600 > £9,500.
    EnvelopeException e = assertThrows(EnvelopeException.class,
        () -> Envelope.of(Money.parse("10000"), BigDecimal.valueOf(5), BigDecimal.ONE).solve(floored, s));
    assertEquals(EnvelopeException.Kind.TOO_SMALL, e.kind());
    assertEquals(Money.parse("15600.00"), e.forecast());
  }

  @Test
  void impactAndWinnersAndLosersByHand() {
    // At £3.00 a point: 10 → £30 (was £50, loses £20), 20 → £60 (was £60), 30 → £90 (was £70, gains £20).
    CostSample s = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    Impact impact = Impact.of(s, rules(40, price("3.00")));
    assertEquals(Money.parse("-20"), impact.people().get(0).change());
    assertEquals(new BigDecimal("-40.0"), impact.people().get(0).changePercent().orElseThrow());
    GroupChange g = impact.byGroup().get(ClientGroup.MENTAL_HEALTH);
    assertEquals(1, g.winners());
    assertEquals(1, g.losers());
    assertEquals(1, g.unchanged());
    assertEquals(Money.parse("180"), impact.proposedWeeklyTotal());
  }

  @Test
  void cliffEdgesOfABandingTableByHand() {
    // 0-15 £100, 16+ £200. No need, no budget: 0 points are £0, so the first point adds £100 a week
    // (£5,200 a year), and so does the step from 15 to 16; every other step adds nothing.
    Banding bands = Banding.builder()
        .addBands(Band.of(0, OptionalInt.of(15), Money.parse("100")), Band.of(16, OptionalInt.empty(), Money.parse("200")))
        .build();
    // Within a band a point is worth nothing, so every step of more than a penny is a cliff edge: only those two.
    List<CliffEdge> edges = CliffEdges.largest(rules(40, bands), 3);
    assertEquals(2, edges.size());
    assertEquals(0, edges.get(0).points());
    assertEquals(15, edges.get(1).points());
    assertEquals(Money.parse("100"), edges.get(0).weeklyJump());
    assertEquals(Money.parse("100"), edges.get(1).weeklyJump());
    assertEquals(Money.parse("5200"), edges.get(1).annualJump());
    assertEquals(Money.parse("0.01"), edges.get(1).threshold());
    assertEquals("the whole budget", edges.get(1).payer());
    assertEquals(java.util.Optional.empty(), edges.get(1).stream());
  }

  @Test
  void transitionalProtectionByHand() {
    // £100 → £70 at 10% a year: £90.00, £81.00, £72.90, then 72.90 − 7.29 = 65.61 < 70, so £70 in year 4.
    // Grants £20, £11, £2.90 a week: £1,040.00, £572.00, £150.80 a year (52 weeks), then nothing.
    // A winner (£50 → £60) has £60 from year 1.
    CostSample s = sample(new int[] {1, 2}, new long[] {10000, 5000});
    List<PersonChange> changes = List.of(
        new PersonChange(s.people().get(0), Money.parse("70")),
        new PersonChange(s.people().get(1), Money.parse("60")));
    TransitionPlan plan = TransitionalProtection.limitingFallTo(BigDecimal.TEN)
        .plan(changes, PeriodConversion.WEEKS_52, RoundingMode.HALF_UP);
    assertEquals(4, plan.years());
    assertEquals(List.of(Money.parse("90"), Money.parse("81"), Money.parse("72.90"), Money.parse("70")),
        plan.people().get(0).weeklyByYear());
    assertEquals(1, plan.people().get(1).yearReached());
    assertEquals(List.of(Money.parse("1040"), Money.parse("572"), Money.parse("150.80"), Money.zero()),
        plan.grantCostByYear());
    assertEquals(List.of(1, 0, 0, 1), plan.reachedByYear());
    // Ending protection after year 2: £90, then £70 in year 2.
    TransitionPlan short2 = TransitionalProtection.limitingFallTo(BigDecimal.TEN).endingAfter(2)
        .plan(changes, PeriodConversion.WEEKS_52, RoundingMode.HALF_UP);
    assertEquals(List.of(Money.parse("90"), Money.parse("70")), short2.people().get(0).weeklyByYear());
  }

  @Test
  void tooFewPeopleIsItsOwnError() {
    DegenerateDataException e = assertThrows(DegenerateDataException.class,
        () -> sample(new int[] {1, 2}, new long[] {100, 200}).fit(FitModel.THROUGH_ORIGIN));
    assertEquals(Reason.TOO_FEW_PEOPLE, e.reason());
    assertEquals(2, e.people());
    assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
  }

  @Test
  void noVariationIsItsOwnError() {
    assertEquals(Reason.ZERO_VARIANCE, assertThrows(DegenerateDataException.class,
        () -> sample(new int[] {4, 4, 4}, new long[] {100, 200, 300}).fit(FitModel.WITH_INTERCEPT)).reason());
    assertEquals(Reason.ZERO_VARIANCE, assertThrows(DegenerateDataException.class,
        () -> sample(new int[] {0, 0, 0}, new long[] {100, 200, 300}).fit(FitModel.THROUGH_ORIGIN)).reason());
    assertEquals(Reason.ZERO_VARIANCE, assertThrows(DegenerateDataException.class,
        () -> sample(new int[] {1, 2, 3}, new long[] {500, 500, 500}).fit(FitModel.THROUGH_ORIGIN)).reason());
    // The same totals still fit through the origin (the price is the mean cost per point).
    assertEquals(1.0, sample(new int[] {4, 4, 4}, new long[] {300, 400, 500}).fit(FitModel.THROUGH_ORIGIN)
        .coefficient("price_per_point").estimate(), EPS);
  }

  @Test
  void collinearDomainsAreTheirOwnError() {
    List<DomainId> two = List.of(DomainId.of("care"), DomainId.of("safety"));
    CostAccumulator alike = CostAccumulator.forDomains(two);
    CostAccumulator empty = CostAccumulator.forDomains(two);
    for (int i = 1; i <= 6; i++) {
      alike.add(new PersonCost(uk.ras.assessment.PersonId.of("P" + i), ClientGroup.NOT_STATED, 2 * i, List.of(i, i), Money.ofPence(1000L * i + 7 * (i % 2))));
      empty.add(new PersonCost(uk.ras.assessment.PersonId.of("P" + i), ClientGroup.NOT_STATED, i, List.of(i, 0), Money.ofPence(1000L * i)));
    }
    DegenerateDataException e1 = assertThrows(DegenerateDataException.class, () -> alike.snapshot().fit(FitModel.BY_DOMAIN));
    assertEquals(Reason.COLLINEAR_DOMAINS, e1.reason());
    DegenerateDataException e2 = assertThrows(DegenerateDataException.class, () -> empty.snapshot().fit(FitModel.BY_DOMAIN));
    assertEquals(Reason.COLLINEAR_DOMAINS, e2.reason());
    assertTrue(e2.getMessage().contains("safety"), e2.getMessage());
  }

  @Test
  void perDomainWeightsByHand() {
    // cost = £3 × care + £5 × safety exactly, so the weights are 3 and 5 and R² is 1.
    CostAccumulator acc = CostAccumulator.forDomains(List.of(DomainId.of("care"), DomainId.of("safety")));
    int[][] points = {{1, 0}, {0, 1}, {2, 1}, {1, 3}, {4, 2}};
    for (int i = 0; i < points.length; i++) {
      int c = points[i][0];
      int f = points[i][1];
      acc.add(new PersonCost(uk.ras.assessment.PersonId.of("P" + i), ClientGroup.NOT_STATED, c + f, List.of(c, f), Money.ofPence(300L * c + 500L * f)));
    }
    PointsFit fit = acc.snapshot().fit(FitModel.BY_DOMAIN);
    assertEquals(3.0, fit.coefficient("care").estimate(), 1e-9);
    assertEquals(5.0, fit.coefficient("safety").estimate(), 1e-9);
    assertEquals(1.0, fit.rSquared(), 1e-12);
    assertEquals(List.of(), fit.outliers(3));
  }

  @Test
  void tooManyFoldsIsItsOwnError() {
    assertEquals(Reason.TOO_FEW_FOR_FOLDS, assertThrows(DegenerateDataException.class,
        () -> THREE.crossValidate(FitModel.THROUGH_ORIGIN, 4, 1)).reason());
  }
}
