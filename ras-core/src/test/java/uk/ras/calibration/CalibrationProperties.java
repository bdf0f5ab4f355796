package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static uk.ras.calibration.Caseloads.price;
import static uk.ras.calibration.Caseloads.rules;
import static uk.ras.calibration.Caseloads.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.money.Money;
import uk.ras.money.PeriodConversion;
import uk.ras.ruleset.RuleSet;

/**
 * Properties of calibration. QuickTheories prints the seed of a falsified property; replay it with
 * {@code qt().withFixedSeed(seed)}.
 */
class CalibrationProperties {
  private static final int EXAMPLES = 150;

  @Test
  void aPriceFittedToCostsThatAreAnExactMultipleOfPointsIsThatMultiple() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(lists().of(integers().between(1, 150)).ofSizeBetween(1, 60), integers().between(1, 20_000))
        .checkAssert((points, pence) -> {
          List<Integer> totals = withVariation(points);
          List<Long> costs = new ArrayList<>();
          totals.forEach(p -> costs.add((long) p * pence));
          CostSample s = sample(totals, costs);
          BigDecimal expected = BigDecimal.valueOf(pence, 2);
          assertEquals(expected, s.fit(FitModel.THROUGH_ORIGIN).pricePerPoint(RoundingMode.HALF_UP));
          PointsFit withIntercept = s.fit(FitModel.WITH_INTERCEPT);
          assertEquals(expected, BigDecimal.valueOf(withIntercept.coefficient("price_per_point").estimate())
              .setScale(2, RoundingMode.HALF_UP));
          assertEquals(0, withIntercept.coefficient("intercept").estimate(), 1e-6 * pence);
          assertEquals(1, s.fit(FitModel.THROUGH_ORIGIN).rSquared(), 1e-9);
        });
  }

  @Test
  void scalingEveryCurrentCostByKScalesTheFittedPriceByK() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(0, 150)).ofSizeBetween(1, 60),
            lists().of(integers().between(0, 100_000)).ofSize(60),
            integers().between(2, 50))
        .checkAssert((points, pence, k) -> {
          List<Integer> totals = withVariation(points);
          List<Long> costs = new ArrayList<>();
          List<Long> scaled = new ArrayList<>();
          for (int i = 0; i < totals.size(); i++) {
            long c = i < points.size() ? pence.get(i) : 1000 + 337L * i;
            costs.add(c);
            scaled.add(c * k);
          }
          for (FitModel model : List.of(FitModel.THROUGH_ORIGIN, FitModel.WITH_INTERCEPT)) {
            double base = sample(totals, costs).fit(model).coefficient("price_per_point").estimate();
            double times = sample(totals, scaled).fit(model).coefficient("price_per_point").estimate();
            assertEquals(k * base, times, 1e-9 * Math.max(1, Math.abs(k * base)), model.name());
          }
        });
  }

  @Test
  void theEnvelopeSolutionNeverForecastsAboveTheMoneyAvailableAndIsTheLargestPriceThatFits() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(0, 120)).ofSizeBetween(1, 40),
            integers().between(1_000, 2_000_000),
            integers().between(0, 20),
            integers().between(50, 100))
        .checkAssert((totals, pounds, contingency, takeUpPercent) -> {
          List<Long> costs = new ArrayList<>();
          totals.forEach(t -> costs.add(5000L));
          CostSample s = sample(totals, costs);
          RuleSet base = rules(120, price("1.00"));
          // Half the cases with a £20 floor, to exercise "the floor alone costs too much".
          RuleSet rules = pounds % 2 == 0 ? base : base.withPricing(base.pricing().withFloor(Money.parse("20")));
          Envelope envelope = Envelope.of(
              Money.ofPence(pounds * 100L), BigDecimal.valueOf(contingency), BigDecimal.valueOf(takeUpPercent, 2));
          EnvelopeFit fit;
          try {
            fit = envelope.solve(rules, s);
          } catch (EnvelopeException e) {
            if (e.kind() == EnvelopeException.Kind.TOO_SMALL) {
              assertFalse(envelope.assess(rules.withPricing(rules.pricing().withMethod(price("0.00"))), s).fits());
            } else {
              assertTrue(envelope.assess(rules.withPricing(rules.pricing().withMethod(
                  price(BigDecimal.valueOf(Envelope.MAX_PENCE_PER_POINT, 2).toPlainString()))), s).fits());
            }
            return;
          }
          assertTrue(!fit.forecast().isGreaterThan(envelope.available()), fit.toString());
          assertFalse(fit.headroom().isNegative());
          BigDecimal solved = fit.pricePerPoint().orElseThrow();
          RuleSet onePennyMore =
              rules.withPricing(rules.pricing().withMethod(price(solved.add(new BigDecimal("0.01")).toPlainString())));
          assertFalse(envelope.assess(onePennyMore, s).fits(), "a penny more per point still fits");
          assertEquals(fit.forecast(), envelope.assess(fit.rules(), s).forecast());
        });
  }

  @Test
  void protectionNeverLetsAnyoneFallMoreThanTheStatedShareInAYearAndEveryoneReachesTheTargetByTheFinalYear() {
    // Losses of up to 75% at 5% a year or more: about 27 years at most, well inside MAX_YEARS.
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(100, 300_000)).ofSizeBetween(1, 30),
            lists().of(integers().between(25, 400)).ofSize(30),
            integers().between(5, 60))
        .checkAssert((current, targetPercent, percent) -> {
          List<PersonChange> changes = new ArrayList<>();
          for (int i = 0; i < current.size(); i++) {
            long target = Math.max(100, current.get(i) * targetPercent.get(i) / 100L);
            changes.add(new PersonChange(
                Caseloads.person(i, ClientGroup.OLDER_PEOPLE, 1, current.get(i)), Money.ofPence(target)));
          }
          TransitionPlan plan = TransitionalProtection.limitingFallTo(BigDecimal.valueOf(percent))
              .plan(changes, PeriodConversion.WEEKS_52, RoundingMode.HALF_UP);
          assertEquals(0, plan.cutShortCount());
          assertEveryFallWithinTheLimit(plan, percent);
          // Amounts here stay at £1 or more, so the limit is never under a penny: the strict statement.
          for (TransitionPlan.PersonPath path : plan.people()) {
            long previous = path.change().currentWeekly().pence();
            for (Money now : path.weeklyByYear()) {
              assertTrue((previous - now.pence()) * 100 <= (long) percent * previous);
              previous = now.pence();
            }
          }
        });
  }

  @Test
  void whenProtectionWouldOutlastTheEndYearOnlyTheLastStepExceedsTheLimitAndThePlanSaysSo() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(100, 300_000)).ofSizeBetween(1, 30),
            lists().of(integers().between(0, 300_000)).ofSize(30),
            integers().between(1, 60),
            integers().between(1, 12))
        .checkAssert((current, target, percent, end) -> {
          List<PersonChange> changes = new ArrayList<>();
          for (int i = 0; i < current.size(); i++) {
            changes.add(new PersonChange(
                Caseloads.person(i, ClientGroup.OLDER_PEOPLE, 1, current.get(i)), Money.ofPence(target.get(i))));
          }
          TransitionPlan plan = TransitionalProtection.limitingFallTo(BigDecimal.valueOf(percent)).endingAfter(end)
              .plan(changes, PeriodConversion.WEEKS_52, RoundingMode.HALF_UP);
          assertTrue(plan.years() <= end);
          for (TransitionPlan.PersonPath path : plan.people()) {
            assertEquals(path.change().proposedWeekly(), path.weeklyIn(end));
            if (path.cutShort()) {
              assertEquals(end, path.yearReached());
            }
          }
          assertEveryFallWithinTheLimit(plan, percent);
        });
  }

  /**
   * Every fall within the limit (or the documented one-penny minimum step, when the limit is under a
   * penny), except the last step of a path marked cut short; everyone at their target in the final year.
   */
  private static void assertEveryFallWithinTheLimit(TransitionPlan plan, int percent) {
    for (TransitionPlan.PersonPath path : plan.people()) {
      long previous = path.change().currentWeekly().pence();
      for (int year = 1; year <= plan.years(); year++) {
        long now = path.weeklyIn(year).pence();
        boolean forcedStep = path.cutShort() && year == path.yearReached();
        // fall ≤ percent% of the previous year's amount, in exact integers
        boolean pennyStep = previous - now == 1 && (long) percent * previous < 100;
        assertTrue(forcedStep || pennyStep || (previous - now) * 100 <= (long) percent * previous,
            "year " + year + ": " + previous + " → " + now + " at " + percent + "%");
        previous = now;
      }
      assertEquals(path.change().proposedWeekly(), path.weeklyIn(plan.years()));
      assertTrue(path.yearReached() <= plan.years());
    }
    assertEquals(plan.years(), plan.grantCostByYear().size());
    assertEquals(Money.zero(), plan.grantCostByYear().get(plan.years() - 1));
  }

  /** The totals plus two people of different points, so that the points always vary. */
  private static List<Integer> withVariation(List<Integer> points) {
    List<Integer> totals = new ArrayList<>(points);
    totals.add(1);
    totals.add(7);
    return totals;
  }
}
