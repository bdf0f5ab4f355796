package uk.ras.calibration;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertSame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.ras.calibration.Caseloads.price;
import static uk.ras.calibration.Caseloads.rules;
import static uk.ras.calibration.Caseloads.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import uk.ras.allocation.Calculator;
import uk.ras.allocation.Detail;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.ruleset.Band;
import uk.ras.ruleset.Banding;
import uk.ras.ruleset.PricePerPoint;
import uk.ras.ruleset.RuleSet;

/**
 * The whole workflow of {@link Calibration}, worked by hand (the working is in the comments): fit,
 * take-up, envelope, the choice of price, impact, transitional protection and the new version.
 */
class CalibrationWorkflowTest {
  /** One question scoring 0 to 40 points, £5.00 a point, 52 weeks, version "1" from 1 April 2026. */
  private static final RuleSet CURRENT = rules(40, price("5.00"));

  /**
   * Four people, allocated by the calculator under {@link #CURRENT} (so the sample knows their
   * indicative budgets: 10, 20, 30 and 40 points at £5.00 = £50, £100, £150, £200 a week, 100 points x
   * £5.00 x 52 = £26,000.00 a year), with what their packages cost now:
   *
   * <pre>
   * person  group                points  current a week
   * P1      older people             10          £40.00
   * P2      older people             20          £90.00
   * P3      learning disability      30         £100.00
   * P4      learning disability      40         £171.00
   * </pre>
   */
  private static CostSample fourPeople() {
    Calculator calculator = Calculator.compile(CURRENT);
    CostAccumulator people = CostAccumulator.forDomains(Caseloads.ONE_DOMAIN);
    Object[][] rows = {
        {"P1", 10, ClientGroup.OLDER_PEOPLE, "40.00"},
        {"P2", 20, ClientGroup.OLDER_PEOPLE, "90.00"},
        {"P3", 30, ClientGroup.LEARNING_DISABILITY, "100.00"},
        {"P4", 40, ClientGroup.LEARNING_DISABILITY, "171.00"}};
    for (Object[] row : rows) {
      Assessment assessment = Assessment.builder((String) row[0]).answer("q", "o" + row[1]).build();
      people.add(calculator.allocate(assessment, Detail.FIGURES), (ClientGroup) row[2], Money.parse((String) row[3]));
    }
    return people.snapshot();
  }

