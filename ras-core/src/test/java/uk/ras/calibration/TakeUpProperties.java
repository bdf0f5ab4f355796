package uk.ras.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.ras.Examples;
import uk.ras.allocation.Budget;
import uk.ras.allocation.Calculator;
import uk.ras.assessment.Assessment;
import uk.ras.money.Money;
import uk.ras.ruleset.RuleSet;

/**
 * Properties of take-up by client group and its bootstrap interval. QuickTheories prints the seed of a
 * falsified property; replay it with {@code qt().withFixedSeed(seed)}.
 */
class TakeUpProperties {
  private static final RuleSet RULES = Caseloads.rules(60, Caseloads.price("2.00"));

  /**
   * People with these points, each spending {@code percent[i % k]}% of their budget, in the groups in
   * turn.
   */
  private static CostSample caseload(List<Integer> points, List<Integer> percent, int groups) {
    Calculator calculator = Calculator.compile(RULES);
    CostAccumulator acc = CostAccumulator.forDomains(Caseloads.ONE_DOMAIN);
    for (int i = 0; i < points.size(); i++) {
      Budget b = calculator.allocate(Assessment.builder("P" + i).answer("q", "o" + points.get(i)).build());
      Money current = b.weekly().multipliedBy(BigDecimal.valueOf(percent.get(i), 2), RoundingMode.HALF_UP);
      acc.add(b, ClientGroup.values()[i % groups], current);
    }
    return acc.snapshot();
  }

  @Test
  void everyIntervalLiesInsideZeroToOneInOrderAndTheSameSeedGivesTheSameIntervals() {
    qt().withExamples(Examples.or(60))
        .forAll(
            lists().of(integers().between(1, 60)).ofSizeBetween(3, 40),
            lists().of(integers().between(1, 150)).ofSize(40),
            integers().between(1, 5),
            integers().between(0, 1000))
        .checkAssert((points, percent, groups, seed) -> {
          CostSample s = caseload(points, percent, groups);
          Calibration c = Calibration.of(RULES).envelope(Money.parse("10000000")).takeUpBootstrap(200, seed);
          CalibrationResult r;
          try {
            r = c.run(s);
          } catch (DegenerateDataException e) {
            return;
          } catch (EnvelopeException e) {
            assertEquals(EnvelopeException.Kind.NOT_BINDING, e.kind(), e.getMessage());
            return;
          }
          for (GroupTakeUp t : r.takeUpByGroup().values()) {
            BigDecimal lower = t.lower().orElseThrow();
            BigDecimal upper = t.upper().orElseThrow();
            assertTrue(lower.signum() > 0 && lower.compareTo(upper) <= 0 && upper.compareTo(BigDecimal.ONE) <= 0, t.toString());
            assertTrue(t.share().signum() > 0 && t.share().compareTo(BigDecimal.ONE) <= 0, t.toString());
          }
          assertEquals(r.takeUpByGroup(), c.run(s).takeUpByGroup());
        });
  }

  @Test
  void aGroupWhoseEveryPersonSpendsTheSameShareHasThatShareAndANoWiderInterval() {
    qt().withExamples(Examples.or(60))
        .forAll(
            lists().of(integers().between(1, 60)).ofSizeBetween(3, 40),
            integers().between(1, 99),
            integers().between(0, 1000))
        .checkAssert((points, percent, seed) -> {
          // Budgets of whole pounds (2.00 a point, no contingency), so percent% of each is exact in pence.
          CostSample s = caseload(points, java.util.Collections.nCopies(40, percent), 1);
          CalibrationResult r;
          try {
            r = Calibration.of(RULES).envelope(Money.parse("10000000")).takeUpBootstrap(200, seed).run(s);
          } catch (DegenerateDataException e) {
            return;
          } catch (EnvelopeException e) {
            // A tiny take-up of a small caseload fits the envelope at every price searched.
            assertEquals(EnvelopeException.Kind.NOT_BINDING, e.kind(), e.getMessage());
            return;
          }
          GroupTakeUp t = r.takeUpByGroup().get(ClientGroup.values()[0]);
          BigDecimal share = BigDecimal.valueOf(percent, 2).setScale(4);
          assertEquals(share, t.share());
          assertEquals(share, t.lower().orElseThrow());
          assertEquals(share, t.upper().orElseThrow());
        });
  }
}
