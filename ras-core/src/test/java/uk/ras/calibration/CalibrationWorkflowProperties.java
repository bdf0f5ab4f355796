package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static uk.ras.calibration.Caseloads.price;
import static uk.ras.calibration.Caseloads.rules;
import static uk.ras.calibration.Caseloads.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/**
 * Properties of the whole {@link Calibration} workflow over generated caseloads. QuickTheories prints the
 * seed of a falsified property; replay it with {@code qt().withFixedSeed(seed)}.
 */
class CalibrationWorkflowProperties {
  private static final int EXAMPLES = 100;

  @Test
  void theProposedRulesNeverForecastAboveTheEnvelopeAndThePriceIsTheFittedOneOrTheLargestThatFits() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(0, 120)).ofSizeBetween(3, 40),
            lists().of(integers().between(0, 100_000)).ofSize(40),
            integers().between(1_000, 2_000_000),
            // QuickTheories takes four sources: contingency 0 to 20% and take-up 50 to 100% share one.
            integers().between(0, 21 * 51 - 1))
        .checkAssert((points, pence, pounds, mix) -> {
          int contingency = mix % 21;
          int takeUpPercent = 50 + mix / 21;
          CostSample s = caseload(points, pence);
          CalibrationResult r = Calibration.of(rules(120, price("1.00")))
              .envelope(Money.ofPence(pounds * 100L))
              .contingency(BigDecimal.valueOf(contingency))
              .takeUp(BigDecimal.valueOf(takeUpPercent, 2))
              .run(s);
          assertTrue(r.proposedForecast().fits(), r.toString());
          assertFalse(r.proposedForecast().headroom().isNegative());
          BigDecimal chosen = r.chosenPrice().orElseThrow();
          BigDecimal largest = r.largestPriceThatFits().orElseThrow();
          assertEquals(r.fittedPrice().min(largest), chosen);
          assertEquals(r.fittedPrice().compareTo(largest) <= 0 ? PriceChoice.FITTED_PRICE : PriceChoice.LARGEST_PRICE_THAT_FITS,
              r.priceChoice());
          assertNotEquals(r.current().version(), r.proposed().version());
        });
  }

  @Test
  void everyonesChangeAddsUpToTheTotalsAndTheGroupsShareOutThePeopleAndTheMoney() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(0, 120)).ofSizeBetween(3, 40),
            lists().of(integers().between(0, 100_000)).ofSize(40),
            integers().between(50_000, 2_000_000))
        .checkAssert((points, pence, pounds) -> {
          CostSample s = caseload(points, pence);
          Impact impact = Calibration.of(rules(120, price("1.00")))
              .envelope(Money.ofPence(pounds * 100L))
              .takeUp(BigDecimal.ONE)
              .run(s)
              .impact();
          assertEquals(s.currentWeeklyTotal(), impact.currentWeeklyTotal());
          assertEquals(impact.proposedWeeklyTotal().minus(impact.currentWeeklyTotal()),
              Money.total(impact.people().stream().map(PersonChange::change).toList()));
          int count = 0;
          List<Money> current = new ArrayList<>();
          List<Money> proposed = new ArrayList<>();
          for (GroupChange g : impact.byGroup().values()) {
            assertEquals(g.count(), g.winners() + g.losers() + g.unchanged());
            count += g.count();
            current.add(g.currentWeekly());
            proposed.add(g.proposedWeekly());
          }
          assertEquals(s.count(), count);
          assertEquals(impact.currentWeeklyTotal(), Money.total(current));
          assertEquals(impact.proposedWeeklyTotal(), Money.total(proposed));
        });
  }

  @Test
  void eachYearsGrantCostIsEveryonesGrantThatYearAndNobodyIsBelowTheirNewBudgetOrAboveTheirOldCost() {
    qt().withExamples(Examples.or(EXAMPLES))
        .forAll(
            lists().of(integers().between(0, 120)).ofSizeBetween(3, 40),
            lists().of(integers().between(0, 100_000)).ofSize(40),
            integers().between(50_000, 2_000_000),
            // Four sources at most: the yearly limit 1 to 50% and the end year 1 to 10 share one.
            integers().between(0, 499))
        .checkAssert((points, pence, pounds, mix) -> {
          int percent = 1 + mix % 50;
          int years = 1 + mix / 50;
          CostSample s = caseload(points, pence);
          RuleSet rules = rules(120, price("1.00"));
          CalibrationResult r;
          try {
            r = Calibration.of(rules)
                .envelope(Money.ofPence(pounds * 100L))
                .takeUp(BigDecimal.ONE)
                .protect(TransitionalProtection.limitingFallTo(BigDecimal.valueOf(percent)).endingAfter(years))
                .run(s);
          } catch (EnvelopeException e) {
            // The grants this protection commits fit at no price: nothing to check here.
            assertEquals(EnvelopeException.Kind.GRANTS_TOO_COSTLY, e.kind(), e.getMessage());
            return;
          }
          TransitionPlan plan = r.plan().orElseThrow();
          assertEquals(s.count(), plan.people().size());
          for (int y = 1; y <= plan.years(); y++) {
            long sum = 0;
            for (TransitionPlan.PersonPath p : plan.people()) {
              Money weekly = p.weeklyIn(y);
              assertFalse(weekly.isLessThan(p.change().proposedWeekly()), "below the new budget");
              assertFalse(weekly.isGreaterThan(Money.max(p.change().currentWeekly(), p.change().proposedWeekly())),
                  "above the old cost");
              sum += r.proposed().weeksPerYear().annual(weekly, r.proposed().rounding()).pence()
                  - r.proposed().weeksPerYear().annual(p.change().proposedWeekly(), r.proposed().rounding()).pence();
            }
            assertEquals(Money.ofPence(sum), plan.grantCostByYear().get(y - 1), "year " + y);
          }
          assertEquals(s.count(), plan.reachedByYear().stream().mapToInt(Integer::intValue).sum());
        });
  }

  /** People with these totals and costs (at least two different totals, and costs that vary). */
  private static CostSample caseload(List<Integer> points, List<Integer> pence) {
    List<Integer> totals = new ArrayList<>(points);
    List<Long> costs = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      costs.add((long) pence.get(i));
    }
    totals.add(1);
    costs.add(1_000L);
    totals.add(7);
    costs.add(9_000L);
    return sample(totals, costs);
  }
}