  @Test
  void theWholeWorkflowByHand() {
    CostSample sample = fourPeople();
    assertEquals(Money.parse("26000.00"), sample.indicativeAnnualTotal().orElseThrow());

    // No protection here, so no grants: theGrantsAreInsideTheEnvelopeByHand adds them.
    CalibrationResult r = Calibration.of(CURRENT)
        .envelope(Money.parse("16000"))
        .contingency(BigDecimal.valueOf(5))
        .run(sample);

    // Fit through the origin: Σx² = 100 + 400 + 900 + 1600 = 3000;
    // Σxy = 10 x 40 + 20 x 90 + 30 x 100 + 40 x 171 = 400 + 1800 + 3000 + 6840 = 12040;
    // b = 12040 / 3000 = 4.01333..., half up to the penny: £4.01.
    assertEquals(12040.0 / 3000, r.fit().coefficient("price_per_point").estimate(), 1e-9);
    assertEquals(new BigDecimal("4.01"), r.fittedPrice());
    // Four people, so ten folds become four (leave one out); every model could be fitted.
    assertEquals(List.of(FitModel.values()), List.copyOf(r.fits().keySet()));
    assertEquals(List.of(FitModel.values()), List.copyOf(r.crossValidations().keySet()));
    assertEquals(4, r.crossValidations().get(FitModel.THROUGH_ORIGIN).folds());
    assertTrue(r.unavailable().isEmpty());
    // Residuals 40 − 40.13, 90 − 80.27, 100 − 120.40, 171 − 160.53: SSR ≈ 620.5, σ = sqrt(620.5 / 3) ≈ 14.4;
    // the largest, 20.4, is 1.4 σ: nobody is beyond 3 σ.
    assertTrue(r.outliers().isEmpty());

    // Take-up: current spend a year = (40 + 90 + 100 + 171) x 52 = 401 x 52 = £20,852.00; the indicative
    // budgets £26,000.00; 20852 / 26000 = 0.802 exactly (under 1, so not capped).
    assertEquals(Money.parse("20852.00"), r.currentAnnual());
    assertEquals(Money.parse("26000.00"), r.indicativeAnnual().orElseThrow());
    assertEquals(new BigDecimal("0.8020"), r.takeUp());
    assertTrue(r.takeUpEstimated());

    // Take-up by client group. Older people (P1, P2): (2,080 + 4,680) / (2,600 + 5,200) = 6,760 / 7,800 =
    // 0.86666 → 0.8666; learning disability (P3, P4): (5,200 + 8,892) / (7,800 + 10,400) = 14,092 /
    // 18,200 = 0.77428 → 0.7742.
    assertEquals(new BigDecimal("0.8666"), r.takeUpByGroup().get(ClientGroup.OLDER_PEOPLE).share());
    assertEquals(new BigDecimal("0.7742"), r.takeUpByGroup().get(ClientGroup.LEARNING_DISABILITY).share());
    // Envelope: £16,000.00 less 5% (£800.00) leaves £15,200.00. At p a point the older people's annual
    // budgets are 30 x p x 52 = 1560p, learning disability's 70 x p x 52 = 3640p; the forecast
    // 0.8666 x 1560p + 0.7742 x 3640p = 1351.896p + 2818.088p = 4169.984p, rounded up to the penny.
    // £3.64: 4169.984 x 3.64 = 15,178.74176 → £15,178.75 fits (headroom £21.25);
    // £3.65: 4169.984 x 3.65 = 15,220.4416 → £15,220.45 does not. So the largest price that fits is £3.64.
    assertEquals(Money.parse("800.00"), r.envelope().contingencyHeldBack());
    assertEquals(new BigDecimal("3.64"), r.largestPriceThatFits().orElseThrow());
    assertEquals(Money.parse("15220.45"), r.envelopeSolution().nextStepForecast().orElseThrow());
    // The current rules at £5.00: 4169.984 x 5 = £20,849.92, £5,649.92 over.
    assertEquals(Money.parse("20849.92"), r.currentForecast().forecast());
    assertEquals(Money.parse("-5649.92"), r.currentForecast().headroom());

    // The choice: the fitted £4.01 is more than £3.64, so the price is £3.64.
    assertEquals(PriceChoice.LARGEST_PRICE_THAT_FITS, r.priceChoice());
    assertEquals(new BigDecimal("3.64"), r.chosenPrice().orElseThrow());
    assertEquals("the fitted price £4.01 would overspend the envelope, so the price is the largest that fits: £3.64",
        r.priceChoiceExplanation());
    assertEquals(Money.parse("15178.75"), r.proposedForecast().forecast());
    assertEquals(Money.parse("21.25"), r.proposedForecast().headroom());

    // The new rules: version "1" bumped to "2", in force a year after 1 April 2026, at £3.64 a point.
    assertEquals("2", r.proposed().version());
    assertEquals(LocalDate.of(2027, 4, 1), r.proposed().effectiveFrom());
    assertEquals(PricePerPoint.of(new BigDecimal("3.64")), r.proposed().pricing().method());
    assertEquals("1", r.current().version());

    // Impact at £3.64: P1 10 x 3.64 = £36.40 (−£3.60, −9.0%); P2 £72.80 (−£17.20, −19.1%);
    // P3 £109.20 (+£9.20, +9.2%); P4 £145.60 (−£25.40, −25.40 / 171 = −14.85...% → −14.9%).
    List<PersonChange> people = r.impact().people();
    assertEquals(List.of(Money.parse("36.40"), Money.parse("72.80"), Money.parse("109.20"), Money.parse("145.60")),
        people.stream().map(PersonChange::proposedWeekly).toList());
    assertEquals(List.of(new BigDecimal("-9.0"), new BigDecimal("-19.1"), new BigDecimal("9.2"), new BigDecimal("-14.9")),
        people.stream().map(c -> c.changePercent().orElseThrow()).toList());
    assertEquals(Money.parse("401.00"), r.impact().currentWeeklyTotal());
    assertEquals(Money.parse("364.00"), r.impact().proposedWeeklyTotal());
    // By group: older people £130.00 → £109.20, two losers; learning disability £271.00 → £254.80, one of
    // each. 109.20 + 254.80 = 364.00.
    GroupChange older = r.impact().byGroup().get(ClientGroup.OLDER_PEOPLE);
    GroupChange ld = r.impact().byGroup().get(ClientGroup.LEARNING_DISABILITY);
    assertEquals(List.of(2, 0, 2), List.of(older.count(), older.winners(), older.losers()));
    assertEquals(Money.parse("109.20"), older.proposedWeekly());
    assertEquals(List.of(2, 1, 1), List.of(ld.count(), ld.winners(), ld.losers()));
    assertEquals(Money.parse("254.80"), ld.proposedWeekly());

    // Transitional protection, 10% a year. Year 1:
    //   P1 £40.00 may fall by £4.00 to £36.00, below the target: £36.40, no grant;
    //   P2 £90.00 falls by £9.00 to £81.00 (target £72.80): a grant of £8.20 a week;
    //   P3 gains: £109.20 at once;
    //   P4 £171.00 falls by £17.10 to £153.90 (target £145.60): a grant of £8.30 a week.
    // Year 1's grants: (8.20 + 8.30) x 52 = 426.40 + 431.60 = £858.00 a year.
    // Year 2: P2 £81.00 − £8.10 = £72.90 (grant £0.10, £5.20 a year); P4 £153.90 − £15.39 = £138.51 <
    // £145.60: at the target. Year 3: P2 £72.90 − £7.29 = £65.61 < £72.80: at the target.
    assertTrue(r.plan().isEmpty());
    TransitionPlan plan = TransitionalProtection.limitingFallTo(BigDecimal.TEN)
        .plan(r.impact().people(), r.proposed().weeksPerYear(), r.proposed().rounding());
    assertEquals(List.of(Money.parse("36.40"), Money.parse("81.00"), Money.parse("109.20"), Money.parse("153.90")),
        plan.people().stream().map(p -> p.weeklyIn(1)).toList());
    assertEquals(List.of(Money.parse("858.00"), Money.parse("5.20"), Money.zero()), plan.grantCostByYear());
    assertEquals(List.of(1, 3, 1, 2), plan.people().stream().map(TransitionPlan.PersonPath::yearReached).toList());
    assertEquals(Money.parse("863.20"), plan.totalGrantCost());
    assertEquals(0, plan.cutShortCount());

    // Cliff edges: a price per point with no floor steps by the price every point (£5.00 now, £3.64
    // proposed), never more than a point's worth (the price and a penny): none.
    assertEquals(List.of(), r.proposedCliffEdges());
    assertEquals(List.of(), r.currentCliffEdges());
  }

  @Test
  void theGrantsAreInsideTheEnvelopeByHand() {
    // The four people of theWholeWorkflowByHand (points 10, 20, 30, 40; current £40, £90, £100, £171 a
    // week; take-up 0.8666 for older people P1, P2 and 0.7742 for learning disability P3, P4; £16,000 less
    // 5% = £15,200.00 available every year, no uplift), now with 10% a year protection. At p a point the
    // targets are 10p, 20p, 30p, 40p. In year 1 each person is paid max(target, current − 10%):
    // max(10p, 36.00), max(20p, 81.00), max(30p, 90.00), max(40p, 153.90).
    // Year 1's forecast = 52 x (0.8666 x (P1 + P2) + 0.7742 x (P3 + P4)), rounded up.
    //   For 3.00 < p ≤ 3.60: 52 x (0.8666 x 117 + 0.7742 x (30p + 153.90))
    //   = 52 x (101.3922 + 119.14938 + 23.226p) = 11,468.16216 + 1,207.752p ≤ 15,200 → p ≤ 3.0899: £3.08.
    //   £3.08: 11,468.16216 + 3,719.87616 = 15,188.03832 → £15,188.04, headroom £11.96;
    //   £3.09: 11,468.16216 + 3,731.95368 = 15,200.11584 → £15,200.12, 12p over.
    // Without grants £3.64 fitted (theWholeWorkflowByHand); with them, at £3.64 year 1 would commit
    // 52 x (0.8666 x (36.40 + 81.00) + 0.7742 x (109.20 + 153.90)) = 52 x 305.43086 = £15,882.41, over.
    CalibrationResult r = Calibration.of(CURRENT)
        .envelope(Money.parse("16000"))
        .contingency(BigDecimal.valueOf(5))
        .protect(TransitionalProtection.limitingFallTo(BigDecimal.TEN))
        .run(fourPeople());
    assertEquals(new BigDecimal("3.08"), r.largestPriceThatFits().orElseThrow());
    assertEquals(new BigDecimal("3.08"), r.chosenPrice().orElseThrow());
    YearForecast year1 = r.proposedForecast().years().get(0);
    assertEquals(Money.parse("15188.04"), year1.forecast());
    assertEquals(Money.parse("11.96"), year1.headroom());
    // Budgets alone: 52 x (0.8666 x 92.40 + 0.7742 x 215.60) = 52 x 246.99136 = 12,843.55072 →
    // £12,843.56; the grants the rest, £2,344.48.
    assertEquals(Money.parse("12843.56"), year1.budgets());
    assertEquals(Money.parse("2344.48"), year1.grants());
    assertEquals(Money.parse("15200.12"), r.envelopeSolution().nextStepForecast().orElseThrow());
    assertEquals(1, r.envelopeSolution().nextStep().orElseThrow().year());
    // Year 2 at £3.08 (targets 30.80, 61.60, 92.40, 123.20): P1 36.00 − 3.60 = 32.40; P2 81.00 − 8.10 =
    // 72.90; P3 reached 92.40 in year 1; P4 153.90 − 15.39 = 138.51. 52 x (0.8666 x 105.30 + 0.7742 x
    // 230.91) = 52 x 270.023502 = 14,041.222104 → £14,041.23. Year 3: P1 32.40 − 3.24 = 29.16 < 30.80 →
    // 30.80; P2 72.90 − 7.29 = 65.61; P4 138.51 − 13.85 = 124.66; 52 x (0.8666 x 96.41 + 0.7742 x 217.06)
    // = 52 x 251.596758 = 13,083.031416 → £13,083.04. Year 4: P2 59.05 and P4 112.20 are below their
    // targets: everyone has arrived.
    List<YearForecast> years = r.proposedForecast().years();
    assertEquals(Money.parse("14041.23"), years.get(1).forecast());
    assertEquals(Money.parse("13083.04"), years.get(2).forecast());
    assertEquals(4, years.size());
    assertEquals(r.plan().orElseThrow().years(), years.size());
    assertEquals(1, r.proposedForecast().tightestYear().year());
    assertEquals("the fitted price £4.01 would overspend year 1's envelope with its transitional grants, so the price"
        + " is the largest that fits every year: £3.08",
        r.priceChoiceExplanation());
  }

  @Test
  void takeUpIsEstimatedPerGroupWithABootstrapIntervalOrGiven() {
    CostSample sample = fourPeople();
    // Older people 0.8666, learning disability 0.7742 (theWholeWorkflowByHand). A resample of two people
    // is P1 twice (2,080 / 2,600 = 0.8), P2 twice (4,680 / 5,200 = 0.9) or one of each (0.8666...): the
    // 2.5th percentile of 1,000 resamples is 0.8 and the 97.5th 0.9, whatever the seed (a quarter of
    // resamples fall at each end). Learning disability: P3 twice 5,200 / 7,800 = 0.6667, P4 twice 8,892 /
    // 10,400 = 0.855.
    CalibrationResult r = Calibration.of(CURRENT).envelope(Money.parse("16000")).run(sample);
    GroupTakeUp older = r.takeUpByGroup().get(ClientGroup.OLDER_PEOPLE);
    assertTrue(older.estimated());
    assertEquals(2, older.people());
    assertEquals(Money.parse("6760.00"), older.currentAnnual());
    assertEquals(Money.parse("7800.00"), older.indicativeAnnual().orElseThrow());
    assertEquals(new BigDecimal("0.8000"), older.lower().orElseThrow());
    assertEquals(new BigDecimal("0.9000"), older.upper().orElseThrow());
    GroupTakeUp ld = r.takeUpByGroup().get(ClientGroup.LEARNING_DISABILITY);
    assertEquals(new BigDecimal("0.6667"), ld.lower().orElseThrow());
    assertEquals(new BigDecimal("0.8550"), ld.upper().orElseThrow());
    // The same seed gives the same intervals; the group's share may be given instead.
    assertEquals(r.takeUpByGroup(), Calibration.of(CURRENT).envelope(Money.parse("16000")).run(sample).takeUpByGroup());
    CalibrationResult given = Calibration.of(CURRENT).envelope(Money.parse("16000"))
        .takeUp(ClientGroup.OLDER_PEOPLE, new BigDecimal("0.95")).run(sample);
    assertEquals(new BigDecimal("0.95"), given.takeUpByGroup().get(ClientGroup.OLDER_PEOPLE).share());
    assertFalse(given.takeUpByGroup().get(ClientGroup.OLDER_PEOPLE).estimated());
    assertEquals(ld, given.takeUpByGroup().get(ClientGroup.LEARNING_DISABILITY));
    // At £3.64: 0.95 x 1560 x 3.64 + 0.7742 x 3640 x 3.64 = 0.95 x 5,678.40 + 0.7742 x 13,249.60
    // = 5,394.48 + 10,257.84032 = 15,652.32032, rounded up once: £15,652.33.
    RuleSet at = CURRENT.withPricing(CURRENT.pricing().withMethod(PricePerPoint.of(new BigDecimal("3.64"))));
    assertEquals(Money.parse("15652.33"), given.envelope().assess(at, sample).budgets());
  }

  @Test
  void thePriceMayComeFromAPercentileOfCostPerPoint() {
    // Costs per point priced: 40/10 = 4.00, 90/20 = 4.50, 100/30 = 3.333.., 171/40 = 4.275. Sorted 3.333,
    // 4.00, 4.275, 4.50; the median (PERCENTILE.INC 50): h = 3 x 0.5 = 1.5 → 4.00 + 0.5 x 0.275 = 4.1375
    // → £4.14, more than the £3.64 that fits (theWholeWorkflowByHand), so £3.64 is chosen.
    CalibrationResult r = Calibration.of(CURRENT).envelope(Money.parse("16000")).contingency(BigDecimal.valueOf(5))
        .priceFromPercentile(BigDecimal.valueOf(50)).run(fourPeople());
    assertEquals(new BigDecimal("4.14"), r.fittedPrice());
    assertEquals(new BigDecimal("3.64"), r.chosenPrice().orElseThrow());
    assertEquals("the price at percentile 50 of cost per point £4.14 would overspend the envelope, so the price is the"
        + " largest that fits: £3.64", r.priceChoiceExplanation());
    // The 0th percentile, £3.33, fits and is kept.
    CalibrationResult low = Calibration.of(CURRENT).envelope(Money.parse("16000")).contingency(BigDecimal.valueOf(5))
        .priceFromPercentile(BigDecimal.ZERO).run(fourPeople());
    assertEquals(new BigDecimal("3.33"), low.chosenPrice().orElseThrow());
    assertEquals(PriceChoice.FITTED_PRICE, low.priceChoice());
    assertThrows(IllegalArgumentException.class, () -> Calibration.of(CURRENT).priceFromPercentile(BigDecimal.valueOf(101)));
  }

  @Test
  void aFittedPriceInsideTheEnvelopeIsKept() {
    // Take-up given as 90%, no contingency, envelope £30,000: 0.9 x 5200p = 4680p ≤ 30000 → p ≤ 6.4102:
    // £6.41 fits (£29,998.80), £6.42 does not (£30,045.60). The fitted £4.01 fits, so it is the price.
    CalibrationResult r = Calibration.of(CURRENT)
        .envelope(Money.parse("30000"))
        .takeUp(new BigDecimal("0.9"))
        .version("2027.1")
        .effectiveFrom(LocalDate.of(2026, 10, 1))
        .run(fourPeople());
    assertEquals(new BigDecimal("6.41"), r.largestPriceThatFits().orElseThrow());
    assertEquals(PriceChoice.FITTED_PRICE, r.priceChoice());
    assertEquals(new BigDecimal("4.01"), r.chosenPrice().orElseThrow());
    assertEquals("the fitted price £4.01 fits the envelope (the most it allows is £6.41)", r.priceChoiceExplanation());
    assertFalse(r.takeUpEstimated());
    // 4680 x 4.01 = £18,766.80.
    assertEquals(Money.parse("18766.80"), r.proposedForecast().forecast());
    assertEquals("2027.1", r.proposed().version());
    assertEquals(LocalDate.of(2026, 10, 1), r.proposed().effectiveFrom());
    assertTrue(r.plan().isEmpty());
  }

  @Test
  void aBandingTableIsScaledToTheEnvelope() {
    // CalibrationTest.bandingTableScaledToTheEnvelopeByHand: bands 0-15 £100, 16+ £200; totals 10, 20, 30;
    // 26000f ≤ 9500 → f = 0.3653 (£9,497.80).
    Banding bands = Banding.builder()
        .addBands(Band.of(0, OptionalInt.of(15), Money.parse("100")), Band.of(16, OptionalInt.empty(), Money.parse("200")))
        .build();
    CalibrationResult r = Calibration.of(rules(40, bands))
        .envelope(Money.parse("10000"))
        .contingency(BigDecimal.valueOf(5))
        .takeUp(BigDecimal.ONE)
        .run(sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000}));
    assertEquals(PriceChoice.LARGEST_SCALE_THAT_FITS, r.priceChoice());
    assertEquals(new BigDecimal("0.3653"), r.envelopeSolution().scale().orElseThrow());
    assertTrue(r.largestPriceThatFits().isEmpty());
    assertTrue(r.chosenPrice().isEmpty());
    assertTrue(r.priceChoiceExplanation().contains("scaled by 0.3653"), r.priceChoiceExplanation());
    assertEquals(Money.parse("9497.80"), r.proposedForecast().forecast());
    assertEquals(Money.parse("36.53"), ((Banding) r.proposed().pricing().method()).bands().get(0).weekly());
  }

  @Test
  void anEnvelopeIsRequiredAndTakeUpNeedsBudgetsToBeEstimated() {
    CostSample bare = sample(new int[] {10, 20, 30}, new long[] {5000, 6000, 7000});
    assertTrue(bare.indicativeAnnualTotal().isEmpty());
    IllegalStateException noEnvelope = assertThrows(IllegalStateException.class, () -> Calibration.of(CURRENT).run(bare));
    assertTrue(noEnvelope.getMessage().contains("envelope(annual)"), noEnvelope.getMessage());
    IllegalStateException noBudgets = assertThrows(IllegalStateException.class,
        () -> Calibration.of(CURRENT).envelope(Money.parse("10000")).run(bare));
    assertTrue(noBudgets.getMessage().contains("takeUp(share)"), noBudgets.getMessage());
  }

  @Test
  void theSmallestSettingsAreAcceptedAndTakeEffectAndAnInfiniteThresholdIsNot() {
    // Banded, so that there are cliff edges to limit: 0 → 1, 15 → 16 and 29 → 30 points, £50 a week each.
    Calibration c = Calibration.of(rules(40, Banding.builder()
        .addBands(Band.of(0, java.util.OptionalInt.of(15), Money.parse("50")),
            Band.of(16, java.util.OptionalInt.of(29), Money.parse("100")),
            Band.of(30, java.util.OptionalInt.empty(), Money.parse("150")))
        .build()));
    assertThrows(IllegalArgumentException.class, () -> c.outlierThreshold(Double.POSITIVE_INFINITY));
    CostSample sample = fourPeople();
    CalibrationResult r =
        c.envelope(Money.parse("16000")).crossValidation(2, 5).outlierThreshold(Double.MIN_VALUE).cliffEdges(1).run(sample);
    assertSame(sample, r.sample());
    // Two folds of four people train each fit on two: too few for any model, so each is listed as unavailable.
    assertEquals(Map.of(), r.crossValidations());
    assertEquals("too few people to fit a price per point: 2, at least 3 needed", r.unavailable().get(FitModel.THROUGH_ORIGIN));
    assertEquals(Double.MIN_VALUE, r.outlierThreshold());
    // No one is exactly on the line b = 4.0133 (P1: 40.13 predicted against 40.00), so everyone is an outlier.
    assertEquals(4, r.outliers().size());
    assertEquals(1, r.proposedCliffEdges().size());
    assertEquals(1, r.currentCliffEdges().size());
    assertTrue(r.toString().startsWith("calibration of " + CURRENT.label() + " for 4 people: "), r.toString());
  }

  @Test
  void aCalibrationSaysWhatItWillDo() {
    assertEquals(
        "calibration of " + CURRENT.label() + ", no envelope, 0% contingency, take-up estimated",
        Calibration.of(CURRENT).toString());
    assertEquals(
        "calibration of " + CURRENT.label() + ", £16,000.00 a year, 5% contingency, take-up 0.9, protection 10% a year",
        Calibration.of(CURRENT)
            .envelope(Money.parse("16000"))
            .contingency(BigDecimal.valueOf(5))
            .takeUp(new BigDecimal("0.9"))
            .protect(TransitionalProtection.limitingFallTo(BigDecimal.TEN))
            .toString());
  }

  @Test
  void aModelThatCannotBeFittedIsListedWithItsReason() {
    // Everyone at 5 points: the line through the origin fits (b = mean cost / 5), one with an intercept
    // cannot (the points do not vary), and it says why.
    CalibrationResult r =
        Calibration.of(CURRENT)
            .envelope(Money.parse("16000"))
            .takeUp(BigDecimal.ONE)
            .run(Caseloads.sample(new int[] {5, 5, 5}, new long[] {20_00, 25_00, 30_00}));
    assertEquals("every one of the 3 people has 5 points priced: the slope is not determined", r.unavailable().get(FitModel.WITH_INTERCEPT));
  }

  @Test
  void callerMistakesAreRefusedWithTheValueInTheMessage() {
    Calibration c = Calibration.of(CURRENT);
    assertThrows(NullPointerException.class, () -> Calibration.of(null));
    assertEquals("the envelope must be more than zero, not £0.00",
        assertThrows(IllegalArgumentException.class, () -> c.envelope(Money.zero())).getMessage());
    assertEquals("contingency must be from 0% to less than 100%, not 100%",
        assertThrows(IllegalArgumentException.class, () -> c.contingency(BigDecimal.valueOf(100))).getMessage());
    assertEquals("take-up must be more than 0 and at most 1 (100%), not 0",
        assertThrows(IllegalArgumentException.class, () -> c.takeUp(BigDecimal.ZERO)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> c.takeUp(new BigDecimal("1.01")));
    assertThrows(IllegalArgumentException.class, () -> c.version(" "));
    assertThrows(IllegalArgumentException.class, () -> c.crossValidation(1, 0));
    assertThrows(IllegalArgumentException.class, () -> c.outlierThreshold(0));
    assertThrows(IllegalArgumentException.class, () -> c.outlierThreshold(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> c.cliffEdges(0));
    assertThrows(NullPointerException.class, () -> c.protect(null));
    assertThrows(NullPointerException.class, () -> c.run(null));
  }

  @Test
  void eachSetterReturnsANewCalibrationAndLeavesTheOldOneAlone() {
    Calibration base = Calibration.of(CURRENT).envelope(Money.parse("16000"));
    Calibration withTakeUp = base.takeUp(new BigDecimal("0.5"));
    CostSample sample = fourPeople();
    assertTrue(base.run(sample).takeUpEstimated());
    assertFalse(withTakeUp.run(sample).takeUpEstimated());
  }

  @Test
  void takeUpIsEstimatedRoundedDownAndCappedAtOne() {
    // 2 / 3 = 0.66666... → 0.6666; more spent than allocated → 1; nothing allocated → 1; a ratio that
    // rounds down to zero → 1.
    assertEquals(new BigDecimal("0.6666"), Calibration.estimatedTakeUp(Money.ofPence(200), Money.ofPence(300)));
    assertEquals(BigDecimal.ONE, Calibration.estimatedTakeUp(Money.ofPence(400), Money.ofPence(300)));
    assertEquals(BigDecimal.ONE, Calibration.estimatedTakeUp(Money.ofPence(400), Money.zero()));
    assertEquals(BigDecimal.ONE, Calibration.estimatedTakeUp(Money.ofPence(1), Money.ofPence(1_000_000)));
  }

  @Test
  void versionsAreBumped() {
    assertEquals("2026.2", Calibration.bumpedVersion("2026.1"));
    assertEquals("10", Calibration.bumpedVersion("9"));
    assertEquals("draft.1", Calibration.bumpedVersion("draft"));
    assertEquals("v1.10", Calibration.bumpedVersion("v1.09"));
  }
}
